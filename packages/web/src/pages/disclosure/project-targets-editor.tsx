import { Button, Input, Select, Table, Typography } from 'antd';
import { FISCAL_SOURCES, formatYuan, type BudgetProject, type DepartmentBudget, type ProjectTargetRef, type TargetIndicatorRow } from '@jixiao/core';
import { useI18n } from '../../i18n/i18n-context';
import { YuanField } from './yuan-field';

export interface ProjectTargetsEditorProps {
  readonly budget: DepartmentBudget;
  readonly readOnly: boolean;
  readonly onChange: (budget: DepartmentBudget) => void;
  /** Changes when a budget is loaded from the server, to reset the free-text fields. */
  readonly resetKey: number;
}

/** Indicators as text, one a line: 一级指标/二级指标/指标内容/指标值[/备注]. */
export function indicatorsToText(rows: readonly TargetIndicatorRow[]): string {
  return rows.map((r) => [r.level1, r.level2, r.name, r.value, ...(r.note ? [r.note] : [])].join('/')).join('\n');
}

/** Parses the indicator lines (separators / ｜ | or tab); a line with fewer than four parts keeps what it has. */
export function textToIndicators(text: string): TargetIndicatorRow[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const [level1 = '', level2 = '', name = '', value = '', ...note] = line.split(/\s*[/｜|\t]\s*/);
      return { level1, level2, name, value, note: note.join('/') };
    });
}

/** The amounts of a project's lines: total and 财政拨款 (一般公共预算, 政府性基金, 国有资本经营). */
function projectAmounts(budget: DepartmentBudget, name: string): { total: number; fiscal: number } {
  const lines = budget.lines.filter((l) => l.kind === 'project' && l.projectName === name);
  const fiscal = lines.filter((l) => (FISCAL_SOURCES as readonly string[]).includes(l.source)).reduce((s, l) => s + l.amount, 0);
  return { total: lines.reduce((s, l) => s + l.amount, 0), fiscal };
}

/** 专项业务经费 (表10) and their 绩效目标 (表14): description, goal, indicators and the target's amounts. */
export function ProjectTargetsEditor({ budget, readOnly, onChange, resetKey }: ProjectTargetsEditorProps) {
  const { t } = useI18n();
  const targetOf = (name: string) => budget.projectTargets.find((x) => x.projectName === name) ?? null;
  const setProject = (index: number, patch: Partial<BudgetProject>) => {
    const before = budget.projects[index]!;
    const projects = budget.projects.map((p, i) => (i === index ? { ...p, ...patch } : p));
    // A renamed project takes its lines and target with it.
    const renamed = patch.name !== undefined && patch.name !== before.name;
    onChange({
      ...budget,
      projects,
      lines: renamed ? budget.lines.map((l) => (l.projectName === before.name ? { ...l, projectName: patch.name as string } : l)) : budget.lines,
      projectTargets: renamed ? budget.projectTargets.map((x) => (x.projectName === before.name ? { ...x, projectName: patch.name as string } : x)) : budget.projectTargets,
    });
  };
  const setTarget = (name: string, patch: Partial<ProjectTargetRef>) => {
    const existing = targetOf(name);
    const amounts = projectAmounts(budget, name);
    const next: ProjectTargetRef = { ...(existing ?? { targetId: null, projectName: name, department: budget.department.name, total: amounts.total, fiscal: amounts.fiscal, other: null, goal: '', indicators: [] }), ...patch };
    onChange({ ...budget, projectTargets: existing ? budget.projectTargets.map((x) => (x.projectName === name ? next : x)) : [...budget.projectTargets, next] });
  };
  const missing = [...new Set(budget.lines.filter((l) => l.kind === 'project' && l.projectName).map((l) => l.projectName as string))].filter((n) => !budget.projects.some((p) => p.name === n));
  const addMissing = () =>
    onChange({
      ...budget,
      projects: [...budget.projects, ...missing.map((name) => ({ name, unitCode: budget.lines.find((l) => l.projectName === name)?.unitCode ?? budget.units[0]?.code ?? '', category: '专用项目', group: null, summary: null }))],
    });
  const syncAmounts = () =>
    onChange({ ...budget, projectTargets: budget.projectTargets.map((x) => ({ ...x, ...projectAmounts(budget, x.projectName), department: x.department || budget.department.name })) });
  const variant = readOnly ? 'borderless' : 'outlined';
  return (
    <div className="jx-project-targets">
      {!readOnly && (
        <div style={{ marginBottom: 6, display: 'flex', gap: 8, alignItems: 'center' }}>
          <Button size="small" disabled={missing.length === 0} onClick={addMissing}>
            {t('disclosure.projects.addMissing', { count: missing.length })}
          </Button>
          <Button size="small" disabled={budget.projectTargets.length === 0} onClick={syncAmounts}>
            {t('disclosure.projects.syncAmounts')}
          </Button>
          <Typography.Text type="secondary">{t('disclosure.projects.hint')}</Typography.Text>
        </div>
      )}
      <Table<BudgetProject>
        className="jx-dense-table"
        aria-label={t('disclosure.tab.projects')}
        size="small"
        bordered
        pagination={false}
        rowKey={(_, i) => String(i)}
        dataSource={[...budget.projects]}
        locale={{ emptyText: t('disclosure.projects.none') }}
        columns={[
          { title: t('disclosure.col.project'), width: 160, render: (_, p, i) => <Input size="small" aria-label={`${t('disclosure.col.project')} ${i + 1}`} readOnly={readOnly} variant={variant} value={p.name} onChange={(e) => setProject(i, { name: e.target.value })} /> },
          {
            title: t('disclosure.col.unit'),
            width: 140,
            render: (_, p, i) => <Select size="small" style={{ width: '100%' }} aria-label={`${t('disclosure.col.unit')} ${i + 1}`} disabled={readOnly} value={p.unitCode || undefined} onChange={(v: string) => setProject(i, { unitCode: v })} options={budget.units.map((u) => ({ value: u.code, label: `${u.code} ${u.name}` }))} />,
          },
          { title: t('disclosure.projects.category'), width: 100, render: (_, p, i) => <Input size="small" aria-label={`${t('disclosure.projects.category')} ${i + 1}`} readOnly={readOnly} variant={variant} value={p.category} onChange={(e) => setProject(i, { category: e.target.value })} /> },
          { title: t('disclosure.projects.summary'), width: 200, render: (_, p, i) => <Input.TextArea key={`s-${resetKey}`} autoSize={{ minRows: 1, maxRows: 4 }} aria-label={`${t('disclosure.projects.summary')} ${i + 1}`} readOnly={readOnly} defaultValue={p.summary ?? ''} onBlur={(e) => setProject(i, { summary: e.target.value.trim() || null })} /> },
          {
            title: t('disclosure.projects.linesTotal'),
            width: 110,
            render: (_, p) => <span className="num">{formatYuan(projectAmounts(budget, p.name).total)}</span>,
          },
          {
            title: t('disclosure.projects.targetTotal'),
            width: 120,
            render: (_, p) => (
              <YuanField fen={targetOf(p.name)?.total ?? null} readOnly={readOnly} label={`${p.name} ${t('disclosure.projects.targetTotal')}`} invalidText={t('disclosure.line.badAmount')} onChange={(fen) => setTarget(p.name, { total: fen ?? 0 })} />
            ),
          },
          { title: t('disclosure.projects.goal'), width: 220, render: (_, p) => <Input.TextArea key={`g-${resetKey}`} autoSize={{ minRows: 1, maxRows: 4 }} aria-label={`${p.name} ${t('disclosure.projects.goal')}`} readOnly={readOnly} defaultValue={targetOf(p.name)?.goal ?? ''} onBlur={(e) => setTarget(p.name, { goal: e.target.value.trim() })} /> },
          {
            title: t('disclosure.projects.indicators'),
            render: (_, p) => (
              <Input.TextArea
                key={`i-${resetKey}`}
                autoSize={{ minRows: 2, maxRows: 8 }}
                aria-label={`${p.name} ${t('disclosure.projects.indicators')}`}
                placeholder="产出指标/数量指标/经办业务笔数/≥20000笔"
                readOnly={readOnly}
                defaultValue={indicatorsToText(targetOf(p.name)?.indicators ?? [])}
                onBlur={(e) => setTarget(p.name, { indicators: textToIndicators(e.target.value) })}
              />
            ),
          },
          ...(readOnly
            ? []
            : [
                {
                  title: t('disclosure.col.actions'),
                  width: 56,
                  render: (_: unknown, p: BudgetProject, i: number) => (
                    <Button size="small" type="link" danger onClick={() => onChange({ ...budget, projects: budget.projects.filter((_p, j) => j !== i), projectTargets: budget.projectTargets.filter((x) => x.projectName !== p.name) })}>
                      {t('disclosure.line.remove')}
                    </Button>
                  ),
                },
              ]),
        ]}
      />
    </div>
  );
}
