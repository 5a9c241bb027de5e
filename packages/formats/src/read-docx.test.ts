import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocx } from './read-docx';

const fixture = (name: string): Uint8Array => readFileSync(new URL(`../../../fixtures/formats/${name}`, import.meta.url));

describe('readDocx', () => {
  it('reads paragraphs and tables of the 000 declaration forms in document order', async () => {
    const doc = await readDocx(fixture('000-declaration.docx'));
    expect(doc.format).toBe('docx');
    expect(doc.issues).toEqual([]);
    expect(doc.rows).toHaveLength(74);
    expect(doc.rows.slice(0, 4).map((r) => r.cells)).toEqual([
      ['拉萨市部门项目支出预算绩效目标申报表'], ['（2024年度）'], ['填报日期：2023年8月31日'], ['填报人及联系电话：丁家毅 6569955'],
    ]);
    expect(doc.rows[0]?.loc).toEqual({ line: 1 });
    const titles = doc.rows.filter((r) => r.cells[0] === '拉萨市部门项目支出预算绩效目标申报表');
    expect(titles).toHaveLength(2);
  });

  it('gives a merged cell its text in the master position and "" under it', async () => {
    const doc = await readDocx(fixture('000-declaration.docx'));
    const first = doc.rows.findIndex((r) => r.cells[3] === '指标1：印制宣传册、明白卡');
    expect(doc.rows[first]?.cells).toEqual(['', '产出指标', '数量指标（必填）', '指标1：印制宣传册、明白卡', '≥8万册']);
    expect(doc.rows[first + 1]?.cells).toEqual(['', '', '', '指标2：局宣传视频条数', '1条']);
    expect(doc.rows[first]?.loc).toEqual({ cell: '表1 第9行第1列' });
    const funds = doc.rows.find((r) => r.cells[0] === '项目资金（万元）');
    expect(funds?.cells).toEqual(['项目资金（万元）', '年度资金总额：', '', '55', '']);
    const goals = doc.rows.find((r) => r.cells[0] === '年度总体目标');
    expect(goals?.cells[1]?.split('\n')).toHaveLength(2);
    expect(doc.rows.every((r) => r.cells.length === 1 || r.cells.length === 5)).toBe(true);
  });

  it('reports a truncated .docx as corrupt-file', async () => {
    const doc = await readDocx(fixture('truncated.docx'));
    expect(doc.rows).toEqual([]);
    expect(doc.issues.map((i) => i.code)).toEqual(['corrupt-file']);
  });
});
