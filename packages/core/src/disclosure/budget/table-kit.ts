import type { Fen } from '../../model/money';
import type { GeneratedCell, GeneratedField, GeneratedHeaderCell, GeneratedRow, GeneratedTable } from './generated-disclosure';
import type { GenerationTableSpec } from './generation-templates';

/** A header cell. */
export function h(text: string, colSpan = 1, rowSpan = 1): GeneratedHeaderCell {
  return { text, colSpan, rowSpan };
}

/** An amount cell; zero prints blank as in the published tables. */
export function money(fen: Fen | null | undefined): GeneratedCell {
  return fen === null || fen === undefined || fen === 0 ? null : { fen };
}

/** An amount cell that prints 0.00 when zero (totals of a non-empty table). */
export function moneyOrZero(fen: Fen): GeneratedCell {
  return { fen };
}

export function count(value: number): GeneratedCell {
  return { count: value };
}

export function field(key: string, label: string, type: GeneratedField['type']): GeneratedField {
  return { key, label, type };
}

export function row(role: GeneratedRow['role'], cells: readonly GeneratedCell[]): GeneratedRow {
  return { role, cells };
}

/** The parts of a table a builder decides; the template spec adds id, kind, title and the 空表说明. */
export interface TableBody {
  readonly columns: readonly (readonly GeneratedHeaderCell[])[];
  readonly fields: readonly GeneratedField[];
  readonly rows: readonly GeneratedRow[];
  readonly moneyUnit?: '元' | '万元';
  readonly wide?: boolean;
  /** Overrides "no amount in any cell" (target tables count as filled when they have a project). */
  readonly empty?: boolean;
}

export function hasAmount(rows: readonly GeneratedRow[]): boolean {
  return rows.some((r) => r.cells.some((c) => c !== null && typeof c === 'object' && 'fen' in c && c.fen !== 0));
}

/** Completes a table from its template spec and body. */
export function toGeneratedTable(spec: GenerationTableSpec, id: string, body: TableBody, emptyNote: string | undefined): GeneratedTable {
  const empty = body.empty ?? !hasAmount(body.rows);
  return {
    id,
    kind: spec.kind,
    title: spec.title,
    moneyUnit: body.moneyUnit ?? '元',
    columns: body.columns,
    fields: body.fields,
    rows: body.rows,
    empty,
    emptyNote: empty ? (emptyNote ?? spec.emptyNote) : null,
    wide: body.wide ?? body.fields.length > 7,
  };
}
