import type { CellDocument } from '../../import/cell-document';
import { recognizeDocument } from '../../import/recognize-document';
import { splitTextRows } from '../../import/split-text-rows';
import { formatWan } from '../../model/money';
import { checkDisclosure } from '../check/check-disclosure';
import { createDisclosureFinding, type DisclosureFinding } from '../check/disclosure-check';
import type { ClassificationCatalogue } from '../model/classification-catalogue';
import type { Disclosure } from '../model/disclosure';
import { readDisclosure } from '../read/read-disclosure';
import { buildBudgetFacts, sumAmounts } from './budget-facts';
import type { DepartmentBudget } from './department-budget';
import { generateDisclosure } from './generate-disclosure';
import type { GeneratedDisclosure, GenerationTemplateId } from './generated-disclosure';
import { GENERATION_TEMPLATES } from './generation-templates';
import { renderDisclosureText } from './render-disclosure-text';

export interface CheckDepartmentBudgetOptions {
  /** The template the department publishes with; the identities are checked on the 16-table set, completeness on this one. */
  readonly template?: GenerationTemplateId;
  readonly catalogue?: ClassificationCatalogue | null;
}

/** Generates, renders and reads back a budget's disclosure, the way a reader of the published text sees it. */
export function readBackDisclosure(generated: GeneratedDisclosure): Disclosure {
  const text = renderDisclosureText(generated);
  const doc: CellDocument = { format: 'txt', rows: splitTextRows(text), issues: [] };
  const imported = recognizeDocument(doc, { file: 'generated.txt' });
  return readDisclosure(doc.rows, { targets: imported });
}

/** Checks of the budget itself that the published tables cannot show (codes, units, reasons, target amounts). */
function checkBudgetItself(budget: DepartmentBudget, catalogue: ClassificationCatalogue | null): DisclosureFinding[] {
  const out: DisclosureFinding[] = [];
  const facts = buildBudgetFacts(budget, catalogue);
  const unitCodes = new Set(budget.units.map((u) => u.code));
  for (const l of facts.lines) {
    const where = `预算行 ${l.id}（${l.functionCode} / ${l.deptEconomicCode}${l.projectName ? ` / ${l.projectName}` : ''}）`;
    if (!unitCodes.has(l.unitCode)) out.push(createDisclosureFinding({ rule: 'budget-line', message: `${where}的单位编码“${l.unitCode}”不在预算单位中`, tables: ['预算'], evidence: { line: l.id, unitCode: l.unitCode } }));
    if (!/^\d{7}$/.test(l.functionCode)) out.push(createDisclosureFinding({ rule: 'budget-line', message: `${where}的功能科目应为7位项级编码`, tables: ['预算'], evidence: { line: l.id, functionCode: l.functionCode } }));
    if (!/^\d{5}$/.test(l.deptEconomicCode)) out.push(createDisclosureFinding({ rule: 'budget-line', message: `${where}的部门经济科目应为5位款级编码`, tables: ['预算'], evidence: { line: l.id, deptEconomicCode: l.deptEconomicCode } }));
    if (l.gov === null) out.push(createDisclosureFinding({ rule: 'budget-line', message: `${where}没有政府经济科目，且科目对应表中没有${l.deptEconomicCode}的对应`, tables: ['预算'], evidence: { line: l.id, deptEconomicCode: l.deptEconomicCode } }));
    if (!Number.isSafeInteger(l.amount) || l.amount < 0) out.push(createDisclosureFinding({ rule: 'budget-line', message: `${where}的金额不是非负整数分`, tables: ['预算'], evidence: { line: l.id, amount: l.amount } }));
    if (l.kind === 'project' && !l.projectName) out.push(createDisclosureFinding({ rule: 'budget-line', message: `${where}是专项业务经费，但没有项目名称`, tables: ['预算', '表10'], evidence: { line: l.id } }));
    if (l.kind !== 'project' && l.projectName) out.push(createDisclosureFinding({ rule: 'budget-line', severity: 'warning', message: `${where}是基本支出，却填了项目名称`, tables: ['预算'], evidence: { line: l.id } }));
    if (l.priorAmount !== null && l.priorAmount !== l.amount && !l.changeReason)
      out.push(createDisclosureFinding({ rule: 'yoy-reason', message: `${where}较上年${l.amount > l.priorAmount ? '增加' : '减少'} ${formatWan(Math.abs(l.amount - l.priorAmount))} 万元，未填写变化原因`, tables: ['预算'], evidence: { line: l.id, amount: l.amount, prior: l.priorAmount } }));
  }
  for (const t of budget.projectTargets) {
    const lines = facts.lines.filter((l) => l.kind === 'project' && l.projectName === t.projectName);
    if (lines.length === 0) out.push(createDisclosureFinding({ rule: 'project-targets', message: `绩效目标“${t.projectName}”没有对应的专项业务经费预算行`, tables: ['表14', '表10'], evidence: { project: t.projectName } }));
    else if (sumAmounts(lines) !== t.total)
      out.push(createDisclosureFinding({ rule: 'project-targets', message: `绩效目标“${t.projectName}”资金总额 ${formatWan(t.total)} 万元与其预算行合计 ${formatWan(sumAmounts(lines))} 万元不一致`, tables: ['表14', '表10'], evidence: { project: t.projectName, target: t.total, lines: sumAmounts(lines) } }));
  }
  for (const f of budget.specialFunds ?? []) {
    const named = f.projectNames.filter((n) => !facts.lines.some((l) => l.kind === 'project' && l.projectName === n));
    for (const n of named)
      out.push(createDisclosureFinding({ rule: 'special-funds', message: `专项资金“${f.name}”列出的项目“${n}”没有专项业务经费预算行`, tables: ['表16', '表10'], evidence: { fund: f.name, project: n } }));
    const lines = facts.lines.filter((l) => l.kind === 'project' && l.projectName !== null && f.projectNames.includes(l.projectName));
    if (sumAmounts(lines) !== f.amount)
      out.push(createDisclosureFinding({ rule: 'special-funds', message: `专项资金“${f.name}”资金总额 ${formatWan(f.amount)} 万元与其项目预算行合计 ${formatWan(sumAmounts(lines))} 万元不一致`, tables: ['表16', '表10'], evidence: { fund: f.name, amount: f.amount, lines: sumAmounts(lines) } }));
    if (!/^\d{7}$/.test(f.functionCode))
      out.push(createDisclosureFinding({ rule: 'special-funds', message: `专项资金“${f.name}”的功能科目“${f.functionCode}”应为7位项级编码`, tables: ['表16'], evidence: { fund: f.name, functionCode: f.functionCode } }));
    else if (lines.length > 0 && !lines.some((l) => l.functionCode === f.functionCode))
      out.push(createDisclosureFinding({ rule: 'special-funds', severity: 'warning', message: `专项资金“${f.name}”的功能科目 ${f.functionCode} 不是其项目预算行的任何功能科目`, tables: ['表16', '表10'], evidence: { fund: f.name, functionCode: f.functionCode } }));
  }
  const training = facts.threePublicAmount('training');
  const listed = sumAmounts(budget.trainings);
  if (budget.trainings.length > 0 && listed !== training)
    out.push(createDisclosureFinding({ rule: 'three-public-sum', message: `培训明细合计 ${formatWan(listed)} 万元与培训费（30216）预算 ${formatWan(training)} 万元不一致`, tables: ['说明', '表13'], evidence: { list: listed, training } }));
  const meetings = facts.threePublicAmount('meetings');
  if (budget.meetings.length > 0 && sumAmounts(budget.meetings) !== meetings)
    out.push(createDisclosureFinding({ rule: 'three-public-sum', message: `会议明细合计 ${formatWan(sumAmounts(budget.meetings))} 万元与会议费（30215）预算 ${formatWan(meetings)} 万元不一致`, tables: ['说明', '表13'], evidence: { list: sumAmounts(budget.meetings), meetings } }));
  for (const p of budget.procurement)
    if (!/^[ABC]\d{6,8}$/.test(p.catalogueCode) || 'ABC'['goods works services'.split(' ').indexOf(p.kind)] !== p.catalogueCode[0])
      out.push(createDisclosureFinding({ rule: 'procurement-sum', message: `采购项目“${p.name}”的采购目录编码“${p.catalogueCode}”与类别不符（货物A、工程B、服务C）`, tables: ['表12'], evidence: { item: p.name, catalogueCode: p.catalogueCode, kind: p.kind } }));
  return out;
}

/**
 * Pre-publication checks of a budget (category disclosure-mismatch): its disclosure is generated
 * with the 16-table set, rendered to text, read back with readDisclosure and run through every
 * registered disclosure check; the budget's own checks follow. A finding with blocking: true
 * (severity error) must stop publication.
 */
export function checkDepartmentBudget(budget: DepartmentBudget, options: CheckDepartmentBudgetOptions = {}): DisclosureFinding[] {
  const catalogue = options.catalogue ?? null;
  const generated = generateDisclosure(budget, { template: 'shaanxi-16', catalogue });
  // The published tables do not say which units are 事业单位, so the text check compares 机关运行经费
  // with all 公用经费; the budget knows the units and computes it from the administrative and 参公 ones.
  const hasInstitutions = budget.units.some((u) => u.kind === 'institution');
  const findings = checkDisclosure(readBackDisclosure(generated), { catalogue }).filter((f) => !(hasInstitutions && f.rule === 'operating-costs'));
  const template = GENERATION_TEMPLATES[options.template ?? 'shaanxi-16'];
  if (template.id !== 'shaanxi-16') {
    const produced = generateDisclosure(budget, { template: template.id, catalogue });
    for (const spec of template.tables)
      if (!produced.tables.some((t) => t.id === spec.id || t.id.startsWith(`${spec.id}-`)))
        findings.push(createDisclosureFinding({ rule: 'template-tables', message: `缺少${spec.id}《${spec.title}》`, tables: [spec.id], evidence: { table: spec.id } }));
  }
  return [...findings, ...checkBudgetItself(budget, catalogue)];
}
