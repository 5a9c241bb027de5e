import { describe, expect, it } from 'vitest';
import { splitNameValue } from './split-name-value';

describe('splitNameValue (indicators written as one text, samples 003 and 004)', () => {
  it.each([
    ['离休干部人数 6人', '离休干部人数', '6人'],
    ['离休干部健康检查次数 ≥6次', '离休干部健康检查次数', '≥6次'],
    ['医疗网络运维管理机制健全性 健全', '医疗网络运维管理机制健全性', '健全'],
    ['全民参保率达95%以上', '全民参保率', '达95%以上'],
    ['医药价格监管100%', '医药价格监管', '100%'],
    ['印制宣传册≥8万册', '印制宣传册', '≥8万册'],
    ['2022年虚报参保人数0人', '2022年虚报参保人数', '0人'],
    ['县本级医疗网络运维成本 ≤750元/月', '县本级医疗网络运维成本', '≤750元/月'],
  ])('%s', (text, name, value) => {
    expect(splitNameValue(text)).toEqual({ name, value });
  });
  it('keeps a text without a value as the name', () => {
    expect(splitNameValue('保障相关人员的基本生活')).toEqual({ name: '保障相关人员的基本生活', value: null });
  });
});
