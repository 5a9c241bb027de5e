import type { Indicator } from '../model/indicator';
import type { Level1, Level2 } from '../model/taxonomy';
import type { ColumnRole } from '../lexicon/columns';
import { LEVEL1_OF_LEVEL2, LEVEL2_HEADINGS } from '../lexicon/categories';
import { labelOfLevel2 } from '../model/taxonomy-profiles';
import { parseTargetValue } from '../value/index';
import { alignRecord, isValueLike, type GridColumn, type RecordCell } from './align-record';
import { matchCategory } from './match-lexicon';
import { compactKey } from './compact-key';
import { toSimplified } from '../text/to-simplified';
import { cleanIndicatorName } from './row-patterns';
import type { SourceLocation } from '../model/source-location';

const NATURE_SYMBOLS: Readonly<Record<string, string>> = { 正向: '≥', 正向指标: '≥', '>=': '≥', 大于等于: '≥', 反向: '≤', 反向指标: '≤', '<=': '≤', 小于等于: '≤', 等于: '=', 定性: '', 定量: '' };

/** Roles that describe the category, not the indicator record. */
const CATEGORY_ROLES: ReadonlySet<ColumnRole> = new Set(['level1', 'level2', 'serial']);

export interface GridState {
  columns: GridColumn[];
  dataColumns: GridColumn[];
  width: number;
  level1: Level1 | null;
  level2: Level2 | null;
  level1Text: string | null;
  level2Text: string | null;
  required: boolean | null;
  /** Cells of a record spread over several one-cell rows. */
  pending: RecordCell[];
  pendingLoc: SourceLocation | null;
  multiCellRows: number;
  /** Row counter within the grid, and where each indicator and each level-2 heading stood. */
  rowIndex: number;
  indicatorRows: number[];
  headingRows: { index: number; level2: Level2 }[];
  /** True when the first indicator came before any level-2 heading (a PDF of merged cells). */
  headingsAfterRows: boolean;
  /** A heading cut into pieces was seen: the headings are printed centred in their spans. */
  piecesSeen: boolean;
  lastHeadingAt: number;
}

export function createGridState(columns: GridColumn[], width: number): GridState {
  return {
    columns,
    dataColumns: columns.filter((c) => !CATEGORY_ROLES.has(c.role)),
    width,
    level1: null,
    level2: null,
    level1Text: null,
    level2Text: null,
    required: null,
    pending: [],
    pendingLoc: null,
    multiCellRows: 0,
    rowIndex: 0,
    indicatorRows: [],
    headingRows: [],
    headingsAfterRows: false,
    piecesSeen: false,
    lastHeadingAt: -1,
  };
}

export interface GridRowResult {
  indicators: Indicator[];
  unplaced: string[];
  warnings: { code: string; message: string }[];
  marks: { level1: Level1 | null; level2: Level2; required: boolean }[];
}

/** Reads one row of an indicator grid: category headings first, then the record's cells. */
export function readGridRow(state: GridState, cells: readonly string[], loc: SourceLocation): GridRowResult {
  const result: GridRowResult = { indicators: [], unplaced: [], warnings: [], marks: [] };
  state.rowIndex++;
  // Leading fragments of a rotated group label (`绩` / `效` / `指标`) are furniture.
  const kept = cells.map((text, col) => ({ text, col })).filter((c, k, all) => c.text && !(isLabelFragment(c.text) && all.slice(0, k).every((x) => !x.text || isLabelFragment(x.text))));
  // A group label printed mid-span (PDF) in front of a row whose header has no column for it (the header's first
  // column is 一级指标) pushes the row right by its cells: the positions are read without them.
  const leading = cells.findIndex((text) => text !== '' && !isLabelFragment(text));
  const fragments = leading > 0 ? cells.slice(0, leading).filter((text) => text !== '').length : 0;
  const shift = fragments > 0 && state.columns.some((c) => c.col < leading) ? fragments : 0;
  const nonEmpty = shift > 0 ? kept.map((c) => ({ text: c.text, col: c.col - shift })) : kept;
  if (state.pending.length > 0 && nonEmpty.some((c) => matchCategory(c.text))) flushPending(state, result);
  const positional = cells.length - shift === state.width;
  const level1Col = state.columns.find((c) => c.role === 'level1')?.col;
  const level2Col = state.columns.find((c) => c.role === 'level2')?.col;
  const record: RecordCell[] = [];
  let setLevel1InRow = false;
  let headingSeen = false;
  let setLevel2InRow = false;
  nonEmpty.forEach((cell, k) => {
    let cat = record.length === 0 ? matchCategory(cell.text) : null;
    let piece = false;
    if (!cat && record.length === 0) {
      cat = completeHeadingPiece(cell.text);
      piece = cat !== null;
    }
    const nameCol = state.columns.find((c) => c.role === 'name')?.col;
    if (cat && positional && setLevel2InRow && cell.col === nameCol) cat = null;
    if (cat && setLevel2InRow) {
      // The same heading repeated (a merged cell printed twice) is furniture; anything else is content.
      if (state.level2Text && cat.key === compactKey(state.level2Text).key) return;
      cat = null;
    }
    // `服务对象满意度 | ≥90%`: a category word followed only by values is the indicator's name.
    if (cat && !/指标/.test(cat.key) && nonEmpty.slice(k + 1).every((c) => isValueLike(c.text)) && k + 1 < nonEmpty.length) cat = null;
    if (!cat) {
      record.push(cell);
      return;
    }
    headingSeen = true;
    const nextIsHeading = k + 1 < nonEmpty.length && matchCategory(nonEmpty[k + 1]!.text) !== null;
    let asLevel1 = false;
    if (cat.level1 && !cat.level2) asLevel1 = true;
    else if (cat.level1 && cat.level2) {
      // A 必填/选填 mark only ever follows a level-2 heading; then the heading that follows, the
      // category already open, and last the column the cell stands in decide.
      const s101Seen = state.headingRows.some((h) => h.level2 === 'economicCost' || h.level2 === 'socialCost' || h.level2 === 'environmentalCost');
      if (setLevel1InRow || cat.required !== null) asLevel1 = false;
      else if (nextIsHeading) asLevel1 = true;
      else if (cat.level1 === 'cost' && s101Seen) asLevel1 = true;
      else if (state.level1 !== null && LEVEL1_OF_LEVEL2[cat.level2] === state.level1) asLevel1 = false;
      else if (positional && level1Col !== undefined && cell.col === level1Col) asLevel1 = true;
      else if (positional && level2Col !== undefined && cell.col === level2Col) asLevel1 = false;
      else asLevel1 = state.level1 === null || LEVEL1_OF_LEVEL2[cat.level2] !== state.level1;
    }
    if (asLevel1) {
      // A level 1 printed in the middle of its merged cell may follow its first level 2 (PDF).
      const keep = state.level2 !== null && !setLevel2InRow && canonicalLevel1(cat.level1, state.level2) === cat.level1 && state.level1 !== cat.level1 && state.level2Text !== null && state.lastHeadingAt === state.rowIndex - 1;
      state.level1 = cat.level1;
      state.level1Text = cell.text;
      if (!keep) {
        state.level2 = null;
        state.level2Text = null;
        state.required = null;
      }
      setLevel1InRow = true;
      if (cat.level1 === 'satisfaction' && !nextIsHeading) {
        // 满意度指标 has one level 2 only: the heading names both.
        state.level2 = 'serviceSatisfaction';
        state.level2Text = null;
        setLevel2InRow = true;
        state.headingRows.push({ index: state.rowIndex + (piece ? 1 : 0), level2: 'serviceSatisfaction' });
      }
    } else if (cat.level2) {
      state.level2 = cat.level2;
      state.level2Text = cell.text;
      state.required = cat.required;
      setLevel2InRow = true;
      // A piece cut from a wrapped heading stands one row above the heading's middle.
      state.headingRows.push({ index: state.rowIndex + (piece ? 1 : 0), level2: cat.level2 });
      state.lastHeadingAt = state.rowIndex;
      if (piece) state.piecesSeen = true;
      const canonical = canonicalLevel1(state.level1, cat.level2);
      if (canonical !== state.level1) {
        // Only a level 1 written in this very row contradicts; otherwise its merged cell was lost.
        if (setLevel1InRow) {
          result.warnings.push({
            code: 'category-mismatch',
            message: `二级指标“${cell.text}”不属于一级指标“${state.level1Text ?? state.level1}”，已按其所属一级指标归类`,
          });
        } else {
          state.level1 = canonical;
          state.level1Text = null;
        }
      }
      if (cat.required !== null) result.marks.push({ level1: state.level1, level2: cat.level2, required: cat.required });
    }
  });
  if (record.length === 0) return result;
  const oneCellRow = nonEmpty.length === 1 && !headingSeen;
  if (!oneCellRow) state.multiCellRows++;
  // One cell per line without row structure: gather the record's cells over several rows.
  if (oneCellRow && state.multiCellRows === 0 && state.dataColumns.length > 1) {
    const starts = isNameLike(record[0]!.text) && state.pending.some((c) => !isNameLike(c.text));
    if (starts || state.pending.length >= state.dataColumns.length) flushPending(state, result);
    if (state.pending.length === 0) state.pendingLoc = loc;
    state.pending.push({ text: record[0]!.text, col: -1 });
    return result;
  }
  flushPending(state, result);
  buildIndicator(state, record, positional, loc, result);
  return result;
}

/** Ends a record gathered over one-cell rows (a heading or the end of the grid was reached). */
export function flushPending(state: GridState, result: GridRowResult): void {
  if (state.pending.length === 0) return;
  const cells = state.pending;
  const loc = state.pendingLoc ?? {};
  state.pending = [];
  state.pendingLoc = null;
  buildIndicator(state, cells, false, loc, result);
}

function isNameLike(text: string): boolean {
  const t = parseTargetValue(text).target;
  return !(t && t.op !== 'qualitative') && text.length > 1;
}

function buildIndicator(state: GridState, record: RecordCell[], positional: boolean, loc: SourceLocation, result: GridRowResult): void {
  const { assigned, unplaced } = alignRecord(record, state.dataColumns, positional);
  for (const u of unplaced) result.unplaced.push(u.text);
  // A lone text that landed in the value column of a row without a name is the name (value missing).
  if (!assigned.get('name') && assigned.size === 1 && assigned.has('target') && !isValueLike(assigned.get('target')!)) {
    assigned.set('name', assigned.get('target')!);
    assigned.delete('target');
  }
  // 指标性质 | 指标值 | 度量单位 as three cells: one target text, as it would be written.
  const nature = assigned.get('nature');
  const measureUnit = assigned.get('measureUnit');
  if ((nature || measureUnit) && assigned.get('target')) {
    const value = assigned.get('target')!;
    const symbol = nature ? (NATURE_SYMBOLS[nature.replace(/\s+/g, '')] ?? (/^[≥≤><=]/.test(nature) ? nature : '')) : '';
    const unit = measureUnit && !value.endsWith(measureUnit) ? measureUnit : '';
    assigned.set('target', /^[≥≤><=＞＜＝]/.test(value) ? `${value}${unit}` : `${symbol}${value}${unit}`);
  }
  const rawName = assigned.get('name') ?? '';
  const name = cleanIndicatorName(rawName);
  const targetText = assigned.get('target')?.trim() || null;
  if (!name) {
    // An empty template slot (`指标2:`) is not content; a value without a name is reported.
    if (targetText) result.unplaced.push(targetText);
    return;
  }
  if (state.indicatorRows.length === 0 && state.level2 === null) state.headingsAfterRows = true;
  state.indicatorRows.push(state.rowIndex);
  const parsed = targetText ? parseTargetValue(targetText) : null;
  const actualText = assigned.get('actual')?.trim() || null;
  const raw: Record<string, string> = { name: rawName };
  for (const [role, text] of assigned) raw[role] = text;
  if (state.level1Text) raw.level1 = state.level1Text;
  if (state.level2Text) raw.level2 = state.level2Text;
  const weightText = assigned.get('weight');
  const scoreText = assigned.get('score');
  result.indicators.push({
    level1: state.level2 ? canonicalLevel1(state.level1, state.level2) : state.level1,
    level2: state.level2,
    level1Text: state.level1Text,
    level2Text: state.level2Text,
    required: state.required,
    name,
    description: assigned.get('description') ?? null,
    targetText,
    target: parsed?.target ?? null,
    longTermTargetText: assigned.get('longTermTarget') ?? null,
    basis: assigned.get('basis') ?? null,
    priorActual: assigned.get('priorActual') ?? null,
    weight: weightText !== undefined && /^\d+(\.\d+)?$/.test(weightText) ? Number(weightText) : null,
    scoringRule: parseScoringRule(assigned.get('scoringRule')),
    scoringRuleText: assigned.get('scoringRule') ?? null,
    evidence: assigned.get('evidence') ?? null,
    remark: assigned.get('remark') ?? null,
    actualText,
    actual: actualText ? parseTargetValue(actualText).target : null,
    score: scoreText !== undefined && /^\d+(\.\d+)?$/.test(scoreText) ? Number(scoreText) : null,
    deviationReason: assigned.get('deviation') ?? null,
    raw,
    source: loc,
  });
}

export function parseScoringRule(raw: string | undefined): Indicator['scoringRule'] {
  if (!raw) return null;
  const text = toSimplified(raw);
  if (/满意度/.test(text)) return 'satisfaction';
  if (/比例/.test(text)) return 'proportional';
  if (/等级|评判|档次/.test(text)) return 'graded';
  if (/直接|是否/.test(text)) return 'binary';
  return null;
}

/** The level-1 of a level-2 category; a form's own `成本指标/成本指标` stays under level-1 cost. */
export function canonicalLevel1(written: Level1 | null, level2: Level2): Level1 {
  if (level2 === 'cost' && written === 'cost') return 'cost';
  return LEVEL1_OF_LEVEL2[level2];
}

/** A piece of the rotated 绩效指标 / 年度绩效指标 group label. */
export function isLabelFragment(text: string): boolean {
  if (text.length > 12) return false;
  const t = text.replace(/\s+/g, '');
  return t.length > 0 && t.length <= 6 && '年度绩效指标'.includes(t);
}

/** Full level-2 headings of the lexicon, for completing pieces of a wrapped heading. */
const LEVEL2_TEXTS = LEVEL2_HEADINGS.map(([text]) => text).filter((text) => text.endsWith('指标'));

/**
 * A heading cut by a narrow printed column (`经济成本指` / `标`, `社会效益` / `指标`): a piece of
 * at least two characters that begins exactly one known heading is taken as that heading.
 */
export function completeHeadingPiece(text: string): ReturnType<typeof matchCategory> {
  const t = text.replace(/\s+/g, '');
  if (t.length < 2 || t.length > 8 || /指标$/.test(t)) return null;
  const hits = LEVEL2_TEXTS.filter((h) => h.startsWith(t));
  return hits.length === 1 ? matchCategory(hits[0]!) : null;
}

/**
 * When a grid printed its merged category cells in the middle of the rows they span (PDF), the
 * headings come after some of their rows. Each heading then covers the rows centred on it: the
 * span of a heading starts after the previous span and reaches as far past the heading as it
 * starts before it.
 */
export function assignCenteredCategories(state: GridState, indicators: Indicator[]): Indicator[] {
  if (!(state.headingsAfterRows || state.piecesSeen) || state.headingRows.length === 0 || indicators.length !== state.indicatorRows.length) return indicators;
  const level2ByIndicator: (Level2 | null)[] = new Array(indicators.length).fill(null);
  let next = 0;
  state.headingRows.forEach((h, k) => {
    if (next >= indicators.length) return;
    const start = state.indicatorRows[next]!;
    const isLast = k === state.headingRows.length - 1;
    const end = isLast ? Infinity : Math.max(h.index, 2 * h.index - start);
    while (next < indicators.length && state.indicatorRows[next]! <= end) level2ByIndicator[next++] = h.level2;
  });
  return indicators.map((ind, i) => {
    const level2 = level2ByIndicator[i] ?? ind.level2;
    if (!level2 || level2 === ind.level2) return ind;
    const level1 = ind.level1 === 'cost' && level2 === 'cost' ? 'cost' : LEVEL1_OF_LEVEL2[level2];
    return { ...ind, level2, level1, level2Text: labelOfLevel2(level2) };
  });
}
