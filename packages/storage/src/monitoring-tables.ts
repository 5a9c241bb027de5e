/** Row types of the 双监控 tables (migration 0004). */
export interface ExecutionEntriesTable {
  id: string;
  project_id: string;
  /** `YYYY-MM-DD`. */
  paid_on: string;
  /** Integer fen. */
  amount: number;
  note: string;
  source: 'manual' | 'import';
  import_file: string | null;
  created_by: string;
  created_at: string;
}

export interface MonitoringPlansTable {
  project_id: string;
  fiscal_year: number | null;
  /** JSON `[{ month, percent }]`. */
  checkpoints: string;
  version: number;
  updated_by: string;
  updated_at: string;
}

export interface MonitoringCheckpointsTable {
  id: string;
  project_id: string;
  month: number;
  execution_cause: string | null;
  execution_measure: string | null;
  /** 0/1, null when no deviation was recorded. */
  execution_adjust: number | null;
  version: number;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
}

export interface CheckpointIndicatorsTable {
  checkpoint_id: string;
  /** Position of the indicator in the project document's `indicators`. */
  indicator_position: number;
  indicator_name: string;
  progress_text: string | null;
  forecast_text: string | null;
  deviation_cause: string | null;
  corrective_measure: string | null;
  adjust_target: number | null;
}
