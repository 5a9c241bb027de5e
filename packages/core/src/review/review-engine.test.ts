import { describe, expect, it } from 'vitest';
import xizang from './profiles/xizang-2024.json';
import { buildTestProject } from './build-test-project';
import { gradeFindings } from './grade-findings';
import { parseRuleProfile } from './parse-rule-profile';
import { reviewBatch } from './review-batch';
import { reviewProject } from './review-project';
import { DEFAULT_RULE_PROFILE } from './rule-profile';
import { FINDING_CATEGORIES } from './finding';
import { REVIEW_RULES } from './rule-registry';

describe('rule registry', () => {
  it('has unique ids, known categories and complete documentation', () => {
    const ids = new Set(REVIEW_RULES.map((r) => r.id));
    expect(ids.size).toBe(REVIEW_RULES.length);
    for (const r of REVIEW_RULES) {
      expect(FINDING_CATEGORIES).toContain(r.category);
      expect(r.source).toMatch(/R-[A-Z]+-\d\d/);
      expect(r.example.sample).toMatch(/^00\d_/);
      expect(r.why.length).toBeGreaterThan(10);
    }
  });
});

describe('parseRuleProfile', () => {
  it('accepts the Xizang 2024 profile', () => {
    const r = parseRuleProfile(xizang, REVIEW_RULES.map((x) => x.id));
    expect(r.errors).toEqual([]);
    expect(r.profile?.mandatory).toContain('sustainability');
  });

  it('reports errors in Chinese', () => {
    const r = parseRuleProfile('{"id":"Bad Id","region":"","mandatory":["cost","foo"],"dimensionWeights":{"完整性":30,"相关性":25,"适当性":25,"可行性":10},"enabledRules":["no-such-rule"]}', REVIEW_RULES.map((x) => x.id));
    expect(r.profile).toBeNull();
    expect(r.errors.join('\n')).toMatch(/id 必须/);
    expect(r.errors.join('\n')).toMatch(/“foo”不是二级指标代码/);
    expect(r.errors.join('\n')).toMatch(/之和必须为 100，现为 90/);
    expect(r.errors.join('\n')).toMatch(/“no-such-rule”不是已注册的规则编号/);
  });
});

describe('grading', () => {
  it('caps a blocking error at 中 (000 举报奖励资金)', () => {
    const review = reviewProject(
      buildTestProject({ name: '举报奖励资金', totalWan: 2, period: '2024年', goals: ['申请市级资金 10万元, 用于支付举报人的奖金, 有效打击欺诈骗保行为'], indicators: [['output', 'quantity', '举报行为', '≥10例'], ['output', 'quality', '举报合法合规性', '=100%'], ['output', 'timeliness', '核实后奖励发放时限', '≤30天'], ['output', 'cost', '举报奖励', '≤2万元'], ['outcome', 'socialBenefit', '医保基金监管', '加强'], ['satisfaction', 'serviceSatisfaction', '参保群众满意度', '≥95%']] }),
    );
    expect(review.findings.map((f) => f.rule)).toEqual(['goal-amount-mismatch']);
    expect(review.score).toBe(92);
    expect(review.grade).toBe('fair');
  });

  it('uses the profile bands', () => {
    expect(gradeFindings([], DEFAULT_RULE_PROFILE)).toMatchObject({ score: 100, grade: 'excellent', capped: false });
  });
});

describe('reviewBatch', () => {
  it('puts batch findings on the project they concern', () => {
    const goals = ['明确机动经费使用范围', '简化机动经费使用流程', '弥补公用经费不足。'];
    const r = reviewBatch([buildTestProject({ name: '机动经费', totalWan: 39, goals }), buildTestProject({ name: '预算执行绩效考核奖', totalWan: 22, goals })]);
    expect(r.projects[1]?.findings.some((f) => f.rule === 'copied-goals')).toBe(true);
  });
});
