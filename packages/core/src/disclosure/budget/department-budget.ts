import type { Fen } from '../../model/money';
import type { ProcurementKind } from '../model/disclosure';

/**
 * A department's budget for one year: the one set of budget lines (and the few facts beside them)
 * from which every table and the narrative of its disclosure (部门预算公开) are generated.
 * Money is integer 分 (fen). JSON-safe: plain objects, arrays, strings, numbers, null.
 */
export interface DepartmentBudget {
  /** Version of this JSON shape. */
  readonly schemaVersion: 1;
  readonly department: BudgetDepartment;
  readonly fiscalYear: number;
  /** 预算单位构成: the units whose budgets the department budget includes (本级 and 二级). */
  readonly units: readonly BudgetUnit[];
  /** 部门概况: duties, internal organisation, 工作任务. */
  readonly overview: DepartmentOverview;
  readonly staffing: BudgetStaffing;
  /** The budget lines: one amount by unit, source, function 项, economic 款 and kind. */
  readonly lines: readonly DepartmentBudgetLine[];
  /** 专项业务经费 (项目) descriptions, referenced by `DepartmentBudgetLine.projectName`. */
  readonly projects: readonly BudgetProject[];
  /**
   * Prior-year amounts and reasons stated above line level (a function 项, an economic 类, a
   * total …). Where an entry is missing, the prior amount is the sum of the lines' `priorAmount`.
   */
  readonly changes: readonly BudgetChange[];
  /** “三公”经费, 会议费, 培训费: the current amounts come from the lines (30212, 30217, 30231, 31013, 30215, 30216). */
  readonly threePublic: ThreePublicBudget;
  /** 会议费培训费明细表 rows. */
  readonly meetings: readonly MeetingOrTraining[];
  readonly trainings: readonly MeetingOrTraining[];
  readonly procurement: readonly BudgetProcurementItem[];
  readonly assets: BudgetAssets;
  /** 机关运行经费: current amount = 公用经费 of the administrative and 参公 units' 一般公共预算 basic lines. */
  readonly operatingCosts: { readonly priorAmount: Fen | null; readonly changeReason: string | null };
  /** 部门专项业务经费绩效目标表 (one per project with targets). */
  readonly projectTargets: readonly ProjectTargetRef[];
  /** 部门整体支出绩效目标表. */
  readonly departmentTarget: DepartmentTargetRef | null;
  /**
   * 专项资金 (表16 专项资金总体绩效目标表), one form each; missing or empty → 表16 is published empty
   * with its 空表说明.
   */
  readonly specialFunds?: readonly BudgetSpecialFund[];
  /** 专业名词解释; null → the standard glossary. */
  readonly glossary: readonly GlossaryEntry[] | null;
  /** Table id → 空表说明, overriding the template's default wording for that table. */
  readonly emptyTableNotes: Readonly<Record<string, string>>;
  /** Names of codes as this department prints them, over the catalogue's (code → name). */
  readonly codeNames: BudgetCodeNames;
}

export interface BudgetCodeNames {
  readonly function: Readonly<Record<string, string>>;
  readonly deptEconomic: Readonly<Record<string, string>>;
  readonly govEconomic: Readonly<Record<string, string>>;
}

export interface BudgetDepartment {
  /** As printed on every table: 部门名称 (e.g. '西安市莲湖区医疗保障局（汇总）'). */
  readonly name: string;
  /** 部门编码 (the first-level unit code, e.g. '317'), or null. */
  readonly code: string | null;
}

/** 行政单位 / 参照公务员法管理事业单位 (参公) / 事业单位. */
export type BudgetUnitKind = 'administrative' | 'civilServiceManaged' | 'institution';

export interface BudgetUnit {
  /** 单位编码 (e.g. '317001'). */
  readonly code: string;
  readonly name: string;
  readonly kind: BudgetUnitKind;
  /** 拟变动情况 (usually '无'). */
  readonly change: string;
}

export interface OrganisationPart {
  /** 内设机构 name ("办公室"). */
  readonly name: string;
  /** Its duties, as one paragraph. */
  readonly duties: string;
}

export interface DepartmentOverview {
  /** 主要职责及机构设置: the founding paragraphs (文号, 成立时间). */
  readonly establishment: readonly string[];
  /** （一）主要职责, one paragraph per duty (without numbering). */
  readonly duties: readonly string[];
  /** （二）内设机构. */
  readonly organisation: readonly OrganisationPart[];
  /** Paragraphs after the 内设机构 list (下属单位, 党的机构 …). */
  readonly organisationNotes: readonly string[];
  /** 二、工作任务, one paragraph each (without numbering). */
  readonly tasks: readonly string[];
}

/** 人员情况 at the end of the prior year. */
export interface BudgetStaffing {
  /** 编制. */
  readonly authorised: number | null;
  readonly authorisedAdministrative: number | null;
  readonly authorisedInstitution: number | null;
  /** 实有. */
  readonly actual: number | null;
  readonly actualAdministrative: number | null;
  readonly actualInstitution: number | null;
  /** 离退休. */
  readonly retired: number | null;
}

/** Where the money comes from (收入来源). */
export type FundSource =
  | 'generalBudget'
  | 'governmentFund'
  | 'stateCapital'
  | 'fiscalSpecialAccount'
  | 'institutionIncome'
  | 'institutionOperating'
  | 'superiorSubsidy'
  | 'subordinateRemit'
  | 'otherIncome'
  | 'priorCarryover';

/** The words a disclosure prints for each source. */
export const FUND_SOURCE_LABELS: Readonly<Record<FundSource, string>> = {
  generalBudget: '一般公共预算拨款',
  governmentFund: '政府性基金拨款',
  stateCapital: '国有资本经营预算收入',
  fiscalSpecialAccount: '纳入财政专户管理的收费',
  institutionIncome: '事业收入',
  institutionOperating: '事业单位经营收入',
  superiorSubsidy: '上级补助收入',
  subordinateRemit: '附属单位上缴收入',
  otherIncome: '其他收入',
  priorCarryover: '上年结转',
};

/** 财政拨款 sources (表4 财政拨款收支总表). */
export const FISCAL_SOURCES: readonly ('generalBudget' | 'governmentFund' | 'stateCapital')[] = ['generalBudget', 'governmentFund', 'stateCapital'];

/** 基本支出 人员经费 / 公用经费, or 项目支出 (专项业务经费). */
export type BudgetLineKind = 'personnel' | 'publicUse' | 'project';

export interface DepartmentBudgetLine {
  /** Stable id within the budget (for editing). */
  readonly id: string;
  /** 单位编码 of a `BudgetUnit`. */
  readonly unitCode: string;
  readonly source: FundSource;
  /** 支出功能分类 项 (7 digits). */
  readonly functionCode: string;
  /** 部门预算支出经济分类 款 (5 digits). */
  readonly deptEconomicCode: string;
  /** 政府预算支出经济分类 款 (5 digits); null → the catalogue's crosswalk. */
  readonly govEconomicCode: string | null;
  readonly kind: BudgetLineKind;
  /** 项目名称 for a project line (a `BudgetProject.name`), else null. */
  readonly projectName: string | null;
  readonly amount: Fen;
  /** The same line's amount in the prior year's budget, when known. */
  readonly priorAmount: Fen | null;
  /** 增减变化的主要原因. */
  readonly changeReason: string | null;
}

export interface BudgetProject {
  readonly name: string;
  readonly unitCode: string;
  /** 项目类别 row of 表10 ('专用项目'). */
  readonly category: string;
  /** The parent project row of 表10 ('财政补助公务员医疗'); null when the project stands alone. */
  readonly group: string | null;
  /** 项目简介. */
  readonly summary: string | null;
}

/** What a prior-year amount and its reason belong to. */
export type BudgetChangeScope =
  | 'total'
  | 'generalBudget'
  | 'governmentFund'
  | 'stateCapital'
  | 'function'
  | 'deptEconomic'
  | 'govEconomic'
  | 'threePublic'
  | 'overseasTravel'
  | 'reception'
  | 'vehiclePurchase'
  | 'vehicleOperation'
  | 'meetings'
  | 'training'
  | 'operatingCosts';

export interface BudgetChange {
  readonly scope: BudgetChangeScope;
  /** Classification code for 'function' (项), 'deptEconomic' / 'govEconomic' (类), else null. */
  readonly code: string | null;
  readonly priorAmount: Fen;
  /** 增减变化（或不可比）的主要原因; null when unchanged. */
  readonly reason: string | null;
}

export type ThreePublicKey = 'overseasTravel' | 'reception' | 'vehiclePurchase' | 'vehicleOperation' | 'meetings' | 'training';

/** Economic 款 codes whose 一般公共预算 lines make up each item (rules.md R-CODE-05). */
export const THREE_PUBLIC_CODES: Readonly<Record<ThreePublicKey, readonly string[]>> = {
  overseasTravel: ['30212'],
  reception: ['30217'],
  vehiclePurchase: ['31013'],
  vehicleOperation: ['30231'],
  meetings: ['30215'],
  training: ['30216'],
};

export interface ThreePublicBudget {
  /** The prior year's budget of each item (表13 上年 columns, narrative 较上年). */
  readonly priorAmounts: Readonly<Partial<Record<ThreePublicKey, Fen>>>;
  /** 增减变化的主要原因 of each item. */
  readonly reasons: Readonly<Partial<Record<ThreePublicKey, string>>>;
}

export interface MeetingOrTraining {
  readonly name: string;
  /** 时间 as written ('2024年1月-2024年12月'). */
  readonly period: string;
  /** 人数 as written ('120人'). */
  readonly people: string;
  readonly amount: Fen;
  readonly note: string;
}

export interface BudgetProcurementItem {
  readonly unitCode: string;
  /** 功能科目 项 the item is paid from. */
  readonly functionCode: string;
  /** 采购项目 (usually the project name). */
  readonly name: string;
  /** 采购目录 code ('C17990000'). */
  readonly catalogueCode: string;
  readonly catalogueName: string;
  readonly kind: ProcurementKind;
  /** 购买服务内容. */
  readonly serviceContent: string;
  /** 规格型号. */
  readonly specification: string;
  readonly quantity: number;
  readonly deptEconomicCode: string;
  readonly govEconomicCode: string;
  /** 实施采购时间. */
  readonly plannedTime: string;
  readonly amount: Fen;
  readonly note: string;
}

export interface BudgetAssetItem {
  readonly kind: 'vehicle' | 'equipment';
  readonly name: string;
  readonly quantity: number;
  /** Unit price; equipment counts in the narrative only when over 20万元. */
  readonly unitPrice: Fen;
  /** Held at the end of the prior year, or planned for purchase this year. */
  readonly status: 'held' | 'planned';
}

export interface BudgetAssets {
  /** 车辆 and 单价20万元以上的设备, held and planned. */
  readonly items: readonly BudgetAssetItem[];
}

export interface TargetIndicatorRow {
  /** 一级指标 ('产出指标'). */
  readonly level1: string;
  /** 二级指标 ('数量指标'). */
  readonly level2: string;
  /** 指标内容 ('' for a category printed without indicators). */
  readonly name: string;
  readonly value: string;
  readonly note: string;
}

/** A project's target as the target module holds it, for 表14. */
export interface ProjectTargetRef {
  /** Id of the project in the target module, when linked. */
  readonly targetId: string | null;
  readonly projectName: string;
  /** 主管部门. */
  readonly department: string;
  readonly total: Fen;
  readonly fiscal: Fen;
  readonly other: Fen | null;
  /** 总体目标. */
  readonly goal: string;
  readonly indicators: readonly TargetIndicatorRow[];
}

/** A 专项资金 of the department: money for one purpose, spent through the 专项业务经费 projects it names. */
export interface BudgetSpecialFund {
  /** 专项资金名称 (项目名称 of 表16). */
  readonly name: string;
  /** 主管部门; null → the department's name. */
  readonly department: string | null;
  /** 支出功能分类 项 (7 digits) the fund is budgeted under. */
  readonly functionCode: string;
  /** 资金总额 in 分: must equal the lines of `projectNames`. */
  readonly amount: Fen;
  /** 专项业务经费 projects (`DepartmentBudgetLine.projectName`) whose lines make up the fund. */
  readonly projectNames: readonly string[];
  /** 资金用途 / 总体目标. */
  readonly purpose: string;
  /** 管理措施（资金管理办法、使用方式）. */
  readonly management: string;
}

export interface DepartmentTaskRef {
  readonly name: string;
  readonly content: string;
  readonly total: Fen;
  readonly fiscal: Fen;
  readonly other: Fen | null;
}

/** The department-level target (部门整体支出绩效目标) for 表15. */
export interface DepartmentTargetRef {
  readonly targetId: string | null;
  readonly department: string;
  readonly tasks: readonly DepartmentTaskRef[];
  readonly goal: string;
  readonly indicators: readonly TargetIndicatorRow[];
}

export interface GlossaryEntry {
  readonly term: string;
  readonly definition: string;
}

/** A new, empty budget for a department and year (no units, no lines). */
export function emptyDepartmentBudget(name: string, year: number): DepartmentBudget {
  return {
    schemaVersion: 1,
    department: { name, code: null },
    fiscalYear: year,
    units: [],
    overview: { establishment: [], duties: [], organisation: [], organisationNotes: [], tasks: [] },
    staffing: { authorised: null, authorisedAdministrative: null, authorisedInstitution: null, actual: null, actualAdministrative: null, actualInstitution: null, retired: null },
    lines: [],
    projects: [],
    changes: [],
    threePublic: { priorAmounts: {}, reasons: {} },
    meetings: [],
    trainings: [],
    procurement: [],
    assets: { items: [] },
    operatingCosts: { priorAmount: null, changeReason: null },
    projectTargets: [],
    departmentTarget: null,
    specialFunds: [],
    glossary: null,
    emptyTableNotes: {},
    codeNames: { function: {}, deptEconomic: {}, govEconomic: {} },
  };
}
