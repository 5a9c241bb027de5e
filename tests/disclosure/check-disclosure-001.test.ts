import { beforeAll, describe, expect, it } from 'vitest';
import type { DisclosureCheckResult } from '../../packages/app/src/index';
import { DISCLOSURE_CHECKS } from '@jixiao/core';
import { CORRECTED_001, loadChecked, SAMPLE_001 } from './load-disclosure';

let sample: DisclosureCheckResult;
let corrected: DisclosureCheckResult;
beforeAll(async () => {
  [sample, corrected] = await Promise.all([loadChecked(SAMPLE_001), loadChecked(CORRECTED_001)]);
});

describe('checkDisclosure on 001', () => {
  it('registers one entry per check of disclosure-checks.md', () => {
    expect(DISCLOSURE_CHECKS.map((c) => c.clause)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    expect(new Set(DISCLOSURE_CHECKS.map((c) => c.id)).size).toBe(DISCLOSURE_CHECKS.length);
  });

  it('reports exactly the real inconsistencies, each with both numbers', () => {
    expect(sample.status).toBe('checked');
    expect(sample.messages).toEqual([]);
    const got = sample.findings.map((f) => ({ rule: f.rule, severity: f.severity, tables: f.tables, evidence: f.evidence }));
    expect(got).toEqual([
      // 表13 as printed does not balance (values sit in the wrong columns)
      { rule: 'three-public-sum', severity: 'error', tables: ['表13'], evidence: { block: '上年', item: '合计', amount: 384000, parts: 0, line: 636 } },
      { rule: 'three-public-sum', severity: 'error', tables: ['表13'], evidence: { block: '当年', item: '合计', amount: null, parts: 384000, line: 636 } },
      { rule: 'three-public-sum', severity: 'error', tables: ['表13'], evidence: { block: '当年', item: '“三公”小计', amount: 384000, parts: 336000, line: 636 } },
      // 表2 is absent, so 表1 cannot be chained to it (fail closed)
      { rule: 'summary-chain', severity: 'warning', tables: ['表1', '表2'], evidence: { cannotRun: true, missing: '缺少表2，无法与表1核对' } },
      // 表1 / 表4 put the 培训费 under 205 教育支出; 表5 keeps it in 210 卫生健康支出
      { rule: 'same-code-amount', severity: 'error', tables: ['表1', '表5'], evidence: { code: '205', name: '教育支出', 表1: 336000, 表5: null } },
      { rule: 'same-code-amount', severity: 'error', tables: ['表1', '表5'], evidence: { code: '210', name: '卫生健康支出', 表1: 467489532, 表5: 467825532 } },
      { rule: 'same-code-amount', severity: 'error', tables: ['表4', '表5'], evidence: { code: '205', name: '教育支出', 表4: 336000, 表5: null } },
      { rule: 'same-code-amount', severity: 'error', tables: ['表4', '表5'], evidence: { code: '210', name: '卫生健康支出', 表4: 467489532, 表5: 467825532 } },
      // 表13's 培训费 column is empty while 表6 has 30216 培训费 3,360.00; the 3,360.00 sits under 因公出国
      { rule: 'same-code-amount', severity: 'error', tables: ['表13', '表6'], evidence: { item: '培训费', codes: ['30216'], 表13: null, 表6: 336000 } },
      { rule: 'same-code-amount', severity: 'error', tables: ['表13', '表6'], evidence: { item: '因公出国（境）费用', codes: ['30212'], 表13: 336000, 表6: 0 } },
      // one project, two names
      { rule: 'project-targets', severity: 'warning', tables: ['表10', '表14-5'], evidence: { 表10: '医疗保险经办机构经费', amount: 69000000, target: '医疗保险经办中心经费' } },
      // 表15 tasks 265.90 / 9.31 against 人员经费 265.89 / 公用经费 9.32
      { rule: 'project-targets', severity: 'warning', tables: ['表15', '表5'], evidence: { task: '保障单位人员工资福利', 表15: '265.90', 表5: 265886809, 表5万元: '265.89' } },
      { rule: 'project-targets', severity: 'warning', tables: ['表15', '表5'], evidence: { task: '保障西安市莲湖区医疗保障局正常运转', 表15: '9.31', 表5: 9324685, 表5万元: '9.32' } },
      // the 302 line and the 502 line are the same money with different reasons
      { rule: 'yoy-reason', severity: 'error', tables: ['说明'], evidence: { deptCode: '302', govCode: '502', deptReason: '加大基金监管力度，加强医保专网安全投入', govReason: '单位新增人员', amount: '151.76', lines: [217, 234] } },
      { rule: 'template-tables', severity: 'error', tables: ['表2'], evidence: { table: '表2', title: '部门综合预算收入总表', listedInCatalogue: true, listedEmpty: false } },
      {
        rule: 'template-tables',
        severity: 'warning',
        tables: ['表3'],
        evidence: { table: '表3', expectedColumns: ['基本支出', '人员经费', '专项业务经费', '项目支出'], header: ['单位编码', '单位名称', '部门预算', '合计', '公共预算拨款', '政府性基金拨款', '事业收入', '事业单位经营收入', '对附属单位上缴收入', '上年实户资金余额', '其他收入', '上年结转'] },
      },
      { rule: 'template-tables', severity: 'error', tables: ['表11'], evidence: { table: '表11', title: '部门综合预算财政拨款结转资金支出表', listedInCatalogue: true, listedEmpty: true } },
      { rule: 'template-tables', severity: 'warning', tables: ['表15'], evidence: { table: '表15', title: '部门整体支出绩效目标表', line: 765 } },
      { rule: 'empty-table-note', severity: 'warning', tables: ['表16'], evidence: { table: '表16', reason: '不涉及' } },
    ]);
    for (const f of sample.findings) {
      expect(f.category).toBe('disclosure-mismatch');
      expect(f.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('finds the consistent figures consistent (机关运行经费, 政府采购, 绩效目标, 培训费, yoy rates)', () => {
    const rules = new Set(sample.findings.map((f) => f.rule));
    for (const rule of ['operating-costs', 'procurement-sum', 'narrative-vs-table', 'yoy-arithmetic', 'code-rollup', 'basic-chain', 'function-vs-economic', 'classification-codes']) expect(rules.has(rule)).toBe(false);
  });

  it('passes a corrected copy of 001 clean', () => {
    expect(corrected.status).toBe('checked');
    expect(corrected.findings).toEqual([]);
    expect(corrected.disclosure!.tables.map((t) => t.id)).toContain('表2');
    expect(corrected.disclosure!.narrative.figures).toHaveLength(44);
  });
});
