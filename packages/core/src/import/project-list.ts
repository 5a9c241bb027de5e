import type { Project } from '../model/project';
import type { SourceLocation } from '../model/source-location';
import type { MoneyScale } from '../model/money';
import type { ColumnRole } from '../lexicon/columns';
import { parseTargetValue } from '../value/index';
import { parseMoney } from './parse-money';
import { parseOutline, type OutlineItem } from './parse-outline';
import { completeCategory } from './finish-form';
import { createIndicator, type Indicator } from '../model/indicator';
import { splitGoals } from './split-goals';
import { canonicalLevel1 } from './indicator-grid';

export interface ListState {
  columns: Map<ColumnRole, number>;
  scale: MoneyScale | null;
  unitCode: string | null;
  unitName: string | null;
  departmentCode: string | null;
  departmentName: string | null;
  year: number | null;
  width: number;
}

export interface ListRowResult {
  used: boolean;
  project: Project | null;
  warnings: { code: string; message: string; text?: string }[];
}

/**
 * Reads one row of a project list (部门预算项目支出绩效目标公开表): unit rows carry a unit code and
 * a subtotal; project rows carry goals and the indicators as an outline inside one cell.
 */
export function readListRow(state: ListState, cells: readonly string[], loc: SourceLocation, _file: string): ListRowResult {
  const get = (role: ColumnRole) => {
    const col = state.columns.get(role);
    return col === undefined ? '' : (cells[col] ?? '').trim();
  };
  const code = get('unitCode') || get('serial');
  const name = get('projectName');
  const amountText = get('amount');
  const goalsText = get('goals');
  const indicatorsText = get('indicators');
  const warnings: ListRowResult['warnings'] = [];
  if (!name) return { used: false, project: null, warnings };
  if (!goalsText && !indicatorsText) {
    if (/^\d{3,}$/.test(code)) {
      if (!state.departmentCode || code.length <= state.departmentCode.length) {
        state.departmentCode = code;
        state.departmentName = name;
      }
      state.unitCode = code;
      state.unitName = name;
      return { used: true, project: null, warnings };
    }
    return { used: false, project: null, warnings };
  }
  const money = parseMoney(amountText, state.scale);
  if (!money.ok) warnings.push({ code: 'unreadable-amount', message: `无法识别的金额“${amountText}”`, text: amountText });
  const outline = parseOutline(indicatorsText);
  for (const u of outline.unplaced) warnings.push({ code: 'unplaced-cell', message: `绩效指标中无法识别的内容：“${u.text.slice(0, 60)}”`, text: u.text });
  const project: Project = {
    code: /^\d{1,3}$/.test(code) || /^\d{3,}$/.test(code) || !code ? null : code,
    name,
    unit: state.unitName,
    unitCode: state.unitCode,
    department: state.departmentName,
    departmentCode: state.departmentCode,
    implementingUnit: null,
    fiscalYear: state.year,
    kind: null,
    period: null,
    preparer: null,
    preparerPhone: null,
    preparedOn: null,
    projectLead: null,
    funds: { total: money.fen, fiscal: null, other: null },
    purpose: null,
    spendingPlan: [],
    goals: splitGoals(goalsText),
    longTermGoals: [],
    indicators: outline.items.map((item) => completeCategory(indicatorFromItem(item, loc))),
    categoryMarks: [],
    raw: { serial: code, amount: amountText, goals: goalsText, indicators: indicatorsText },
    source: loc,
  };
  return { used: true, project, warnings };
}

/** An indicator from an outline item (`1.离休干部人数 6人` under its headings). */
export function indicatorFromItem(item: OutlineItem, loc: SourceLocation): Indicator {
  return createIndicator({
    level1: item.level2 ? canonicalLevel1(item.level1, item.level2) : item.level1,
    level2: item.level2,
    level1Text: item.level1Text,
    level2Text: item.level2Text,
    name: item.name,
    targetText: item.value,
    target: item.value ? parseTargetValue(item.value).target : null,
    raw: { name: item.name, ...(item.value ? { target: item.value } : {}) },
    source: loc,
  });
}
