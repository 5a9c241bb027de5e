/** Row type of the 双监控 thresholds per unit (migration 0009). */
export interface MonitoringProfilesTable {
  unit_id: string;
  /** Percentage points behind 序时进度/plan for yellow, and for red (R-MON-05). */
  execution_yellow_points: number;
  execution_red_points: number;
  time_basis: 'daily' | 'monthly' | 'quarterly';
  /** Ratios a/s of R-MON-04. */
  indicator_red: number;
  indicator_yellow: number;
  indicator_blue: number;
  version: number;
  updated_by: string;
  updated_at: string;
}
