import type { ComparisonOp, LabelledTarget, PeriodTarget, QuantitativeTarget, TargetValue } from '../model/target-value';
import { htmlToText } from '../text/html-to-text';
import { normalizeText } from '../text/normalize-text';
import { parseChineseNumber } from '../text/parse-chinese-number';
import { scaleDecimal } from './scale-decimal';

export interface ParsedTarget {
  readonly target: TargetValue | null;
  readonly issue: { readonly code: string; readonly message: string } | null;
}

/** Only this many characters of a value are read (a value is short; a long text is a statement). */
export const MAX_VALUE_CHARS = 200;

const WORD_OPS: ReadonlyArray<readonly [RegExp, ComparisonOp]> = [
  [/(不低于|不少于|不小于|至少|大于等于|大于或等于|达到|达|超过或等于)$/, '>='],
  [/(不高于|不超过|不多于|不大于|小于等于|小于或等于|控制在|控制)$/, '<='],
  [/(大于|高于|超过|多于)$/, '>'],
  [/(小于|低于|少于)$/, '<'],
  [/(等于|为|是)$/, '='],
];
const SYMBOL_OPS: Readonly<Record<string, ComparisonOp>> = { '≥': '>=', '≤': '<=', '>': '>', '<': '<', '=': '=' };
const EMPTY = /^[\s无/\\\-—－_–.。…]*$/;
const PLACEHOLDER = /\*{2,}|[xX×]{2,}|待填|待定|某某/;
/** Longest preamble before the number for the number still to be the measure (`全民参保率达95%`). */
const MAX_PREAMBLE = 10;
const NUMBER_RE = /^(.*?)(≥|≤|>|<|=)?\s*(\d[\d,]*(?:\.\d+)?)\s*(.*)$/s;

/**
 * The target-value grammar: `≥8万册`, `>=48.10万人`, `=0人`, `≤197.36元/人/年`, `100%`,
 * `≥100百分比`, `<math>\geq 90\%</math>`, `≥2次/年`, `≤4月`, `合计46人；在职：14人`, `二次`,
 * `百分之九十五`, full-width forms, dates and periods, qualitative statements.
 *
 * Decisions: money keeps its scale in the unit (`10万元` → 10 万元; a bare `万` after a number
 * stays `万`), other scale words multiply (`8万册` → 80000 册); a number preceded by more than ten
 * characters of other text is incidental and the value is qualitative; years are `{value: 2024,
 * unit: '年', period}` with op `<=` for `…内/前`.
 */
export function parseTargetValue(text: string): ParsedTarget {
  let s = text.length > MAX_VALUE_CHARS ? text.slice(0, MAX_VALUE_CHARS) : text;
  if (s.includes('<') && /<\/?[a-z]/i.test(s)) s = htmlToText(s);
  else if (s.includes('\\')) s = s.replace(/\\geq?/g, '≥').replace(/\\leq?/g, '≤').replace(/\\%/g, '%');
  s = normalizeText(s)
    .replace(/>=|=>/g, '≥')
    .replace(/<=|=</g, '≤')
    .replace(/[。.,，;；:：]+$/, '')
    .trim();
  if (EMPTY.test(s)) return { target: null, issue: { code: 'empty-value', message: '指标值为空' } };
  if (PLACEHOLDER.test(s)) return { target: null, issue: { code: 'template-placeholder', message: `指标值仍是模板占位符：“${s}”` } };
  if (/[;；]/.test(s)) {
    const composite = parseComposite(s);
    if (composite) return { target: composite, issue: null };
  }
  const single = parseSingle(s);
  if (single) return { target: single, issue: null };
  if (/[\u4e00-\u9fa5]{2,}/.test(s) || (/[\u4e00-\u9fa5]/.test(s) && !/\d/.test(s))) return { target: { op: 'qualitative', text: s }, issue: null };
  return { target: null, issue: { code: 'unparsed-value', message: `无法识别的指标值：“${s}”` } };
}

function parseSingle(s: string): QuantitativeTarget | null {
  const period = parsePeriod(s);
  if (period) return period;
  const chinese = parseChineseForm(s);
  if (chinese) return chinese;
  const m = NUMBER_RE.exec(s);
  if (!m) return null;
  let pre = m[1]!.trim();
  let op: ComparisonOp | null = m[2] ? SYMBOL_OPS[m[2]]! : null;
  if (!op) {
    for (const [re, wordOp] of WORD_OPS) {
      if (re.test(pre)) {
        op = wordOp;
        pre = pre.replace(re, '');
        break;
      }
    }
  }
  if (pre.length > MAX_PREAMBLE) return null;
  const num = m[3]!;
  let rest = m[4]!.trim();
  const post = /(及以上|以上|及以下|以下|以内|之内|内)$/.exec(rest);
  if (post) {
    rest = rest.slice(0, -post[1]!.length).trim();
    op ??= /上/.test(post[1]!) ? '>=' : '<=';
  }
  if (/\d/.test(rest) || rest.length > 10) return null;
  let value = Number(num.replace(/,/g, ''));
  let unit: string | null = rest || null;
  const scale = /^(万|亿|千)(.*)$/.exec(rest);
  if (scale) {
    const after = scale[2]!;
    if (after === '' || /^元/.test(after)) unit = rest;
    else {
      value = scaleDecimal(num, scale[1] === '万' ? 4 : scale[1] === '亿' ? 8 : 3);
      unit = after;
    }
  }
  if (unit === '百分比' || unit === '％') unit = '%';
  if (unit) unit = unit.replace(/\s+/g, '');
  return { op: op ?? '=', value, unit };
}

/** `二次`, `两次/年`, `百分之九十五`, `三万人`. */
function parseChineseForm(s: string): QuantitativeTarget | null {
  const pct = /^(≥|≤|>|<|=)?\s*百分之([零〇一二两三四五六七八九十百点]+)$/.exec(s);
  if (pct) {
    const n = parseChineseNumber(pct[2]!);
    return n === null ? null : { op: pct[1] ? SYMBOL_OPS[pct[1]]! : '=', value: n, unit: '%' };
  }
  const m = /^(≥|≤|>|<|=)?\s*([零〇一二两三四五六七八九十百千万点]+)\s*([个次人项场条批家所户名件套台本册份期天月年]{1}[\u4e00-\u9fa5/]{0,4})$/.exec(s);
  if (!m) return null;
  const n = parseChineseNumber(m[2]!);
  return n === null ? null : { op: m[1] ? SYMBOL_OPS[m[1]]! : '=', value: n, unit: m[3]! };
}

/** Years, month ranges, dates: `2024年内`, `2024年1-12月`, `2024年12月31日前`. */
function parsePeriod(s: string): QuantitativeTarget | null {
  let m = /^(≥|≤)?(20\d{2}|19\d{2})\s*年\s*(度)?\s*(内|以内|底前|年底前|前|底)?$/.exec(s);
  if (m) {
    const year = Number(m[2]);
    const period: PeriodTarget = { kind: 'year', year, text: s };
    return { op: m[1] ? SYMBOL_OPS[m[1]]! : m[4] ? '<=' : '=', value: year, unit: '年', period };
  }
  m = /^(20\d{2})\s*年\s*(\d{1,2})\s*月?\s*(?:[-—–~至到])\s*(?:(20\d{2})\s*年\s*)?(\d{1,2})\s*月(底|末)?(前|内)?$/.exec(s);
  if (m) {
    const year = Number(m[1]);
    const period: PeriodTarget = { kind: 'month-range', year, fromMonth: Number(m[2]), toMonth: Number(m[4]), text: s };
    return { op: '=', value: year, unit: '年', period };
  }
  m = /^(≤)?(20\d{2})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})\s*日?\s*(前|之前|以前)?$/.exec(s);
  if (m) {
    const year = Number(m[2]);
    const period: PeriodTarget = { kind: 'date', year, fromMonth: Number(m[3]), toMonth: Number(m[3]), text: s };
    return { op: m[1] || m[5] ? '<=' : '=', value: year, unit: '年', period };
  }
  m = /^(≤|<)?\s*(\d+(?:\.\d+)?)\s*(个工作日|工作日|个月|月|天|日|小时)\s*(内|以内|之内)?$/.exec(s);
  if (m) {
    const kind = /月/.test(m[3]!) ? 'months' : 'days';
    return { op: m[1] ? SYMBOL_OPS[m[1]]! : m[4] ? '<=' : '=', value: Number(m[2]), unit: m[3]!, period: { kind, text: s } };
  }
  return null;
}

/** `合计46人；在职：14人；临聘人员32人` and `99%；100%；100%`. */
function parseComposite(s: string): QuantitativeTarget | null {
  const pieces = s.split(/[;；]/).map((p) => p.trim()).filter((p) => p);
  if (pieces.length < 2) return null;
  const parts: LabelledTarget[] = [];
  for (const piece of pieces) {
    const m = /^(.*?)[:：]?\s*((?:≥|≤|>|<|=)?\s*\d.*)$/.exec(piece);
    if (!m) return null;
    const single = parseSingle(m[2]!.trim());
    if (!single) return null;
    parts.push({ label: m[1]!.replace(/[:：]\s*$/, '').trim() || null, op: single.op, value: single.value, unit: single.unit });
  }
  const first = parts[0]!;
  const labelled = first.label !== null;
  return { op: first.op, value: first.value, unit: first.unit, parts: labelled ? parts.slice(1) : parts };
}
