import { describe, expect, it } from 'vitest';
import { TRADITIONAL_TO_SIMPLIFIED, toSimplified } from './to-simplified';

const VOCABULARY: ReadonlyArray<readonly [string, string]> = [
  ['績效', '绩效'], ['指標', '指标'], ['產出', '产出'], ['數量', '数量'], ['質量', '质量'], ['時效', '时效'], ['成本', '成本'],
  ['效益', '效益'], ['經濟', '经济'], ['社會', '社会'], ['生態', '生态'], ['環境', '环境'], ['可持續', '可持续'], ['影響', '影响'],
  ['滿意度', '满意度'], ['服務', '服务'], ['對象', '对象'], ['項目', '项目'], ['資金', '资金'], ['預算', '预算'], ['財政', '财政'],
  ['撥款', '拨款'], ['單位', '单位'], ['實施', '实施'], ['年度', '年度'], ['總體', '总体'], ['目標', '目标'], ['計劃', '计划'],
  ['標準', '标准'], ['設置', '设置'], ['依據', '依据'], ['權重', '权重'], ['規則', '规则'], ['佐證', '佐证'], ['資料', '资料'],
  ['醫療', '医疗'], ['保險', '保险'], ['門診', '门诊'], ['報銷', '报销'], ['覆蓋', '覆盖'], ['率', '率'], ['人數', '人数'],
  ['次數', '次数'], ['萬', '万'], ['億', '亿'], ['元', '元'], ['個', '个'], ['處', '处'], ['辦', '办'], ['費', '费'], ['補助', '补助'],
  ['發放', '发放'], ['維護', '维护'], ['網絡', '网络'], ['系統', '系统'], ['宣傳', '宣传'], ['監管', '监管'], ['開展', '开展'],
  ['完成', '完成'], ['實際', '实际'], ['得分', '得分'], ['偏差', '偏差'], ['原因', '原因'], ['分析', '分析'], ['改進', '改进'],
  ['措施', '措施'], ['執行', '执行'], ['全年', '全年'], ['數', '数'], ['宣傳冊', '宣传册'], ['參保', '参保'], ['醫療保障局', '医疗保障局'],
];

describe('toSimplified', () => {
  it.each(VOCABULARY)('%s → %s', (traditional, simplified) => {
    expect(toSimplified(traditional)).toBe(simplified);
  });

  it('folds a whole traditional heading and leaves other text alone', () => {
    expect(toSimplified('績效指標 產出指標 數量指標 滿意度 項目資金 ≥95%')).toBe('绩效指标 产出指标 数量指标 满意度 项目资金 ≥95%');
    const simplified = '城乡居民基本医疗保险参保率≥95%';
    expect(toSimplified(simplified)).toBe(simplified);
  });

  it('is a table of a few hundred one-character pairs that never map to themselves or chain', () => {
    expect(TRADITIONAL_TO_SIMPLIFIED.size).toBeGreaterThan(300);
    for (const [traditional, simplified] of TRADITIONAL_TO_SIMPLIFIED) {
      expect([...traditional]).toHaveLength(1);
      expect([...simplified]).toHaveLength(1);
      expect(simplified).not.toBe(traditional);
      expect(TRADITIONAL_TO_SIMPLIFIED.has(simplified)).toBe(false);
    }
  });
});
