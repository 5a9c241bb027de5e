import type { MonitoringProfile } from './monitoring-profile';

const TIME_BASES: readonly MonitoringProfile['timeBasis'][] = ['daily', 'monthly', 'quarterly'];

function isNumberIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
}

/**
 * Problems of a 双监控 profile, in Chinese (empty when valid): execution thresholds 0–100 points with red beyond
 * yellow (R-MON-05), 序时进度 basis one of daily/monthly/quarterly (R-MON-03), and indicator bands (ratios a/s,
 * R-MON-04) with 0 < red < yellow < 1 < blue ≤ 10 — so an indicator exactly on schedule (a = s) is always green.
 */
export function checkMonitoringProfile(profile: MonitoringProfile): string[] {
  const problems: string[] = [];
  const { executionYellowPoints: yellow, executionRedPoints: red, indicatorBands: bands } = profile;
  if (!isNumberIn(yellow, 0, 100)) problems.push(`预算执行黄灯阈值“${String(yellow)}”应为 0–100 个百分点`);
  if (!isNumberIn(red, 0, 100)) problems.push(`预算执行红灯阈值“${String(red)}”应为 0–100 个百分点`);
  if (isNumberIn(yellow, 0, 100) && isNumberIn(red, 0, 100) && red <= yellow) {
    problems.push(`预算执行红灯阈值（落后 ${red} 个百分点）应大于黄灯阈值（落后 ${yellow} 个百分点）`);
  }
  if (!TIME_BASES.includes(profile.timeBasis)) problems.push(`序时进度口径“${String(profile.timeBasis)}”应为按日、按月或按季度节点`);
  const ratio = (v: number) => `${Math.round(v * 1000) / 10}%`;
  if (!isNumberIn(bands.red, 0, 1) || bands.red <= 0) problems.push(`指标红灯界限“${String(bands.red)}”应大于 0 且小于 1（序时目标的比例）`);
  if (!isNumberIn(bands.yellow, 0, 1) || bands.yellow <= 0 || bands.yellow >= 1) problems.push(`指标黄灯界限“${String(bands.yellow)}”应大于 0 且小于 1（序时目标的比例）`);
  if (!isNumberIn(bands.blue, 1, 10) || bands.blue <= 1) problems.push(`指标蓝灯界限“${String(bands.blue)}”应大于 1 且不超过 10（序时目标的倍数）`);
  if (problems.length === 0 && bands.red >= bands.yellow) {
    problems.push(`指标红灯界限（${ratio(bands.red)}）应小于黄灯界限（${ratio(bands.yellow)}）`);
  }
  return problems;
}
