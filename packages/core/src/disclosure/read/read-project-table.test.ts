import { describe, expect, it } from 'vitest';
import { readProjectTable } from './read-project-table';

const row = (line: number, ...cells: string[]) => ({ cells, loc: { line } });

describe('readProjectTable', () => {
  it('rebuilds the levels from the sums, preferring a uniform depth', () => {
    const t = readProjectTable([
      row(1, '单位编码', '单位（项目）名称', '项目金额', '项目简介'),
      row(2, '', '合计', '30.00', ''),
      row(3, '001', '某单位', '30.00', ''),
      row(4, '', '专用项目', '30.00', ''),
      row(5, '', '甲', '10.00', ''),
      row(6, '', '甲', '10.00', ''),
      row(7, '', '乙', '20.00', ''),
      row(8, '', '乙一', '5.00', ''),
      row(9, '', '乙二', '15.00', ''),
    ])!;
    expect(t.treeCloses).toBe(true);
    expect(t.units[0]!.children[0]!.children.map((c) => [c.name, c.children.map((x) => x.name)])).toEqual([
      ['甲', ['甲']],
      ['乙', ['乙一', '乙二']],
    ]);
  });
  it('says so when the rows cannot close', () => {
    const t = readProjectTable([row(1, '单位编码', '单位（项目）名称', '项目金额'), row(2, '001', '某单位', '30.00'), row(3, '', '甲', '10.00'), row(4, '', '乙', '10.00')])!;
    expect(t.treeCloses).toBe(false);
  });
});
