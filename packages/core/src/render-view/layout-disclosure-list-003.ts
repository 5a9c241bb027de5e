import { sumFen } from '../model/money';
import type { Project } from '../model/project';
import type { LayoutView, ViewCell, ViewRow } from './layout-view';
import { groupIndicators } from './group-indicators';
import { formatIndicatorOutline } from './format-indicator-outline';
import { formatWanCell } from './field-text';
import { resolveProfile, type LayoutOptions } from './layout-options';

const label = (text: string): ViewCell => ({ text, label: true, align: 'center' });

interface UnitGroup {
  readonly code: string;
  readonly name: string;
  readonly projects: Project[];
}

function groupBy<K>(items: readonly Project[], keyOf: (p: Project) => K): Map<K, Project[]> {
  const map = new Map<K, Project[]>();
  for (const p of items) map.set(keyOf(p), [...(map.get(keyOf(p)) ?? []), p]);
  return map;
}

/**
 * 部门预算项目支出绩效目标公开表 (sample 003, 门源县): one row per project under its department and
 * unit code rows with their subtotals; goals and the indicator outline inside one cell each.
 */
export function layoutDisclosureList003(projects: readonly Project[], opts: LayoutOptions = {}): LayoutView {
  const rows: ViewRow[] = [{ kind: 'header', cells: [label('单位编码'), label('单位及项目名称'), label('金额（万元）'), label('绩效目标'), label('绩效指标')] }];
  const subtotal = (code: string, name: string, list: readonly Project[], kind: 'subtotal' | 'unit'): ViewRow => ({
    kind,
    keepTogether: `${kind}:${code}:${name}`,
    cells: [
      { text: code, align: 'left' },
      { text: name, align: 'left', bold: true },
      { text: formatWanCell(sumFen(list.map((p) => p.funds.total))), align: 'right' },
      { text: '' },
      { text: '' },
    ],
  });
  for (const [deptCode, deptProjects] of groupBy(projects, (p) => p.departmentCode ?? '')) {
    const first = deptProjects[0];
    if (deptCode && first) rows.push(subtotal(deptCode, first.department ?? first.unit ?? '', deptProjects, 'subtotal'));
    const units: UnitGroup[] = [...groupBy(deptProjects, (p) => `${p.unitCode ?? ''}\u0000${p.unit ?? ''}`).values()].map((list) => ({
      code: list[0]?.unitCode ?? '',
      name: list[0]?.unit ?? '',
      projects: list,
    }));
    for (const unit of units) {
      if (unit.code || unit.name) rows.push(subtotal(unit.code, unit.name, unit.projects, 'unit'));
      unit.projects.forEach((p, i) => {
        const groups = groupIndicators(p.indicators, resolveProfile(p.indicators, opts), { includeEmpty: false });
        rows.push({
          kind: 'project',
          keepTogether: `project:${projects.indexOf(p)}`,
          cells: [
            { text: String(i + 1), align: 'center' },
            { text: p.name, align: 'left', bind: { scope: 'project', field: 'name' } },
            { text: formatWanCell(p.funds.total), align: 'right', bind: { scope: 'project', field: 'funds.total' } },
            { text: p.goals.join('\n'), align: 'left', bind: { scope: 'project', field: 'goals' } },
            { text: formatIndicatorOutline(groups), align: 'left' },
          ],
        });
      });
    }
  }
  const first = projects[0];
  const year = first?.fiscalYear ?? opts.fiscalYear;
  const issuer = first?.department ?? first?.unit ?? '';
  return {
    layoutId: 'disclosure-list-003',
    name: '项目支出绩效目标公开表',
    title: `${issuer}${year ? `${year}年` : ''}部门预算项目支出绩效目标公开表`,
    subtitles: [],
    meta: [{ left: '', right: '单位：万元' }],
    columns: [{ width: 9 }, { width: 18 }, { width: 10 }, { width: 42 }, { width: 50 }],
    blocks: [{ id: 'list', headerRows: 1, rows }],
    orientation: 'landscape',
    source: { kind: 'project-list', projects },
  };
}
