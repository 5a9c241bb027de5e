import { normalizeText } from '../text/index';
import { cleanCellText } from './clean-cell-text';

/** `362001兴隆县医疗保障局本级` — a unit code glued to the unit name. */
const UNIT_LINE = /^(\d{3,12})\s*([\u4e00-\u9fa5][\u4e00-\u9fa5()（）·]{1,40}(?:局|中心|院|所|委员会|委|办公室|办|本级|机关|部|站|队|馆|厅|处|室|会|校|园|保障|公司|集团))$/;

export function matchUnitLine(text: string): { code: string; name: string } | null {
  const c = text.charCodeAt(0);
  if (c < 48 || c > 57) return null;
  const m = UNIT_LINE.exec(text.replace(/\s+/g, ''));
  return m ? { code: m[1]!, name: m[2]! } : null;
}

/** A line holding only a year: `(2024年度)`, `（2023年）`, `2024 年度`. */
export function matchYearLine(text: string): number | null {
  const m = /^[(（]?\s*(20\d{2})\s*年\s*度?\s*[)）]?$/.exec(text.trim());
  return m ? Number(m[1]) : null;
}

/** The budget year named in a document or form title (`门源县医疗保障局2024年部门预算…`, `(2024年度)`). */
export function findTitleYear(text: string): number | null {
  const m = /(20\d{2})\s*年\s*度?\s*(?:[)）]|部门|单位|项目支出|预算|绩效|综合)/.exec(text) ?? /[(（]\s*(20\d{2})\s*年度?\s*[)）]/.exec(text);
  return m ? Number(m[1]) : null;
}

/** A spending-plan checkpoint label: `3月底`, `6月末`, `第一季度`, `上半年` → month. */
export function matchCheckpoint(text: string): number | null {
  const s = normalizeText(text).replace(/\s+/g, '');
  let m = /^(\d{1,2})月(?:底|末|份)?$/.exec(s);
  if (m) return Number(m[1]);
  m = /^第?([一二三四1-4])季度(?:末|底)?$/.exec(s);
  if (m) return ({ 一: 3, 二: 6, 三: 9, 四: 12, '1': 3, '2': 6, '3': 9, '4': 12 } as Record<string, number>)[m[1]!] ?? null;
  if (/^上半年/.test(s)) return 6;
  if (/^(下半年|全年|年底)/.test(s)) return 12;
  return null;
}

/** A percentage cell: `25%`, `25`, `25.5%`. */
export function parsePercent(text: string): number | null {
  const m = /^(\d{1,3}(?:\.\d+)?)\s*%?$/.exec(normalizeText(text).replace(/\s+/g, ''));
  return m ? Number(m[1]) : null;
}

/** `2023年8月31日`, `2023.08.31`, `2023-8-31` → `2023-08-31`. */
export function parseDate(text: string): string | null {
  const m = /(20\d{2})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})/.exec(normalizeText(text));
  if (!m) return null;
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}

/** `丁家毅 6569955` → name and phone. */
export function splitPreparer(text: string): { name: string | null; phone: string | null } {
  const s = cleanCellText(text);
  const m = /^(.*?)[\s,，、:：]*((?:\+?86)?[\d\-－()（）]{6,})\s*$/.exec(s);
  if (m) return { name: m[1]!.trim() || null, phone: m[2]!.trim() };
  return { name: s || null, phone: null };
}

/** `西藏自治区医疗保障局116001` → name and code. */
export function splitNameCode(text: string): { name: string; code: string | null } {
  const s = cleanCellText(text);
  const m = /^(.*?\D)\s*(\d{3,12})$/.exec(s) ?? /^(\d{3,12})\s*(\D.*)$/.exec(s);
  if (!m) return { name: s, code: null };
  return /^\d/.test(m[1]!) ? { name: m[2]!.trim(), code: m[1]! } : { name: m[1]!.trim(), code: m[2]! };
}

/** 项目属性 text → kind. */
export function parseProjectKind(text: string): 'new' | 'continuing' | 'recurring' | null {
  const s = text.replace(/\s+/g, '');
  if (/延续/.test(s)) return 'continuing';
  if (/新增|新设|新建/.test(s)) return 'new';
  if (/经常|常年|日常/.test(s)) return 'recurring';
  return null;
}

/** Strips `指标1:` numbering and template hints such as `(≥**个)` from an indicator name. */
export function cleanIndicatorName(text: string): string {
  return cleanCellText(text)
    .replace(/^指标\s*\d+\s*[:：.、]?\s*/, '')
    .replace(/[(（][^()（）]*\*{2,}[^()（）]*[)）]/g, '')
    .replace(/\*{2,}/g, '')
    .replace(/[\s:：,，;；]+$/, '')
    .trim();
}
