import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { Button, Input, Select, Tooltip } from 'antd';
import type { Project, ScoringRule } from '@jixiao/core';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/zh-CN';
import type { ProjectEditor } from './use-project-editor';
import { groupIndicatorRows, insertPosition, type CategoryRows, type Level1Group } from './group-indicator-rows';
import { ValueHint } from './value-hint';

const SCORING_RULES: readonly ScoringRule[] = ['proportional', 'binary', 'graded', 'satisfaction'];
/** Columns reachable with ↑/↓/Enter, in visual order. */
type Col = 'name' | 'target' | 'description' | 'basis' | 'weight';

interface GridRow {
  readonly group: Level1Group;
  readonly category: CategoryRows;
  readonly index: number | null;
  readonly n: number;
  readonly level1Span: number;
  readonly categorySpan: number;
}

function layoutRows(groups: readonly Level1Group[]): GridRow[] {
  const rows: GridRow[] = [];
  for (const group of groups) {
    const level1Span = group.categories.reduce((s, c) => s + Math.max(1, c.indexes.length), 0);
    let firstInGroup = true;
    for (const category of group.categories) {
      const slots = category.indexes.length ? category.indexes : [null];
      slots.forEach((index, n) => {
        rows.push({ group, category, index, n: n + 1, level1Span: firstInGroup ? level1Span : 0, categorySpan: n === 0 ? slots.length : 0 });
        firstInGroup = false;
      });
    }
  }
  return rows;
}

export interface IndicatorGridProps {
  readonly project: Project;
  readonly editor: ProjectEditor;
  readonly readOnly: boolean;
  readonly showExtra: boolean;
  readonly showDescription: boolean;
  readonly activeIndex?: number | null;
  readonly commented?: ReadonlySet<number>;
  readonly onRowClick?: (index: number) => void;
}

/**
 * The indicator tree of the 申报表 (一级 → 二级 → 三级) as a keyboard-friendly grid: Tab between cells,
 * Enter/↓ and ↑ to the same cell of the next/previous row, Alt+↑/↓ moves the row within its category,
 * Ctrl+Enter adds a row below.
 */
export function IndicatorGrid({ project, editor, readOnly, showExtra, showDescription, activeIndex, commented, onRowClick }: IndicatorGridProps) {
  const { t } = useI18n();
  const groups = useMemo(() => groupIndicatorRows(project.indicators, project.categoryMarks), [project.indicators, project.categoryMarks]);
  const rows = useMemo(() => layoutRows(groups), [groups]);
  const keys = editor.state.keys;
  const pendingFocus = useRef<{ key: number; col: Col } | null>(null);

  useEffect(() => {
    const want = pendingFocus.current;
    if (!want) return;
    const index = keys.indexOf(want.key);
    pendingFocus.current = null;
    if (index >= 0) document.getElementById(`ind-${index}-${want.col}`)?.focus();
  });

  const catLabel = (c: CategoryRows) => (c.level2 ? t(`level2.${c.level2}` as MessageKey) : t('edit.uncategorised'));
  const level1Label = (g: Level1Group) => (g.level1 ? t(`level1.${g.level1}` as MessageKey) : t('edit.uncategorised'));
  const visualOrder = rows.filter((r) => r.index !== null).map((r) => r.index as number);

  const neighbour = (index: number, delta: -1 | 1): number | undefined => {
    const row = rows.find((r) => r.index === index);
    if (!row) return undefined;
    const pos = row.category.indexes.indexOf(index);
    return row.category.indexes[pos + delta];
  };
  const move = (index: number, delta: -1 | 1, col: Col | null) => {
    const other = neighbour(index, delta);
    if (other === undefined) return;
    const key = keys[index];
    if (col && key !== undefined) pendingFocus.current = { key, col };
    editor.swapIndicators(index, other);
  };
  const addTo = (category: CategoryRows, at?: number) => {
    const key = editor.insertIndicator(at ?? insertPosition(groups, category), category.level1, category.level2);
    pendingFocus.current = { key, col: 'name' };
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    const target = e.target as HTMLElement;
    const col = target.dataset['col'] as Col | undefined;
    const index = target.dataset['index'] === undefined ? NaN : Number(target.dataset['index']);
    if (!col || Number.isNaN(index) || target.tagName === 'TEXTAREA') return;
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      if (!readOnly) move(index, e.key === 'ArrowUp' ? -1 : 1, col);
      return;
    }
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      const row = rows.find((r) => r.index === index);
      if (row && !readOnly) addTo(row.category, index + 1);
      return;
    }
    if (e.key === 'Enter' || e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const pos = visualOrder.indexOf(index);
      const next = visualOrder[pos + (e.key === 'ArrowUp' ? -1 : 1)];
      if (next !== undefined) document.getElementById(`ind-${next}-${col}`)?.focus();
    }
  };

  const cellInput = (index: number, col: Col, value: string | null, label: string, onChange: (v: string) => void, extra?: { describedBy?: string; className?: string }) => (
    <Input
      id={`ind-${index}-${col}`}
      data-col={col}
      data-index={index}
      aria-label={label}
      aria-describedby={extra?.describedBy}
      className={extra?.className}
      value={value ?? ''}
      readOnly={readOnly}
      variant={readOnly ? 'borderless' : 'outlined'}
      onChange={(e) => onChange(e.target.value)}
    />
  );

  return (
    <div id="indicator-grid" tabIndex={-1} aria-label={t('edit.indicators')}>
      <table className="jx-form-table jx-grid">
        <colgroup>
          <col style={{ width: 72 }} />
          <col style={{ width: 96 }} />
          <col />
          <col style={{ width: '24%' }} />
          {showDescription && <col style={{ width: '16%' }} />}
          {showDescription && <col style={{ width: '10%' }} />}
          {showExtra && <col style={{ width: 64 }} />}
          {showExtra && <col style={{ width: 130 }} />}
          {!readOnly && <col style={{ width: 92 }} className="jx-no-print" />}
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('edit.col.level1')}</th>
            <th scope="col">{t('edit.col.level2')}</th>
            <th scope="col">{t('edit.col.name')}</th>
            <th scope="col">{t('edit.col.value')}</th>
            {showDescription && <th scope="col">{t('edit.col.description')}</th>}
            {showDescription && <th scope="col">{t('edit.col.basis')}</th>}
            {showExtra && <th scope="col">{t('edit.col.weight')}</th>}
            {showExtra && <th scope="col">{t('edit.col.scoring')}</th>}
            {!readOnly && (
              <th scope="col" className="jx-no-print">
                {t('edit.col.actions')}
              </th>
            )}
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {rows.map((row) => {
            const { index, category } = row;
            const ind = index === null ? null : project.indicators[index];
            const label = catLabel(category);
            const key = index === null ? `empty-${category.level2 ?? 'none'}` : String(keys[index] ?? `i${index}`);
            const classes = [index !== null && index === activeIndex ? 'jx-row-active' : '', index !== null && commented?.has(index) ? 'jx-row-commented' : ''].join(' ');
            const p = { category: label, n: row.n };
            return (
              <tr key={key} className={classes} data-indicator-index={index ?? undefined} onClick={index !== null && onRowClick ? () => onRowClick(index) : undefined} style={onRowClick && index !== null ? { cursor: 'pointer' } : undefined}>
                {row.level1Span > 0 && (
                  <td className="jx-cat" rowSpan={row.level1Span}>
                    {level1Label(row.group)}
                  </td>
                )}
                {row.categorySpan > 0 && (
                  <td className="jx-cat" rowSpan={row.categorySpan}>
                    <div>{label}</div>
                    {category.required === true && <span className="jx-required">{t('edit.required')}</span>}
                    {category.required === false && <span className="jx-optional">{t('edit.optional')}</span>}
                    {!readOnly && (
                      <div className="jx-no-print">
                        <Tooltip title={t('edit.addIndicatorTo', { category: label })}>
                          <Button id={`cat-${category.level2 ?? 'none'}-add`} size="small" type="link" aria-label={t('edit.addIndicatorTo', { category: label })} onClick={() => addTo(category)}>
                            + {t('edit.addIndicator')}
                          </Button>
                        </Tooltip>
                      </div>
                    )}
                  </td>
                )}
                {index === null || !ind ? (
                  <td colSpan={2 + (showDescription ? 2 : 0) + (showExtra ? 2 : 0) + (readOnly ? 0 : 1)} className="jx-hint">
                    —
                  </td>
                ) : (
                  <>
                    <td className="jx-name-cell">{cellInput(index, 'name', ind.name, t('edit.indicatorName', p), (v) => editor.updateIndicator(index, { name: v }))}</td>
                    <td>
                      {cellInput(index, 'target', ind.targetText, t('edit.indicatorValue', p), (v) => editor.updateIndicator(index, { targetText: v === '' ? null : v }), { describedBy: readOnly ? undefined : `ind-${index}-hint` })}
                      {!readOnly && <ValueHint id={`ind-${index}-hint`} text={ind.targetText} />}
                    </td>
                    {showDescription && <td>{cellInput(index, 'description', ind.description, t('edit.indicatorDescription', p), (v) => editor.updateIndicator(index, { description: v === '' ? null : v }))}</td>}
                    {showDescription && <td>{cellInput(index, 'basis', ind.basis, t('edit.indicatorBasis', p), (v) => editor.updateIndicator(index, { basis: v === '' ? null : v }))}</td>}
                    {showExtra && (
                      <td>
                        {cellInput(index, 'weight', ind.weight == null ? '' : String(ind.weight), t('edit.indicatorWeight', p), (v) => {
                          const n = Number(v);
                          editor.updateIndicator(index, { weight: v.trim() === '' || Number.isNaN(n) ? null : n });
                        }, { className: 'num' })}
                      </td>
                    )}
                    {showExtra && (
                      <td>
                        <Select
                          id={`ind-${index}-scoring`}
                          aria-label={t('edit.indicatorScoring', p)}
                          style={{ width: '100%' }}
                          allowClear
                          disabled={readOnly}
                          value={ind.scoringRule ?? undefined}
                          onChange={(v: ScoringRule | undefined) => editor.updateIndicator(index, { scoringRule: v ?? null, scoringRuleText: v ? t(`scoring.${v}`) : null })}
                          options={SCORING_RULES.map((r) => ({ value: r, label: t(`scoring.${r}`) }))}
                        />
                      </td>
                    )}
                    {!readOnly && (
                      <td className="jx-no-print">
                        <div className="jx-row-actions">
                          <Button size="small" type="text" aria-label={`${t('edit.moveUp')} ${t('edit.indicatorName', p)}`} title={t('edit.moveUp')} disabled={neighbour(index, -1) === undefined} onClick={() => move(index, -1, null)}>
                            ↑
                          </Button>
                          <Button size="small" type="text" aria-label={`${t('edit.moveDown')} ${t('edit.indicatorName', p)}`} title={t('edit.moveDown')} disabled={neighbour(index, 1) === undefined} onClick={() => move(index, 1, null)}>
                            ↓
                          </Button>
                          <Button size="small" type="text" danger aria-label={`${t('edit.delete')} ${t('edit.indicatorName', p)}`} title={t('edit.delete')} onClick={() => editor.removeIndicator(index)}>
                            ×
                          </Button>
                        </div>
                      </td>
                    )}
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {!readOnly && (
        <div className="jx-hint jx-no-print" style={{ marginTop: 4 }}>
          {t('edit.gridHelp')}
        </div>
      )}
    </div>
  );
}
