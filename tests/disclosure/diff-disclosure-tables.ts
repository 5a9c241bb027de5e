import { formatYuan, type CodeTable, type DepartmentTarget, type Disclosure, type Indicator, type NarrativeFigure, type Project, type ProjectNode, type SummaryTable, type UnitAmountTable } from '@jixiao/core';

/** What a table states, as key → printed value (amounts in 元 as formatYuan prints them; blank and zero amounts left out). */
export type TableFacts = Map<string, string>;

/** One difference between two readings of the same table. */
export interface FactDifference {
  readonly key: string;
  readonly source: string | null;
  readonly regenerated: string | null;
}

const norm = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '');
const put = (facts: TableFacts, key: string, fen: number | null | undefined): void => {
  if (fen !== null && fen !== undefined && fen !== 0) facts.set(key, formatYuan(fen));
};

export function summaryFacts(t: SummaryTable | null): TableFacts {
  const facts: TableFacts = new Map();
  for (const i of t?.items ?? []) put(facts, `${i.group}/${norm(i.parent ?? '')}/${norm(i.label)}`, i.amount);
  return facts;
}

export function unitAmountFacts(t: UnitAmountTable | null): TableFacts {
  const facts: TableFacts = new Map();
  for (const r of t?.rows ?? []) for (const [column, amount] of Object.entries(r.amounts)) put(facts, `${r.unitCode ?? ''}|${norm(r.unitName)}|${norm(column)}`, amount);
  return facts;
}

/** Codes, names, 政府经济 codes and names, and every amount of a 表5–表8 table. */
export function codeTableFacts(t: CodeTable | null): TableFacts {
  const facts: TableFacts = new Map();
  for (const r of t?.rows ?? []) {
    const key = r.code ?? '合计';
    if (r.code !== null) facts.set(`${key}|name`, norm(r.name));
    if (r.govCode) facts.set(`${key}|gov`, `${r.govCode} ${norm(r.govName ?? '')}`);
    put(facts, `${key}|total`, r.total);
    put(facts, `${key}|personnel`, r.personnel);
    put(facts, `${key}|publicUse`, r.publicUse);
    put(facts, `${key}|project`, r.project);
  }
  return facts;
}

export function projectFacts(d: Disclosure): TableFacts {
  const facts: TableFacts = new Map();
  if (!d.projects) return facts;
  put(facts, '合计', d.projects.total?.amount);
  const walk = (n: ProjectNode, path: string): void => {
    const here = `${path}/${n.unitCode ?? ''}${norm(n.name)}`;
    put(facts, here, n.amount);
    for (const c of n.children) walk(c, here);
  };
  for (const u of d.projects.units) walk(u, '');
  return facts;
}

/** 表12: the 合计 row and each item (unit group rows are a layout choice: 001 prints one per function 项). */
export function procurementFacts(d: Disclosure): TableFacts {
  const facts: TableFacts = new Map();
  for (const p of d.procurement ?? []) {
    if (p.role !== 'total' && p.role !== 'item') continue;
    const key = p.role === 'total' ? '合计' : `${norm(p.name)}|${p.functionCode}|${p.catalogueCode}|${p.kind}|${p.deptEconomicCode}|${p.govEconomicCode}`;
    put(facts, `${key}|amount`, p.amount);
    if (p.quantity) facts.set(`${key}|quantity`, String(p.quantity));
  }
  return facts;
}

export function threePublicFacts(d: Disclosure): TableFacts {
  const facts: TableFacts = new Map();
  for (const r of d.threePublic ?? [])
    for (const block of ['prior', 'current', 'change'] as const) for (const [item, amount] of Object.entries(r[block] ?? {})) put(facts, `${r.unitCode ?? ''}${norm(r.unitName)}|${block}|${item}`, amount as number | null);
  return facts;
}

/** The narrative's 万元 figures with their year-on-year clauses, keyed by section, code and label. */
export function narrativeFacts(figures: readonly NarrativeFigure[]): TableFacts {
  const facts: TableFacts = new Map();
  const seen = new Map<string, number>();
  for (const f of figures) {
    const base = `${f.section}|${f.code ?? ''}|${norm(f.label)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const clause = [f.amountText, f.direction ?? '', f.changeText ?? '', f.rateText ?? '', norm(f.reason ?? '')].join(' ');
    facts.set(`${base}#${n}`, clause.trim());
  }
  return facts;
}

/** Every key whose value differs, in the source's order then the regenerated's. */
export function diffFacts(source: TableFacts, regenerated: TableFacts): FactDifference[] {
  const keys = [...new Set([...source.keys(), ...regenerated.keys()])];
  return keys.filter((k) => source.get(k) !== regenerated.get(k)).map((key) => ({ key, source: source.get(key) ?? null, regenerated: regenerated.get(key) ?? null }));
}

/** What the importer reads from the target tables (表14-n, 表15): names, amounts, goals and every indicator. */
export interface TargetReading {
  readonly projects: readonly Project[];
  readonly departmentTargets: readonly DepartmentTarget[];
}

function indicatorFacts(facts: TableFacts, prefix: string, indicators: readonly Indicator[]): void {
  indicators.forEach((i, k) => facts.set(`${prefix}|indicator${k + 1}`, [i.level1 ?? norm(i.level1Text ?? ''), i.level2 ?? norm(i.level2Text ?? ''), norm(i.name), norm(i.targetText ?? '')].join(' / ')));
}

export function projectTargetFacts(t: TargetReading, name: string): TableFacts {
  const facts: TableFacts = new Map();
  const p = t.projects.find((x) => x.name === name);
  if (!p) return facts;
  put(facts, 'total', p.funds.total);
  put(facts, 'fiscal', p.funds.fiscal);
  put(facts, 'other', p.funds.other);
  facts.set('department', norm(p.department ?? ''));
  facts.set('goals', norm(p.goals.join('')));
  indicatorFacts(facts, 'p', p.indicators);
  return facts;
}

export function departmentTargetFacts(t: TargetReading): TableFacts {
  const facts: TableFacts = new Map();
  const d = t.departmentTargets[0];
  if (!d) return facts;
  facts.set('name', norm(d.name));
  put(facts, 'total', d.funds.total);
  d.tasks.forEach((task, k) => {
    facts.set(`task${k + 1}|name`, norm(task.name));
    facts.set(`task${k + 1}|content`, norm(task.content ?? ''));
    put(facts, `task${k + 1}|amount`, task.amount);
    put(facts, `task${k + 1}|fiscal`, task.fiscal);
    put(facts, `task${k + 1}|other`, task.other);
  });
  facts.set('goals', norm(d.goals.join('')));
  indicatorFacts(facts, 'd', d.indicators);
  return facts;
}
