import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlign,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { CellAlign, LayoutView, ViewBlock, ViewCell } from '@jixiao/core';
import { placeCells } from '@jixiao/core';

/** Word's East Asian font for CJK text, with a Latin fallback for digits and letters. */
export const DOCX_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体', cs: 'Times New Roman' } as const;
const HEADING_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体', cs: 'Times New Roman' } as const;

const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: 1134, bottom: 1134, left: 1020, right: 1020 };
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

const ALIGN: Record<CellAlign, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

function cellParagraphs(cell: ViewCell): Paragraph[] {
  return cell.text.split('\n').map(
    (line) =>
      new Paragraph({
        alignment: ALIGN[cell.align ?? 'left'],
        spacing: { before: 0, after: 0 },
        children: [new TextRun({ text: line, font: cell.label ? HEADING_FONT : DOCX_FONT, size: 20, bold: cell.bold === true })],
      }),
  );
}

function blockTable(block: ViewBlock, view: LayoutView, contentWidth: number): Table {
  const total = view.columns.reduce((s, c) => s + c.width, 0);
  const widths = view.columns.map((c) => Math.floor((c.width / total) * contentWidth));
  const placed = placeCells(block, view.columns.length);
  const rows = block.rows.map((row, r) => {
    const cells = placed
      .filter((p) => p.row === r)
      .sort((a, b) => a.col - b.col)
      .map(
        (p) =>
          new TableCell({
            children: cellParagraphs(p.cell),
            ...(p.rowSpan > 1 ? { rowSpan: p.rowSpan } : {}),
            ...(p.colSpan > 1 ? { columnSpan: p.colSpan } : {}),
            verticalAlign: VerticalAlign.CENTER,
            width: { size: widths.slice(p.col, p.col + p.colSpan).reduce((s, w) => s + w, 0), type: WidthType.DXA },
            borders: BORDERS,
            margins: { top: 30, bottom: 30, left: 60, right: 60 },
          }),
      );
    return new TableRow({ children: cells, cantSplit: true, ...(r < block.headerRows ? { tableHeader: true } : {}) });
  });
  return new Table({ rows, columnWidths: widths, layout: TableLayoutType.FIXED, width: { size: contentWidth, type: WidthType.DXA } });
}

function viewSection(view: LayoutView): ISectionOptions {
  const landscape = view.orientation === 'landscape';
  const contentWidth = (landscape ? A4.height : A4.width) - MARGIN.left - MARGIN.right;
  const centered = (text: string, size: number, bold = false): Paragraph =>
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 80 }, children: [new TextRun({ text, size, bold, font: bold ? HEADING_FONT : DOCX_FONT })] });
  const meta = view.meta.map(
    (m) =>
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: contentWidth }],
        spacing: { after: 40 },
        children: [new TextRun({ text: m.left ?? '', font: DOCX_FONT, size: 21 }), ...(m.right !== undefined ? [new TextRun({ text: `\t${m.right}`, font: DOCX_FONT, size: 21 })] : [])],
      }),
  );
  const children: (Paragraph | Table)[] = [centered(view.title, 32, true), ...view.subtitles.map((s) => centered(s, 21)), ...meta];
  for (const block of view.blocks) children.push(blockTable(block, view, contentWidth));
  children.push(new Paragraph({ children: [] }));
  return {
    properties: {
      page: {
        size: { width: A4.width, height: A4.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: MARGIN,
      },
    },
    children,
  };
}

/** A Word document with one section (new page) per view: real tables, merged cells, A4. */
export async function renderDocx(views: LayoutView | readonly LayoutView[], opts: { title?: string } = {}): Promise<Uint8Array> {
  const list: readonly LayoutView[] = Array.isArray(views) ? views : [views as LayoutView];
  const doc = new Document({
    title: opts.title ?? list[0]?.title ?? '绩效目标表',
    creator: 'Jixiao',
    styles: { default: { document: { run: { font: DOCX_FONT, size: 21 } } } },
    sections: list.map(viewSection),
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
