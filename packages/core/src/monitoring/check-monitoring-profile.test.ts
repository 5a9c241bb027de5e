import { describe, expect, it } from 'vitest';
import { classifyExecutionGap } from './assess-execution-progress';
import { checkMonitoringProfile } from './check-monitoring-profile';
import { DEFAULT_MONITORING_PROFILE, type MonitoringProfile } from './monitoring-profile';

const strict: MonitoringProfile = { executionYellowPoints: 5, executionRedPoints: 10, timeBasis: 'monthly', indicatorBands: { red: 0.7, yellow: 0.9, blue: 1.5 } };

describe('checkMonitoringProfile', () => {
  it('accepts the rules’ defaults and a stricter profile', () => {
    expect(checkMonitoringProfile(DEFAULT_MONITORING_PROFILE)).toEqual([]);
    expect(checkMonitoringProfile(strict)).toEqual([]);
  });
  it('refuses red points not beyond yellow, naming both', () => {
    expect(checkMonitoringProfile({ ...strict, executionRedPoints: 5 })).toEqual(['预算执行红灯阈值（落后 5 个百分点）应大于黄灯阈值（落后 5 个百分点）']);
    expect(checkMonitoringProfile({ ...strict, executionYellowPoints: 12 })).toEqual(['预算执行红灯阈值（落后 10 个百分点）应大于黄灯阈值（落后 12 个百分点）']);
  });
  it('refuses points outside 0–100 and a wrong time basis', () => {
    expect(checkMonitoringProfile({ ...strict, executionRedPoints: 120 })).toEqual(['预算执行红灯阈值“120”应为 0–100 个百分点']);
    expect(checkMonitoringProfile({ ...strict, executionYellowPoints: Number.NaN })).toEqual(['预算执行黄灯阈值“NaN”应为 0–100 个百分点']);
    expect(checkMonitoringProfile({ ...strict, timeBasis: 'weekly' as MonitoringProfile['timeBasis'] })).toEqual(['序时进度口径“weekly”应为按日、按月或按季度节点']);
  });
  it('requires 0 < red < yellow < 1 < blue for the indicator bands', () => {
    expect(checkMonitoringProfile({ ...strict, indicatorBands: { red: 0.8, yellow: 0.8, blue: 1.2 } })).toEqual(['指标红灯界限（80%）应小于黄灯界限（80%）']);
    expect(checkMonitoringProfile({ ...strict, indicatorBands: { red: 0.9, yellow: 0.7, blue: 1.2 } })).toEqual(['指标红灯界限（90%）应小于黄灯界限（70%）']);
    expect(checkMonitoringProfile({ ...strict, indicatorBands: { red: 0.6, yellow: 1, blue: 1.2 } })).toEqual(['指标黄灯界限“1”应大于 0 且小于 1（序时目标的比例）']);
    expect(checkMonitoringProfile({ ...strict, indicatorBands: { red: 0, yellow: 0.8, blue: 1 } })).toEqual([
      '指标红灯界限“0”应大于 0 且小于 1（序时目标的比例）',
      '指标蓝灯界限“1”应大于 1 且不超过 10（序时目标的倍数）',
    ]);
  });
  it('a stricter profile changes the execution light for the same gap', () => {
    expect(classifyExecutionGap(8)).toBe('green');
    expect(classifyExecutionGap(8, strict)).toBe('yellow');
    expect(classifyExecutionGap(11.63, strict)).toBe('red');
  });
});
