import type { QualitativeTarget, QuantitativeTarget, TargetValue } from '../model/target-value';
import { prepareValueText } from './prepare-value-text';
import { readComposite } from './read-composite';
import { readMeasure } from './read-measure';
import { readPeriod, readRecurring } from './read-period';
import { readSimpleValue } from './read-simple-value';
import { DAY_UNITS, MONTH_UNITS } from './read-unit';

export interface ValueIssue {
  /** `empty-value`, `template-placeholder` or `unparsed-value`. */
  readonly code: string;
  /** Chinese message for the user. */
  readonly message: string;
}

export interface ParsedTarget {
  readonly target: TargetValue | null;
  readonly issue: ValueIssue | null;
}

const EMPTY = /^[\s\-—–_/\\.。…·~]*$|^(?:无|暂无|空|空白|不涉及|不适用|n\/?a|null|none|nil)$/i;
const PLACEHOLDER = /\*|[xX]{2,}|×{2,}|□|○{2,}|_{2,}|\?{2,}|待填|待定|请填写|请输入|某某|^[≥≤<>=]?[xX]\s*(?:%|[\u4e00-\u9fa5]|$)/;
/** `定性：…` as printed by `formatTargetValue`: the rest is kept as qualitative text. */
const QUALITATIVE_PREFIX = /^\s*定性\s*[:：]\s*/;
const ORDINAL = /^(?:\d{1,2}[.、]|\(\d{1,2}\)|[一二三四五六七八九十]、)\s*/;
const CJK = /[\u4e00-\u9fa5]/g;

/**
 * The 指标值 grammar. Reads the operator, number and unit of a target value, or keeps it as a
 * qualitative statement, or says why it cannot:
 * - operators `≥ ≤ > < =`, `>= <= =>`, full-width `＞＝ ＜＝ ＞ ＜ ＝`, `≧ ≦`, LaTeX (`\geq 90\%`,
 *   `<math>…</math>`), words before the number (`不低于 不少于 至少 达到 大于等于` → `>=`, `不高于
 *   不超过 不多于 控制在 小于等于` → `<=`, `大于 高于 超过` → `>`, `小于 低于` → `<`, `等于 为` → `=`)
 *   and after it (`以上 及以上` → `>=`, `以内 以下 内 前` → `<=`); none written → `=`;
 * - numbers with thousands separators, full-width digits, Chinese numerals (`二次`, `百分之九十五`);
 * - scale words multiply (`8万册` → 80000 册, exact decimal arithmetic: `48.10万人` → 481000 人),
 *   except money and bare scales, which keep the scale in the unit (`10万元` → 10 万元, `≤4.5万`
 *   → 4.5 万), as the rest of the product counts money in 万元 or 元 as written;
 * - units as written and normalised (`百分比` → `%`, `元/人/年`, `次/年`, unknown short words kept);
 * - periods (`2024年内`, `2024年1-12月`, `2024年12月31日前`: see `readPeriod`), day and month
 *   counts (`≤30天`, `30个工作日内` → kind `days`; `≤4月`, `≥1个月` → kind `months`);
 * - composite values (`合计46人；在职:14人；临聘人员32人`, `99%；100%`: see `readComposite`);
 * - qualitative statements (`有所提高`, `健全`, `良`, `每季度结束后的` with a `recurring` period).
 *
 * A number is the measure when at most `MAX_LABEL_CHARS` (10) characters precede it (after the
 * operator words) and only a unit and tail words follow (`在职党员总工资2%`, `全民参保率达95%以上`).
 * Otherwise the number is incidental: the text is qualitative when it reads as a statement (it
 * starts with a Chinese character, after an ordinal such as `1.`, and has at least 4 of them:
 * `保障7名我县离休干部…100%报销`), and `unparsed-value` when not (`3-5`, `≥100提供法律服务数量`).
 * Only the first `MAX_VALUE_CHARS` (200) normalised characters (of at most 1000 raw ones) are read;
 * a qualitative text is that prefix. Never throws; every step is linear on that bounded text.
 */
export function parseTargetValue(text: string): ParsedTarget {
  const simple = readSimpleValue(text);
  if (simple) return { target: simple, issue: null };
  const stated = QUALITATIVE_PREFIX.exec(text);
  const s = stated ? prepareValueText(text.slice(stated[0].length), false) : prepareValueText(text);
  if (stated && s !== '') return found(toQualitative(s.replace(/\n+/g, ' ')));
  if (EMPTY.test(s)) return { target: null, issue: { code: 'empty-value', message: '指标值为空' } };
  if (PLACEHOLDER.test(s)) return { target: null, issue: { code: 'template-placeholder', message: `指标值仍是模板占位符：${quote(s)}` } };
  if (s.includes(';') || s.includes('\n')) {
    const composite = readComposite(s);
    if (composite) return found(composite);
  }
  const one = s.includes('\n') ? s.replace(/\n+/g, ' ') : s;
  const target = readPeriod(one) ?? readQuantity(one);
  if (target) return found(target);
  if (isStatement(one)) return found(toQualitative(one));
  return { target: null, issue: { code: 'unparsed-value', message: `无法识别的指标值：${quote(one)}` } };
}

function readQuantity(text: string): QuantitativeTarget | null {
  const m = readMeasure(text);
  if (!m) return null;
  const { op, value, unit } = m;
  if (unit !== null && DAY_UNITS.has(unit)) return { op, value, unit, period: { kind: 'days', text } };
  if (unit !== null && MONTH_UNITS.has(unit)) return { op, value, unit, period: { kind: 'months', text } };
  return { op, value, unit };
}

function toQualitative(text: string): QualitativeTarget {
  const period = readRecurring(text);
  return period ? { op: 'qualitative', text, period } : { op: 'qualitative', text };
}

/** Reads as a sentence or a graded word rather than as a broken value. */
function isStatement(text: string): boolean {
  if (!/\d/.test(text)) return /[\u4e00-\u9fa5]/.test(text);
  const cjk = text.match(CJK)?.length ?? 0;
  const body = text.replace(ORDINAL, '');
  return cjk >= 4 && /^[\u4e00-\u9fa5]/.test(body);
}

function found(target: TargetValue): ParsedTarget {
  return { target, issue: null };
}

function quote(text: string): string {
  return `“${text.length > 40 ? `${text.slice(0, 40)}…` : text}”`;
}
