import { decimalToFen, type Fen, type MoneyScale } from '../model/money';
import { parseIsoDate } from './compute-time-progress';

/** One row of a payments file as read: its cells, its 1-based row (line) number and, for workbooks, its sheet. */
export interface PaymentRowInput {
  readonly cells: readonly string[];
  readonly row: number;
  readonly sheet?: string | null;
}

/** A payment placed from a file, ready to become an execution entry. */
export interface PaymentDraft {
  readonly paidOn: string;
  readonly amount: Fen;
  readonly note: string;
  readonly row: number;
}

/** A row (or the file) that could not be placed: where, what it said and why, in Chinese. */
export interface PaymentIssue {
  readonly row: number | null;
  readonly cell: string | null;
  readonly text: string;
  readonly message: string;
}

export interface PaymentRows {
  readonly entries: readonly PaymentDraft[];
  readonly issues: readonly PaymentIssue[];
  /** Rows recognised and deliberately not imported (合计/小计 lines), with the reason. */
  readonly skipped: readonly { readonly row: number; readonly reason: string }[];
}

const DATE_HEADERS = ['支付日期', '付款日期', '记账日期', '凭证日期', '发生日期', '支付时间', '日期'];
const AMOUNT_HEADERS = ['支付金额', '付款金额', '支出金额', '发生额', '借方金额', '金额'];
const NOTE_HEADERS = ['摘要', '备注', '用途', '说明', '事由'];
const TOTAL_ROW = /^(合计|小计|总计|本月合计|累计)/;

function compact(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function findColumn(cells: readonly string[], names: readonly string[]): number {
  for (const name of names) {
    const i = cells.findIndex((c) => compact(c).replace(/\(.*?\)/g, '').startsWith(name));
    if (i >= 0) return i;
  }
  return -1;
}

/** `2024-03-15`, `2024/3/15`, `2024.3.15`, `2024年3月15日`, `20240315`, also with a time after the date; null otherwise. */
export function readPaymentDate(text: string): string | null {
  const t = compact(text).replace(/(日)?(T|\d{1,2}:\d{2}(:\d{2})?).*$/, '$1');
  const eight = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  const d = parseIsoDate(eight ? `${eight[1]}-${eight[2]}-${eight[3]}` : t);
  if (!d) return null;
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** An amount cell in 元 (or 万元) to exact fen: `12,345.67`, `¥1,000`, `1000元`; null when not exact to the fen or not a number. */
export function readPaymentAmount(text: string, scale: MoneyScale): Fen | null {
  const t = compact(text).replace(/^[¥￥]/, '').replace(/(万元|元)$/, '');
  const m = /^[+-]?[\d,]*(?:\.(\d*))?$/.exec(t);
  if (!m || !/\d/.test(t)) return null;
  const decimals = (m[1] ?? '').replace(/0+$/, '').length;
  if (decimals > (scale === 'wan' ? 6 : 2)) return null;
  return decimalToFen(t, scale);
}

/**
 * Reads a payments list (支付明细: 日期/支付日期, 金额/支付金额(元), 摘要/备注) into execution entries. The header is
 * the first row (among the first ten) naming a date column and an amount column; `(万元)` in the amount header switches
 * the scale. Every row after it ends as an entry, a skipped 合计 line or an issue with its row, cell and text — a file
 * with any issue should be refused as a whole. `year`, when given, refuses dates outside that year.
 */
export function readPaymentRows(rows: readonly PaymentRowInput[], options: { readonly year?: number | null } = {}): PaymentRows {
  const headerAt = rows.slice(0, 10).findIndex((r) => findColumn(r.cells, DATE_HEADERS) >= 0 && findColumn(r.cells, AMOUNT_HEADERS) >= 0);
  if (headerAt < 0) {
    return {
      entries: [],
      skipped: [],
      issues: [{ row: null, cell: null, text: '', message: '未找到表头：支付明细须有“日期（或支付日期）”和“金额（或支付金额(元)）”两列' }],
    };
  }
  const header = rows[headerAt]!;
  const dateCol = findColumn(header.cells, DATE_HEADERS);
  const amountCol = findColumn(header.cells, AMOUNT_HEADERS);
  const noteCol = findColumn(header.cells, NOTE_HEADERS);
  const scale: MoneyScale = compact(header.cells[amountCol] ?? '').includes('万元') ? 'wan' : 'yuan';
  const entries: PaymentDraft[] = [];
  const issues: PaymentIssue[] = [];
  const skipped: { row: number; reason: string }[] = [];
  for (const r of rows.slice(headerAt + 1)) {
    const ref = (col: number): string => `${r.sheet ? `${r.sheet}!` : ''}${columnLetter(col)}${r.row}`;
    const dateText = (r.cells[dateCol] ?? '').trim();
    const amountText = (r.cells[amountCol] ?? '').trim();
    const note = noteCol >= 0 ? (r.cells[noteCol] ?? '').trim() : '';
    if (r.cells.every((c) => c.trim() === '')) continue;
    if (r.cells.some((c) => TOTAL_ROW.test(compact(c)))) {
      skipped.push({ row: r.row, reason: '合计行，不作为支付记录导入' });
      continue;
    }
    const paidOn = readPaymentDate(dateText);
    const amount = readPaymentAmount(amountText, scale);
    if (!dateText) issues.push({ row: r.row, cell: ref(dateCol), text: '', message: `第${r.row}行：缺少支付日期` });
    else if (!paidOn) issues.push({ row: r.row, cell: ref(dateCol), text: dateText, message: `第${r.row}行（${ref(dateCol)}）：日期“${dateText}”无法识别，应写作 2024-03-15 或 2024年3月15日` });
    else if (options.year != null && Number(paidOn.slice(0, 4)) !== options.year) {
      issues.push({ row: r.row, cell: ref(dateCol), text: dateText, message: `第${r.row}行（${ref(dateCol)}）：日期“${dateText}”不在 ${options.year} 年度内` });
    }
    if (!amountText) issues.push({ row: r.row, cell: ref(amountCol), text: '', message: `第${r.row}行：缺少金额` });
    else if (amount === null) {
      issues.push({ row: r.row, cell: ref(amountCol), text: amountText, message: `第${r.row}行（${ref(amountCol)}）：金额“${amountText}”不是精确到分的${scale === 'wan' ? '万元' : '元'}数` });
    } else if (amount === 0) issues.push({ row: r.row, cell: ref(amountCol), text: amountText, message: `第${r.row}行（${ref(amountCol)}）：金额为零` });
    if (paidOn && amount !== null && amount !== 0 && (options.year == null || Number(paidOn.slice(0, 4)) === options.year)) {
      entries.push({ paidOn, amount, note, row: r.row });
    }
  }
  if (entries.length === 0 && issues.length === 0) issues.push({ row: null, cell: null, text: '', message: '文件中没有支付记录' });
  return { entries, issues, skipped };
}
