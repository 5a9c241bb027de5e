import type { LayoutView, ViewBlock, ViewCell } from '@jixiao/core';
import { placeCells } from '@jixiao/core';
import { escapeHtml, escapeMultiline } from './escape-html';
import { buildPrintCss } from './print-css';

export interface RenderHtmlOptions {
  /** Document title (escaped); defaults to the first view's title. */
  readonly title?: string;
  /** Extra HTML placed before the forms (already safe markup, e.g. a table of contents). */
  readonly preface?: string;
  /** Element ids for the forms' sections, for links from a table of contents. */
  readonly anchors?: readonly string[];
}

function cellHtml(cell: ViewCell, tag: 'td' | 'th', rowSpan: number, colSpan: number, extraClass = '', text = cell.text): string {
  const cls = [cell.align ?? 'left', cell.label ? 'label' : '', cell.bold ? 'bold' : '', extraClass].filter((s) => s).join(' ');
  const spans = `${rowSpan > 1 ? ` rowspan="${rowSpan}"` : ''}${colSpan > 1 ? ` colspan="${colSpan}"` : ''}`;
  return `<${tag} class="${cls}"${spans}>${escapeMultiline(text)}</${tag}>`;
}

/**
 * One block as a table: the header rows go into a repeated `thead`; a cell spanning from the header
 * into the body (绩效指标 down the grid) is split into two borderless-joined cells.
 */
function blockHtml(block: ViewBlock, view: LayoutView): string {
  const n = view.columns.length;
  const total = view.columns.reduce((s, c) => s + c.width, 0);
  const cols = view.columns.map((c) => `<col style="width:${((c.width / total) * 100).toFixed(2)}%">`).join('');
  const placed = placeCells(block, n);
  const h = block.headerRows;
  const rows: { col: number; html: string }[][] = block.rows.map(() => []);
  for (const p of placed) {
    if (p.row < h && p.row + p.rowSpan > h) {
      const headPart = h - p.row;
      const bodyPart = p.rowSpan - headPart;
      const textInBody = bodyPart > headPart;
      rows[p.row]!.push({ col: p.col, html: cellHtml(p.cell, 'th', headPart, p.colSpan, 'cont-below', textInBody ? '' : p.cell.text) });
      rows[h]!.push({ col: p.col, html: cellHtml(p.cell, 'td', bodyPart, p.colSpan, 'cont-above', textInBody ? p.cell.text : '') });
      continue;
    }
    rows[p.row]!.push({ col: p.col, html: cellHtml(p.cell, p.row < h ? 'th' : 'td', p.rowSpan, p.colSpan) });
  }
  const tr = (r: number): string => `<tr>${[...rows[r]!].sort((a, b) => a.col - b.col).map((c) => c.html).join('')}</tr>`;
  const head = h ? `<thead>${block.rows.slice(0, h).map((_r, i) => tr(i)).join('')}</thead>` : '';
  const body = block.rows.map((_r, i) => i).filter((i) => i >= h).map(tr).join('');
  return `<table class="grid"><colgroup>${cols}</colgroup>${head}<tbody>${body}</tbody></table>`;
}

export function renderViewSection(view: LayoutView, anchor?: string): string {
  const meta = view.meta
    .map((m) => `<div class="meta"><span>${escapeHtml(m.left ?? '')}</span>${m.right !== undefined ? `<span>${escapeHtml(m.right)}</span>` : ''}</div>`)
    .join('');
  const subtitles = view.subtitles.map((s) => `<p class="subtitle">${escapeHtml(s)}</p>`).join('');
  const id = anchor ? ` id="${escapeHtml(anchor)}"` : '';
  return `<section class="form ${view.orientation}"${id} data-layout="${escapeHtml(view.layoutId)}"><h1>${escapeHtml(view.title)}</h1>${subtitles}${meta}${view.blocks.map((b) => blockHtml(b, view)).join('')}</section>`;
}

/** Print-ready HTML (A4, repeated table headers, indicator rows never split) for one or more views. */
export function renderHtml(views: LayoutView | readonly LayoutView[], opts: RenderHtmlOptions = {}): string {
  const list: readonly LayoutView[] = Array.isArray(views) ? views : [views as LayoutView];
  const title = opts.title ?? list[0]?.title ?? '绩效目标表';
  const sections = list.map((v, i) => renderViewSection(v, opts.anchors?.[i])).join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title><style>${buildPrintCss()}</style></head>
<body>${opts.preface ?? ''}${sections}</body></html>`;
}
