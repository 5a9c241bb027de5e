import type { DepartmentTarget } from '../model/department-target';
import type { Project } from '../model/project';

/** Ids of the official layouts a region profile can choose from (see LAYOUTS). */
export type LayoutId =
  | 'declaration-000'
  | 'target-table-002'
  | 'target-table-004'
  | 'disclosure-list-003'
  | 'department-target-001';

export type CellAlign = 'left' | 'center' | 'right';

/** Project fields a cell can show; used to read an edited sheet back (see readBackProject). */
export type ProjectField =
  | 'name'
  | 'code'
  | 'unit'
  | 'unitWithCode'
  | 'departmentWithCode'
  | 'implementingUnit'
  | 'kind'
  | 'period'
  | 'projectLead'
  | 'preparedOn'
  | 'preparerWithPhone'
  | 'funds.total'
  | 'funds.fiscal'
  | 'funds.other'
  | 'purpose'
  | 'goals'
  | `spendingPlan.${number}`;

export type IndicatorField =
  | 'level1'
  | 'level2'
  | 'name'
  | 'description'
  | 'targetText'
  | 'basis'
  | 'priorActual'
  | 'weight'
  | 'scoringRuleText'
  | 'evidence';

export type CellBinding =
  | { readonly scope: 'project'; readonly field: ProjectField; readonly prefix?: string }
  | { readonly scope: 'indicator'; readonly field: IndicatorField };

export interface ViewCell {
  /** Plain text; `\n` separates lines. Renderers escape it. */
  readonly text: string;
  readonly rowSpan?: number;
  readonly colSpan?: number;
  readonly align?: CellAlign;
  /** Label cells (项目名称, 一级指标 …) as opposed to values. */
  readonly label?: boolean;
  readonly bold?: boolean;
  readonly bind?: CellBinding;
}

export interface IndicatorRowRef {
  /** Index into the project's `indicators`; null for the empty row of a category without indicators. */
  readonly index: number | null;
  /** Category key (level-1 label | level-2 label) as shown on the form. */
  readonly categoryKey: string;
}

export interface ViewRow {
  /** Cells that start in this row, left to right; positions covered by spans from above are skipped. */
  readonly cells: readonly ViewCell[];
  /** Rows with the same group are kept on one page; every indicator row is its own group. */
  readonly keepTogether?: string;
  readonly indicator?: IndicatorRowRef;
  readonly kind?: 'field' | 'header' | 'indicator' | 'unit' | 'subtotal' | 'project' | 'task';
}

export interface ViewBlock {
  readonly id: string;
  /** The first `headerRows` rows are the block's column header, repeated on every printed page. */
  readonly headerRows: number;
  readonly rows: readonly ViewRow[];
}

export interface ViewColumn {
  /** Width in spreadsheet character units; renderers scale proportionally. */
  readonly width: number;
}

export interface MetaLine {
  readonly left?: string;
  readonly right?: string;
  readonly leftBind?: CellBinding;
}

export type ViewSource =
  | { readonly kind: 'project'; readonly project: Project }
  | { readonly kind: 'project-list'; readonly projects: readonly Project[] }
  | { readonly kind: 'department'; readonly target: DepartmentTarget };

/** A neutral description of one official form: every output format renders the same view. */
export interface LayoutView {
  readonly layoutId: LayoutId;
  /** Suggested sheet / bookmark name (unsanitised). */
  readonly name: string;
  readonly title: string;
  readonly subtitles: readonly string[];
  readonly meta: readonly MetaLine[];
  readonly columns: readonly ViewColumn[];
  readonly blocks: readonly ViewBlock[];
  readonly orientation: 'portrait' | 'landscape';
  readonly source: ViewSource;
}
