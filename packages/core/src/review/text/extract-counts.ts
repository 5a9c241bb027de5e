/** A counted quantity in free text: "7名", "20人", "2次", "48.10万人". */
export interface TextCount {
  readonly text: string;
  /** Value after applying 万 (48.10万人 → 481000). */
  readonly value: number;
  /** Canonical unit: 名/位 → 人. */
  readonly unit: string;
  readonly span: readonly [number, number];
}

/** Count units, longest first; 名/位 are people. */
const COUNT_UNITS = ['人次', '场次', '批次', '人', '名', '位', '次', '场', '个', '家', '辆', '批', '项', '条', '册', '户', '例', '台', '套', '件', '份', '张', '期', '所', '篇', '方', '度'];
const CANONICAL: Readonly<Record<string, string>> = { 名: '人', 位: '人' };
const COUNT_RE = new RegExp(`(\\d+(?:\\.\\d+)?)\\s*(万)?(${COUNT_UNITS.join('|')})`, 'g');

/** Characters after the unit that turn it into another word (人民, 次数, 个人, 人均, 项目, 度假…). */
const BREAKING_NEXT: Readonly<Record<string, string>> = { 人: '民均工', 次: '数', 个: '人月', 项: '目', 度: '假' };

/** Extracts counts such as "7名", "20人", "2次", "48.10万人" with spans; percentages and money are not counts. */
export function extractCounts(text: string): TextCount[] {
  const out: TextCount[] = [];
  COUNT_RE.lastIndex = 0;
  for (let m = COUNT_RE.exec(text); m; m = COUNT_RE.exec(text)) {
    const prev = text[m.index - 1] ?? '';
    if (prev === '.' || (prev >= '0' && prev <= '9') || prev === '/' || prev === '*' || prev === '×') continue;
    const unit = m[3] ?? '';
    const end = m.index + m[0].length;
    const next = text[end] ?? '';
    if (next && (BREAKING_NEXT[unit] ?? '').includes(next)) continue;
    const value = Number(m[1]) * (m[2] ? 10000 : 1);
    out.push({ text: m[0], value: Math.round(value * 1e6) / 1e6, unit: CANONICAL[unit] ?? unit, span: [m.index, end] });
  }
  return out;
}
