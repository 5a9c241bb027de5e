import { createFinding, locateIndicator, type ProjectRule } from '../review-rule';

const INPUT_NAMES = ['资金到位', '经费到位', '配套', '专款专用', '不超预算', '预算控制', '资金拨付', '拨付及时', '预算执行'];

export const inputAsOutputIndicator: ProjectRule = {
  id: 'input-as-output-indicator',
  appliesTo: 'project',
  category: 'input-as-output',
  severity: 'info',
  dimension: '相关性',
  blocking: false,
  title: '产出指标衡量的是资金投入',
  why: '数量、质量、时效指标应衡量项目提供的产出；“资金到位率”“资金拨付及时率”衡量的是资金投入和过程，不是产出。全部产出指标都是此类时按警告报告。',
  source: 'R-TGT-04, R-IND-02',
  example: { text: '质量指标　资金到位率　资金到位率　100%', sample: '004_b5b5933a0db36905.txt · 城乡医疗救助住院及门诊救助' },
  fix: '换成衡量服务对象、服务数量和质量的指标（如救助人次、报销准确率）。',
  check({ facts }) {
    const outputs = facts.indicators.filter((t) => t.level2 === 'quantity' || t.level2 === 'quality' || t.level2 === 'timeliness');
    const inputs = outputs.filter((t) => INPUT_NAMES.some((w) => t.name.includes(w)));
    if (inputs.length === 0) return [];
    const all = inputs.length === outputs.length;
    return inputs.map((t) =>
      createFinding(this, {
        message: `产出指标“${t.name}”衡量的是资金投入或拨付过程，不是项目产出${all ? '；全部产出指标都是此类' : ''}。`,
        suggestion: '请换成衡量服务对象、数量和质量的产出指标。',
        location: locateIndicator(facts.index, t.index, 'name'),
        evidence: { indicator: t.name, value: t.valueText, outputIndicators: outputs.length, inputIndicators: inputs.length },
        severity: all ? 'warning' : 'info',
      }),
    );
  },
};
