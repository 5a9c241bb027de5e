import type { DepartmentTarget, Project } from '@jixiao/core';
import type { ReviewFinding } from '../review/run-review';

/** API shapes of docs/api.md. Money is integer fen everywhere. */
export type Id = string | number;

export const ROLES = ['preparer', 'unit_head', 'dept_reviewer', 'finance_reviewer', 'admin', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export const PROJECT_STATUSES = ['draft', 'submitted', 'dept_review', 'finance_review', 'approved', 'returned', 'rejected', 'adjusting'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export interface SessionUser {
  readonly id: Id;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly unitId: Id | null;
  readonly unitName: string | null;
}

export interface Session {
  readonly user: SessionUser;
  readonly csrfToken: string;
}

export interface ProjectRow {
  readonly id: Id;
  readonly name: string;
  readonly code: string | null;
  readonly unitId: Id | null;
  readonly unitName: string | null;
  readonly fiscalYear: number | null;
  readonly status: ProjectStatus;
  readonly grade: string | null;
  readonly score: number | null;
  readonly fundsTotal: number | null;
  readonly indicatorCount: number;
  readonly findingCount: number;
  readonly version: number;
  readonly updatedAt: string;
}

export interface ProjectPage {
  readonly rows: readonly ProjectRow[];
  /** More than this many when `totalIsLowerBound` (a search or category filter stopped counting). */
  readonly total: number;
  /** Null when the count stopped early. */
  readonly fundsTotal: number | null;
  readonly totalIsLowerBound?: boolean;
}

export interface ProjectQuery {
  readonly unitId?: Id | undefined;
  readonly year?: number | undefined;
  readonly status?: ProjectStatus | undefined;
  readonly grade?: string | undefined;
  readonly level2?: string | undefined;
  readonly q?: string | undefined;
  readonly limit?: number | undefined;
  readonly offset?: number | undefined;
  readonly sort?: string | undefined;
}

export interface ServerReview {
  readonly score: number | null;
  readonly grade: string | null;
  readonly findings: readonly ReviewFinding[];
}

export interface ProjectDetail {
  readonly id: Id;
  readonly version: number;
  readonly status: ProjectStatus;
  readonly unitId: Id | null;
  readonly unitName: string | null;
  readonly project: Project;
  readonly review: ServerReview | null;
  readonly updatedAt: string;
  readonly updatedBy: string | null;
}

export interface VersionConflict {
  readonly version: number;
  readonly project: Project;
  readonly updatedBy: string | null;
  readonly updatedAt: string;
}

export interface VersionEntry {
  readonly version: number;
  readonly changedBy: string | null;
  readonly changedAt: string;
  readonly changeNote: string | null;
}

export interface ProjectVersion {
  readonly version: number;
  readonly project: Project;
}

export interface ReviewComment {
  readonly id: Id;
  readonly indicatorIndex: number | null;
  readonly author: string;
  readonly role: Role | string;
  readonly text: string;
  readonly createdAt: string;
}

export type TransitionAction = 'submit' | 'start-review' | 'pass' | 'return' | 'reject' | 'request-adjustment';
export type ReviewOutcome = '通过' | '修改后通过' | '退回修改' | '不通过';

export interface TransitionRequest {
  readonly version: number;
  readonly action: TransitionAction;
  readonly outcome?: ReviewOutcome;
  readonly comment?: string;
  readonly reason?: string;
}

export interface ImportIssueJson {
  readonly code: string;
  readonly severity: string;
  readonly message: string;
  readonly line?: number;
  readonly endLine?: number;
  readonly cell?: string;
  readonly page?: number;
  readonly text?: string;
}

export interface ImportLine {
  readonly line: number | null;
  readonly cell?: string | null;
  readonly page?: number | null;
  readonly text: string;
  readonly status: 'used' | 'boilerplate' | 'unplaced' | 'blank';
}

/** Preview projects arrive as the core Project (fen) or as the ParseJson shape (元); see normalize-preview-project.ts. */
export interface ImportPreview {
  readonly token: string;
  readonly file: string;
  readonly layout: string;
  readonly projects: readonly unknown[];
  readonly departmentTargets: readonly unknown[];
  readonly issues: readonly ImportIssueJson[];
  readonly lines: readonly ImportLine[];
}

export interface ImportResult {
  readonly batchId: Id;
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
}

export interface DepartmentTargetRow {
  readonly id: Id;
  readonly name: string;
  readonly unitId?: Id | null;
  readonly unitName?: string | null;
  readonly fiscalYear?: number | null;
  readonly version?: number;
}

export interface DepartmentTargetDetail {
  readonly id: Id;
  readonly version: number;
  readonly target: DepartmentTarget;
}

export interface Unit {
  readonly id: Id;
  readonly code: string | null;
  readonly name: string;
  readonly parentId: Id | null;
}

export interface UserRow {
  readonly id: Id;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly unitId: Id | null;
  readonly unitName?: string | null;
  readonly locked?: boolean;
}
