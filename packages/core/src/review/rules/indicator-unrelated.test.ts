import { describe, expect, it } from 'vitest';
import { buildTestProject } from '../build-test-project';
import { buildProjectFacts } from '../project-facts';
import { DEFAULT_RULE_PROFILE } from '../rule-profile';
import { indicatorUnrelated } from './indicator-unrelated';

const run = (p: ReturnType<typeof buildTestProject>) => indicatorUnrelated.check({ facts: buildProjectFacts(p, 0), profile: DEFAULT_RULE_PROFILE });

describe('indicator-unrelated', () => {
  it('reports the sample problem', () => {
    const f = run(buildTestProject({ name: '医疗服务保障能力提升经费', totalWan: 360, goals: ['提升医保信息化水平, 加强网络信息安全, 基础实施等方面建设, 切实保障医保信息系统高效安全运行。', '加快推进医保支付方式改革和DRG试点工作。'], indicators: [['output', 'quantity', '召开市级新闻发布会、政策吹风会次数', '≥2次']] }));
    expect(f.length).toBeGreaterThan(0);
    expect(f[0]?.rule).toBe('indicator-unrelated');
    expect(f[0]?.evidence.share).toBeLessThan(0.1);
  });

  it('accepts the correct sample', () => {
    expect(run(buildTestProject({ name: '医疗保障政策宣传费', totalWan: 55, goals: ['通过印制宣传册、宣传品、制作宣传视频、广告投放等形式, 广泛宣传医保政策。'], indicators: [['output', 'quantity', '印制宣传册、明白卡', '≥8万册'], ['output', 'quantity', '局宣传视频条数', '1条']] }))).toEqual([]);
  });
});
