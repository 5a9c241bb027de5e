import type { Project } from '@jixiao/core';
import { fenToWanInput } from '../format/format-money';

/** One comparable field of a project: a model path, a label key and the text shown. */
export interface FlatField {
  readonly path: string;
  /** Label: a project field key (`name`, `funds.total`) or an indicator field. */
  readonly label: string;
  readonly text: string;
  /** The merge unit this field belongs to (`name`, `goals`, `indicators[3]`). */
  readonly unit: string;
}

const HEADER_FIELDS = ['name', 'code', 'department', 'departmentCode', 'implementingUnit', 'kind', 'period', 'fiscalYear', 'projectLead', 'preparer', 'preparerPhone', 'preparedOn', 'purpose'] as const;
const INDICATOR_FIELDS = ['level2', 'name', 'targetText', 'description', 'basis', 'weight', 'scoringRule'] as const;

const textOf = (v: unknown): string => (v == null ? '' : String(v));

/** Flattens a project into labelled text fields for field-by-field comparison. */
export function flattenProject(p: Project): FlatField[] {
  const out: FlatField[] = [];
  for (const f of HEADER_FIELDS) out.push({ path: f, label: f, text: textOf(p[f]), unit: f });
  for (const f of ['total', 'fiscal', 'other'] as const) out.push({ path: `funds.${f}`, label: `funds.${f}`, text: fenToWanInput(p.funds[f]), unit: `funds.${f}` });
  p.goals.forEach((g, i) => out.push({ path: `goals[${i}]`, label: `goals[${i}]`, text: g, unit: 'goals' }));
  for (const c of p.spendingPlan) out.push({ path: `spendingPlan.${c.month}`, label: `spendingPlan.${c.month}`, text: `${c.percent}%`, unit: 'spendingPlan' });
  p.indicators.forEach((ind, i) => {
    for (const f of INDICATOR_FIELDS) out.push({ path: `indicators[${i}].${f}`, label: `indicators[${i}].${f}`, text: textOf(ind[f]), unit: `indicators[${i}]` });
  });
  return out;
}

export interface FieldDiff {
  readonly path: string;
  readonly unit: string;
  readonly before: string;
  readonly after: string;
}

/** The fields whose text differs between two projects (in the order of `a`, then fields only in `b`). */
export function diffProjects(a: Project, b: Project): FieldDiff[] {
  const fa = flattenProject(a);
  const fb = new Map(flattenProject(b).map((f) => [f.path, f]));
  const seen = new Set<string>();
  const out: FieldDiff[] = [];
  for (const f of fa) {
    seen.add(f.path);
    const other = fb.get(f.path);
    if ((other?.text ?? '') !== f.text) out.push({ path: f.path, unit: f.unit, before: f.text, after: other?.text ?? '' });
  }
  for (const f of fb.values()) if (!seen.has(f.path) && f.text !== '') out.push({ path: f.path, unit: f.unit, before: '', after: f.text });
  return out;
}
