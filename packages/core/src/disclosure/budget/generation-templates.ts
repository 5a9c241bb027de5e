import type { GenerationTemplateId } from './generated-disclosure';

/** One table a generation template produces: which builder (kind), under which number and title. */
export interface GenerationTableSpec {
  readonly id: string;
  /** Builder kind: summary, income, expenditure, fiscalSummary, generalFunction, generalEconomic, basicFunction, basicEconomic, governmentFund, projects, carryover, procurement, threePublic, projectTarget, departmentTarget, specialFundTarget. */
  readonly kind: string;
  readonly title: string;
  /** 空表说明 printed when the table has no amount (rules.md R-PUB-06); it names the table's subject. */
  readonly emptyNote: string;
}

export interface GenerationTemplate {
  readonly id: GenerationTemplateId;
  readonly name: string;
  readonly tables: readonly GenerationTableSpec[];
}

const NOTE = {
  summary: '本部门本年无收支预算，故本表为空表。',
  fiscal: '本部门本年无财政拨款收支预算，故本表为空表。',
  general: '本部门本年无一般公共预算拨款支出，故本表为空表。',
  basic: '本部门本年无一般公共预算基本支出，故本表为空表。',
  governmentFund: '本部门无政府性基金预算收入，也未使用政府性基金预算拨款安排支出，故本表为空表。',
  projects: '本部门本年无专项业务经费（项目支出），故本表为空表。',
  carryover: '本部门无财政拨款结转资金，故本表为空表。',
  procurement: '本部门本年无政府采购预算，故本表为空表。',
  threePublic: '本部门本年无一般公共预算拨款安排的“三公”经费及会议费、培训费，故本表为空表。',
  projectTarget: '本部门本年无专项业务经费项目，无项目绩效目标，故本表为空表。',
  departmentTarget: '本部门未编制部门整体支出绩效目标，故本表为空表。',
  specialFund: '本部门无专项资金，故本表为空表。',
} as const;

/** The table sets as data: the 16 tables of the 陕西 部门综合预算 template (001) and the 8-table core of 财预〔2016〕143号. */
export const GENERATION_TEMPLATES: Readonly<Record<GenerationTemplateId, GenerationTemplate>> = {
  'shaanxi-16': {
    id: 'shaanxi-16',
    name: '陕西省部门综合预算公开模板（16张表）',
    tables: [
      { id: '表1', kind: 'summary', title: '部门综合预算收支总表', emptyNote: NOTE.summary },
      { id: '表2', kind: 'income', title: '部门综合预算收入总表', emptyNote: NOTE.summary },
      { id: '表3', kind: 'expenditure', title: '部门综合预算支出总表', emptyNote: NOTE.summary },
      { id: '表4', kind: 'fiscalSummary', title: '部门综合预算财政拨款收支总表', emptyNote: NOTE.fiscal },
      { id: '表5', kind: 'generalFunction', title: '部门综合预算一般公共预算支出明细表（按支出功能分类科目）', emptyNote: NOTE.general },
      { id: '表6', kind: 'generalEconomic', title: '部门综合预算一般公共预算支出明细表（按支出经济分类科目）', emptyNote: NOTE.general },
      { id: '表7', kind: 'basicFunction', title: '部门综合预算一般公共预算基本支出明细表（按支出功能分类科目）', emptyNote: NOTE.basic },
      { id: '表8', kind: 'basicEconomic', title: '部门综合预算一般公共预算基本支出明细表（按支出经济分类科目）', emptyNote: NOTE.basic },
      { id: '表9', kind: 'governmentFund', title: '部门综合预算政府性基金收支表', emptyNote: NOTE.governmentFund },
      { id: '表10', kind: 'projects', title: '部门综合预算专项业务经费支出表', emptyNote: NOTE.projects },
      { id: '表11', kind: 'carryover', title: '部门综合预算财政拨款结转资金支出表', emptyNote: NOTE.carryover },
      { id: '表12', kind: 'procurement', title: '部门综合预算政府采购（资产配置、购买服务）预算表', emptyNote: NOTE.procurement },
      { id: '表13', kind: 'threePublic', title: '部门综合预算一般公共预算拨款“三公”经费及会议费、培训费支出预算表', emptyNote: NOTE.threePublic },
      { id: '表14', kind: 'projectTarget', title: '部门专项业务经费绩效目标表', emptyNote: NOTE.projectTarget },
      { id: '表15', kind: 'departmentTarget', title: '部门整体支出绩效目标表', emptyNote: NOTE.departmentTarget },
      { id: '表16', kind: 'specialFundTarget', title: '专项资金总体绩效目标表', emptyNote: NOTE.specialFund },
    ],
  },
  'core-8': {
    id: 'core-8',
    name: '财预〔2016〕143号 部门预算公开基本表（8张表）',
    tables: [
      { id: '表1', kind: 'summary', title: '部门收支总表', emptyNote: NOTE.summary },
      { id: '表2', kind: 'income', title: '部门收入总表', emptyNote: NOTE.summary },
      { id: '表3', kind: 'expenditure', title: '部门支出总表', emptyNote: NOTE.summary },
      { id: '表4', kind: 'fiscalSummary', title: '财政拨款收支总表', emptyNote: NOTE.fiscal },
      { id: '表5', kind: 'generalFunction', title: '一般公共预算支出表', emptyNote: NOTE.general },
      { id: '表6', kind: 'basicEconomic', title: '一般公共预算基本支出表', emptyNote: NOTE.basic },
      { id: '表7', kind: 'threePublic', title: '一般公共预算“三公”经费支出表', emptyNote: NOTE.threePublic },
      { id: '表8', kind: 'governmentFund', title: '政府性基金预算支出表', emptyNote: NOTE.governmentFund },
    ],
  },
};
