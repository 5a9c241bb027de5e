import { diceSimilarity, toBigrams } from '../review/text/char-ngrams';
import { extractNameHead } from './extract-name-head';

/** Bigram Dice at or above which two names with the same head join (tuned on fixtures/samples). */
export const NAME_DICE_THRESHOLD = 0.75;
/** A contained name must say this many characters besides its head (`政策` + `知晓率`). */
export const CONTAINMENT_MIN_MODIFIER = 2;
/** …and cover at least this share of the longer name (`政策知晓率` is 5/7 of `医保政策知晓率`). */
export const CONTAINMENT_MIN_COVER = 0.6;
/** Words that turn a measure into its opposite or a defect count: names differing in them never join. */
const POLARITY_WORDS = ['虚报', '重复', '违规', '违法', '错误', '差错', '投诉', '故障', '不合格', '不合理', '超支', '未', '非', '下降', '减少'];

export interface NameComparison {
  readonly dice: number;
  readonly sameHead: boolean;
  readonly contained: boolean;
  readonly joined: boolean;
}

/**
 * Compares two normalised indicator names: character-bigram Dice plus the head-noun rule. They join
 * when their heads agree and either Dice ≥ 0.7 or the shorter name, with at least two characters
 * besides its head, occurs inside the longer one (`政策知晓率` in `医保政策知晓率`).
 */
export function compareIndicatorNames(a: string, b: string): NameComparison {
  const dice = a === b ? 1 : diceSimilarity(toBigrams(a), toBigrams(b));
  const head = extractNameHead(a);
  const sameHead = head === extractNameHead(b);
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const contained =
    short.length >= extractNameHead(short).length + CONTAINMENT_MIN_MODIFIER && short.length >= CONTAINMENT_MIN_COVER * long.length && long.includes(short);
  const samePolarity = describePolarity(a) === describePolarity(b);
  return { dice, sameHead, contained, joined: a === b || (sameHead && samePolarity && (dice >= NAME_DICE_THRESHOLD || contained)) };
}

/** True when two normalised names belong to one cluster. */
export function shouldJoinNames(a: string, b: string): boolean {
  return compareIndicatorNames(a, b).joined;
}

function describePolarity(name: string): string {
  return POLARITY_WORDS.filter((w) => name.includes(w)).join('|');
}
