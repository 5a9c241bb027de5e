import { describe, expect, it } from 'vitest';
import { buildTestProject } from '../build-test-project';
import { buildProjectFacts } from '../project-facts';
import { DEFAULT_RULE_PROFILE } from '../rule-profile';
import { copiedGoals, fingerprintGoals } from './copied-goals';

const run = (ps: ReturnType<typeof buildTestProject>[]) => copiedGoals.check({ facts: ps.map((p, i) => buildProjectFacts(p, i)), profile: DEFAULT_RULE_PROFILE });

describe('copied-goals', () => {
  it('reports the sample problem', () => {
    const f = run([buildTestProject({ name: '机动经费', totalWan: 39, goals: ['明确机动经费使用范围', '简化机动经费使用流程', '实现项目预算管理, 调剂用于基本支出', '弥补公用经费不足。'] }), buildTestProject({ name: '预算执行绩效考核奖', totalWan: 22, goals: ['明确机动经费使用范围', '简化机动经费使用流程', '实现项目预算管理, 调剂用于基本支出', '弥补公用经费不足。'] })]);
    expect(f).toHaveLength(2); expect(f[1]?.evidence.sameAs).toEqual(['机动经费']);
  });

  it('does not report same-name projects split by funding source', () => {
    expect(run([buildTestProject({ name: '城乡居民基本医疗保险', totalWan: 18278, goals: ['巩固参保率, 完善全覆盖的参保机制。', '稳步提高保障水平, 不断提高群众的满意度。'] }), buildTestProject({ name: '城乡居民基本医疗保险', totalWan: 1870, goals: ['巩固参保率, 完善全覆盖的参保机制。', '稳步提高保障水平, 不断提高群众的满意度。'] })])).toEqual([]);
  });

  it('fingerprints goals without numbering, digits, spaces and punctuation', () => {
    expect(fingerprintGoals('目标1：明确机动经费使用范围；\n目标内容2: 简化使用流程。')).toBe('明确机动经费使用范围简化使用流程');
    expect(fingerprintGoals('（一）2024年完成\u3000参保\u2003登记，目')).toBe('一年完成参保登记目');
    expect(fingerprintGoals('目标目标内容目标')).toBe('');
    expect(fingerprintGoals('提高群众满意度')).toBe('提高群众满意度');
    // Longer than one String.fromCharCode chunk.
    const long = '目标1：提高医保服务水平，'.repeat(2000);
    expect(fingerprintGoals(long)).toBe('提高医保服务水平'.repeat(2000));
  });
});
