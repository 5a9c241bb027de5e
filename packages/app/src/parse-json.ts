import type { DepartmentTarget, Funds, ImportedDocument, Indicator, Project } from '@jixiao/core';
import { fenToYuan } from '@jixiao/core';

/** The stable JSON shape of `jixiao parse --json` (see README): money in 元, codes as in the glossary. */
export interface ParseJson {
  documents: ParseJsonDocument[];
}

export interface ParseJsonDocument {
  file: string;
  layout: string;
  issues: { code: string; severity: string; message: string; line?: number; endLine?: number; cell?: string; page?: number; text?: string }[];
  projects: ReturnType<typeof toProjectJson>[];
  departmentTargets: ReturnType<typeof toDepartmentJson>[];
  stats: ImportedDocument['stats'];
}

export function toParseJsonDocument(doc: ImportedDocument): ParseJsonDocument {
  return {
    file: doc.file,
    layout: doc.layout,
    issues: doc.issues.map((i) => ({ ...i })),
    projects: doc.projects.map(toProjectJson),
    departmentTargets: doc.departmentTargets.map(toDepartmentJson),
    stats: doc.stats,
  };
}

function fundsJson(f: Funds) {
  const y = (v: number | null) => (v === null ? null : fenToYuan(v));
  return { total: y(f.total), fiscal: y(f.fiscal), other: y(f.other) };
}

export function toIndicatorJson(i: Indicator) {
  return {
    level1: i.level1,
    level2: i.level2,
    level1Text: i.level1Text,
    level2Text: i.level2Text,
    required: i.required,
    name: i.name,
    targetText: i.targetText,
    target: i.target,
    description: i.description,
    basis: i.basis,
    priorActual: i.priorActual,
    weight: i.weight,
    scoringRule: i.scoringRule,
    evidence: i.evidence,
    actualText: i.actualText,
    ...(i.actual ? { actual: i.actual } : {}),
    score: i.score,
    deviationReason: i.deviationReason,
    ...(i.categoryInferred ? { categoryInferred: true } : {}),
    ...(i.source?.line ? { line: i.source.line } : {}),
  };
}

export function toProjectJson(p: Project) {
  return {
    name: p.name,
    code: p.code,
    unit: p.unit,
    unitCode: p.unitCode,
    department: p.department,
    departmentCode: p.departmentCode,
    implementingUnit: p.implementingUnit,
    year: p.fiscalYear,
    kind: p.kind,
    period: p.period,
    projectLead: p.projectLead,
    preparer: p.preparer,
    preparerPhone: p.preparerPhone,
    preparedOn: p.preparedOn,
    funds: fundsJson(p.funds),
    purpose: p.purpose,
    goals: [...p.goals],
    longTermGoals: [...p.longTermGoals],
    spendingPlan: [...p.spendingPlan],
    categoryMarks: [...p.categoryMarks],
    indicators: p.indicators.map(toIndicatorJson),
    ...(p.execution
      ? { execution: { budget: p.execution.budget === null ? null : fenToYuan(p.execution.budget), executed: p.execution.executed === null ? null : fenToYuan(p.execution.executed), rate: p.execution.rate, weight: p.execution.weight, score: p.execution.score } }
      : {}),
    ...(p.printedTotal != null ? { printedTotal: p.printedTotal } : {}),
    ...(p.source?.line ? { line: p.source.line } : {}),
  };
}

export function toDepartmentJson(d: DepartmentTarget) {
  return {
    name: d.name,
    unitCode: d.unitCode,
    year: d.fiscalYear,
    funds: fundsJson(d.funds),
    goals: [...d.goals],
    tasks: d.tasks.map((t) => ({ name: t.name, content: t.content, amount: t.amount === null ? null : fenToYuan(t.amount), fiscal: t.fiscal === null ? null : fenToYuan(t.fiscal), goals: t.goals, indicatorTexts: t.indicatorTexts })),
    measures: [...d.measures],
    indicators: d.indicators.map(toIndicatorJson),
  };
}
