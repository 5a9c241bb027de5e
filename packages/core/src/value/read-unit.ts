/**
 * Units written after a number (计量单位). Units not listed are still accepted when short
 * (`readUnit`), so this list only has to hold the long ones and those that matter for scale words.
 */
export const KNOWN_UNITS: ReadonlySet<string> = new Set([
  '%', '‰', '个百分点', '百分点', '元', '万元', '亿元', '千元', '百万元', '千万元', '美元',
  '人', '人次', '万人次', '名', '位', '户', '家', '所', '个', '项', '件', '条', '场', '场次', '次', '批', '批次',
  '册', '本', '份', '张', '篇', '期', '套', '台', '辆', '部', '座', '间', '处', '块', '支', '只', '头', '株', '棵',
  '例', '宗', '起', '单', '笔', '类', '种', '门', '节', '课时', '学时', '页', '幅', '组', '队', '届', '轮',
  '平方米', '平方', '平方千米', '平方公里', '立方米', '立方', '方', '米', '千米', '公里', '亩', '公顷', '吨', '千克', '公斤', '克',
  '度', '千瓦', '千瓦时', '瓦', '升', '毫升', 'GB', 'TB', 'MB',
  '天', '日', '个工作日', '工作日', '自然日', '日历天', '周', '月', '个月', '季度', '年', '小时', '分钟', '秒', '分',
  '床', '床位', '张床', '元/人', '元/年', '元/月',
]);

/** Units that fix a number of days or months: `≤30天`, `30个工作日内`, `≤4月`, `≥1个月`. */
export const DAY_UNITS: ReadonlySet<string> = new Set(['天', '日', '个工作日', '工作日', '自然日', '日历天']);
export const MONTH_UNITS: ReadonlySet<string> = new Set(['月', '个月']);

const SPELLINGS: Readonly<Record<string, string>> = {
  '百分比': '%', '百分率': '%', 'pct': '%', 'm2': '平方米', 'm²': '平方米', 'm^2': '平方米', 'km2': '平方千米',
  'km²': '平方千米', 'm3': '立方米', 'm³': '立方米', 'kg': '千克', 'km': '千米', 'kwh': '千瓦时', 'kw·h': '千瓦时',
};

/** An unknown unit: a few CJK characters or letters, e.g. `辆次`, `km`, `户次`. */
const SHORT_UNIT = /^(?:[\u4e00-\u9fa5]{1,4}|[a-zA-Z]{1,5})$/;

/**
 * The unit text after a number, normalised (`百分比` → `%`, `m2` → `平方米`, spaces around `/` dropped), or
 * null when it is not a unit: a known unit, or `/`-joined known or short units (`元/人/年`,
 * `次/年`, `人/次`), or one short unknown word of up to 4 CJK characters or 5 letters, kept as written.
 */
export function readUnit(text: string): string | null {
  const raw = text.includes(' ') ? text.trim().replace(/ *\/ */g, '/') : text;
  if (raw === '') return null;
  const unit = SPELLINGS[raw.toLowerCase()] ?? raw;
  if (KNOWN_UNITS.has(unit)) return unit;
  if (unit.includes('/')) {
    const pieces = unit.split('/');
    if (pieces.length > 4) return null;
    for (const piece of pieces) if (!KNOWN_UNITS.has(piece) && !SHORT_UNIT.test(piece)) return null;
    return pieces.map((p) => SPELLINGS[p.toLowerCase()] ?? p).join('/');
  }
  return SHORT_UNIT.test(unit) ? unit : null;
}
