import type { Row } from '../../import/cell-document';
import type { DepartmentTarget } from '../../model/department-target';
import type { Project } from '../../model/project';
import type { BudgetLine, CodeTable, Disclosure, PerformanceTargets } from '../model/disclosure';
import { locateDisclosureTables, type LocatedTable } from './locate-disclosure-tables';
import { readCodeTable } from './read-code-table';
import { readNarrative } from './read-narrative';
import { readProcurementTable } from './read-procurement-table';
import { readProjectTable } from './read-project-table';
import { readSummaryTable } from './read-summary-table';
import { readThreePublicTable } from './read-three-public-table';
import { readUnitAmountTable } from './read-unit-amount-table';

/** The performance-target tables as the importer (parseDocument) already read them. */
export interface ImportedTargets {
  readonly projects: readonly Project[];
  readonly departmentTargets: readonly DepartmentTarget[];
}

export interface ReadDisclosureOptions {
  readonly targets?: ImportedTargets;
}

/** Reads a department budget disclosure (narrative + 报表目录 + tables) back from rows of cells. */
export function readDisclosure(rows: readonly Row[], options: ReadDisclosureOptions = {}): Disclosure {
  const located = locateDisclosureTables(rows);
  const problems: { table: string; message: string; line: number | null }[] = [];
  const byKind = (kind: string): LocatedTable | undefined => located.tables.find((t) => t.table.kind === kind);
  const readWith = <T>(kind: string, reader: (rows: readonly Row[]) => T | null): T | null => {
    const t = byKind(kind);
    if (!t) return null;
    const result = reader(t.rows);
    if (result === null && !t.table.empty) problems.push({ table: t.table.id, message: `${t.table.id}《${t.table.title}》的表头无法识别，未读取其数字`, line: t.table.startLine });
    return result;
  };
  const { narrative, staffing } = readNarrative(located.narrativeRows);
  const generalFunction = readWith('generalFunction', readCodeTable);
  const generalEconomic = readWith('generalEconomic', readCodeTable);
  const expenditure = readWith('expenditure', readUnitAmountTable);
  const income = readWith('income', readUnitAmountTable);
  const units = [...(expenditure?.rows ?? income?.rows ?? [])].filter((r) => r.unitCode !== null).map((r) => ({ code: r.unitCode, name: r.unitName }));
  const leafUnits = units.filter((u) => !units.some((o) => o !== u && o.code !== null && u.code !== null && o.code.startsWith(u.code)));
  const unitCode = leafUnits.length === 1 ? (leafUnits[0]!.code ?? null) : null;
  const threePublic = readWith('threePublic', readThreePublicTable);
  const firstUnitName = located.tables.find((t) => t.table.unitName)?.table.unitName ?? null;
  const yearText = rows.map((r) => r.cells.join('')).find((t) => /(\d{4})年(部门)?(综合)?预算公开/.test(t));
  return {
    department: firstUnitName,
    fiscalYear: yearText ? Number(/(\d{4})年/.exec(yearText)![1]) : null,
    units: leafUnits,
    staffing,
    tables: located.tables.map((t) => t.table),
    catalogue: located.catalogue,
    summary: readWith('summary', readSummaryTable),
    fiscalSummary: readWith('fiscalSummary', readSummaryTable),
    governmentFundSummary: byKind('governmentFund') ? readSummaryTable(byKind('governmentFund')!.rows) : null,
    income,
    expenditure,
    generalFunction,
    generalEconomic,
    basicFunction: readWith('basicFunction', readCodeTable),
    basicEconomic: readWith('basicEconomic', readCodeTable),
    projects: readWith('projects', readProjectTable),
    procurement: readWith('procurement', readProcurementTable),
    threePublic: threePublic?.rows ?? null,
    performance: toPerformanceTargets(options.targets, located.tables),
    lines: [...toBudgetLines(generalFunction, '表5', unitCode), ...toBudgetLines(generalEconomic, '表6', unitCode)],
    narrative,
    tableTexts: located.tables.flatMap((t) => t.rows.flatMap((r) => r.cells.filter((c) => c.trim() !== '').map((c) => ({ table: t.table.id, text: c.trim(), line: r.loc.line ?? 0 })))),
    readProblems: problems,
  };
}

function toBudgetLines(table: CodeTable | null, tableId: string, unitCode: string | null): BudgetLine[] {
  if (!table) return [];
  const leafLength = table.codeKind === 'function' ? 7 : 5;
  const out: BudgetLine[] = [];
  for (const row of table.rows) {
    if (row.code === null || row.code.length !== leafLength) continue;
    const kinds: [BudgetLine['kind'], number | null | undefined][] = [
      ['personnel', row.personnel],
      ['publicUse', row.publicUse],
      ['project', row.project],
    ];
    for (const [kind, amount] of kinds) {
      if (amount == null || amount === 0) continue;
      out.push({
        unitCode,
        source: '一般公共预算',
        functionCode: table.codeKind === 'function' ? row.code : null,
        deptEconomicCode: table.codeKind === 'economic' ? row.code : null,
        govEconomicCode: table.codeKind === 'economic' ? row.govCode : null,
        kind,
        amount,
        table: tableId,
        line: row.line,
      });
    }
  }
  return out;
}

function toPerformanceTargets(targets: ImportedTargets | undefined, tables: readonly LocatedTable[]): PerformanceTargets {
  if (!targets) return { projects: [], departmentTotal: null, tasks: [], supplied: false };
  const tableAt = (line: number | undefined): string | null =>
    line === undefined ? null : (tables.find((t) => t.table.startLine <= line && line <= t.table.endLine)?.table.id ?? null);
  const dept = targets.departmentTargets[0];
  return {
    projects: targets.projects.map((p) => ({ name: p.name, table: tableAt(p.source?.line), total: p.funds.total, fiscal: p.funds.fiscal, line: p.source?.line ?? null })),
    departmentTotal: dept?.funds.total ?? null,
    tasks: (dept?.tasks ?? []).map((t) => ({ name: t.name, amount: t.amount })),
    supplied: true,
  };
}
