export interface TimeProgress {
  /** Days from 1 January up to and including the date. */
  readonly elapsedDays: number;
  readonly daysInYear: number;
  /** 序时进度 as a fraction 0–1. */
  readonly progress: number;
}

/** Reads `2023-07-31` (or `2023/7/31`, `2023年7月31日`) into its parts; null when it is not a valid date. */
export function parseIsoDate(text: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return { year, month, day };
}

/** True for leap years. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** R-MON-03: 序时进度 = days elapsed ÷ days in the year (31 July 2023 → 212/365 = 0.5808). Null for an invalid date. */
export function computeTimeProgress(date: string): TimeProgress | null {
  const d = parseIsoDate(date);
  if (!d) return null;
  const start = Date.UTC(d.year, 0, 1);
  const elapsedDays = Math.round((Date.UTC(d.year, d.month - 1, d.day) - start) / 86_400_000) + 1;
  const daysInYear = isLeapYear(d.year) ? 366 : 365;
  return { elapsedDays, daysInYear, progress: elapsedDays / daysInYear };
}

/** R-MON-03, monthly variant: month/12 (data up to the end of July → 7/12). */
export function computeMonthlyTimeProgress(month: number): number {
  return Math.min(Math.max(month, 0), 12) / 12;
}

/** R-MON-05 optional checkpoints: the share of the last completed quarter, 25/50/75/100% (July → 50%). */
export function computeQuarterlyTimeProgress(month: number): number {
  return Math.floor(Math.min(Math.max(month, 0), 12) / 3) * 0.25;
}
