import type { ComparisonOp, PeriodTarget, QuantitativeTarget } from '../model/target-value';
import { SYMBOL_OPS } from './read-measure';

const YEAR = /^([≥≤<>=])?(?:在)?((?:19|20)\d{2})年(度)?(全年|内|以内|之内|底前|底之前|年底前|底|末|前|之前|以前)?(?:完成)?$/;
const MONTH_RANGE = /^([≥≤<>=])?((?:19|20)\d{2})年(?:度)?(\d{1,2})月?[-~至到—–](?:((?:19|20)\d{2})年)?(\d{1,2})月(?:底|末|份)?$/;
const DATE = /^([≥≤<>=])?((?:19|20)\d{2})[年.\-/](\d{1,2})[月.\-/](\d{1,2})日?(前|之前|以前|内|止)?(?:完成)?$/;
const MONTH_END = /^([≥≤<>=])?((?:19|20)\d{2}年)?(\d{1,2})月(底|末|份|底前|末前|前|之前|以前)(?:完成)?$/;
const DATE_RANGE = /^([≥≤<>=])?((?:19|20)\d{2})[年.\-/](\d{1,2})[月.\-/](\d{1,2})日?[-~至到—–]((?:19|20)\d{2})?[年.\-/]?(\d{1,2})[月.\-/](\d{1,2})日?$/;
const RECURRING = /^(?:每|按)(?:个)?(?:年度|年|半年|季度|季|月度|月|周|旬)|^定期/;

/**
 * Years, dates and month ranges (时效 targets). Their value is the year and their unit `年`; the
 * period says what the text meant:
 * - `2024年`, `2024年度`, `2024年全年` → `= 2024 年`, kind `year`; `2024年内`, `2024年底前` → `≤`;
 * - `2024年1-12月`, `2024年1月-12月` → kind `month-range` (`fromMonth`, `toMonth`), `=`;
 * - `2024年12月31日前` → kind `date` with `fromMonth` = `toMonth` = 12 and `day` 31, `≤`;
 * - `12月底前` (no year) → kind `date` with the month only, value the month, unit `月`;
 * - `2024年1月1日-12月31日` → kind `date-range`.
 * Day and month counts (`≤30天`, `≤4月`) are measures; `parseTargetValue` adds their period.
 */
export function readPeriod(text: string): QuantitativeTarget | null {
  if (!/[年月]|\d[.\-/]\d/.test(text)) return null;
  const s = text.includes(' ') ? text.replace(/ /g, '') : text;
  let m = YEAR.exec(s);
  if (m) {
    const year = Number(m[2]);
    const until = m[4] !== undefined && m[4] !== '全年';
    return quantity(m[1], until ? '<=' : '=', year, '年', { kind: 'year', year, text: s });
  }
  m = MONTH_RANGE.exec(s);
  if (m) {
    const year = Number(m[2]);
    const from = Number(m[3]);
    const to = Number(m[5]);
    const toYear = m[4] ? Number(m[4]) : year;
    if (!isMonth(from) || !isMonth(to) || toYear < year || (toYear === year && to < from)) return null;
    const kind = toYear === year ? 'month-range' : 'date-range';
    return quantity(m[1], '=', year, '年', { kind, year, fromMonth: from, toMonth: to, text: s });
  }
  m = DATE.exec(s);
  if (m) {
    const year = Number(m[2]);
    const month = Number(m[3]);
    const day = Number(m[4]);
    if (!isMonth(month) || day < 1 || day > 31) return null;
    return quantity(m[1], m[5] ? '<=' : '=', year, '年', { kind: 'date', year, fromMonth: month, toMonth: month, day, text: s });
  }
  m = MONTH_END.exec(s);
  if (m) {
    const month = Number(m[3]);
    if (!isMonth(month)) return null;
    const op = m[4] === '份' ? '=' : '<=';
    if (m[2]) {
      const year = Number(m[2].slice(0, -1));
      return quantity(m[1], op, year, '年', { kind: 'date', year, fromMonth: month, toMonth: month, text: s });
    }
    return quantity(m[1], op, month, '月', { kind: 'date', fromMonth: month, toMonth: month, text: s });
  }
  m = DATE_RANGE.exec(s);
  if (m) {
    const year = Number(m[2]);
    const from = Number(m[3]);
    const to = Number(m[6]);
    if (!isMonth(from) || !isMonth(to)) return null;
    return quantity(m[1], '=', year, '年', { kind: 'date-range', year, fromMonth: from, toMonth: to, text: s });
  }
  return null;
}

/** A recurring deadline kept as text: `每季度结束后的`, `每月`, `按季度`, `定期`. */
export function readRecurring(text: string): PeriodTarget | null {
  return RECURRING.test(text) ? { kind: 'recurring', text } : null;
}

function quantity(symbol: string | undefined, op: ComparisonOp, value: number, unit: string, period: PeriodTarget): QuantitativeTarget {
  return { op: symbol ? SYMBOL_OPS[symbol]! : op, value, unit, period };
}

function isMonth(n: number): boolean {
  return n >= 1 && n <= 12;
}
