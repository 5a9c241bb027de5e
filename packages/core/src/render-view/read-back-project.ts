import type { ImportIssue } from '../model/import-issue';
import { createIndicator, type Indicator } from '../model/indicator';
import type { Project } from '../model/project';
import type { TaxonomyProfile } from '../model/taxonomy';
import { parseTargetValue } from '../value/index';
import type { IndicatorField, LayoutId } from './layout-view';
import { LAYOUTS } from './layouts';
import { flattenView } from './flatten-view';
import { categoryOf, stripCategoryMark, toCategoryKey } from './group-indicators';
import { formatIndicatorField, formatProjectField, SCORING_RULE_LABELS } from './field-text';
import { applyProjectField, isProjectFieldChanged } from './apply-project-field';
import { labelOfField, type FieldChange } from './field-change';
import { resolveProfile, type LayoutOptions } from './layout-options';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export interface ReadBackResult {
  /** The edited project; the stored object itself when nothing changed. */
  readonly project: Project;
  readonly changes: readonly FieldChange[];
  readonly issues: readonly ImportIssue[];
}

interface ReadRow {
  readonly sheetRow: number;
  readonly key: string;
  readonly level1Text: string;
  readonly level2Text: string;
  readonly values: Partial<Record<IndicatorField, string>>;
}

const clean = (s: string | undefined): string => (s ?? '').replace(/\r\n?/g, '\n').trim();

/**
 * Reads a project form back from the cell texts of a sheet written in `layoutId` (row-major, 0-based;
 * merged cells give their text in the top-left cell only) and compares it with the stored project.
 * Rows a user added inside a category become new indicators; rows emptied become removals.
 */
export function readBackProject(stored: Project, layoutId: LayoutId, grid: readonly (readonly string[])[], opts: LayoutOptions = {}): ReadBackResult {
  const def = LAYOUTS[layoutId];
  const issues: ImportIssue[] = [];
  if (!def.buildProject || !def.readBack) {
    return { project: stored, changes: [], issues: [{ code: 'layout-not-readable', severity: 'warning', message: `版式“${def.label}”不支持读回修改，已使用导出时保存的数据` }] };
  }
  const view = def.buildProject(stored, opts);
  const flat = flattenView(view);
  const profile = resolveProfile(stored.indicators, opts);
  const changes: FieldChange[] = [];
  const draft: Mutable<Project> = { ...stored };
  let touched = false;
  const at = (r: number, c: number): string => clean(grid[r]?.[c]);

  const grid0 = flat.blocks.find((b) => b.id === 'indicators');
  const gridStart = grid0 ? grid0.firstRow : flat.rowCount;
  for (const cell of flat.cells) {
    const bind = cell.cell.bind;
    if (!bind || bind.scope !== 'project' || cell.row >= gridStart) continue;
    let text = at(cell.row, cell.col);
    if (bind.prefix) text = text.replace(new RegExp(`^${bind.prefix.replace(/[：:]$/, '')}\\s*[：:]?\\s*`), '');
    if (!isProjectFieldChanged(stored, bind.field, text)) continue;
    const before = formatProjectField(stored, bind.field);
    const problem = applyProjectField(draft, bind.field, text);
    if (problem) {
      issues.push({ code: 'invalid-cell', severity: 'error', message: `${labelOfField(bind.field)}：${problem}`, cell: cellName(cell.row, cell.col), text });
      continue;
    }
    touched = true;
    changes.push({ kind: 'changed', path: bind.field, label: labelOfField(bind.field), before: orNull(before), after: orNull(text) });
  }

  if (grid0) {
    const first = flat.cells.filter((c) => c.row === grid0.firstRow + grid0.headerRows && c.cell.bind?.scope === 'indicator');
    const colOf = new Map<IndicatorField, number>();
    for (const c of first) if (c.cell.bind?.scope === 'indicator') colOf.set(c.cell.bind.field, c.col);
    const rows = readIndicatorRows(grid, grid0.firstRow + grid0.headerRows, colOf, at);
    const result = mergeIndicators(stored.indicators, rows, profile);
    if (result.changes.length) {
      touched = true;
      draft.indicators = result.indicators;
      changes.push(...result.changes);
    }
  }
  return { project: touched ? draft : stored, changes, issues };
}

const orNull = (s: string): string | null => (s === '' ? null : s);

function cellName(row: number, col: number): string {
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    letters = String.fromCharCode(65 + m) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `${letters}${row + 1}`;
}

const VALUE_FIELDS: readonly IndicatorField[] = ['name', 'description', 'targetText', 'basis', 'priorActual', 'weight', 'scoringRuleText', 'evidence'];

function readIndicatorRows(grid: readonly (readonly string[])[], start: number, colOf: ReadonlyMap<IndicatorField, number>, at: (r: number, c: number) => string): ReadRow[] {
  const rows: ReadRow[] = [];
  let level1Text = '';
  let level2Text = '';
  const l1 = colOf.get('level1');
  const l2 = colOf.get('level2');
  for (let r = start; r < grid.length; r++) {
    if (l1 !== undefined && at(r, l1)) level1Text = at(r, l1);
    if (l2 !== undefined && at(r, l2)) level2Text = stripCategoryMark(at(r, l2));
    const values: Partial<Record<IndicatorField, string>> = {};
    let any = false;
    for (const f of VALUE_FIELDS) {
      const c = colOf.get(f);
      if (c === undefined) continue;
      values[f] = at(r, c);
      if (values[f]) any = true;
    }
    if (any) rows.push({ sheetRow: r, key: toCategoryKey(level1Text.replace(/\s+/g, ''), level2Text), level1Text, level2Text, values });
  }
  return rows;
}

function mergeIndicators(stored: readonly Indicator[], rows: readonly ReadRow[], profile: TaxonomyProfile): { indicators: Indicator[]; changes: FieldChange[] } {
  const keys = stored.map((i) => {
    const c = categoryOf(i, profile);
    return toCategoryKey(c.level1Label, c.level2Label);
  });
  const matchOf = new Map<ReadRow, number>();
  const used = new Set<number>();
  for (const row of rows) {
    const i = stored.findIndex((ind, k) => !used.has(k) && keys[k] === row.key && ind.name === (row.values.name ?? ''));
    if (i >= 0) {
      matchOf.set(row, i);
      used.add(i);
    }
  }
  for (const row of rows) {
    if (matchOf.has(row)) continue;
    const i = stored.findIndex((_ind, k) => !used.has(k) && keys[k] === row.key);
    if (i >= 0) {
      matchOf.set(row, i);
      used.add(i);
    }
  }
  const changes: FieldChange[] = [];
  const updated = new Map<number, Indicator>();
  for (const [row, i] of matchOf) {
    const before = stored[i]!;
    let next: Mutable<Indicator> | null = null;
    for (const [field, text] of Object.entries(row.values) as [IndicatorField, string][]) {
      const old = formatIndicatorField(before, field);
      if (old === text) continue;
      if (field === 'weight' && text !== '' && Number(text) === before.weight) continue;
      next = next ?? { ...before };
      applyIndicatorField(next, field, text);
      changes.push({ kind: 'changed', path: `indicators[${i}].${field}`, label: `${labelOfField(field)}（${before.name || row.values.name || ''}）`, before: orNull(old), after: orNull(text) });
    }
    if (next) updated.set(i, next);
  }
  const result: Indicator[] = [];
  const removed: number[] = [];
  stored.forEach((ind, i) => {
    if (used.has(i)) result.push(updated.get(i) ?? ind);
    else removed.push(i);
  });
  for (const i of removed) {
    changes.push({ kind: 'removed', path: `indicators[${i}]`, label: `删除指标（${stored[i]!.name}）`, before: stored[i]!.name, after: null });
  }
  const placed = new Map<ReadRow, Indicator>();
  rows.forEach((row, k) => {
    if (matchOf.has(row)) return;
    const fresh = newIndicator(row, profile, stored, keys);
    const pos = insertPosition(result, rows, k, (r) => {
      const i = matchOf.get(r);
      return i === undefined ? placed.get(r) : (updated.get(i) ?? stored[i]);
    }, (ind) => {
      const c = categoryOf(ind, profile);
      return toCategoryKey(c.level1Label, c.level2Label) === row.key;
    });
    result.splice(pos, 0, fresh);
    placed.set(row, fresh);
    changes.push({ kind: 'added', path: `indicators[${pos}]`, label: `新增指标（${fresh.name}）`, before: null, after: [fresh.name, fresh.targetText].filter((s) => s).join(' ') });
  });
  return { indicators: result, changes };
}

/**
 * Where a row added on the sheet goes in the model: after the indicator of the nearest row above it
 * in the same category, else before the one below it, else after the category's last, else at the end.
 */
function insertPosition(
  result: readonly Indicator[],
  rows: readonly ReadRow[],
  k: number,
  modelOf: (row: ReadRow) => Indicator | undefined,
  sameCategory: (ind: Indicator) => boolean,
): number {
  const key = rows[k]!.key;
  for (let j = k - 1; j >= 0 && rows[j]!.key === key; j--) {
    const at = result.indexOf(modelOf(rows[j]!)!);
    if (at >= 0) return at + 1;
  }
  for (let j = k + 1; j < rows.length && rows[j]!.key === key; j++) {
    const at = result.indexOf(modelOf(rows[j]!)!);
    if (at >= 0) return at;
  }
  let last = -1;
  result.forEach((ind, i) => {
    if (sameCategory(ind)) last = i;
  });
  return last >= 0 ? last + 1 : result.length;
}

function applyIndicatorField(draft: Mutable<Indicator>, field: IndicatorField, text: string): void {
  const v = text === '' ? null : text;
  switch (field) {
    case 'name':
      draft.name = text;
      return;
    case 'targetText':
      draft.targetText = v;
      draft.target = v === null ? null : parseTargetValue(v).target;
      return;
    case 'weight': {
      const n = Number(text);
      draft.weight = text === '' || !Number.isFinite(n) ? null : n;
      return;
    }
    case 'scoringRuleText': {
      draft.scoringRuleText = v;
      const rule = (Object.entries(SCORING_RULE_LABELS) as [Indicator['scoringRule'], string][]).find(([, label]) => label === text);
      draft.scoringRule = rule ? rule[0] : null;
      return;
    }
    case 'description':
    case 'basis':
    case 'priorActual':
    case 'evidence':
      draft[field] = v;
      return;
    default:
      return;
  }
}

function newIndicator(row: ReadRow, profile: TaxonomyProfile, stored: readonly Indicator[], keys: readonly string[]): Indicator {
  const sibling = stored.find((_i, k) => keys[k] === row.key);
  const l1 = profile.levels.find((l) => l.label === row.level1Text.replace(/\s+/g, ''));
  const cat = profile.levels.flatMap((l) => l.categories).find((c) => c.label === row.level2Text);
  const draft: Mutable<Indicator> = createIndicator({
    level1: sibling?.level1 ?? l1?.level1 ?? null,
    level2: sibling?.level2 ?? cat?.level2 ?? null,
    level1Text: sibling?.level1Text ?? row.level1Text,
    level2Text: sibling?.level2Text ?? row.level2Text,
    required: sibling?.required ?? cat?.required ?? null,
    name: '',
  });
  for (const [field, text] of Object.entries(row.values) as [IndicatorField, string][]) applyIndicatorField(draft, field, text);
  return draft;
}
