const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 洞: 0, 一: 1, 壹: 1, 幺: 1, 二: 2, 贰: 2, 貳: 2, 两: 2, 兩: 2, 俩: 2, 三: 3, 叁: 3, 參: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** Characters that can make up a Chinese numeral (with `点` for the decimal point). */
export const CHINESE_NUMERAL_CHARS = '零〇一壹二贰貳两兩俩三叁參四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億点點';

/**
 * Chinese numerals to a number: `二`→2, `十二`→12, `二十`→20, `一百零五`→105,
 * `一千二百三十四`→1234, `三点五`→3.5, `两`→2, `〇`/`零`, scales `三万`→30000,
 * `一亿三千万`→130000000, 大写 `壹佰贰拾`→120, digit strings `二〇二四`→2024.
 * Null when the text (trimmed) is not a whole numeral (`提高`, `一致`, `十十`).
 * `百分之九十五` is not a numeral: the value grammar reads it as 95 %.
 */
export function parseChineseNumber(text: string): number | null {
  const s = text.trim();
  if (s === '' || s.length > 40) return null;
  const point = s.search(/[点點]/);
  if (point < 0) return parseWhole(s);
  const whole = point === 0 ? null : parseWhole(s.slice(0, point));
  if (whole === null) return null;
  let fraction = '';
  for (const ch of s.slice(point + 1)) {
    const d = DIGITS[ch];
    if (d === undefined) return null;
    fraction += String(d);
  }
  return fraction === '' ? null : Number(`${whole}.${fraction}`);
}

function parseWhole(s: string): number | null {
  let positional = true;
  for (const ch of s) if (DIGITS[ch] === undefined) positional = false;
  if (positional) return s.length === 1 ? DIGITS[s]! : Number([...s].map((ch) => DIGITS[ch]).join(''));
  let total = 0; // everything at 亿 and above
  let wan = 0; // the 万 group
  let section = 0; // below 万
  let digit: number | null = null;
  let lastSmall = Infinity; // 十/百/千 must fall within a section
  let lastBig = Infinity;
  for (const ch of s) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      if (digit !== null && digit !== 0) return null;
      digit = d;
      continue;
    }
    const small = SMALL_UNITS[ch];
    if (small !== undefined) {
      if (small >= lastSmall || digit === 0) return null;
      section += (digit ?? 1) * small;
      digit = null;
      lastSmall = small;
      continue;
    }
    const big = BIG_UNITS[ch];
    if (big === undefined) return null;
    const group = section + (digit ?? 0);
    if (big === 1e8) {
      if (lastBig <= 1e8 && lastBig !== 1e4) return null;
      total = (total + wan + (group === 0 && total === 0 && wan === 0 ? 1 : group)) * 1e8;
      wan = 0;
    } else {
      if (lastBig <= 1e4) return null;
      wan = (group === 0 ? 1 : group) * 1e4;
    }
    section = 0;
    digit = null;
    lastSmall = Infinity;
    lastBig = big;
  }
  return total + wan + section + (digit ?? 0);
}
