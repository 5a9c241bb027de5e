import type { Fen } from '../../model/money';
import type { ClassificationCatalogue } from '../model/classification-catalogue';
import {
  THREE_PUBLIC_CODES,
  type BudgetChangeScope,
  type DepartmentBudget,
  type DepartmentBudgetLine,
  type ThreePublicKey,
} from './department-budget';

/** A budget line with its 政府经济 款 resolved (own code, else the catalogue's crosswalk). */
export interface ResolvedLine extends DepartmentBudgetLine {
  readonly gov: string | null;
}

/** The budget with lookups every table builder and check needs: names, sums, prior amounts, reasons. */
export interface BudgetFacts {
  readonly budget: DepartmentBudget;
  readonly catalogue: ClassificationCatalogue | null;
  readonly lines: readonly ResolvedLine[];
  readonly functionName: (code: string) => string;
  readonly deptEconomicName: (code: string) => string;
  readonly govEconomicName: (code: string) => string;
  /** Prior-year amount of a scope (and code): the explicit change entry, else the sum of the lines' prior amounts, else null. */
  readonly prior: (scope: BudgetChangeScope, code?: string | null) => Fen | null;
  readonly reason: (scope: BudgetChangeScope, code?: string | null) => string | null;
  /** 三公/会议/培训 current amount: 一般公共预算 lines with the item's economic 款. */
  readonly threePublicAmount: (key: ThreePublicKey) => Fen;
  /** 机关运行经费: 公用经费 of the administrative and 参公 units' 一般公共预算 lines. */
  readonly operatingCosts: Fen;
}

/** Function 类 names as the 2024 收支总表 prints them (表1/表4 list every 类, in this order). */
export const FUNCTION_CLASSES: readonly (readonly [string, string])[] = [
  ['201', '一般公共服务支出'],
  ['202', '外交支出'],
  ['203', '国防支出'],
  ['204', '公共安全支出'],
  ['205', '教育支出'],
  ['206', '科学技术支出'],
  ['207', '文化旅游体育与传媒支出'],
  ['208', '社会保障和就业支出'],
  ['209', '社会保险基金支出'],
  ['210', '卫生健康支出'],
  ['211', '节能环保支出'],
  ['212', '城乡社区支出'],
  ['213', '农林水支出'],
  ['214', '交通运输支出'],
  ['215', '资源勘探工业信息等支出'],
  ['216', '商业服务业等支出'],
  ['217', '金融支出'],
  ['219', '援助其他地区支出'],
  ['220', '自然资源海洋气象等支出'],
  ['221', '住房保障支出'],
  ['222', '粮油物资储备支出'],
  ['223', '国有资本经营预算支出'],
  ['224', '灾害防治及应急管理支出'],
  ['229', '其他支出'],
];

export function sumAmounts(lines: readonly { readonly amount: Fen }[]): Fen {
  return lines.reduce((s, l) => s + l.amount, 0);
}

function matchesScope(line: DepartmentBudgetLine, gov: string | null, scope: BudgetChangeScope, code: string | null): boolean {
  switch (scope) {
    case 'total':
      return true;
    case 'generalBudget':
    case 'governmentFund':
    case 'stateCapital':
      return line.source === scope;
    case 'function':
      return line.source === 'generalBudget' && code !== null && line.functionCode.startsWith(code);
    case 'deptEconomic':
      return line.source === 'generalBudget' && code !== null && line.deptEconomicCode.startsWith(code);
    case 'govEconomic':
      return line.source === 'generalBudget' && code !== null && (gov ?? '').startsWith(code);
    case 'threePublic':
      return line.source === 'generalBudget' && ['overseasTravel', 'reception', 'vehiclePurchase', 'vehicleOperation'].some((k) => THREE_PUBLIC_CODES[k as ThreePublicKey].includes(line.deptEconomicCode));
    case 'operatingCosts':
      return false;
    default:
      return line.source === 'generalBudget' && THREE_PUBLIC_CODES[scope].includes(line.deptEconomicCode);
  }
}

/** Builds the lookups of a budget. */
export function buildBudgetFacts(budget: DepartmentBudget, catalogue: ClassificationCatalogue | null): BudgetFacts {
  const lines: ResolvedLine[] = budget.lines.map((l) => ({ ...l, gov: l.govEconomicCode ?? catalogue?.crosswalk[l.deptEconomicCode]?.[0] ?? null }));
  const classNames = new Map(FUNCTION_CLASSES);
  const names = budget.codeNames ?? { function: {}, deptEconomic: {}, govEconomic: {} };
  const entry = (scope: BudgetChangeScope, code: string | null) => budget.changes.find((c) => c.scope === scope && (c.code ?? null) === code);
  const adminUnits = new Set(budget.units.filter((u) => u.kind !== 'institution').map((u) => u.code));
  const facts: BudgetFacts = {
    budget,
    catalogue,
    lines,
    functionName: (code) => names.function[code] ?? catalogue?.functionCodes[code] ?? classNames.get(code) ?? '',
    deptEconomicName: (code) => names.deptEconomic[code] ?? catalogue?.deptEconomicCodes[code] ?? '',
    govEconomicName: (code) => names.govEconomic[code] ?? catalogue?.govEconomicCodes[code] ?? '',
    prior: (scope, code = null) => {
      const e = entry(scope, code);
      if (e) return e.priorAmount;
      if (scope === 'operatingCosts') return budget.operatingCosts.priorAmount;
      if (scope in THREE_PUBLIC_CODES) {
        const p = budget.threePublic.priorAmounts[scope as ThreePublicKey];
        if (p !== undefined) return p;
      }
      if (scope === 'threePublic') {
        const keys: ThreePublicKey[] = ['overseasTravel', 'reception', 'vehiclePurchase', 'vehicleOperation'];
        const parts = keys.map((k) => budget.threePublic.priorAmounts[k]);
        if (parts.some((p) => p !== undefined)) return parts.reduce<number>((s, p) => s + (p ?? 0), 0);
      }
      const matching = lines.filter((l) => matchesScope(l, l.gov, scope, code));
      if (!matching.some((l) => l.priorAmount !== null)) return null;
      return matching.reduce((s, l) => s + (l.priorAmount ?? 0), 0);
    },
    reason: (scope, code = null) => {
      const e = entry(scope, code);
      if (e) return e.reason;
      if (scope === 'operatingCosts') return budget.operatingCosts.changeReason;
      if (scope in THREE_PUBLIC_CODES) {
        const r = budget.threePublic.reasons[scope as ThreePublicKey];
        if (r !== undefined) return r;
      }
      const reasons = [...new Set(lines.filter((l) => matchesScope(l, l.gov, scope, code) && l.changeReason).map((l) => l.changeReason!))];
      return reasons.length > 0 ? reasons.join('，') : null;
    },
    threePublicAmount: (key) => sumAmounts(lines.filter((l) => l.source === 'generalBudget' && THREE_PUBLIC_CODES[key].includes(l.deptEconomicCode))),
    operatingCosts: sumAmounts(lines.filter((l) => l.source === 'generalBudget' && l.kind === 'publicUse' && adminUnits.has(l.unitCode))),
  };
  return facts;
}
