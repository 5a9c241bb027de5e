const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 俩: 2, 三: 3, 叁: 3, 四: 4, 肆: 4, 五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9 };
const UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG: Record<string, number> = { 万: 10_000, 萬: 10_000, 亿: 100_000_000, 億: 100_000_000 };

/**
 * Chinese numerals to a number: `二`→2, `十二`→12, `一百零五`→105, `一千二百三十四`→1234,
 * `三点五`→3.5, `三万`→30000, 大写 `壹佰贰拾`→120. Null when the text is not a numeral.
 */
export function parseChineseNumber(text: string): number | null {
  const s = text.trim();
  if (!s || !/^[零〇一壹二贰两俩三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万萬亿億点]+$/.test(s)) return null;
  const [intPart, fracPart] = s.split('点');
  if (s.split('点').length > 2) return null;
  const whole = parseInteger(intPart ?? '');
  if (whole === null) return null;
  if (fracPart === undefined) return whole;
  let frac = '';
  for (const ch of fracPart) {
    const d = DIGITS[ch];
    if (d === undefined) return null;
    frac += String(d);
  }
  return Number(`${whole}.${frac}`);
}

function parseInteger(s: string): number | null {
  if (s === '') return 0;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of s) {
    if (ch in DIGITS) {
      digit = DIGITS[ch]!;
    } else if (ch in UNITS) {
      section += (digit ?? 1) * UNITS[ch]!;
      digit = null;
    } else if (ch in BIG) {
      section += digit ?? 0;
      total = (total + (section || (total === 0 ? 1 : 0))) * BIG[ch]!;
      section = 0;
      digit = null;
    } else return null;
  }
  return total + section + (digit ?? 0);
}
