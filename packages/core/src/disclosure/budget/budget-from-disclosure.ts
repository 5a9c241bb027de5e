import { formatWan, formatYuan, type Fen } from '../../model/money';
import type { CodeRow, Disclosure, NarrativeFigure, ProjectNode } from '../model/disclosure';
import type { ImportedTargets } from '../read/read-disclosure';
import type { Indicator } from '../../model/indicator';
import { labelOfLevel1, labelOfLevel2 } from '../../model/taxonomy-profiles';
import { allocateAmounts, assignWholeItems, type Bucket } from './allocate-amounts';
import {
  emptyDepartmentBudget,
  THREE_PUBLIC_CODES,
  type BudgetChange,
  type BudgetLineKind,
  type BudgetProcurementItem,
  type BudgetProject,
  type DepartmentBudget,
  type DepartmentBudgetLine,
  type DepartmentTargetRef,
  type MeetingOrTraining,
  type ProjectTargetRef,
  type TargetIndicatorRow,
  type ThreePublicKey,
} from './department-budget';
import { FUNCTION_CLASSES } from './budget-facts';
import { priorFromFigure, readGlossary, readOverview } from './read-budget-narrative';
import { readSpecialFunds } from './read-special-funds';

/** Something of the read disclosure that could not be carried into the budget, or was reconstructed. */
export interface BudgetFromDisclosureIssue {
  readonly code: string;
  readonly message: string;
  readonly tables: readonly string[];
  readonly line: number | null;
}

interface ProjectLeaf {
  readonly name: string;
  readonly amount: Fen;
  readonly category: string;
  readonly group: string | null;
  readonly unitCode: string;
}

const KINDS: readonly BudgetLineKind[] = ['personnel', 'publicUse', 'project'];
const THREE_PUBLIC_LABELS: readonly (readonly [ThreePublicKey, string])[] = [
  ['overseasTravel', '因公出国（境）费用'],
  ['reception', '公务接待费'],
  ['vehiclePurchase', '公务用车购置费'],
  ['vehicleOperation', '公务用车运行维护费'],
  ['meetings', '会议费'],
  ['training', '培训费'],
];

function leafRows(rows: readonly CodeRow[], length: number): CodeRow[] {
  return rows.filter((r) => r.code !== null && r.code.length === length);
}

function listProjectLeaves(units: readonly ProjectNode[], fallbackUnit: string): ProjectLeaf[] {
  const out: ProjectLeaf[] = [];
  const walk = (node: ProjectNode, path: string[], unitCode: string) => {
    if (node.children.length === 0) {
      if (node.amount !== null) out.push({ name: node.name, amount: node.amount, category: path[0] ?? '专用项目', group: path.length >= 2 ? path[path.length - 1]! : null, unitCode });
      return;
    }
    for (const c of node.children) walk(c, [...path, node.name], unitCode);
  };
  for (const unit of units) for (const c of unit.children) walk(c, [], unit.unitCode ?? fallbackUnit);
  return out;
}

/** The narrative figure's scope in the budget (what its prior amount and reason belong to). */
function scopeOf(f: NarrativeFigure): { scope: BudgetChange['scope']; code: string | null } | null {
  if (f.section === 'overall' || f.section === 'fiscal') return /一般公共预算/.test(f.label) ? { scope: 'generalBudget', code: null } : /政府性基金/.test(f.label) ? { scope: 'governmentFund', code: null } : null;
  if (f.section === 'general') {
    if (f.code === null) return /一般公共预算/.test(f.label) ? { scope: 'generalBudget', code: null } : null;
    if (f.code.length === 7) return { scope: 'function', code: f.code };
    if (/^3\d{2}$/.test(f.code)) return { scope: 'deptEconomic', code: f.code };
    if (/^5\d{2}$/.test(f.code)) return { scope: 'govEconomic', code: f.code };
    return null;
  }
  if (f.section === 'governmentFund') return { scope: 'governmentFund', code: null };
  if (f.section === 'stateCapital') return { scope: 'stateCapital', code: null };
  if (f.section === 'operatingCosts') return { scope: 'operatingCosts', code: null };
  if (f.section === 'threePublic') {
    const keys: [RegExp, BudgetChange['scope']][] = [
      [/三公/, 'threePublic'],
      [/因公出国/, 'overseasTravel'],
      [/公务接待/, 'reception'],
      [/公务用车(运行|.*维护)/, 'vehicleOperation'],
      [/公务用车购置/, 'vehiclePurchase'],
      [/会议费/, 'meetings'],
      [/培训费/, 'training'],
    ];
    const hit = keys.find(([re]) => re.test(f.label));
    return hit ? { scope: hit[1], code: null } : null;
  }
  return null;
}

/** Names the narrative prints for codes ("对社会保障基金补助（313）"), for codes that no table row names (a class with no amount this year). */
function namesInNarrative(d: Disclosure, code: RegExp): Record<string, string> {
  const figures = d.narrative.figures.filter((f) => f.code !== null && code.test(f.code));
  return Object.fromEntries(figures.map((f) => [f.code!, f.label.replace(/[（(]\d+[)）]$/, '').replace(/^[（(]\d+[)）]/, '').trim()]));
}

/**
 * Target-table rows from the importer's indicators. The category is the recognised one (a merged
 * 一级指标 cell printed beside the wrong row, or left blank below its first row, is placed by meaning),
 * its printed label only when the importer could not classify the indicator.
 */
function toIndicatorRows(indicators: readonly Indicator[]): TargetIndicatorRow[] {
  let level1 = '';
  return indicators.map((i) => {
    level1 = i.level1 ? labelOfLevel1(i.level1) : (i.level1Text ?? level1);
    const level2 = i.level2 ? labelOfLevel2(i.level2) : (i.level2Text ?? '');
    return { level1, level2, name: i.name, value: i.targetText ?? '', note: i.remark ?? '' };
  });
}

/**
 * Turns a read disclosure (readDisclosure) back into a department budget: lines from 表5 × 表6
 * (and 表10 for project names), prior amounts and reasons from the narrative, procurement from
 * 表12, staffing, units and the overview from the narrative, targets from the importer's reading.
 * What is reconstructed rather than read, or cannot be carried, is listed in `issues`.
 */
export function budgetFromDisclosure(disclosure: Disclosure, targets?: ImportedTargets): { budget: DepartmentBudget; issues: BudgetFromDisclosureIssue[] } {
  const d = disclosure;
  const issues: BudgetFromDisclosureIssue[] = [];
  const issue = (code: string, message: string, tables: string[], line: number | null = null) => issues.push({ code, message, tables, line });
  const base = emptyDepartmentBudget(d.department ?? '', d.fiscalYear ?? 0);
  if (!d.department) issue('no-department', '未读到部门名称', []);
  if (!d.fiscalYear) issue('no-year', '未读到预算年度', []);
  const unitRows = d.expenditure?.rows ?? d.income?.rows ?? [];
  const departmentCode = unitRows.find((r) => r.unitCode !== null && !d.units.some((u) => u.code === r.unitCode))?.unitCode ?? null;
  const units = d.units.map((u) => ({ code: u.code ?? '', name: u.name, kind: 'administrative' as const, change: '无' }));
  if (units.length === 0) {
    units.push({ code: '', name: d.department ?? '', kind: 'administrative', change: '无' });
    issue('no-units', '表2/表3中未读到预算单位，全部金额记在部门本级', ['表2', '表3']);
  } else issue('unit-kind', '公开文件不写明单位性质，各单位按行政单位（机关运行经费口径）读入，请核对', ['表2', '表3']);
  const unitCode = units[0]!.code;
  if (units.length > 1) issue('multi-unit', '表5/表6只按部门汇总，多个单位的预算行无法拆分，全部记在第一个单位', ['表5', '表6']);

  // Lines: 表5 (function × kind) and 表6 (economic × kind), joined per kind.
  const fnRows = leafRows(d.generalFunction?.rows ?? [], 7);
  const ecRows = leafRows(d.generalEconomic?.rows ?? [], 5);
  if (!d.generalFunction || !d.generalEconomic) issue('no-code-tables', '缺少表5或表6，无法读出预算行', ['表5', '表6']);
  const leaves = d.projects ? listProjectLeaves(d.projects.units, unitCode) : [];
  const procurementHint = new Map<string, string>();
  for (const p of d.procurement ?? []) if (p.role === 'item' && p.functionCode) procurementHint.set(p.name, p.functionCode);
  const lines: DepartmentBudgetLine[] = [];
  let reconstructed = false;
  for (const kind of KINDS) {
    const fnBuckets: Bucket<{ code: string; project: string | null }>[] = [];
    const fnAmounts = fnRows.map((r) => ({ key: r.code!, amount: (kind === 'personnel' ? r.personnel : kind === 'publicUse' ? r.publicUse : r.project) ?? 0 })).filter((b) => b.amount > 0);
    if (kind === 'project' && leaves.length > 0) {
      const assigned = assignWholeItems(
        leaves.map((l, i) => ({ key: i, amount: l.amount })),
        fnAmounts,
        (i) => procurementHint.get(leaves[i]!.name) ?? null,
      );
      if (assigned) {
        for (const f of fnAmounts) leaves.forEach((l, i) => assigned.get(i) === f.key && fnBuckets.push({ key: { code: f.key, project: l.name }, amount: l.amount }));
        if (leaves.length > 1) issue('project-function', '表10不写项目的功能科目，已按金额把每个项目整体对应到表5的功能科目（有政府采购的项目按表12）', ['表10', '表5']);
      } else {
        issue('project-function-unresolved', '表10各项目金额无法整体对应到表5各功能科目的专项业务经费，项目名称未写入预算行', ['表10', '表5']);
        for (const f of fnAmounts) fnBuckets.push({ key: { code: f.key, project: null }, amount: f.amount });
      }
    } else for (const f of fnAmounts) fnBuckets.push({ key: { code: f.key, project: null }, amount: f.amount });
    const ecBuckets = ecRows
      .map((r) => ({ key: { code: r.code!, gov: r.govCode }, amount: (kind === 'personnel' ? r.personnel : kind === 'publicUse' ? r.publicUse : r.project) ?? 0 }))
      .filter((b) => b.amount > 0);
    const { cells, leftover } = allocateAmounts(fnBuckets, ecBuckets);
    if (leftover !== 0) issue('kind-mismatch', `表5与表6的${kind === 'personnel' ? '人员经费' : kind === 'publicUse' ? '公用经费' : '专项业务经费'}合计相差 ${formatWan(leftover)} 万元，差额未写入预算行`, ['表5', '表6']);
    if (fnBuckets.length > 1 && ecBuckets.length > 1) reconstructed = true;
    for (const c of cells)
      lines.push({
        id: `L${lines.length + 1}`,
        unitCode,
        source: 'generalBudget',
        functionCode: c.row.code,
        deptEconomicCode: c.column.code,
        govEconomicCode: c.column.gov,
        kind,
        projectName: c.row.project,
        amount: c.amount,
        priorAmount: null,
        changeReason: null,
      });
  }
  if (reconstructed)
    issue('joint-split', '公开表只分别按功能科目（表5）和经济科目（表6）列示，两者交叉的金额是按先等额配对、再按编码顺序填充重建的；重建结果使表5、表6各行合计不变，但不是唯一的拆分', ['表5', '表6']);
  for (const [id, summary] of [['表1', d.summary], ['表4', d.fiscalSummary]] as const)
    for (const item of summary?.items ?? []) {
      if (item.group !== 'function' || item.level !== 1) continue;
      const code = FUNCTION_CLASSES.find(([, name]) => name === item.label)?.[0];
      if (!code) continue;
      const inTable5 = d.generalFunction?.rows.find((r) => r.code === code)?.total ?? null;
      if ((item.amount ?? 0) !== (inTable5 ?? 0))
        issue('summary-differs', `${id}“${item.label}”列 ${formatYuan(item.amount ?? 0)} 元，表5为 ${formatYuan(inTable5 ?? 0)} 元；预算行按表5读入，重新生成的${id}与表5一致`, [id, '表5'], item.line);
    }
  const fund = d.governmentFundSummary?.items.find((i) => /本年支出合计/.test(i.label))?.amount ?? 0;
  if (fund) issue('government-fund', '表9政府性基金收支不按科目明细列示，未读入预算行', ['表9']);

  // Prior amounts and reasons from the narrative.
  const changes: BudgetChange[] = [];
  const generalTotal = d.generalFunction?.rows.find((r) => r.code === null)?.total ?? null;
  const exactOf = (scope: BudgetChange['scope'], code: string | null): Fen | null => {
    const sum = (test: (l: DepartmentBudgetLine) => boolean) => lines.filter(test).reduce((s, l) => s + l.amount, 0);
    switch (scope) {
      case 'generalBudget':
        return generalTotal;
      case 'function':
        return sum((l) => l.functionCode.startsWith(code ?? '-'));
      case 'deptEconomic':
        return sum((l) => l.deptEconomicCode.startsWith(code ?? '-'));
      case 'govEconomic':
        return sum((l) => (l.govEconomicCode ?? '').startsWith(code ?? '-'));
      case 'operatingCosts':
        return sum((l) => l.kind === 'publicUse');
      case 'threePublic':
        return sum((l) => ['30212', '30217', '30231', '31013'].includes(l.deptEconomicCode));
      default:
        return scope in THREE_PUBLIC_CODES ? sum((l) => THREE_PUBLIC_CODES[scope as ThreePublicKey].includes(l.deptEconomicCode)) : null;
    }
  };
  const printedThreePublic = (d.threePublic ?? []).find((r) => r.unitCode === null)?.current ?? null;
  if (printedThreePublic)
    for (const [key, label] of THREE_PUBLIC_LABELS) {
      const printed = printedThreePublic[key] ?? 0;
      const fromLines = exactOf(key, null) ?? 0;
      if (printed !== fromLines)
        issue('three-public-differs', `表13当年“${label}”列 ${formatYuan(printed)} 元，表6对应科目（${THREE_PUBLIC_CODES[key].join('、')}）为 ${formatYuan(fromLines)} 元；按表6读入，重新生成的表13与表6一致`, ['表13', '表6'], (d.threePublic ?? []).find((r) => r.unitCode === null)?.line ?? null);
    }
  const threePublicPrior: Partial<Record<ThreePublicKey, Fen>> = {};
  const threePublicReasons: Partial<Record<ThreePublicKey, string>> = {};
  let operatingCosts: DepartmentBudget['operatingCosts'] = { priorAmount: null, changeReason: null };
  for (const f of d.narrative.figures) {
    const s = scopeOf(f);
    if (!s) continue;
    const exact = exactOf(s.scope, s.code);
    if (exact !== null && formatWan(exact) !== f.amountText.replace(/,/g, ''))
      issue('narrative-amount', `说明第 ${f.line} 行“${f.label}” ${f.amountText} 万元与表中金额 ${formatWan(exact)} 万元不一致，按表中金额读入`, ['说明'], f.line);
    const prior = priorFromFigure(f, exact);
    if (prior === null) continue;
    if (changes.some((c) => c.scope === s.scope && c.code === s.code)) continue;
    if (s.scope === 'operatingCosts') operatingCosts = { priorAmount: prior, changeReason: f.reason };
    else if (s.scope in THREE_PUBLIC_CODES) {
      threePublicPrior[s.scope as ThreePublicKey] = prior;
      if (f.reason) threePublicReasons[s.scope as ThreePublicKey] = f.reason;
    } else changes.push({ scope: s.scope, code: s.code, priorAmount: prior, reason: f.reason });
  }

  // Training / meeting list: the list prints 万元; a single item takes the exact 30216 / 30215 amount.
  const trainings: MeetingOrTraining[] = [];
  const meetings: MeetingOrTraining[] = [];
  for (const t of d.narrative.trainingList) {
    const isMeeting = /会议/.test(t.name) && !/培训/.test(t.name);
    const exact = exactOf(isMeeting ? 'meetings' : 'training', null);
    const amount = t.amount !== null && exact !== null && formatWan(exact) === formatWan(t.amount) && d.narrative.trainingList.length === 1 ? exact : (t.amount ?? 0);
    (isMeeting ? meetings : trainings).push({ name: t.name, period: t.period, people: t.people, amount, note: '' });
  }

  // Procurement (表12 items under their unit rows).
  const procurement: BudgetProcurementItem[] = [];
  let currentUnit = unitCode;
  for (const p of d.procurement ?? []) {
    if (p.role === 'unit' && p.unitCode) currentUnit = p.unitCode;
    if (p.role !== 'item') continue;
    procurement.push({
      unitCode: currentUnit,
      functionCode: p.functionCode ?? '',
      name: p.name,
      catalogueCode: p.catalogueCode ?? '',
      catalogueName: p.catalogueName ?? '',
      kind: p.kind ?? 'goods',
      serviceContent: '',
      specification: '',
      quantity: p.quantity ?? 0,
      deptEconomicCode: p.deptEconomicCode ?? '',
      govEconomicCode: p.govEconomicCode ?? '',
      plannedTime: '',
      amount: p.amount ?? 0,
      note: '',
    });
  }
  if (procurement.length > 0) issue('procurement-text', '表12的购买服务内容、规格型号、实施采购时间不能可靠地从文本中分栏读出，未读入', ['表12']);

  const projects: BudgetProject[] = leaves.map((l) => ({ name: l.name, unitCode: l.unitCode, category: l.category, group: l.group, summary: null }));
  const specialFunds = readSpecialFunds(d, lines);
  // The importer reads 表16's forms like a project's; they are special funds, not 表14 targets
  const isFundForm = (name: string) => specialFunds.some((f) => f.name === name) && d.performance.projects.some((x) => x.name === name && x.table === '表16');
  const projectTargets: ProjectTargetRef[] = (targets?.projects ?? []).filter((p) => !isFundForm(p.name)).map((p) => ({
    targetId: null,
    projectName: p.name,
    department: p.department ?? d.department ?? '',
    total: p.funds.total ?? 0,
    fiscal: p.funds.fiscal ?? 0,
    other: p.funds.other,
    goal: p.goals.join('\n'),
    indicators: toIndicatorRows(p.indicators),
  }));
  const dt = targets?.departmentTargets[0];
  const departmentTarget: DepartmentTargetRef | null = dt
    ? {
        targetId: null,
        department: dt.name,
        tasks: dt.tasks.map((t) => ({ name: t.name, content: t.content ?? '', total: t.amount ?? 0, fiscal: t.fiscal ?? 0, other: t.other })),
        goal: dt.goals.join('\n'),
        indicators: toIndicatorRows(dt.indicators),
      }
    : null;
  if (!targets) issue('no-targets', '未提供绩效目标表的导入结果，表14/表15未读入', ['表14', '表15']);

  const counts = new Map(d.narrative.counts.map((c) => [c.key, c.value]));
  const assetItems: DepartmentBudget['assets']['items'][number][] = [];
  const addAssets = (key: string, kind: 'vehicle' | 'equipment', status: 'held' | 'planned') => {
    const n = counts.get(key) ?? 0;
    if (n > 0) assetItems.push({ kind, name: kind === 'vehicle' ? '车辆' : '单价20万元以上的设备', quantity: n, unitPrice: kind === 'vehicle' ? 0 : 20_000_001, status });
  };
  addAssets('assets.vehiclesHeld', 'vehicle', 'held');
  addAssets('assets.equipmentHeld', 'equipment', 'held');
  addAssets('assets.vehiclesPlanned', 'vehicle', 'planned');
  addAssets('assets.equipmentPlanned', 'equipment', 'planned');
  if (assetItems.length > 0) issue('asset-detail', '说明只写车辆、设备数量，资产名称和单价未读入', ['说明']);

  const names = (rows: readonly CodeRow[], pick: (r: CodeRow) => [string | null, string | null]) =>
    Object.fromEntries(rows.map(pick).filter((x): x is [string, string] => x[0] !== null && x[1] !== null && x[1] !== ''));
  const emptyTableNotes = Object.fromEntries(d.catalogue.filter((c) => c.empty && c.emptyReason).map((c) => [c.id, c.emptyReason!]));

  const budget: DepartmentBudget = {
    ...base,
    department: { name: d.department ?? '', code: departmentCode },
    units,
    overview: readOverview(d.narrative.text),
    staffing: { ...d.staffing },
    lines,
    projects,
    changes,
    threePublic: { priorAmounts: threePublicPrior, reasons: threePublicReasons },
    meetings,
    trainings,
    procurement,
    assets: { items: assetItems },
    operatingCosts,
    projectTargets,
    departmentTarget,
    specialFunds,
    glossary: readGlossary(d.narrative.text),
    emptyTableNotes,
    codeNames: {
      function: { ...namesInNarrative(d, /^\d{7}$/), ...names(d.generalFunction?.rows ?? [], (r) => [r.code, r.name]), ...names(d.basicFunction?.rows ?? [], (r) => [r.code, r.name]) },
      deptEconomic: { ...namesInNarrative(d, /^3\d{2}$/), ...names(d.generalEconomic?.rows ?? [], (r) => [r.code, r.name]) },
      govEconomic: {
        ...namesInNarrative(d, /^5\d{2}$/),
        ...names(d.generalEconomic?.rows ?? [], (r) => [r.govCode, r.govName]),
      },
    },
  };
  return { budget, issues };
}
