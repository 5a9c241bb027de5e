/** One measured figure, with the floor measured in the same process run and their ratio. */
export interface BenchMeasure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** The floor (baseline) measured in the same run, in the same unit. */
  readonly baseline: number | null;
  /** value / baseline for rates, or baseline-relative cost; see `note`. */
  readonly ratio: number | null;
  readonly aim?: string;
  readonly note?: string;
  /** A goal from the issue (e.g. `≤ 1.5× floor`, `< 15 s`), whether the figure met it, and by how much it missed. */
  readonly goal?: string;
  readonly met?: boolean;
  readonly missedBy?: string | null;
  /** Extra evidence kept in the report (query plans, sizes). */
  readonly details?: unknown;
}

export interface BenchOptions {
  readonly quick: boolean;
}
