import type { Fen } from '../../model/money';
import type { ClassificationCatalogue } from '../model/classification-catalogue';
import type { NarrativeFigure } from '../model/disclosure';

/** The table sets a disclosure can be generated with (data in generation-templates.ts). */
export type GenerationTemplateId = 'shaanxi-16' | 'core-8';

export interface GenerateDisclosureOptions {
  readonly template: GenerationTemplateId;
  /** The year's catalogue: names for codes and the economic crosswalk; without it, names come from the budget only. */
  readonly catalogue?: ClassificationCatalogue | null;
}

/** A header cell; spans as in a printed table. */
export interface GeneratedHeaderCell {
  readonly text: string;
  readonly colSpan: number;
  readonly rowSpan: number;
}

/** One leaf column of a generated table (what each body cell means). */
export interface GeneratedField {
  /** Stable ASCII key ('code', 'name', 'total', 'personnel' …), unique within the table. */
  readonly key: string;
  /** The leaf header text (path joined with '/' when the header has several rows). */
  readonly label: string;
  /** text: free text; code: a classification/unit code kept as text; money: fen; count: an integer. */
  readonly type: 'text' | 'code' | 'money' | 'count';
}

/** A body cell: text, an amount in fen, a count, or blank. */
export type GeneratedCell = string | { readonly fen: Fen } | { readonly count: number } | null;

export interface GeneratedRow {
  /** total: 合计/总计 rows; group: a 类/款 or unit row; item: a leaf. */
  readonly role: 'total' | 'group' | 'item';
  readonly cells: readonly GeneratedCell[];
}

export interface GeneratedTable {
  /** '表1' … ; repeated tables '表14-1', '表14-2' … */
  readonly id: string;
  /** Template kind ('summary', 'income', 'generalFunction', … 'projectTarget'). */
  readonly kind: string;
  readonly title: string;
  /** '元' for the money tables; '万元' for the target tables. */
  readonly moneyUnit: '元' | '万元';
  /** Header rows, top to bottom. */
  readonly columns: readonly (readonly GeneratedHeaderCell[])[];
  readonly fields: readonly GeneratedField[];
  readonly rows: readonly GeneratedRow[];
  /** True when the table has no amount (published as 空表). */
  readonly empty: boolean;
  /** The 空表说明 printed below an empty table; null when not empty. */
  readonly emptyNote: string | null;
  /** Wide tables print on landscape pages. */
  readonly wide: boolean;
}

export interface GeneratedNarrativeSection {
  /** 'overview', 'tasks', 'units', 'staffing', 'overall', 'fiscal', 'general', 'governmentFund', 'stateCapital', 'threePublic', 'assets', 'procurement', 'performance', 'operatingCosts', 'glossary'. */
  readonly key: string;
  readonly title: string;
  /** The part it belongs to ('第一部分 部门概况' …). */
  readonly part: string;
  readonly paragraphs: readonly string[];
  /** A small table inside the section (预算单位构成, 会议费培训费明细表), or null. */
  readonly table: { readonly title: string | null; readonly moneyUnit: string | null; readonly header: readonly string[]; readonly rows: readonly (readonly string[])[] } | null;
}

export interface GeneratedNarrative {
  readonly sections: readonly GeneratedNarrativeSection[];
  /** Every 万元 figure of the narrative with its year-on-year clause, as the reader would read it back. */
  readonly figures: readonly NarrativeFigure[];
}

/** A whole disclosure produced from a DepartmentBudget: the narrative and every table of the template. */
export interface GeneratedDisclosure {
  readonly template: GenerationTemplateId;
  readonly department: string;
  readonly fiscalYear: number;
  /** Title of the document ('2024年部门预算公开说明'). */
  readonly title: string;
  readonly tables: readonly GeneratedTable[];
  readonly narrative: GeneratedNarrative;
}

/** Value of a cell as fen, or null for text/blank cells. */
export function cellFen(cell: GeneratedCell): Fen | null {
  return cell !== null && typeof cell === 'object' && 'fen' in cell ? cell.fen : null;
}
