import type { DepartmentTarget } from '../model/department-target';
import type { Project } from '../model/project';
import type { LayoutId, LayoutView } from './layout-view';
import type { LayoutOptions } from './layout-options';
import { layoutDeclaration000 } from './layout-declaration-000';
import { layoutTargetTable002 } from './layout-target-table-002';
import { layoutTargetTable004 } from './layout-target-table-004';
import { layoutDisclosureList003 } from './layout-disclosure-list-003';
import { layoutDepartmentTarget001 } from './layout-department-target-001';

export interface LayoutDefinition {
  readonly id: LayoutId;
  /** Chinese name of the form. */
  readonly label: string;
  /** `project`: one form per project; `project-list`: one table for many projects; `department`: a DepartmentTarget. */
  readonly input: 'project' | 'project-list' | 'department';
  /** Whether an edited XLSX of this layout can be read back into the model. */
  readonly readBack: boolean;
  readonly buildProject?: (project: Project, opts?: LayoutOptions) => LayoutView;
  readonly buildProjectList?: (projects: readonly Project[], opts?: LayoutOptions) => LayoutView;
  readonly buildDepartment?: (target: DepartmentTarget, opts?: LayoutOptions) => LayoutView;
}

/** The official layouts; a region profile names the one it uses by id. */
export const LAYOUTS: Readonly<Record<LayoutId, LayoutDefinition>> = {
  'declaration-000': { id: 'declaration-000', label: '项目支出预算绩效目标申报表', input: 'project', readBack: true, buildProject: layoutDeclaration000 },
  'target-table-002': { id: 'target-table-002', label: '项目支出绩效目标表', input: 'project', readBack: true, buildProject: layoutTargetTable002 },
  'target-table-004': { id: 'target-table-004', label: '绩效目标表', input: 'project', readBack: true, buildProject: layoutTargetTable004 },
  'disclosure-list-003': { id: 'disclosure-list-003', label: '部门预算项目支出绩效目标公开表', input: 'project-list', readBack: false, buildProjectList: layoutDisclosureList003 },
  'department-target-001': { id: 'department-target-001', label: '部门整体支出绩效目标表', input: 'department', readBack: false, buildDepartment: layoutDepartmentTarget001 },
};

export function isLayoutId(id: string): id is LayoutId {
  return Object.prototype.hasOwnProperty.call(LAYOUTS, id);
}

/**
 * Views of projects in a layout: one per project for form layouts, one list view for
 * `disclosure-list-003`. Throws for `department-target-001` (use buildDepartmentView).
 */
export function buildProjectViews(layoutId: LayoutId, projects: readonly Project[], opts: LayoutOptions = {}): LayoutView[] {
  const def = LAYOUTS[layoutId];
  const perProject = def.buildProject;
  if (perProject) return projects.map((p) => perProject(p, opts));
  if (def.buildProjectList) return [def.buildProjectList(projects, opts)];
  throw new Error(`版式 ${layoutId} 不用于项目`);
}

export function buildDepartmentView(target: DepartmentTarget, opts: LayoutOptions = {}): LayoutView {
  return layoutDepartmentTarget001(target, opts);
}
