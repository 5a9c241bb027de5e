import type { DepartmentTarget } from './department-target';
import type { ImportIssue } from './import-issue';
import type { Project } from './project';

export type LayoutFamily =
  | 'declaration-form'
  | 'target-table'
  | 'project-list'
  | 'department-target'
  | 'budget-disclosure'
  | 'self-evaluation'
  | 'unknown';

export interface ImportStats {
  readonly rows: number;
  readonly usedRows: number;
  readonly boilerplateRows: number;
  readonly unplacedRows: number;
}

/** The result of recognising one document. */
export interface ImportedDocument {
  readonly file: string;
  readonly format: 'txt' | 'docx' | 'xlsx' | 'html' | 'pdf';
  readonly layout: LayoutFamily;
  readonly issues: readonly ImportIssue[];
  readonly projects: readonly Project[];
  readonly departmentTargets: readonly DepartmentTarget[];
  readonly stats: ImportStats;
  /** Every source row with what became of it (for import previews); present when asked for. */
  readonly rows?: readonly SourceRowStatus[];
}

export interface SourceRowStatus {
  readonly line?: number;
  readonly endLine?: number;
  readonly cell?: string;
  readonly page?: number;
  readonly text: string;
  readonly status: 'used' | 'boilerplate' | 'unplaced' | 'blank';
}
