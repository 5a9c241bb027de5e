import type { CellDocument, Row } from './cell-document';
import type { DepartmentTarget } from '../model/department-target';
import type { ImportIssue } from '../model/import-issue';
import type { ImportedDocument, LayoutFamily } from '../model/imported-document';
import type { Project } from '../model/project';
import type { SourceLocation } from '../model/source-location';
import { BOILERPLATE, CELL_PREFIX_NOISE, type FormKind } from '../lexicon/documents';
import { INDICATOR_GRID_ROLES, PROJECT_LIST_ROLES, type ColumnRole } from '../lexicon/columns';
import { MONEY_FIELDS, type FieldRole } from '../lexicon/fields';
import { htmlToText } from '../text/index';
import { cleanCellText } from './clean-cell-text';
import { createFormDraft, hasFormContent, type FormDraft } from './form-draft';
import { assignCenteredCategories, createGridState, flushPending, readGridRow, type GridState, type GridRowResult } from './indicator-grid';
import { matchCategory, matchColumnHeader, matchFieldLabel, matchFormTitle } from './match-lexicon';
import { parseMoney, scaleFromText } from './parse-money';
import { findTitleYear, matchCheckpoint, matchUnitLine, matchYearLine, parsePercent } from './row-patterns';
import { splitTextRows } from './split-text-rows';
import { finishDepartmentTarget, finishProject } from './finish-form';
import { indicatorFromItem, readListRow, type ListState } from './project-list';
import { createOutlineState, readOutlineLine, type OutlineState } from './parse-outline';
import { completeCategory } from './finish-form';
import { readNarrativeRow, type NarrativeState } from './department-narrative';
import { readTaskRow, type TaskState } from './task-table';

export interface RecognizeOptions {
  readonly file: string;
  /** Budget year to use when the document names none. */
  readonly fiscalYear?: number;
  /** Include every source row with its status (used, boilerplate, unplaced) in the result. */
  readonly withRows?: boolean;
}

type Mode = 'none' | 'fields' | 'grid' | 'list' | 'tasks' | 'narrative' | 'outline';
type RowStatus = 'used' | 'boilerplate' | 'unplaced' | 'blank';

interface PreparedRow {
  readonly cells: string[];
  readonly loc: SourceLocation;
}

/** Labels that open a form when none is open. */
const FORM_OPENING_FIELDS: ReadonlySet<FieldRole> = new Set(['projectName', 'projectCode', 'implementingUnit', 'department', 'kind', 'period', 'fundsGroup', 'projectLead']);

/** Labels of a group of fields (their own value, if any, is secondary). */
const GROUP_FIELDS: ReadonlySet<FieldRole> = new Set(['fundsGroup', 'executionGroup', 'tasksGroup', 'indicatorsGroup', 'moneyScale']);

/** Multi-row fields: a row without labels continues the last of these. */
const CONTINUED_FIELDS: ReadonlySet<FieldRole> = new Set(['goals', 'longTermGoals', 'fundsGroup', 'purpose']);

/**
 * The form recogniser: one state machine driven by the lexicons (titles, field labels, column
 * headers, category headings) that turns any reader's rows into projects and department targets.
 * Every row is used, recognised as boilerplate, or reported as an issue with its location.
 */
export function recognizeDocument(doc: CellDocument, options: RecognizeOptions): ImportedDocument {
  return new Recognizer(doc, options).run();
}

class Recognizer {
  private readonly issues: ImportIssue[] = [];
  private readonly projects: Project[] = [];
  private readonly departments: DepartmentTarget[] = [];
  private readonly statuses: RowStatus[] = [];
  private form: FormDraft | null = null;
  private mode: Mode = 'none';
  private grid: GridState | null = null;
  private list: ListState | null = null;
  private tasks: TaskState | null = null;
  private narrative: NarrativeState | null = null;
  private docYear: number | null = null;
  private docKind: FormKind | null = null;
  private titleKinds = new Set<string>();
  private lastField: FieldRole | null = null;
  private continuation: FieldRole | null = null;
  private headerCells: string[] = [];
  private outline: OutlineState | null = null;
  private gridStart = 0;
  private pendingLabels: { role: FieldRole | 'checkpoint'; col: number; month?: number }[] | null = null;
  private preamble: FormDraft = createFormDraft('project');
  private rows: PreparedRow[] = [];

  constructor(
    private readonly doc: CellDocument,
    private readonly options: RecognizeOptions,
  ) {}

  run(): ImportedDocument {
    this.issues.push(...this.doc.issues);
    const source: readonly Row[] =
      this.doc.format === 'txt' && this.doc.rows.every((r) => r.cells.length <= 1)
        ? splitTextRows(this.doc.rows.map((r) => r.cells[0] ?? '').join('\n'))
        : this.doc.rows;
    this.rows = source.map((r) => this.prepare(r));
    for (let i = 0; i < this.rows.length; i++) this.statuses.push(this.readRow(this.rows[i]!));
    this.closeForm();
    this.reportUnplaced();
    this.finishDocument();
    const count = (s: RowStatus) => this.statuses.filter((x) => x === s).length;
    const hasTargets = this.projects.length + this.departments.length > 0;
    if (!hasTargets) {
      this.issues.unshift({ code: 'no-target-found', severity: 'error', message: '文件中未找到绩效目标表（项目名称、绩效指标等）' });
    }
    return {
      file: this.options.file,
      format: this.doc.format,
      layout: this.layout(),
      issues: this.issues,
      projects: this.projects,
      departmentTargets: this.departments,
      stats: {
        rows: this.statuses.length - count('blank'),
        usedRows: count('used'),
        boilerplateRows: count('boilerplate'),
        unplacedRows: count('unplaced'),
      },
      ...(this.options.withRows
        ? { rows: this.rows.map((r, i) => ({ ...r.loc, text: r.cells.filter((c) => c).join('\t'), status: this.statuses[i]! })) }
        : {}),
    };
  }

  private prepare(row: Row): PreparedRow {
    const cells = row.cells.map((raw) => {
      if (raw === '') return raw;
      let s = raw.charCodeAt(0) === 91 ? raw.replace(CELL_PREFIX_NOISE, '') : raw;
      if (s.includes('<') && /<\/?[a-zA-Z][^>]*>/.test(s)) s = htmlToText(s);
      return s.includes('\n')
        ? s
            .split('\n')
            .map((l) => cleanCellText(l))
            .filter((l) => l)
            .join('\n')
        : cleanCellText(s);
    });
    return { cells, loc: row.loc };
  }

  private readRow(row: PreparedRow): RowStatus {
    let nonEmpty: string[] | null = null;
    for (const c of row.cells) if (c) (nonEmpty ??= []).push(c);
    if (!nonEmpty) return 'blank';
    if (nonEmpty.length === 1 && BOILERPLATE.some((re) => re.test(nonEmpty[0]!))) return 'boilerplate';
    if (nonEmpty.every((c) => /^[-—=_.·…:\s]+$/.test(c))) return 'boilerplate';
    if (this.form) this.form.endLine = row.loc.endLine ?? row.loc.line ?? this.form.endLine;

    if (nonEmpty.length === 1 && this.readContextLine(nonEmpty[0]!, row)) return 'used';
    if (this.pendingLabels && this.readPendingValues(row)) return 'used';
    if (this.readHeaderRow(row)) return 'used';
    if (this.mode === 'tasks' && this.tasks) {
      const r = readTaskRow(this.tasks, this.requireForm(row, 'department'), row.cells);
      if (r !== 'not-task') return r === 'used' ? 'used' : 'unplaced';
    }
    if (this.readFieldRow(row)) return 'used';
    switch (this.mode) {
      case 'grid':
        return this.readGrid(row);
      case 'list':
        return this.list ? this.readList(row) : 'unplaced';
      case 'narrative':
        return this.narrative && this.form && readNarrativeRow(this.narrative, this.form, nonEmpty.join(' '), (w) => this.warn(w.code, w.message, row.loc)) ? 'used' : 'unplaced';
      case 'fields':
        if (nonEmpty.length === 1 && this.form && this.form.kind !== 'department' && this.readOutlineRow(nonEmpty[0]!, row, true)) return 'used';
        return this.continueField(nonEmpty.join('\n')) ? 'used' : 'unplaced';
      case 'outline':
        return this.readOutlineRow(nonEmpty.join(' '), row, false) ? 'used' : 'unplaced';
      default:
        return 'unplaced';
    }
  }

  /** Titles, year lines and unit lines: context for the form that follows. */
  private readContextLine(text: string, row: PreparedRow): boolean {
    const title = matchFormTitle(text);
    if (title) {
      const { kind, key } = title;
      const year = findTitleYear(text);
      if (kind === 'disclosure') {
        this.docKind = 'disclosure';
        this.docYear ??= year;
        return true;
      }
      this.closeForm();
      this.titleKinds.add(/申报表/.test(key) ? 'declaration' : kind);
      if (kind === 'project-list') {
        this.docYear ??= year;
        return true;
      }
      const form = this.openForm(kind, row);
      form.title = text;
      if (year) form.fiscalYear = year;
      const embedded = /^(.*?)(?:项目支出|专项业务经费|项目)?(?:预算)?绩效目标(?:申报|审核)?表$/.exec(key)?.[1] ?? '';
      if (kind === 'project' && embedded.length >= 4 && !/部门|^\d{4}年/.test(embedded) && !/[市县区省州旗]$/.test(embedded)) form.titleName = embedded;
      if (kind === 'department') {
        this.narrative = { section: null, task: null };
        this.mode = 'narrative';
      }
      return true;
    }
    const year = matchYearLine(text);
    if (year) {
      if (this.form && !hasFormContent(this.form)) this.form.fiscalYear = year;
      else if (this.form) this.preamble.fiscalYear = year;
      else this.docYear ??= year;
      return true;
    }
    if (this.docYear === null && this.projects.length === 0 && !this.form) {
      const y = findTitleYear(text);
      if (y && /预算|绩效|公开/.test(text)) {
        this.docYear = y;
        return true;
      }
    }
    return false;
  }

  private readHeaderRow(row: PreparedRow): boolean {
    // A header written one cell per line: gather the cells until a row that is not a header cell.
    const single = row.cells.filter((c) => c);
    const singleHeader = single.length === 1 ? matchColumnHeader(single[0]!) : null;
    if (singleHeader && INDICATOR_GRID_ROLES.has(singleHeader.role) && this.mode !== 'grid') {
      this.headerCells.push(single[0]!);
      return true;
    }
    if (this.headerCells.length > 0) {
      const cells = this.headerCells;
      this.headerCells = [];
      if (cells.length >= 2 && this.readHeaderRow({ cells, loc: row.loc })) {
        this.grid!.width = -1;
        return false;
      }
    }
    let headerCells = 0;
    for (const c of row.cells) if (c && c.length <= 30 && matchColumnHeader(c)) headerCells++;
    if (headerCells < 2) return false;
    const roles = row.cells.map((c, col) => ({ m: c ? matchColumnHeader(c) : null, col }));
    const hits = roles.filter((r) => r.m);
    const gridHits = hits.filter((r) => INDICATOR_GRID_ROLES.has(r.m!.role));
    const distinctGrid = new Set(gridHits.map((r) => r.m!.role));
    if (distinctGrid.size >= 2 && (distinctGrid.has('name') || distinctGrid.has('target') || distinctGrid.has('level1'))) {
      const form = this.requireForm(row, this.form?.kind === 'department' ? 'department' : 'project');
      this.flushGrid();
      const columns = hits
        .filter((r) => r.m!.role !== 'indicators' && r.m!.role !== 'goals' && r.m!.role !== 'projectName' && r.m!.role !== 'amount')
        .map((r) => ({ role: r.m!.role, col: r.col }));
      this.grid = createGridState(columns, row.cells.length);
      this.gridStart = this.form?.indicators.length ?? 0;
      this.mode = 'grid';
      if (columns.some((c) => c.role === 'actual' || c.role === 'score')) this.titleKinds.add('self-evaluation');
      void form;
      return true;
    }
    const listRoles = new Set(hits.filter((r) => PROJECT_LIST_ROLES.has(r.m!.role)).map((r) => r.m!.role));
    if (listRoles.size >= 3 && (listRoles.has('goals') || listRoles.has('indicators'))) {
      this.closeForm();
      const cols = new Map<ColumnRole, number>();
      let scale = null as ReturnType<typeof scaleFromText>;
      for (const r of hits) {
        if (!cols.has(r.m!.role)) cols.set(r.m!.role, r.col);
        scale ??= scaleFromText(r.m!.remark);
      }
      this.list = { columns: cols, scale, unitCode: null, unitName: null, departmentCode: null, departmentName: null, year: this.docYear, width: row.cells.length };
      this.mode = 'list';
      this.titleKinds.add('project-list');
      return true;
    }
    const taskRoles = hits.filter((r) => r.m!.role === 'taskName' || r.m!.role === 'taskContent');
    if (taskRoles.length >= 1 && hits.some((r) => r.m!.role === 'amount' || r.m!.role === 'taskContent') && hits.length >= 2) {
      const form = this.requireForm(row, 'department');
      this.flushGrid();
      const scale = hits.map((r) => scaleFromText(r.m!.remark)).find((s) => s) ?? form.scale;
      this.tasks = { columns: hits.map((r) => ({ role: r.m!.role, col: r.col })), scale, width: row.cells.length };
      this.mode = 'tasks';
      return true;
    }
    return false;
  }

  private readFieldRow(row: PreparedRow): boolean {
    let found: { role: FieldRole | 'unitLine'; col: number; remark: string | null; rest: string | null; unit?: { code: string; name: string } }[] | null = null;
    for (let col = 0; col < row.cells.length; col++) {
      const cell = row.cells[col]!;
      if (!cell) continue;
      const unit = matchUnitLine(cell);
      const m = unit ? null : matchFieldLabel(cell);
      if (unit) (found ??= []).push({ role: 'unitLine', col, remark: null, rest: null, unit });
      else if (m) (found ??= []).push({ ...m, col });
    }
    if (!found) return false;
    // In a grid, only labels that open a new part end it (a cell reading 财政拨款 is an indicator name; 绩效指标 is the
    // grid's own merged first column, printed mid-span in a PDF).
    if (this.mode === 'grid' && !found.some((f) => f.role !== 'fundsFiscal' && f.role !== 'fundsOther' && f.role !== 'indicatorsGroup')) return false;
    if (this.mode === 'narrative' && found.every((f) => f.role === 'goals' || f.role === 'indicatorsGroup') && row.cells.filter((c) => c).length === 1) return false;
    if (this.mode === 'list') return false;

    const startsNew = found.some((f) => {
      if (!this.form) return false;
      if (f.role === 'projectName') return this.form.text.has('projectName') || this.form.indicators.length > 0;
      if (f.role === 'projectCode') return this.form.text.has('projectCode') || this.form.indicators.length > 0;
      if (f.role === 'unitLine') return hasFormContent(this.form);
      return this.form.indicators.length > 0 && (f.role === 'unit' || f.role === 'department' || f.role === 'fundsGroup');
    });
    if (startsNew) this.closeForm();
    if (!this.form) {
      // Only labels that name a project open a form; a unit line is context for the next form;
      // anything else (预算数, 单位名称 in a budget table) without an open form is not a target.
      if (found.every((f) => f.role === 'unitLine' || f.role === 'moneyScale')) {
        for (const f of found) {
          if (f.role === 'unitLine') {
            this.preamble.text.set('unitCode', f.unit!.code);
            this.preamble.text.set('unit', f.unit!.name);
          } else this.preamble.scale = scaleFromText(row.cells[f.col]) ?? this.preamble.scale;
        }
        return true;
      }
      if (!found.some((f) => FORM_OPENING_FIELDS.has(f.role as FieldRole))) return false;
    }
    const form = this.requireForm(row, this.form?.kind ?? this.preamble.kind ?? 'project');
    this.flushGrid();
    if (this.mode !== 'narrative' || found.some((f) => f.role !== 'goals')) this.mode = 'fields';

    // A row of labels without values: the values are in the row below (资金支出计划, 预算执行情况).
    const labelCols = new Set(found.map((f) => f.col));
    const valueCells = row.cells.map((c, col) => ({ c, col })).filter(({ c, col }) => c && !labelCols.has(col));
    const checkpoints = valueCells.map(({ c, col }) => ({ month: matchCheckpoint(c), col })).filter((x) => x.month !== null);
    if (found.some((f) => f.role === 'spendingPlan') && checkpoints.length >= 2) {
      const values = valueCells.filter(({ c }) => matchCheckpoint(c) === null && parsePercent(c) !== null);
      if (values.length === checkpoints.length) {
        checkpoints.forEach((cp, i) => form.spendingPlan.push({ month: cp.month!, percent: parsePercent(values[i]!.c)! }));
      } else {
        this.pendingLabels = checkpoints.map((cp) => ({ role: 'checkpoint', col: cp.col, month: cp.month! }));
      }
      form.text.set('spendingPlan', row.cells.filter((c) => c).join(' '));
      this.lastField = 'spendingPlan';
      return true;
    }
    // A label alone on its row (one cell per line): its value is on the next row.
    if (found.length === 1 && valueCells.length === 0 && !found[0]!.rest && found[0]!.role !== 'unitLine' && !GROUP_FIELDS.has(found[0]!.role as FieldRole)) {
      this.pendingLabels = [{ role: found[0]!.role as FieldRole, col: found[0]!.col }];
      this.lastField = found[0]!.role as FieldRole;
      return true;
    }
    const fieldsOnly = found.filter((f) => f.role !== 'unitLine' && !f.rest);
    if (valueCells.length === 0 && fieldsOnly.length >= 2 && found.every((f) => !f.rest)) {
      const group = found.find((f) => f.role === 'executionGroup' || f.role === 'fundsGroup');
      if (group) form.scale = scaleFromText(group.remark) ?? form.scale;
      this.pendingLabels = found.filter((f) => f.role !== 'executionGroup' && f.role !== 'fundsGroup').map((f) => ({ role: f.role as FieldRole, col: f.col }));
      return true;
    }

    // `预算规模及资金用途` spans two rows: the row below without labels holds 资金用途.
    this.continuation = found.some((f) => f.role === 'fundsGroup' && /用途/.test(row.cells[f.col] ?? '')) ? 'purpose' : null;
    found.forEach((f, idx) => {
      if (f.role === 'moneyScale') {
        form.scale = scaleFromText(row.cells[f.col]) ?? form.scale;
        return;
      }
      if (f.role === 'unitLine') {
        form.text.set('unitCode', f.unit!.code);
        form.text.set('unit', f.unit!.name);
        return;
      }
      const nextCol = found[idx + 1]?.col ?? row.cells.length;
      const parts = row.cells.slice(f.col + 1, nextCol).filter((c) => c);
      const value = [f.rest, ...parts].filter((p): p is string => !!p).join(f.role === 'goals' ? '\n' : ' ');
      this.setField(form, f.role, value, f.remark, row.loc);
    });
    return true;
  }

  private readPendingValues(row: PreparedRow): boolean {
    const labels = this.pendingLabels!;
    this.pendingLabels = null;
    const form = this.form;
    if (!form) return false;
    const rowLabels = row.cells.map((c, col) => ({ m: c ? matchFieldLabel(c) : null, col })).filter((x) => x.m);
    if (rowLabels.length === 1 && labels.length >= 2 && labels.every((l) => l.col > rowLabels[0]!.col)) {
      // A matrix (预算执行情况): row labels down the side, column labels on top.
      const rowRole = rowLabels[0]!.m!.role;
      const under = (l: (typeof labels)[number]) => row.cells[l.col] ?? '';
      if (!labels.some((l) => under(l))) return false;
      const primary = labels.find((l) => l.role === 'execBudget') ?? labels[0]!;
      this.setField(form, rowRole, under(primary), rowLabels[0]!.m!.remark, row.loc);
      if (rowRole === 'fundsTotal' || rowRole === 'tasksTotal') for (const l of labels) if (under(l)) this.setField(form, l.role as FieldRole, under(l), null, row.loc);
      this.pendingLabels = labels;
      return true;
    }
    if (rowLabels.length > 0) return false;
    const values = row.cells.map((c, col) => ({ c, col })).filter((v) => v.c);
    const byCol = labels.every((l) => row.cells[l.col]);
    labels.forEach((l, i) => {
      const text = byCol ? row.cells[l.col]! : values[i]?.c;
      if (!text) return;
      if (l.role === 'checkpoint') {
        const p = parsePercent(text);
        if (p !== null) form.spendingPlan.push({ month: l.month!, percent: p });
      } else this.setField(form, l.role, text, null, row.loc);
    });
    return true;
  }

  private setField(form: FormDraft, role: FieldRole, value: string, remark: string | null, loc: SourceLocation): void {
    this.lastField = role;
    if (role === 'moneyScale') {
      form.scale = scaleFromText(value || remark || '元') ?? scaleFromText(remark) ?? 'yuan';
      return;
    }
    if (role === 'fundsGroup' || role === 'executionGroup' || role === 'tasksGroup' || role === 'indicatorsGroup') {
      form.scale = scaleFromText(remark) ?? form.scale;
      if (role === 'fundsGroup' && value) form.text.set('purpose', value);
      return;
    }
    if (!value) return;
    if (MONEY_FIELDS.has(role)) {
      const money = parseMoney(value, form.scale);
      if (!money.ok) {
        this.warn('unreadable-amount', `无法识别的金额“${value}”`, loc, value);
        return;
      }
      if (money.assumedScale) this.warn('money-scale-assumed', `金额“${value}”未注明单位，按万元处理`, loc, value);
      if (role === 'fundsTotal' || role === 'tasksTotal') form.funds.total = money.fen;
      else if (role === 'fundsFiscal') form.funds.fiscal = money.fen;
      else if (role === 'fundsOther') form.funds.other = money.fen;
      else {
        form.execution ??= { budget: null, executed: null, rate: null, weight: null, score: null };
        if (role === 'execBudget') form.execution.budget = money.fen;
        if (role === 'execExecuted') form.execution.executed = money.fen;
        if (role === 'execInitialBudget') form.execution.budget ??= money.fen;
      }
      form.text.set(role, value);
      return;
    }
    if (role === 'totalScore') {
      // `总分 | 100 | 99.44`: the last number is the score, a first one the full marks.
      const numbers = value.match(/\d+(?:\.\d+)?/g);
      if (numbers) form.text.set('totalScore', numbers[numbers.length - 1]!);
      return;
    }
    if (role === 'execRate' || role === 'execWeight' || role === 'execScore') {
      form.execution ??= { budget: null, executed: null, rate: null, weight: null, score: null };
      const n = parsePercent(value);
      if (role === 'execRate' && n !== null) form.execution.rate = /%/.test(value) || n > 1 ? n / 100 : n;
      if (role === 'execWeight' && n !== null) form.execution.weight = n;
      if (role === 'execScore' && n !== null) form.execution.score = n;
      form.text.set(role, value);
      return;
    }
    if (role === 'goals' && this.narrative && this.mode === 'narrative') {
      readNarrativeRow(this.narrative, form, `总体目标：${value}`, () => undefined);
      return;
    }
    const prev = form.text.get(role);
    form.text.set(role, prev && (role === 'goals' || role === 'longTermGoals') ? `${prev}\n${value}` : value);
  }

  /**
   * Indicators written as an outline of lines in a form without a grid (`一、产出指标` /
   * `(一)数量指标：发放人数≥500人`). Starts only on a category heading.
   */
  private readOutlineRow(text: string, row: PreparedRow, mustStart: boolean): boolean {
    const form = this.form!;
    if (mustStart) {
      if (!matchCategory(text) && !/^[^:：]{2,16}[:：]/.test(text)) return false;
      const probe = createOutlineState();
      const first = readOutlineLine(probe, text, 0);
      if (probe.level1 === null && probe.level2 === null) return false;
      this.outline = createOutlineState();
      void first;
    }
    const r = readOutlineLine(this.outline!, text, 0);
    for (const item of r.items) form.indicators.push(completeCategory(indicatorFromItem(item, row.loc)));
    this.mode = 'outline';
    return r.understood;
  }

  private continueField(text: string): boolean {
    const form = this.form;
    const continuation = this.continuation;
    this.continuation = null;
    if (form && continuation) {
      const prev = form.text.get(continuation);
      form.text.set(continuation, prev ? `${prev}\n${text}` : text);
      return true;
    }
    if (!form || !this.lastField || !CONTINUED_FIELDS.has(this.lastField)) return false;
    const role = this.lastField === 'fundsGroup' ? 'purpose' : this.lastField;
    const prev = form.text.get(role);
    form.text.set(role, prev ? `${prev}\n${text}` : text);
    return true;
  }

  private readGrid(row: PreparedRow): RowStatus {
    const form = this.form!;
    const result = readGridRow(this.grid!, row.cells, row.loc);
    this.absorbGridResult(form, result, row.loc);
    return result.indicators.length || result.unplaced.length === 0 ? 'used' : 'unplaced';
  }

  private absorbGridResult(form: FormDraft, result: GridRowResult, loc: SourceLocation): void {
    form.indicators.push(...result.indicators);
    for (const m of result.marks) if (!form.categoryMarks.some((c) => c.level2 === m.level2)) form.categoryMarks.push(m);
    for (const w of result.warnings) this.warn(w.code, w.message, loc);
    for (const u of result.unplaced) this.warn('unplaced-cell', `指标表中无法归位的内容：“${u.slice(0, 60)}”`, loc, u);
  }

  private flushGrid(): void {
    if (this.grid && this.form) {
      const result: GridRowResult = { indicators: [], unplaced: [], warnings: [], marks: [] };
      flushPending(this.grid, result);
      this.absorbGridResult(this.form, result, this.grid.pendingLoc ?? {});
      const first = this.gridStart;
      const reassigned = assignCenteredCategories(this.grid, this.form.indicators.slice(first));
      this.form.indicators.splice(first, reassigned.length, ...reassigned);
    }
    this.grid = null;
  }

  private readList(row: PreparedRow): RowStatus {
    const r = readListRow(this.list!, row.cells, row.loc, this.options.file);
    if (r.project) this.projects.push(r.project);
    for (const w of r.warnings) this.warn(w.code, w.message, row.loc, w.text);
    return r.used ? 'used' : 'unplaced';
  }

  private requireForm(row: PreparedRow, kind: FormKind): FormDraft {
    return this.form ?? this.openForm(kind, row);
  }

  private openForm(kind: FormKind, row: PreparedRow): FormDraft {
    const form = createFormDraft(kind);
    const pre = this.preamble;
    form.fiscalYear = pre.fiscalYear;
    form.scale = pre.scale;
    for (const [k, v] of pre.text) form.text.set(k, v);
    form.startLine = row.loc.line ?? null;
    this.preamble = createFormDraft('project');
    this.form = form;
    this.mode = 'fields';
    this.lastField = null;
    return form;
  }

  private closeForm(): void {
    this.flushGrid();
    this.pendingLabels = null;
    const form = this.form;
    this.form = null;
    this.mode = 'none';
    this.narrative = null;
    this.tasks = null;
    if (!form) return;
    const year = form.fiscalYear ?? this.docYear ?? this.options.fiscalYear ?? null;
    const loc = { line: form.startLine ?? undefined, endLine: form.endLine ?? undefined };
    if (form.kind === 'department') {
      if (form.indicators.length === 0 && form.tasks.length === 0 && form.goals.length === 0 && !form.text.has('goals')) {
        this.info('empty-form', `空表“${form.title ?? '部门整体绩效目标表'}”，没有可导入的内容`, loc);
        return;
      }
      this.departments.push(finishDepartmentTarget(form, year, loc));
      return;
    }
    const hasName = form.text.has('projectName') || (form.titleName && form.indicators.length > 0);
    if (!hasName && form.indicators.length === 0) {
      const last = this.projects[this.projects.length - 1];
      const tail = ['preparer', 'preparedOn', 'phone'].filter((k) => form.text.has(k));
      if (last && tail.length) {
        // Fields printed under the previous form (填报人, 填报日期) belong to it.
        this.projects[this.projects.length - 1] = { ...last, preparer: last.preparer ?? form.text.get('preparer') ?? null, preparedOn: last.preparedOn ?? form.text.get('preparedOn') ?? null };
        return;
      }
      if (form.title || form.text.size > 0) this.info('empty-form', `空表“${form.title ?? '绩效目标表'}”，没有可导入的内容`, loc);
      return;
    }
    if (form.indicators.length === 0) this.warn('no-indicators', `项目“${form.text.get('projectName') ?? form.titleName}”没有识别到任何绩效指标`, loc);
    const { project, warnings } = finishProject(form, year, loc);
    for (const w of warnings) this.warn(w.code, w.message, loc, w.text);
    this.projects.push(project);
  }

  private finishDocument(): void {
    const units = this.projects.map((p) => p.unit).filter((u): u is string => !!u);
    for (let i = 0; i < this.departments.length; i++) {
      const d = this.departments[i]!;
      if (!d.name && units[0]) this.departments[i] = { ...d, name: units[0] };
      if (d.fiscalYear === null && this.docYear) this.departments[i] = { ...this.departments[i]!, fiscalYear: this.docYear };
    }
    if ([...this.projects, ...this.departments].some((p) => p.fiscalYear === null)) {
      this.warn('year-not-found', '文件中未写明预算年度，请在导入时指定年度', {});
    }
  }

  private layout(): LayoutFamily {
    if (this.docKind === 'disclosure') return 'budget-disclosure';
    if (this.titleKinds.has('self-evaluation')) return 'self-evaluation';
    if (this.titleKinds.has('project-list')) return 'project-list';
    if (this.projects.length === 0 && this.departments.length > 0) return 'department-target';
    if (this.titleKinds.has('declaration')) return 'declaration-form';
    if (this.projects.length > 0) return 'target-table';
    return 'unknown';
  }

  private reportUnplaced(): void {
    let start = -1;
    const flush = (end: number) => {
      if (start < 0) return;
      const first = this.rows[start]!;
      const last = this.rows[end]!;
      const text = first.cells.filter((c) => c).join(' ');
      const line = first.loc.line;
      const endLine = last.loc.endLine ?? last.loc.line;
      const count = this.statuses.slice(start, end + 1).filter((s) => s === 'unplaced').length;
      this.issues.push({
        code: 'unplaced-text',
        severity: 'info',
        message: count > 1 ? `未识别为绩效目标内容的 ${count} 行（第${line}–${endLine}行），首行：“${text.slice(0, 40)}”` : `未识别为绩效目标内容：“${text.slice(0, 60)}”`,
        ...(line !== undefined ? { line } : {}),
        ...(endLine !== undefined && endLine !== line ? { endLine } : {}),
        ...(first.loc.cell ? { cell: first.loc.cell } : {}),
        ...(first.loc.page ? { page: first.loc.page } : {}),
        text: text.slice(0, 200),
      });
      start = -1;
    };
    this.statuses.forEach((s, i) => {
      if (s === 'unplaced') {
        if (start < 0) start = i;
      } else if (s !== 'blank') flush(i - 1);
    });
    flush(this.statuses.length - 1);
  }

  private warn(code: string, message: string, loc: SourceLocation, text?: string): void {
    this.issues.push({ code, severity: 'warning', message, ...loc, ...(text ? { text: text.slice(0, 200) } : {}) });
  }

  private info(code: string, message: string, loc: SourceLocation): void {
    this.issues.push({ code, severity: 'info', message, ...loc });
  }
}
