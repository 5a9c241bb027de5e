/**
 * A small 项目支出绩效自评表 (tab-separated text, the layout of fixtures/self-evaluation/conforming.txt) for the project
 * of `makeProject(name)`: 培训人次 ≥100人次 with 120人次, 参保群众满意度 ≥90% with 92%, printed scores and total.
 */
export function makeSelfEvaluationForm(name: string): Buffer {
  const lines = [
    '项目支出绩效自评表',
    '（2024年度）',
    `项目名称\t\t${name}`,
    '主管部门\t\t甲预算单位\t\t\t实施单位\t甲预算单位',
    '项目资金（万元）\t\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
    '\t\t年度资金总额\t1\t1\t0.95\t10\t95%\t9.5',
    '绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
    '\t产出指标\t数量指标\t培训人次\t≥100人次\t120人次\t20\t20',
    '\t满意度指标\t服务对象满意度指标\t参保群众满意度\t≥90%\t92%\t10\t10',
    '总分\t\t\t\t\t\t40\t39.5',
  ];
  return Buffer.from(`${lines.join('\n')}\n`, 'utf8');
}
