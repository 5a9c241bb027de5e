import type { ColumnRole } from '../lexicon/columns';

export interface RecordCell {
  readonly text: string;
  /** Position of the cell in its row (for the position prior). */
  readonly col: number;
}

export interface GridColumn {
  readonly role: ColumnRole;
  readonly col: number;
}

export interface Alignment {
  readonly assigned: Map<ColumnRole, string>;
  readonly unplaced: RecordCell[];
}

const OPERATOR_START = /^(≥|≤|>=|<=|[><=＞＜＝≧≦]|不低于|不少于|不高于|不超过|大于|小于)/;
const NUMBER_LIKE = /^[+-]?\d[\d,]*(\.\d+)?\s*(%|[^\d\s]{0,8})?$/;
const PURE_NUMBER = /^[+-]?\d+(\.\d+)?$/;
const BASIS_WORDS = /(标准|规定|依据|文件|政策|要求|计划|历史|行业|测算|方案|预算|实际|其他)/;
const RULE_WORDS = /(赋分|比例|等级|直接|扣分|满分|得分|计分)/;
const EVIDENCE_WORDS = /(资料|凭证|材料|报表|记录|台账|档案|清单|数据|报告|合同|发票|照片)/;
const UNIT_WORD = /^(%|‰|百分比|[万亿千]?(元|人次|人|次|个|项|家|件|批次|批|册|条|场次|场|户|所|台|套|本|份|期|张|名|辆|天|日|月|个月|年|小时|平方米|平方|米|公里|吨|度|方|篇|课时|学时|点位|例|单)(\/[\u4e00-\u9fa5]{1,3})*)$/;
const NATURE_WORDS = /^(≥|≤|=|>|<|定性|定量|正向|反向|正向指标|反向指标)$/;

/** True when a cell reads as a target value (operator, number with unit, percentage). */
export function isValueLike(t: string): boolean {
  return OPERATOR_START.test(t) || NUMBER_LIKE.test(t) || /\d\s*%/.test(t) || /^百分之/.test(t);
}

/** What the scoring needs to know about a cell, computed once per cell. */
interface CellFeatures {
  readonly text: string;
  readonly value: boolean;
  readonly short: boolean;
  readonly pureNumber: boolean;
  readonly operatorStart: boolean;
}

function describeCell(text: string): CellFeatures {
  return { text, value: isValueLike(text), short: text.length <= 12, pureNumber: PURE_NUMBER.test(text), operatorStart: OPERATOR_START.test(text) };
}

/** How well a cell's text fits a column role; higher is better, negative means unlikely. */
export function scoreCellForRole(role: ColumnRole, text: string): number {
  return scoreFeatures(role, describeCell(text));
}

function scoreFeatures(role: ColumnRole, f: CellFeatures): number {
  const { text, value, short } = f;
  switch (role) {
    case 'name':
      return text.startsWith('指标') && /^指标\s*\d+\s*[:：]/.test(text) ? 4 : value ? (f.operatorStart ? -3 : -1) : 1;
    case 'target':
    case 'longTermTarget':
      return value ? 2.5 : short ? 0.5 : 0;
    case 'actual':
      return value ? 2 : short ? 0.5 : 0;
    case 'priorActual':
      return value ? 1.5 : /^(无|达成目标|\/)$/.test(text) ? 1 : short ? 0.2 : -0.5;
    case 'weight':
    case 'score':
      return f.pureNumber && Number(text) <= 100 ? 3 : -4;
    case 'basis':
      return BASIS_WORDS.test(text) && text.length <= 24 && !value ? 3 : value ? -2 : 0;
    case 'scoringRule':
      return RULE_WORDS.test(text) ? 3 : -1;
    case 'evidence':
      return EVIDENCE_WORDS.test(text) && !value ? 2.5 : value ? -2 : 0;
    case 'description':
      return value ? -1 : 0.5;
    case 'nature':
      return NATURE_WORDS.test(text) ? 3 : -3;
    case 'measureUnit':
      return UNIT_WORD.test(text) ? 2.5 : -3;
    case 'taskName':
      return /^任务\s*\d+$/.test(text) ? 3 : value ? -2 : 1;
    case 'taskContent':
      return value ? -2 : 0.5;
    case 'amount':
    case 'amountTotal':
    case 'amountFiscal':
    case 'amountOther':
      return /^[\d,]+(\.\d+)?(万元|元|万)?$/.test(text) ? 2 : -3;
    case 'serial':
      return f.pureNumber && text.length <= 3 ? 2 : -4;
    default:
      return 0;
  }
}

/** Full-width forms and radicals: only texts holding them need NFKC before scoring. */
const WIDE_FORMS = /[\uff00-\uffef\u2e80-\u2fdf\u3000]/;
const SKIP_PENALTY = -3;
const POSITION_BONUS = 1.5;

/**
 * Assigns the non-empty cells of a record to the grid's columns in order (a monotone alignment
 * chosen by dynamic programming), so that vanished merged cells, drifted OCR cells and extra or
 * missing separators still land in the right column. `positional` rows (as many cells as the
 * header) get a bonus for staying in their own column.
 */
export function alignRecord(cells: readonly RecordCell[], columns: readonly GridColumn[], positional: boolean): Alignment {
  // Score on NFKC text so full-width digits and operators count as values.
  const features = cells.map((c) => describeCell(WIDE_FORMS.test(c.text) ? c.text.normalize('NFKC') : c.text));
  const n = cells.length;
  const m = columns.length;
  const w = m + 1;
  // best[i*w+j]: best score placing the first i cells using the first j columns; flat typed arrays
  // keep this allocation-light (it runs once per indicator row).
  const best = new Float64Array((n + 1) * w).fill(-Infinity);
  const move = new Uint8Array((n + 1) * w);
  for (let j = 0; j <= m; j++) best[j] = 0;
  for (let i = 1; i <= n; i++) {
    const cell = cells[i - 1]!;
    best[i * w] = best[(i - 1) * w]! + SKIP_PENALTY;
    move[i * w] = 2;
    for (let j = 1; j <= m; j++) {
      const column = columns[j - 1]!;
      let fit = scoreFeatures(column.role, features[i - 1]!);
      if (positional && cell.col === column.col) fit += POSITION_BONUS;
      const place = best[(i - 1) * w + j - 1]! + fit;
      const leaveColumn = best[i * w + j - 1]!;
      const skipCell = best[(i - 1) * w + j]! + SKIP_PENALTY;
      if (place >= leaveColumn && place >= skipCell) {
        best[i * w + j] = place;
        move[i * w + j] = 1;
      } else if (leaveColumn >= skipCell) {
        best[i * w + j] = leaveColumn;
        move[i * w + j] = 0;
      } else {
        best[i * w + j] = skipCell;
        move[i * w + j] = 2;
      }
    }
  }
  const assigned = new Map<ColumnRole, string>();
  const unplaced: RecordCell[] = [];
  let i = n;
  let j = m;
  while (i > 0) {
    const mv = move[i * w + j]!;
    if (j > 0 && mv === 1) {
      const role = columns[j - 1]!.role;
      const prev = assigned.get(role);
      assigned.set(role, prev ? `${cells[i - 1]!.text}\n${prev}` : cells[i - 1]!.text);
      i--;
      j--;
    } else if (j > 0 && mv === 0) j--;
    else {
      unplaced.unshift(cells[i - 1]!);
      i--;
    }
  }
  return { assigned, unplaced };
}
