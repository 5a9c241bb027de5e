import { describe, expect, it } from 'vitest';
import { buildProjectViews } from './layouts';
import { flattenView } from './flatten-view';
import { readBackProject } from './read-back-project';
import type { LayoutId } from './layout-view';
import type { Project } from '../model/project';
import { ALL_PROJECTS, DISPATCH_004, PARTY_000, PROPAGANDA_000, RESIDENTS_002 } from './fixtures/sample-projects';

function gridOf(layoutId: LayoutId, project: Project): string[][] {
  const flat = flattenView(buildProjectViews(layoutId, [project])[0]!);
  const grid = Array.from({ length: flat.rowCount }, () => Array<string>(flat.columnCount).fill(''));
  for (const c of flat.cells) grid[c.row]![c.col] = c.cell.text;
  return grid;
}

describe('readBackProject', () => {
  it.each(['declaration-000', 'target-table-002', 'target-table-004'] as const)('returns the stored project unchanged from an unedited %s grid', (layoutId) => {
    for (const p of ALL_PROJECTS) {
      const r = readBackProject(p, layoutId, gridOf(layoutId, p));
      expect(r.changes, `${layoutId} ${p.name}`).toEqual([]);
      expect(r.project).toBe(p);
    }
  });

  it('keeps fen precision when the printed 万元 amount is unchanged', () => {
    const r = readBackProject(PARTY_000, 'declaration-000', gridOf('declaration-000', PARTY_000));
    expect(r.project.funds.total).toBe(7_548_108);
  });

  it('reads a changed value, a changed amount and a row added inside a category', () => {
    const grid = gridOf('declaration-000', PROPAGANDA_000);
    const find = (text: string): [number, number] => {
      const r = grid.findIndex((row) => row.includes(text));
      return [r, grid[r]!.indexOf(text)];
    };
    const [vr, vc] = find('≥8万册');
    grid[vr]![vc] = '≥10万册';
    const [fr, fc] = find('55.00');
    grid[fr]![fc] = '60';
    const [qr, qc] = find('局宣传视频条数');
    grid.splice(qr + 1, 0, ['', '', '', '宣传海报张贴', '', '≥200张']);
    expect(qc).toBe(3);
    const r = readBackProject(PROPAGANDA_000, 'declaration-000', grid);
    expect(r.issues).toEqual([]);
    expect(r.changes.map((c) => [c.kind, c.path, c.after])).toEqual([
      ['changed', 'funds.total', '60'],
      ['changed', 'indicators[0].targetText', '≥10万册'],
      ['added', 'indicators[2]', '宣传海报张贴 ≥200张'],
    ]);
    expect(r.project.funds.total).toBe(60_000_000);
    expect(r.project.indicators[0]).toMatchObject({ targetText: '≥10万册', target: { op: '>=', value: 100000 } });
    expect(r.project.indicators[2]).toMatchObject({ level1: 'output', level2: 'quantity', name: '宣传海报张贴', targetText: '≥200张' });
    expect(r.project.indicators).toHaveLength(PROPAGANDA_000.indicators.length + 1);
  });

  it('reads 002 scoring columns and 004 spending plan edits', () => {
    const g2 = gridOf('target-table-002', RESIDENTS_002);
    const r2 = g2.findIndex((row) => row.includes('参保人员满意度'));
    const w = g2[r2]!.indexOf('10');
    g2[r2]![w] = '12';
    const r = readBackProject(RESIDENTS_002, 'target-table-002', g2);
    expect(r.changes.map((c) => c.path)).toEqual(['indicators[7].weight']);
    expect(r.project.indicators[7]!.weight).toBe(12);

    const g4 = gridOf('target-table-004', DISPATCH_004);
    const pr = g4.findIndex((row) => row.includes('25%'));
    g4[pr]![g4[pr]!.indexOf('25%')] = '30%';
    const r4 = readBackProject(DISPATCH_004, 'target-table-004', g4);
    expect(r4.changes.map((c) => c.path)).toEqual(['spendingPlan.3']);
    expect(r4.project.spendingPlan[0]).toEqual({ month: 3, percent: 30 });
  });

  it('reports an emptied indicator row as removed and a bad amount as an issue', () => {
    const grid = gridOf('declaration-000', PROPAGANDA_000);
    const r0 = grid.findIndex((row) => row.includes('群众满意度'));
    grid[r0] = grid[r0]!.map((s, i) => (i >= 3 ? '' : s));
    const fr = grid.findIndex((row) => row.includes('55.00'));
    grid[fr]![grid[fr]!.indexOf('55.00')] = '五十五';
    const r = readBackProject(PROPAGANDA_000, 'declaration-000', grid);
    expect(r.changes).toEqual([expect.objectContaining({ kind: 'removed', path: 'indicators[16]' })]);
    expect(r.issues[0]).toMatchObject({ code: 'invalid-cell', severity: 'error' });
    expect(r.project.funds.total).toBe(55_000_000);
  });
});
