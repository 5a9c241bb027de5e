import { AlignmentType, BorderStyle, Document, Packer, PageOrientation, Paragraph, Tab, TabStopType, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType, type ISectionOptions } from 'docx';
import { formatGeneratedCell, type GeneratedCell, type GeneratedDisclosure, type GeneratedTable } from '@jixiao/core';
import { isFormTable, isVeryWide, mergeFormCells, weighFields } from './merge-form-cells';

/** 仿宋 for the narrative, 宋体 in tables, 黑体 for headings (East Asian font with a Latin fallback). */
interface DocxFont {
  readonly ascii: string;
  readonly hAnsi: string;
  readonly eastAsia: string;
  readonly cs: string;
}
const FANGSONG: DocxFont = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋', cs: 'Times New Roman' };
const SONG: DocxFont = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体', cs: 'Times New Roman' };
const HEI: DocxFont = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体', cs: 'Times New Roman' };
const A4 = { width: 11906, height: 16838 };
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

function para(text: string, opts: { font?: DocxFont; size?: number; bold?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; indent?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: opts.align ?? AlignmentType.LEFT,
    spacing: { before: 0, after: 80, line: 360 },
    ...(opts.indent ? { indent: { firstLine: 480 } } : {}),
    children: [new TextRun({ text, font: opts.font ?? FANGSONG, size: opts.size ?? 24, bold: opts.bold === true })],
  });
}

function cell(text: string, opts: { colSpan?: number; rowSpan?: number; header?: boolean; align?: 'left' | 'right' | 'center'; bold?: boolean; size: number }): TableCell {
  return new TableCell({
    borders: BORDERS,
    verticalAlign: VerticalAlign.CENTER,
    ...(opts.colSpan && opts.colSpan > 1 ? { columnSpan: opts.colSpan } : {}),
    ...(opts.rowSpan && opts.rowSpan > 1 ? { rowSpan: opts.rowSpan } : {}),
    children: [
      new Paragraph({
        alignment: opts.align === 'right' ? AlignmentType.RIGHT : opts.align === 'center' || opts.header ? AlignmentType.CENTER : AlignmentType.LEFT,
        spacing: { before: 0, after: 0 },
        children: [new TextRun({ text, font: opts.header ? HEI : SONG, size: opts.size, bold: opts.bold === true })],
      }),
    ],
  });
}

function alignOf(c: GeneratedCell, type: string): 'left' | 'right' | 'center' {
  if (c !== null && typeof c === 'object') return 'right';
  return type === 'code' ? 'center' : 'left';
}

/** A generated table as a bordered Word table (header spans kept). */
export function toDocxTable(t: GeneratedTable, contentWidth: number): Table {
  const weights = weighFields(t);
  const total = weights.reduce((s, w) => s + w, 0);
  const widths = weights.map((w) => Math.floor((w / total) * contentWidth));
  const size = isVeryWide(t) ? 10 : t.fields.length > 8 ? 14 : 18;
  const form = isFormTable(t);
  const rows: TableRow[] = [];
  for (const header of t.columns) rows.push(new TableRow({ tableHeader: true, children: header.map((h) => cell(h.text, { colSpan: h.colSpan, rowSpan: h.rowSpan, header: true, size })) }));
  for (const r of t.rows)
    rows.push(
      new TableRow({
        cantSplit: true,
        children: mergeFormCells(t, r.cells).map((m) =>
          cell(formatGeneratedCell(m.cell, t.moneyUnit), { colSpan: m.colSpan, align: form && m.field === 0 ? 'center' : alignOf(m.cell, t.fields[m.field]?.type ?? 'text'), bold: r.role === 'total', size }),
        ),
      }),
    );
  return new Table({ rows, layout: TableLayoutType.FIXED, width: { size: contentWidth, type: WidthType.DXA }, columnWidths: widths });
}

/**
 * The disclosure as a Word document: the narrative in 仿宋 on A4 portrait, the 报表目录, then one
 * section (page) per table in 宋体 with borders, landscape where the table is wide — as 001 is laid out.
 */
export async function renderDisclosureDocx(d: GeneratedDisclosure): Promise<Uint8Array> {
  const portrait = { page: { size: { width: A4.width, height: A4.height }, margin: { top: 1440, bottom: 1247, left: 1247, right: 1247 } } };
  const landscape = { page: { size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE }, margin: { top: 850, bottom: 850, left: 850, right: 850 } } };
  const narrative: (Paragraph | Table)[] = [para(d.department, { font: HEI, size: 36, align: AlignmentType.CENTER }), para(d.title, { font: HEI, size: 32, align: AlignmentType.CENTER })];
  let part = '';
  for (const s of d.narrative.sections) {
    if (s.part !== part) {
      part = s.part;
      narrative.push(para(part, { font: HEI, size: 30, align: AlignmentType.CENTER }));
    }
    narrative.push(para(s.title, { font: HEI, size: 26 }), ...s.paragraphs.map((p) => para(p, { indent: true })));
    if (s.table) {
      if (s.table.title) narrative.push(para(s.table.title, { font: HEI, size: 24, align: AlignmentType.CENTER }));
      if (s.table.moneyUnit) narrative.push(para(`单位：${s.table.moneyUnit}`, { size: 21, align: AlignmentType.RIGHT }));
      const width = A4.width - 2 * 1247;
      const weights = s.table.header.map((x) => (x === '序号' ? 0.6 : /名称/.test(x) ? 3 : 1.5));
      const sum = weights.reduce((a, b) => a + b, 0);
      narrative.push(
        new Table({
          layout: TableLayoutType.FIXED,
          width: { size: width, type: WidthType.DXA },
          columnWidths: weights.map((w) => Math.floor((w / sum) * width)),
          rows: [new TableRow({ tableHeader: true, children: s.table.header.map((h) => cell(h, { header: true, size: 20 })) }), ...s.table.rows.map((r) => new TableRow({ children: r.map((x) => cell(x, { size: 20 })) }))],
        }),
      );
    }
  }
  const sections: ISectionOptions[] = [{ properties: portrait, children: narrative }];
  const listed = new Map<string, GeneratedTable>();
  for (const t of d.tables) if (!listed.has(t.id.replace(/-\d+$/, ''))) listed.set(t.id.replace(/-\d+$/, ''), t);
  const portraitWidth = A4.width - 2 * 1247;
  sections.push({
    properties: portrait,
    children: [
      para(`${d.fiscalYear}年部门综合预算公开报表`, { font: HEI, size: 32, align: AlignmentType.CENTER }),
      para(`部门名称：${d.department}`),
      para('报表目录', { font: HEI, size: 28, align: AlignmentType.CENTER }),
      new Table({
        layout: TableLayoutType.FIXED,
        width: { size: portraitWidth, type: WidthType.DXA },
        columnWidths: [850, 4900, 850, portraitWidth - 6600],
        rows: [
          new TableRow({ tableHeader: true, children: ['报表', '报表名称', '是否空表', '表格为空的理由'].map((h) => cell(h, { header: true, size: 20 })) }),
          ...[...listed].map(([id, t]) => new TableRow({ children: [cell(id, { align: 'center', size: 20 }), cell(t.title, { size: 20 }), cell(t.empty ? '是' : '', { align: 'center', size: 20 }), cell(t.empty ? (t.emptyNote ?? '') : '', { size: 20 })] })),
        ],
      }),
    ],
  });
  for (const t of d.tables) {
    const props = t.wide ? landscape : portrait;
    const contentWidth = t.wide ? A4.height - 2 * 850 : portraitWidth;
    sections.push({
      properties: props,
      children: [
        para(t.id, { font: HEI, size: 22 }),
        para(t.title, { font: HEI, size: 30, align: AlignmentType.CENTER }),
        new Paragraph({
          tabStops: [{ type: TabStopType.RIGHT, position: contentWidth }],
          spacing: { before: 0, after: 60 },
          children: [new TextRun({ text: `部门名称：${d.department}`, font: SONG, size: 21 }), new TextRun({ children: [new Tab(), `单位：${t.moneyUnit}`], font: SONG, size: 21 })],
        }),
        toDocxTable(t, contentWidth),
        ...(t.empty && t.emptyNote ? [para(t.emptyNote, { font: SONG, size: 22 })] : []),
      ],
    });
  }
  const doc = new Document({ creator: 'Jixiao', title: `${d.department}${d.title}`, sections });
  return new Uint8Array(await Packer.toBuffer(doc));
}
