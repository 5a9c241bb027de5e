import type { ProjectStatus, Role, TransitionAction } from '../api/api-types';

export type NavKey = 'projects' | 'import' | 'review' | 'department' | 'dashboard' | 'admin' | 'disclosure' | 'library' | 'monitoring';

const NAV_BY_ROLE: Readonly<Record<Role, readonly NavKey[]>> = {
  preparer: ['projects', 'import', 'department', 'dashboard', 'monitoring', 'library', 'disclosure'],
  unit_head: ['projects', 'import', 'department', 'dashboard', 'monitoring', 'library', 'disclosure'],
  dept_reviewer: ['review', 'projects', 'department', 'dashboard', 'monitoring', 'library', 'disclosure'],
  finance_reviewer: ['review', 'projects', 'department', 'dashboard', 'monitoring', 'library', 'disclosure'],
  admin: ['projects', 'import', 'department', 'dashboard', 'monitoring', 'library', 'admin', 'disclosure'],
  auditor: ['projects', 'department', 'dashboard', 'monitoring', 'library', 'disclosure'],
};

/** The menu entries a role may use. */
export function navFor(role: Role): readonly NavKey[] {
  return NAV_BY_ROLE[role] ?? [];
}

/** Statuses in which the unit may edit the declaration. */
export const EDITABLE_STATUSES: readonly ProjectStatus[] = ['draft', 'returned', 'adjusting'];

/**
 * Whether a role creates and edits declarations: the unit's own roles, as the server decides
 * (`createProject`, `saveProject`; docs/api.md "Roles"). An administrator administers units and
 * users, imports, and reads.
 */
export function canCreateProject(role: Role | undefined): boolean {
  return role === 'preparer' || role === 'unit_head';
}

/** Whether a role may edit a project in a status. */
export function canEdit(role: Role, status: ProjectStatus): boolean {
  return canCreateProject(role) && EDITABLE_STATUSES.includes(status);
}

/** The workflow actions of docs/api.md a role may take in a status. */
export function actionsFor(role: Role, status: ProjectStatus): TransitionAction[] {
  switch (role) {
    case 'unit_head':
      if (status === 'draft' || status === 'returned' || status === 'adjusting') return ['submit'];
      if (status === 'approved') return ['request-adjustment'];
      return [];
    case 'dept_reviewer':
      if (status === 'submitted') return ['start-review', 'return'];
      if (status === 'dept_review') return ['pass', 'return', 'reject'];
      return [];
    case 'finance_reviewer':
      if (status === 'finance_review') return ['pass', 'return', 'reject'];
      return [];
    default:
      return [];
  }
}

/** Whether the role may comment on a project (reviewers while it is with them). */
export function canComment(role: Role, status: ProjectStatus): boolean {
  if (role === 'dept_reviewer') return status === 'submitted' || status === 'dept_review';
  if (role === 'finance_reviewer') return status === 'finance_review';
  return false;
}
