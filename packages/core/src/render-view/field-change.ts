/** One difference between the stored model and an edited sheet. */
export interface FieldChange {
  readonly kind: 'changed' | 'added' | 'removed';
  /** Model path: `funds.total`, `goals`, `indicators[3].targetText`, `indicators[5]` (added/removed). */
  readonly path: string;
  /** What a user reads, e.g. `年度资金总额` or `指标值（印制宣传册、明白卡）`. */
  readonly label: string;
  readonly before: string | null;
  readonly after: string | null;
}

export const FIELD_LABELS: Readonly<Record<string, string>> = {
  name: '项目名称',
  code: '项目编码',
  unit: '预算单位',
  unitWithCode: '预算单位及代码',
  departmentWithCode: '主管部门及代码',
  implementingUnit: '实施单位',
  kind: '项目属性',
  period: '项目期',
  projectLead: '项目负责人',
  preparedOn: '填报日期',
  preparerWithPhone: '填报人及联系电话',
  'funds.total': '年度资金总额',
  'funds.fiscal': '其中：财政拨款',
  'funds.other': '其他资金',
  purpose: '资金用途',
  goals: '年度总体目标',
  level1: '一级指标',
  level2: '二级指标',
  description: '绩效指标描述',
  targetText: '指标值',
  basis: '指标值设置依据',
  priorActual: '上年完成值',
  weight: '指标分值权重',
  scoringRuleText: '指标赋分规则',
  evidence: '佐证资料',
};

export function labelOfField(field: string): string {
  if (field.startsWith('spendingPlan.')) return `资金支出计划（${field.slice('spendingPlan.'.length)}月底）`;
  return FIELD_LABELS[field] ?? field;
}
