/** Traffic lights of 运行监控 (R-MON-04, R-MON-05). Blue = well ahead of schedule. */
export type TrafficLight = 'green' | 'yellow' | 'red' | 'blue';

/** Settings of 双监控 warnings; every default is the rule's default. */
export interface MonitoringProfile {
  /** R-MON-05: yellow when 执行率 is more than this many percentage points behind 序时进度 (or plan). */
  readonly executionYellowPoints: number;
  /** R-MON-05: red when more than this many points behind. */
  readonly executionRedPoints: number;
  /** R-MON-03/05: 序时进度 by day, by month (month/12), or by quarterly checkpoints 25/50/75/100%. */
  readonly timeBasis: 'daily' | 'monthly' | 'quarterly';
  /** R-MON-04: a/s below `red` is red, below `yellow` yellow, below `blue` green, else blue (s = t·month/12). */
  readonly indicatorBands: { readonly red: number; readonly yellow: number; readonly blue: number };
}

export const DEFAULT_MONITORING_PROFILE: MonitoringProfile = {
  executionYellowPoints: 10,
  executionRedPoints: 20,
  timeBasis: 'daily',
  indicatorBands: { red: 0.6, yellow: 0.8, blue: 1.2 },
};
