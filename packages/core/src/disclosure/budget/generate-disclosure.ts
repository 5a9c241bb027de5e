import type { Row } from '../../import/cell-document';
import { splitTextRows } from '../../import/split-text-rows';
import { readNarrative } from '../read/read-narrative';
import { buildBudgetFacts, type BudgetFacts } from './budget-facts';
import { buildEconomicTable, buildFunctionTable } from './build-code-tables';
import { buildNarrative } from './build-narrative';
import { buildCarryoverTable, buildProcurementTable, buildProjectsTable, buildThreePublicTable } from './build-other-tables';
import { buildExpenditureTable, buildFiscalSummaryTable, buildGovernmentFundTable, buildIncomeTable, buildSummaryTable } from './build-summary-tables';
import { buildDepartmentTargetTable, buildProjectTargetTable, buildSpecialFundTargetTable } from './build-target-tables';
import type { DepartmentBudget } from './department-budget';
import type { GeneratedDisclosure, GeneratedNarrativeSection, GeneratedTable, GenerateDisclosureOptions } from './generated-disclosure';
import { GENERATION_TEMPLATES, type GenerationTableSpec } from './generation-templates';
import { toGeneratedTable, type TableBody } from './table-kit';

/** One builder per table kind; the template decides which kinds appear, numbered and titled how. */
const BUILDERS: Readonly<Record<string, (facts: BudgetFacts) => TableBody>> = {
  summary: buildSummaryTable,
  income: buildIncomeTable,
  expenditure: buildExpenditureTable,
  fiscalSummary: buildFiscalSummaryTable,
  generalFunction: (f) => buildFunctionTable(f, false),
  generalEconomic: (f) => buildEconomicTable(f, false),
  basicFunction: (f) => buildFunctionTable(f, true),
  basicEconomic: (f) => buildEconomicTable(f, true),
  governmentFund: buildGovernmentFundTable,
  projects: buildProjectsTable,
  carryover: buildCarryoverTable,
  procurement: buildProcurementTable,
  threePublic: buildThreePublicTable,
  departmentTarget: buildDepartmentTargetTable,
  specialFundTarget: buildSpecialFundTargetTable,
};

function buildTables(spec: GenerationTableSpec, facts: BudgetFacts): GeneratedTable[] {
  const note = facts.budget.emptyTableNotes[spec.id];
  if (spec.kind === 'projectTarget') {
    const targets = facts.budget.projectTargets;
    if (targets.length === 0) return [toGeneratedTable(spec, spec.id, buildProjectTargetTable(null), note)];
    return targets.map((t, k) => toGeneratedTable(spec, `${spec.id}-${k + 1}`, buildProjectTargetTable(t), note));
  }
  const builder = BUILDERS[spec.kind];
  if (!builder) throw new Error(`模板中的报表类型“${spec.kind}”没有生成方法`);
  return [toGeneratedTable(spec, spec.id, builder(facts), note)];
}

/** The narrative sections as rows, to read the figures back exactly as a reader of the published text would. */
function toNarrativeRows(sections: readonly GeneratedNarrativeSection[]): Row[] {
  const text: string[] = [];
  for (const s of sections) {
    text.push(s.title, '', ...s.paragraphs.flatMap((p) => [p, '']));
    if (s.table) text.push(...(s.table.moneyUnit ? [`单位：${s.table.moneyUnit}`, ''] : []), s.table.header.join('\t'), ...s.table.rows.map((r) => r.join('\t')), '');
  }
  return splitTextRows(text.join('\n'));
}

/** Generates every table of the template and the narrative from a department budget. */
export function generateDisclosure(budget: DepartmentBudget, options: GenerateDisclosureOptions): GeneratedDisclosure {
  const template = GENERATION_TEMPLATES[options.template];
  const facts = buildBudgetFacts(budget, options.catalogue ?? null);
  const sections = buildNarrative(facts);
  const { narrative } = readNarrative(toNarrativeRows(sections));
  return {
    template: template.id,
    department: budget.department.name,
    fiscalYear: budget.fiscalYear,
    title: `${budget.fiscalYear}年部门预算公开说明`,
    tables: template.tables.flatMap((spec) => buildTables(spec, facts)),
    narrative: { sections, figures: narrative.figures },
  };
}
