import type { ProjectStatus } from '@jixiao/storage';
import type { Role } from './role';

export const TRANSITION_ACTIONS = ['submit', 'start-review', 'pass', 'return', 'reject', 'request-adjustment'] as const;
export type TransitionAction = (typeof TRANSITION_ACTIONS)[number];

export const REVIEW_OUTCOMES = ['通过', '修改后通过', '不通过'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

export interface WorkflowTransition {
  readonly action: TransitionAction;
  readonly role: Role;
  readonly from: readonly ProjectStatus[];
  readonly to: ProjectStatus;
  /** Outcomes accepted (the first is the default); empty when the action has none. */
  readonly outcomes: readonly ReviewOutcome[];
  readonly requires?: 'comment' | 'reason';
}

/** The workflow of docs/api.md as data: who may do what from which status. */
export const PROJECT_WORKFLOW: readonly WorkflowTransition[] = [
  { action: 'submit', role: 'unit_head', from: ['draft', 'returned', 'adjusting'], to: 'submitted', outcomes: [] },
  { action: 'start-review', role: 'dept_reviewer', from: ['submitted'], to: 'dept_review', outcomes: [] },
  { action: 'pass', role: 'dept_reviewer', from: ['dept_review'], to: 'finance_review', outcomes: ['通过', '修改后通过'] },
  { action: 'pass', role: 'finance_reviewer', from: ['finance_review'], to: 'approved', outcomes: ['通过', '修改后通过'] },
  { action: 'return', role: 'dept_reviewer', from: ['submitted', 'dept_review'], to: 'returned', outcomes: [], requires: 'comment' },
  { action: 'return', role: 'finance_reviewer', from: ['finance_review'], to: 'returned', outcomes: [], requires: 'comment' },
  { action: 'reject', role: 'dept_reviewer', from: ['dept_review'], to: 'rejected', outcomes: ['不通过'] },
  { action: 'reject', role: 'finance_reviewer', from: ['finance_review'], to: 'rejected', outcomes: ['不通过'] },
  { action: 'request-adjustment', role: 'unit_head', from: ['approved'], to: 'adjusting', outcomes: [], requires: 'reason' },
];

/** Statuses in which the unit may edit the target. */
export const EDITABLE_STATUSES: readonly ProjectStatus[] = ['draft', 'returned', 'adjusting'];

export const STATUS_LABELS: Readonly<Record<ProjectStatus, string>> = {
  draft: '草稿',
  submitted: '已提交',
  dept_review: '主管部门审核',
  finance_review: '财政审核',
  approved: '已批复',
  returned: '退回修改',
  rejected: '不通过',
  adjusting: '调整中',
};

/** What each reviewer role has waiting in its queue. */
export const REVIEW_QUEUE_STATUSES: Partial<Readonly<Record<Role, readonly ProjectStatus[]>>> = {
  dept_reviewer: ['submitted', 'dept_review'],
  finance_reviewer: ['finance_review'],
};
