import type { SpendingCheckpoint } from '../model/project';

/**
 * The planned cumulative share (0–1) of the year's money by the end of `month`, from the 资金支出计划 checkpoints
 * (3月底 30%, 6月底 60% …), interpolated linearly between checkpoints from 0 at the start of the year. Null without a plan.
 */
export function findPlannedShare(plan: readonly SpendingCheckpoint[], month: number): number | null {
  const points = [...plan].filter((c) => c.month >= 1 && c.month <= 12).sort((a, b) => a.month - b.month);
  if (points.length === 0) return null;
  let prev = { month: 0, percent: 0 };
  for (const c of points) {
    if (month <= c.month) {
      const span = c.month - prev.month;
      const share = span === 0 ? c.percent : prev.percent + ((c.percent - prev.percent) * (month - prev.month)) / span;
      return share / 100;
    }
    prev = c;
  }
  return prev.percent / 100;
}
