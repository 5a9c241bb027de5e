import { describe, expect, it } from 'vitest';
import { buildTestProject } from '../build-test-project';
import { buildProjectFacts } from '../project-facts';
import { DEFAULT_RULE_PROFILE } from '../rule-profile';
import { costItemsVsFunds } from './cost-items-vs-funds';

const run = (p: ReturnType<typeof buildTestProject>) => costItemsVsFunds.check({ facts: buildProjectFacts(p, 0), profile: DEFAULT_RULE_PROFILE });

describe('cost-items-vs-funds', () => {
  it('reports the sample problem', () => {
    const f = run(buildTestProject({ name: '医保档案管理', totalWan: 20, indicators: [['output', 'cost', '档案室租赁费', '8万元'], ['output', 'cost', '购置办用品及耗材', '5万元']] }));
    expect(f.length).toBeGreaterThan(0);
    expect(f[0]?.rule).toBe('cost-items-vs-funds');
    expect(f[0]?.evidence.differenceYuan).toBe(70000);
  });

  it('accepts the correct sample', () => {
    expect(run(buildTestProject({ name: '医疗保障政策宣传费', totalWan: 55, indicators: [['output', 'cost', '宣传品', '10万元'], ['output', 'cost', '宣传册、明白卡', '15万元'], ['output', 'cost', '局宣传视频', '5万元'], ['output', 'cost', '医保政策短视频', '2万元'], ['output', 'cost', '打击欺诈骗保行为专项行动启动仪式', '9万元'], ['output', 'cost', '户外广告投放(出租车顶灯)', '14万元']] }))).toEqual([]);
  });
});
