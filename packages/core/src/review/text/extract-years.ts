/** A calendar year in free text ("2021年", "2023-2024年度" gives two). */
export interface TextYear {
  readonly year: number;
  readonly span: readonly [number, number];
  /**
   * True when the words after 年 make it the period of the work: "2023年全年", "2024年度", "2024年内", "2024年底",
   * "2024年1-12月". False for a reference such as "2022年重复参保人数" (a prior-year figure used as a check).
   */
  readonly asPeriod: boolean;
}

const YEAR_RE = /(?<!\d)((?:19|20)\d{2})(?:\s*[-—~至到]\s*((?:19|20)\d{2}))?\s*年/g;
const PERIOD_AFTER = new Set(['全', '度', '内', '底', '末', '初', '1', '2', '3', '4', '5', '6', '7', '8', '9']);

/** Extracts years written as "2021年", "2024年度", "2023-2024年度"; a bare "2024" without 年 is not a year here. */
export function extractYears(text: string): TextYear[] {
  const out: TextYear[] = [];
  if (text.indexOf('年') < 0) return out;
  YEAR_RE.lastIndex = 0;
  for (let m = YEAR_RE.exec(text); m; m = YEAR_RE.exec(text)) {
    const end = m.index + m[0].length;
    const asPeriod = PERIOD_AFTER.has(text[end] ?? '');
    out.push({ year: Number(m[1]), span: [m.index, end], asPeriod });
    if (m[2]) out.push({ year: Number(m[2]), span: [m.index, end], asPeriod });
  }
  return out;
}
