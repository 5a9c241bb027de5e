import type { ComparisonOp } from '../model/target-value';
import { parseChineseNumber } from '../text/parse-chinese-number';
import { KNOWN_UNITS, readUnit } from './read-unit';
import { scaleDecimal } from './scale-decimal';

/** One operator, number and unit, with the words written before them (`在职`, `合计`). */
export interface Measure {
  readonly label: string | null;
  readonly op: ComparisonOp;
  readonly value: number;
  readonly unit: string | null;
}

/** Longest text before the number for the number still to be the measure (`全民参保率达95%以上`). */
export const MAX_LABEL_CHARS = 10;

/** Values at or above this are not targets but digit noise; they also keep `String(value)` plain. */
export const MAX_VALUE = 1e15;

export const SYMBOL_OPS: Readonly<Record<string, ComparisonOp>> = { '≥': '>=', '≤': '<=', '>': '>', '<': '<', '=': '=' };

/** Operator words before the number, longest first so that `大于等于` wins over `大于`. */
const WORD_OPS: ReadonlyArray<readonly [string, ComparisonOp]> = [
  ['大于或等于', '>='], ['小于或等于', '<='], ['大于等于', '>='], ['小于等于', '<='], ['不低于', '>='], ['不少于', '>='],
  ['不小于', '>='], ['不高于', '<='], ['不超过', '<='], ['不多于', '<='], ['不大于', '<='], ['控制在', '<='],
  ['达到', '>='], ['至少', '>='], ['最少', '>='], ['最多', '<='], ['至多', '<='], ['大于', '>'], ['高于', '>'],
  ['超过', '>'], ['多于', '>'], ['小于', '<'], ['低于', '<'], ['少于', '<'], ['等于', '='], ['达', '>='], ['为', '='],
  ['约', '='],
];

/** Words after the number and unit that set the operator (`95%以上`, `30个工作日内`). */
const TAIL_OPS: ReadonlyArray<readonly [string, ComparisonOp]> = [
  ['及以上', '>='], ['或以上', '>='], ['以上', '>='], ['及以下', '<='], ['或以下', '<='], ['以下', '<='], ['以内', '<='],
  ['之内', '<='], ['内', '<='], ['之前', '<='], ['以前', '<='], ['前', '<='], ['左右', '='],
];

/** `每年2次` → `次/年`. */
const PER_LABELS: Readonly<Record<string, string>> = { 每年: '年', 每年度: '年', 每季度: '季度', 每月: '月', 每周: '周', 每天: '天', 每日: '日', 每人: '人', 每户: '户' };

const ARABIC = /(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/y;
const CHINESE_RUN = /[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+(?:点[零〇一二两三四五六七八九]+)?/;
const MONEY_AFTER_SCALE = /^(?:元|美元)/;
const METRIC_AFTER_THOUSAND = /^(?:米|克|瓦|卡|帕|伏|赫|字节|焦)/;
const SCALES: ReadonlyArray<readonly [string, number]> = [['千万', 7], ['百万', 6], ['万', 4], ['亿', 8], ['千', 3]];

/**
 * Reads `[label][operator]number[scale][unit][tail]` from one short text: `≥8万册`, `>=48.10万人`,
 * `全民参保率达95%以上`, `在职:14人`, `百分之九十五`, `不少于两次`. Null when the text is not one
 * measure (a second number, a long preamble, words after the unit that are not a unit).
 * Arabic numbers may carry a label of up to `MAX_LABEL_CHARS` characters; Chinese numerals only an
 * operator and a known unit, since `一`, `万`, `千` are common inside words (`实现一单制结算`).
 */
export function readMeasure(text: string): Measure | null {
  const digit = text.search(/\d/);
  return digit >= 0 ? readArabic(text, digit) : readChinese(text);
}

function readArabic(s: string, start: number): Measure | null {
  ARABIC.lastIndex = start;
  const m = ARABIC.exec(s);
  if (!m) return null;
  const number = m[0].replace(/,/g, '');
  const [whole = '', fraction = ''] = number.split('.');
  if (whole.length > 15 || fraction.length > 10) return null;
  let prefix = s.slice(0, start);
  let negative = false;
  if (prefix.endsWith('-')) {
    const before = prefix.slice(0, -1).trimEnd();
    if (before === '' || SYMBOL_OPS[before.slice(-1)]) {
      negative = true;
      prefix = before;
    }
  }
  let percentWord = false;
  if (prefix.endsWith('百分之')) {
    percentWord = true;
    prefix = prefix.slice(0, -3);
  }
  const head = readHead(prefix);
  if (!head) return null;
  const rest = s.slice(start + m[0].length).trim();
  const signed = negative ? `-${number}` : number;
  return readTail(head, signed, Number(signed), rest, percentWord, false);
}

function readChinese(s: string): Measure | null {
  const pct = s.indexOf('百分之');
  if (pct >= 0) {
    const m = /^[零〇一二两三四五六七八九十百点]+/.exec(s.slice(pct + 3));
    if (!m) return null;
    const value = parseChineseNumber(m[0]);
    const head = readHead(s.slice(0, pct));
    if (value === null || !head || head.label !== null) return null;
    return readTail(head, String(value), value, s.slice(pct + 3 + m[0].length).trim(), true, true);
  }
  const m = CHINESE_RUN.exec(s);
  if (!m) return null;
  const head = readHead(s.slice(0, m.index));
  if (!head || head.label !== null) return null;
  let run = m[0];
  let rest = s.slice(m.index + run.length).trim();
  const last = run[run.length - 1]!;
  if ((last === '万' || last === '亿') && run.length > 1 && (rest === '' || MONEY_AFTER_SCALE.test(rest))) {
    run = run.slice(0, -1);
    rest = last + rest;
  }
  const value = parseChineseNumber(run);
  if (value === null) return null;
  return readTail(head, String(value), value, rest, false, true);
}

interface Head {
  readonly label: string | null;
  readonly op: ComparisonOp | null;
}

/** The label and operator written before the number. */
function readHead(prefix: string): Head | null {
  let p = prefix.trim();
  let op: ComparisonOp | null = null;
  const symbol = SYMBOL_OPS[p.slice(-1)];
  if (symbol) {
    op = symbol;
    p = p.slice(0, -1).trim();
  } else {
    for (const [word, wordOp] of WORD_OPS) {
      if (p.endsWith(word)) {
        op = wordOp;
        p = p.slice(0, -word.length).trim();
        break;
      }
    }
  }
  if (p.endsWith(':')) p = p.slice(0, -1).trim();
  if (p.length > MAX_LABEL_CHARS || /[≥≤<>=\d]/.test(p) || (p !== '' && !/^[\u4e00-\u9fa5a-zA-Z(]/.test(p))) return null;
  return { label: p === '' ? null : p, op };
}

/** Scale word, unit and tail words after the number. */
function readTail(head: Head, numberText: string, number: number, restText: string, percentWord: boolean, knownUnitsOnly: boolean): Measure | null {
  let rest = restText;
  const op = head.op;
  let value = number;
  let tailOp: ComparisonOp | null = null;
  if (rest.startsWith('余') || (rest.startsWith('多') && !rest.startsWith('多少'))) {
    tailOp = '>';
    rest = rest.slice(1).trim();
  }
  // Tail words are stripped until none is left, so that a unit never ends with one (`4内内`).
  for (let again = true; again; ) {
    again = false;
    for (const [word, wordOp] of TAIL_OPS) {
      if (rest.endsWith(word)) {
        tailOp ??= wordOp;
        rest = rest.slice(0, -word.length).trim();
        again = true;
        break;
      }
    }
  }
  if (percentWord && rest !== '') return null;
  let scaleWord = '';
  for (const [word, power] of SCALES) {
    if (!rest.startsWith(word)) continue;
    const after = rest.slice(word.length).trim();
    if (after === '' || MONEY_AFTER_SCALE.test(after) || (word === '千' && METRIC_AFTER_THOUSAND.test(after))) break;
    if (knownUnitsOnly) return null;
    value = scaleDecimal(numberText, power);
    scaleWord = word;
    rest = after;
    break;
  }
  if (Math.abs(value) >= MAX_VALUE) return null;
  let unit: string | null = percentWord ? '%' : null;
  if (rest !== '') {
    unit = readUnit(rest);
    if (unit === null || (knownUnitsOnly && !isKnownUnit(unit))) return null;
    if (scaleWord && /^[%‰]$/.test(unit)) return null;
    // `2月底` is a date (see readPeriod), not a count of 月底.
    if (/[底末]$/.test(unit)) return null;
    // A unit left starting with a scale word is a second scale (`1万千之`), unless it is a unit.
    if (/^[万亿千百]/.test(unit) && !isKnownUnit(unit) && !/^(?:千万|百万|万|亿|千)$/.test(unit)) return null;
  }
  const per = head.label ? PER_LABELS[head.label] : undefined;
  if (per && unit && !unit.includes('/') && unit !== '%' && unit !== '‰' && KNOWN_UNITS.has(unit)) unit = `${unit}/${per}`;
  return { label: head.label, op: op ?? tailOp ?? '=', value, unit };
}

function isKnownUnit(unit: string): boolean {
  return unit.split('/').every((piece) => KNOWN_UNITS.has(piece));
}
