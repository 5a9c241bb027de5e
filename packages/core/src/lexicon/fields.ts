/**
 * Header fields of a form (the block above the indicator grid) and the labels that name them.
 * A label is matched on its compacted text: spaces, a trailing colon and bracketed remarks such as
 * `(万元)` or `(%)` removed (the remark is kept: `(万元)` sets the money scale of the block).
 */
export type FieldRole =
  | 'projectName'
  | 'projectCode'
  | 'department'
  | 'implementingUnit'
  | 'unit'
  | 'kind'
  | 'period'
  | 'projectLead'
  | 'preparer'
  | 'phone'
  | 'preparedOn'
  | 'fundsGroup'
  | 'fundsTotal'
  | 'fundsFiscal'
  | 'fundsOther'
  | 'purpose'
  | 'goals'
  | 'longTermGoals'
  | 'spendingPlan'
  | 'moneyScale'
  | 'indicatorsGroup'
  | 'tasksGroup'
  | 'tasksTotal'
  | 'executionGroup'
  | 'execInitialBudget'
  | 'execBudget'
  | 'execExecuted'
  | 'execRate'
  | 'execWeight'
  | 'execScore'
  | 'fiscalYear'
  | 'actualOutcome'
  | 'totalScore';

export const FIELD_LABELS: ReadonlyArray<readonly [string, FieldRole]> = [
  ['项目名称', 'projectName'],
  ['项目编码', 'projectCode'],
  ['项目代码', 'projectCode'],
  ['项目编号', 'projectCode'],
  ['主管部门及代码', 'department'],
  ['主管部门', 'department'],
  ['主管部门名称', 'department'],
  ['实施单位', 'implementingUnit'],
  ['项目实施单位', 'implementingUnit'],
  ['预算单位', 'unit'],
  ['申报单位', 'unit'],
  ['填报单位', 'unit'],
  ['主管单位', 'department'],
  ['项目单位', 'implementingUnit'],
  ['项目起止时间', 'period'],
  ['项目实施周期', 'period'],
  ['实施年限', 'period'],
  ['预算单位名称', 'unit'],
  ['单位名称', 'unit'],
  ['部门(单位)名称', 'unit'],
  ['部门名称', 'unit'],
  ['项目属性', 'kind'],
  ['项目类型', 'kind'],
  ['项目类别', 'kind'],
  ['项目期', 'period'],
  ['项目周期', 'period'],
  ['实施期', 'period'],
  ['项目实施期', 'period'],
  ['实施周期', 'period'],
  ['项目负责人', 'projectLead'],
  ['负责人', 'projectLead'],
  ['填报人及联系电话', 'preparer'],
  ['填报人', 'preparer'],
  ['联系人', 'preparer'],
  ['联系电话', 'phone'],
  ['填报日期', 'preparedOn'],
  ['填表日期', 'preparedOn'],
  ['项目资金', 'fundsGroup'],
  ['资金金额', 'fundsGroup'],
  ['资金情况', 'fundsGroup'],
  ['项目资金情况', 'fundsGroup'],
  ['预算规模及资金用途', 'fundsGroup'],
  ['预算规模', 'fundsGroup'],
  ['年度资金总额', 'fundsTotal'],
  ['年度预算总额', 'fundsTotal'],
  ['实施期资金总额', 'fundsTotal'],
  ['资金总额', 'fundsTotal'],
  ['预算数', 'fundsTotal'],
  ['年度预算数', 'fundsTotal'],
  ['预算总额', 'fundsTotal'],
  ['项目总金额', 'fundsTotal'],
  ['年度预算资金', 'fundsTotal'],
  ['本年度资金', 'fundsTotal'],
  ['年度资金', 'fundsTotal'],
  ['项目资金总额', 'fundsTotal'],
  ['自筹资金', 'fundsOther'],
  ['其中:其他资金', 'fundsOther'],
  ['其中:财政拨款', 'fundsFiscal'],
  ['其中:财政资金', 'fundsFiscal'],
  ['财政拨款', 'fundsFiscal'],
  ['财政资金', 'fundsFiscal'],
  ['其中:财政性资金', 'fundsFiscal'],
  ['其中:当年财政拨款', 'fundsFiscal'],
  ['其他资金', 'fundsOther'],
  ['上年结转资金', 'fundsOther'],
  ['上年结转', 'fundsOther'],
  ['资金用途', 'purpose'],
  ['年度总体目标', 'goals'],
  ['总体目标', 'goals'],
  ['项目总体目标', 'goals'],
  ['年度绩效目标', 'goals'],
  ['年度目标', 'goals'],
  ['绩效目标', 'goals'],
  ['预期目标', 'goals'],
  ['总体绩效目标', 'goals'],
  ['年度总体绩效目标', 'goals'],
  ['项目年度绩效目标', 'goals'],
  ['中期目标', 'longTermGoals'],
  ['实施期目标', 'longTermGoals'],
  ['长期目标', 'longTermGoals'],
  ['实施期总体目标', 'longTermGoals'],
  ['资金支出计划', 'spendingPlan'],
  ['支出计划', 'spendingPlan'],
  ['单位:万元', 'moneyScale'],
  ['单位:元', 'moneyScale'],
  ['金额单位:万元', 'moneyScale'],
  ['金额单位:元', 'moneyScale'],
  ['绩效指标', 'indicatorsGroup'],
  ['年度绩效指标', 'indicatorsGroup'],
  ['年度主要任务', 'tasksGroup'],
  ['金额合计', 'tasksTotal'],
  ['预算执行情况', 'executionGroup'],
  ['预算执行情况(万元)', 'executionGroup'],
  ['年初预算数', 'execInitialBudget'],
  ['全年预算数', 'execBudget'],
  ['全年执行数', 'execExecuted'],
  ['执行率', 'execRate'],
  ['预算执行率', 'execRate'],
  ['分值', 'execWeight'],
  ['得分', 'execScore'],
  ['预算年度', 'fiscalYear'],
  ['实际完成情况', 'actualOutcome'],
  ['总分', 'totalScore'],
  ['总得分', 'totalScore'],
  ['自评总分', 'totalScore'],
  ['合计得分', 'totalScore'],
  ['全年实际完成情况', 'actualOutcome'],
];

/** Field roles whose value is a money amount. */
export const MONEY_FIELDS: ReadonlySet<FieldRole> = new Set([
  'fundsTotal',
  'fundsFiscal',
  'fundsOther',
  'tasksTotal',
  'execInitialBudget',
  'execBudget',
  'execExecuted',
]);

/** Field roles that start a new form when the current one already has them. */
export const IDENTITY_FIELDS: ReadonlySet<FieldRole> = new Set(['projectName', 'projectCode']);
