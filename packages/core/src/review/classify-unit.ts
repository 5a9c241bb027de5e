/** What a target's unit measures, decided by table lookup (no regex in the per-indicator path). */
export type UnitKind = 'percent' | 'money' | 'unit-cost' | 'person' | 'count' | 'time' | 'physical' | 'other' | 'none';

const PERCENT = new Set(['%', '％', '百分比', '百分点']);
const MONEY = new Set(['元', '万元', '万', '亿元', '千元', '元/年', '万元/年', '万/年']);
const PERSON = new Set(['人', '名', '位', '人次', '户', '万人', '万人次', '人/年', '人次/年']);
const COUNT = new Set(['次', '场', '个', '家', '辆', '批', '批次', '项', '条', '册', '万册', '场次', '例', '台', '套', '件', '份', '张', '期', '所', '篇', '次/年', '个/年', '本', '块', '处', '类', '种', '平方米', '平方', '间']);
const TIME = new Set(['天', '日', '月', '个月', '年', '小时', '工作日', '分钟', '年内', '年度', '季度', '周']);
const PHYSICAL = new Set(['方', '度', '吨', '立方米', '千瓦时', '公里', '亩', 'kg', 'KG']);

/** Classifies a normalised unit ("万元", "元/人/年", "人", "%"). */
export function classifyUnit(unit: string | null | undefined): UnitKind {
  if (unit == null || unit === '') return 'none';
  const u = unit.trim();
  if (PERCENT.has(u)) return 'percent';
  if (MONEY.has(u)) return 'money';
  if (PERSON.has(u)) return 'person';
  if (COUNT.has(u)) return 'count';
  if (TIME.has(u)) return 'time';
  if (PHYSICAL.has(u)) return 'physical';
  const slash = u.indexOf('/');
  if (slash > 0) {
    const head = u.slice(0, slash);
    if (head === '元' || head === '万元' || head === '万') return 'unit-cost';
    return classifyUnit(head) === 'percent' ? 'percent' : 'other';
  }
  if (u.startsWith('%')) return 'percent';
  return 'other';
}

/** Fen per unit for money units (元 → 100, 万元/万 → 1 000 000); null for other units. */
export function fenPerUnit(unit: string | null | undefined): number | null {
  if (unit == null) return null;
  const u = unit.trim();
  if (u === '元' || u === '元/年') return 100;
  if (u === '万元' || u === '万' || u === '万元/年' || u === '万/年') return 1_000_000;
  if (u === '千元') return 100_000;
  if (u === '亿元') return 10_000_000_000;
  return null;
}
