import type { MoneyScale } from '../model/money';
import type { ColumnRole } from '../lexicon/columns';
import { alignRecord, type GridColumn } from './align-record';
import type { FormDraft } from './form-draft';
import { matchColumnHeader, matchFieldLabel } from './match-lexicon';
import { parseMoney } from './parse-money';

export interface TaskState {
  columns: GridColumn[];
  scale: MoneyScale | null;
  width: number;
}

const AMOUNT_ROLES: ReadonlySet<ColumnRole> = new Set(['amountTotal', 'amountFiscal', 'amountOther']);

/**
 * Reads a row of a department task table (年度主要任务: 任务名称 / 主要内容 / 预算金额 总额 财政拨款
 * 其他资金). Returns 'not-task' when the row belongs to the next part of the form.
 */
export function readTaskRow(state: TaskState, form: FormDraft, cells: readonly string[]): 'used' | 'unplaced' | 'not-task' {
  const nonEmpty = cells.map((text, col) => ({ text, col })).filter((c) => c.text);
  if (nonEmpty.length === 0) return 'used';
  const headers = nonEmpty.map((c) => matchColumnHeader(c.text));
  if (headers.every((h) => h && AMOUNT_ROLES.has(h.role))) {
    state.columns = state.columns.filter((c) => c.role !== 'amount');
    nonEmpty.forEach((c, i) => state.columns.push({ role: headers[i]!.role, col: c.col }));
    state.columns.sort((a, b) => a.col - b.col);
    return 'used';
  }
  const label = matchFieldLabel(nonEmpty[0]!.text);
  if (label && label.role !== 'tasksTotal') return 'not-task';
  const amountColumns = state.columns.filter((c) => AMOUNT_ROLES.has(c.role) || c.role === 'amount');
  const money = (text: string | undefined) => (text ? parseMoney(text, state.scale).fen : null);
  if (label) {
    const values = nonEmpty.slice(1);
    const { assigned } = alignRecord(values, amountColumns, cells.length === state.width);
    form.funds.total = money(assigned.get('amountTotal') ?? assigned.get('amount'));
    form.funds.fiscal = money(assigned.get('amountFiscal'));
    form.funds.other = money(assigned.get('amountOther'));
    form.text.set('tasksTotal', values.map((v) => v.text).join(' '));
    return 'used';
  }
  const { assigned, unplaced } = alignRecord(nonEmpty, state.columns, cells.length === state.width);
  const taskName = assigned.get('taskName') ?? null;
  const content = assigned.get('taskContent') ?? null;
  if (!taskName && !content) return 'unplaced';
  const named = taskName && !/^任务\s*\d+$/.test(taskName) ? taskName : (content ?? taskName!);
  form.tasks.push({
    name: named,
    content,
    amount: money(assigned.get('amountTotal') ?? assigned.get('amount')),
    fiscal: money(assigned.get('amountFiscal')),
    other: money(assigned.get('amountOther')),
    goals: [],
    indicatorTexts: [],
  });
  return unplaced.length ? 'unplaced' : 'used';
}
