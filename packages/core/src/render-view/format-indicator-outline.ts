import type { IndicatorLevel1Group } from './group-indicators';

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (up to 99). */
export function toChineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n] ?? String(n);
  if (n >= 100) return String(n);
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[n % 10]}`;
}

/** The indicator outline printed inside one cell of the disclosure list (sample 003). */
export function formatIndicatorOutline(groups: readonly IndicatorLevel1Group[]): string {
  const lines: string[] = [];
  groups.forEach((g, gi) => {
    lines.push(`${toChineseNumeral(gi + 1)}、${g.label}`);
    g.categories.forEach((c, ci) => {
      lines.push(`（${toChineseNumeral(ci + 1)}）${c.level2Label}`);
      c.items.forEach((item, ii) => {
        const value = item.indicator.targetText ?? '';
        lines.push(`${ii + 1}. ${item.indicator.name}${value ? ` ${value}` : ''}`);
      });
    });
  });
  return lines.join('\n');
}
