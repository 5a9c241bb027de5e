/**
 * Column roles of indicator grids and the header texts that name them in real forms.
 * A header row is a row where at least two cells name a role (see recognise-header.ts).
 */
export type ColumnRole =
  | 'level1'
  | 'level2'
  | 'name'
  | 'description'
  | 'target'
  | 'longTermTarget'
  | 'nature'
  | 'measureUnit'
  | 'basis'
  | 'priorActual'
  | 'weight'
  | 'scoringRule'
  | 'evidence'
  | 'actual'
  | 'score'
  | 'deviation'
  | 'remark'
  | 'serial'
  // project-list tables (one row per project)
  | 'unitCode'
  | 'projectName'
  | 'amount'
  | 'goals'
  | 'indicators'
  // department task tables
  | 'taskName'
  | 'taskContent'
  | 'amountTotal'
  | 'amountFiscal'
  | 'amountOther';

/** Header text (compacted) → role. Longer, more specific texts first. */
export const COLUMN_HEADERS: ReadonlyArray<readonly [string, ColumnRole]> = [
  ['一级指标', 'level1'],
  ['二级指标', 'level2'],
  ['三级指标', 'name'],
  ['指标内容', 'name'],
  ['指标名称', 'name'],
  ['绩效指标名称', 'name'],
  ['具体指标', 'name'],
  ['绩效指标描述', 'description'],
  ['指标描述', 'description'],
  ['指标解释', 'description'],
  ['指标说明', 'description'],
  ['年度指标值', 'target'],
  ['指标值', 'target'],
  ['目标值', 'target'],
  ['年度目标值', 'target'],
  ['指标目标值', 'target'],
  ['预期目标值', 'target'],
  ['中期指标值', 'longTermTarget'],
  ['实施期指标值', 'longTermTarget'],
  ['中期目标值', 'longTermTarget'],
  ['指标性质', 'nature'],
  ['度量单位', 'measureUnit'],
  ['计量单位', 'measureUnit'],
  ['指标值设置依据', 'basis'],
  ['指标值确定依据', 'basis'],
  ['指标值设定依据', 'basis'],
  ['设置依据', 'basis'],
  ['确定依据', 'basis'],
  ['上年完成值', 'priorActual'],
  ['上年实际完成值', 'priorActual'],
  ['上年实际值', 'priorActual'],
  ['历史值', 'priorActual'],
  ['指标分值权重', 'weight'],
  ['分值权重', 'weight'],
  ['权重', 'weight'],
  ['分值', 'weight'],
  ['指标赋分规则', 'scoringRule'],
  ['赋分规则', 'scoringRule'],
  ['评分标准', 'scoringRule'],
  ['评分规则', 'scoringRule'],
  ['佐证资料', 'evidence'],
  ['佐证材料', 'evidence'],
  ['数据来源', 'evidence'],
  ['实际完成值', 'actual'],
  ['全年实际值', 'actual'],
  ['实际值', 'actual'],
  ['完成值', 'actual'],
  ['全年完成值', 'actual'],
  ['得分', 'score'],
  ['偏差原因分析及改进措施', 'deviation'],
  ['偏差原因及改进措施', 'deviation'],
  ['偏差原因', 'deviation'],
  ['偏差原因分析', 'deviation'],
  ['未完成原因分析', 'deviation'],
  ['未完成原因分析及改进措施', 'deviation'],
  ['偏差原因分析及整改措施', 'deviation'],
  ['原因分析及改进措施', 'deviation'],
  ['未完成原因和改进措施', 'deviation'],
  ['备注', 'remark'],
  ['序号', 'serial'],
  ['单位编码', 'unitCode'],
  ['单位代码', 'unitCode'],
  ['单位及项目名称', 'projectName'],
  ['单位(项目)名称', 'projectName'],
  ['项目名称', 'projectName'],
  ['金额', 'amount'],
  ['金额(万元)', 'amount'],
  ['项目金额', 'amount'],
  ['预算金额', 'amount'],
  ['绩效目标', 'goals'],
  ['年度绩效目标', 'goals'],
  ['绩效指标', 'indicators'],
  ['任务名称', 'taskName'],
  ['主要内容', 'taskContent'],
  ['总额', 'amountTotal'],
  ['财政拨款', 'amountFiscal'],
  ['其他资金', 'amountOther'],
];

/** Roles that make a row an indicator-grid header when at least two of them appear. */
export const INDICATOR_GRID_ROLES: ReadonlySet<ColumnRole> = new Set(['level1', 'level2', 'name', 'target', 'actual', 'basis', 'weight']);
/** Roles that make a row a project-list header (one row per project). */
export const PROJECT_LIST_ROLES: ReadonlySet<ColumnRole> = new Set(['unitCode', 'projectName', 'amount', 'goals', 'indicators']);
/** Roles that make a row a department task-table header. */
export const TASK_TABLE_ROLES: ReadonlySet<ColumnRole> = new Set(['taskName', 'taskContent', 'amount']);
