import type { Fen } from '../../model/money';

/** A printed table of the disclosure, found by its number and/or its title. */
export interface DisclosureTable {
  /** Template id such as '表5' or '表14-2'; for a table printed without its number, the id its title implies. */
  readonly id: string;
  /** Template key ('summary', 'generalFunction', …) or null for a table the template does not know. */
  readonly kind: string | null;
  readonly title: string;
  /** Whether the table carries its number (表N) above the title. */
  readonly numbered: boolean;
  readonly unitName: string | null;
  /** 单位：元 / 万元 as printed, or null. */
  readonly moneyUnit: string | null;
  readonly startLine: number;
  readonly endLine: number;
  /** True when no cell below the header holds a number. */
  readonly empty: boolean;
  /** The header cells (rows above the first amount), to tell a table's layout. */
  readonly headerCells: readonly string[];
}

/** One row of 报表目录. */
export interface CatalogueListing {
  readonly id: string;
  readonly title: string;
  readonly empty: boolean;
  readonly emptyReason: string | null;
  readonly line: number;
}

/** A label/amount pair of a 收支总表 column group. */
export interface SummaryItem {
  readonly group: 'income' | 'function' | 'deptEconomic' | 'govEconomic';
  /** Label without its numbering ("教育支出"). */
  readonly label: string;
  readonly rawLabel: string;
  /** 0 for 一、, 1 for 1、, 2 for (1), 3 for 其中. */
  readonly level: number;
  /** Label of the nearest item one level up, or null. */
  readonly parent: string | null;
  readonly amount: Fen | null;
  readonly line: number;
}

export interface SummaryTable {
  readonly items: readonly SummaryItem[];
}

/** A row of a table by unit and column (表2 收入总表, 表3 支出总表). */
export interface UnitAmountRow {
  readonly unitCode: string | null;
  readonly unitName: string;
  /** Column path joined with '/' (e.g. '部门预算/公共预算拨款/小计') → amount. */
  readonly amounts: Readonly<Record<string, Fen | null>>;
  readonly line: number;
}

export interface UnitAmountTable {
  readonly columns: readonly string[];
  readonly rows: readonly UnitAmountRow[];
}

/** A row of a function or economic classification table (表5–表8). */
export interface CodeRow {
  /** 功能科目编码 or 部门经济科目编码; null on the 合计 row. */
  readonly code: string | null;
  readonly name: string;
  readonly govCode: string | null;
  readonly govName: string | null;
  readonly total: Fen | null;
  readonly personnel: Fen | null;
  readonly publicUse: Fen | null;
  /** 专项业务经费 (项目支出); undefined in the 基本支出 tables. */
  readonly project?: Fen | null;
  readonly line: number;
}

export interface CodeTable {
  readonly codeKind: 'function' | 'economic';
  readonly hasProjectColumn: boolean;
  readonly rows: readonly CodeRow[];
}

/** A row of 表10 专项业务经费支出表, as a tree. */
export interface ProjectNode {
  readonly unitCode: string | null;
  readonly name: string;
  readonly amount: Fen | null;
  readonly line: number;
  readonly children: readonly ProjectNode[];
}

export interface ProjectTable {
  readonly total: { readonly amount: Fen | null; readonly line: number } | null;
  /** Unit rows with the project categories and projects below them. */
  readonly units: readonly ProjectNode[];
  /** True when the rows could be arranged into a tree whose sums close. */
  readonly treeCloses: boolean;
}

export type ProcurementKind = 'goods' | 'works' | 'services';

export interface ProcurementRow {
  readonly role: 'total' | 'group' | 'unit' | 'item';
  readonly functionCode: string | null;
  readonly unitCode: string | null;
  readonly name: string;
  readonly catalogueCode: string | null;
  readonly catalogueName: string | null;
  readonly kind: ProcurementKind | null;
  readonly quantity: number | null;
  readonly deptEconomicCode: string | null;
  readonly govEconomicCode: string | null;
  readonly amount: Fen | null;
  readonly line: number;
}

/** Amounts of one column block of the 三公 table. */
export interface ThreePublicAmounts {
  readonly total: Fen | null;
  readonly threePublic: Fen | null;
  readonly overseasTravel: Fen | null;
  readonly reception: Fen | null;
  readonly vehicle: Fen | null;
  readonly vehiclePurchase: Fen | null;
  readonly vehicleOperation: Fen | null;
  readonly meetings: Fen | null;
  readonly training: Fen | null;
}

export interface ThreePublicRow {
  readonly unitCode: string | null;
  readonly unitName: string;
  readonly prior: ThreePublicAmounts | null;
  readonly current: ThreePublicAmounts | null;
  readonly change: ThreePublicAmounts | null;
  readonly line: number;
}

export type ChangeDirection = 'increase' | 'decrease' | 'flat' | 'incomparable';

/** One 万元 amount of the narrative with its year-on-year clause. */
export interface NarrativeFigure {
  /** Section key: 'overall', 'fiscal', 'general', 'governmentFund', 'threePublic', 'assets', 'procurement', 'performance', 'operatingCosts', 'other'. */
  readonly section: string;
  /** The words before the number, as printed ("机关商品和服务支出（502）"). */
  readonly label: string;
  /** Classification code in brackets, if any. */
  readonly code: string | null;
  readonly amount: Fen;
  readonly amountText: string;
  readonly direction: ChangeDirection | null;
  readonly change: Fen | null;
  readonly changeText: string | null;
  /** Rate in hundredths of a percent (21.21% → 2121), as printed. */
  readonly rate: number | null;
  readonly rateText: string | null;
  /** The words for direction as printed (增加/减少, 增长/下降) to compare with the sign. */
  readonly directionWords: readonly string[];
  readonly reason: string | null;
  /** Character range of the whole clause in the narrative text. */
  readonly span: readonly [number, number];
  readonly line: number;
}

/** A count in the narrative (人员, 车辆, 设备, 采购数量). */
export interface NarrativeCount {
  readonly key: string;
  readonly value: number;
  readonly text: string;
  readonly span: readonly [number, number];
  readonly line: number;
}

export interface TrainingItem {
  readonly name: string;
  readonly period: string;
  readonly people: string;
  readonly amount: Fen | null;
  readonly line: number;
}

export interface Narrative {
  /** The narrative joined into one text (line breaks inside sentences removed). */
  readonly text: string;
  readonly figures: readonly NarrativeFigure[];
  readonly counts: readonly NarrativeCount[];
  readonly trainingList: readonly TrainingItem[];
  readonly units: readonly string[];
  /** Sentences stating that a table is published empty ("本部门无当年政府性基金预算收支，并已公开空表"). */
  readonly emptyTableNotes: readonly string[];
}

export interface Staffing {
  readonly authorised: number | null;
  readonly authorisedAdministrative: number | null;
  readonly authorisedInstitution: number | null;
  readonly actual: number | null;
  readonly actualAdministrative: number | null;
  readonly actualInstitution: number | null;
  readonly retired: number | null;
}

/** A budget line as the tables state it: one function 项 or one economic 款, one kind of expenditure. */
export interface BudgetLine {
  readonly unitCode: string | null;
  /** 一般公共预算 / 政府性基金 / 国有资本经营 / 财政专户 / 事业收入 / 上年结转 … */
  readonly source: string;
  readonly functionCode: string | null;
  readonly deptEconomicCode: string | null;
  readonly govEconomicCode: string | null;
  readonly kind: 'personnel' | 'publicUse' | 'project';
  readonly projectName?: string;
  readonly amount: Fen;
  readonly priorAmount?: Fen;
  readonly changeReason?: string;
  readonly table: string;
  readonly line: number;
}

export interface PerformanceProject {
  readonly name: string;
  readonly table: string | null;
  readonly total: Fen | null;
  readonly fiscal: Fen | null;
  readonly line: number | null;
}

export interface PerformanceTask {
  readonly name: string;
  readonly amount: Fen | null;
}

export interface PerformanceTargets {
  readonly projects: readonly PerformanceProject[];
  readonly departmentTotal: Fen | null;
  readonly tasks: readonly PerformanceTask[];
  /** False when the caller gave no imported target tables. */
  readonly supplied: boolean;
}

/** A department budget disclosure read back from its text. */
export interface Disclosure {
  readonly department: string | null;
  readonly fiscalYear: number | null;
  readonly units: readonly { readonly code: string | null; readonly name: string }[];
  readonly staffing: Staffing;
  readonly tables: readonly DisclosureTable[];
  readonly catalogue: readonly CatalogueListing[];
  readonly summary: SummaryTable | null;
  readonly fiscalSummary: SummaryTable | null;
  readonly governmentFundSummary: SummaryTable | null;
  readonly income: UnitAmountTable | null;
  readonly expenditure: UnitAmountTable | null;
  readonly generalFunction: CodeTable | null;
  readonly generalEconomic: CodeTable | null;
  readonly basicFunction: CodeTable | null;
  readonly basicEconomic: CodeTable | null;
  readonly projects: ProjectTable | null;
  readonly procurement: readonly ProcurementRow[] | null;
  readonly threePublic: readonly ThreePublicRow[] | null;
  readonly performance: PerformanceTargets;
  readonly lines: readonly BudgetLine[];
  readonly narrative: Narrative;
  /** All text rows of the tables part, for hygiene checks. */
  readonly tableTexts: readonly { readonly table: string; readonly text: string; readonly line: number }[];
  /** Problems met while reading (a table whose header could not be found …). */
  readonly readProblems: readonly { readonly table: string; readonly message: string; readonly line: number | null }[];
}
