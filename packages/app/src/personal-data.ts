import type { Project } from '@jixiao/core';
import type { Actor } from './actor';

/**
 * 填报人 and phone are personal data (glossary): shown to the project's own unit (preparer, unit
 * head), to reviewers and to the administrator; hidden from the auditor and from users of other
 * units (a department's staff looking at a sub-unit's form).
 */
export function canSeePersonalData(actor: Actor, projectUnitId: string): boolean {
  switch (actor.role) {
    case 'dept_reviewer':
    case 'finance_reviewer':
    case 'admin':
      return true;
    case 'preparer':
    case 'unit_head':
      return actor.unitId === projectUnitId;
    case 'auditor':
      return false;
  }
}

/** The project without 填报人/联系电话 (and their raw texts) when the actor may not see them. */
export function hidePersonalData(actor: Actor, projectUnitId: string, project: Project): Project {
  if (canSeePersonalData(actor, projectUnitId)) return project;
  const raw = Object.fromEntries(Object.entries(project.raw ?? {}).filter(([k]) => !k.startsWith('preparer')));
  return { ...project, preparer: null, preparerPhone: null, raw };
}
