import { formatGeneratedCell, type GeneratedCell, type GeneratedDisclosure, type GeneratedTable } from '@jixiao/core';
import { escapeHtml } from '../escape-html';
import { FONT_STACK, HEADING_FONT_STACK } from '../print-css';
import { isFormTable, isVeryWide, mergeFormCells, weighFields } from './merge-form-cells';

const BODY_FONT = `"FangSong", "仿宋", ${FONT_STACK}`;

function css(): string {
  return `
@page { size: A4 portrait; margin: 20mm 18mm 18mm 18mm; }
@page landscape { size: A4 landscape; margin: 10mm 8mm 10mm 8mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: ${BODY_FONT}; font-size: 12pt; color: #000; background: #fff; }
.narrative { page: portrait; }
.narrative h1 { font-family: ${HEADING_FONT_STACK}; font-size: 20pt; text-align: center; margin: 40pt 0 6pt; }
.narrative h2 { font-family: ${HEADING_FONT_STACK}; font-size: 15pt; text-align: center; margin: 18pt 0 8pt; }
.narrative h3 { font-family: ${HEADING_FONT_STACK}; font-size: 13pt; margin: 12pt 0 6pt; }
.narrative p { text-indent: 2em; line-height: 1.6; margin: 0 0 4pt; text-align: justify; }
.sheet { page: portrait; break-before: page; page-break-before: always; }
.sheet.landscape { page: landscape; }
.sheet .no { font-family: ${HEADING_FONT_STACK}; font-size: 11pt; margin: 0 0 2pt; }
.sheet h1 { font-family: ${HEADING_FONT_STACK}; font-size: 15pt; text-align: center; margin: 0 0 6pt; }
.meta { display: flex; justify-content: space-between; font-size: 10pt; margin: 0 0 3pt; }
table.grid { width: 100%; border-collapse: collapse; table-layout: fixed; font-family: "SimSun", "宋体", ${FONT_STACK}; font-size: 9pt; }
.landscape table.grid { font-size: 8pt; }
table.grid.wide-9 { font-size: 7pt; }
table.grid.very-wide { font-size: 5pt; }
table.grid th, table.grid td { border: 0.75pt solid #000; padding: 1.5pt 2.5pt; vertical-align: middle; line-height: 1.25; overflow-wrap: anywhere; }
table.grid.very-wide th, table.grid.very-wide td { padding: 1pt 1pt; }
table.grid th { font-family: ${HEADING_FONT_STACK}; font-weight: normal; text-align: center; }
table.grid thead { display: table-header-group; }
table.grid tr { break-inside: avoid; page-break-inside: avoid; }
table.grid td.money, table.grid td.count { text-align: right; white-space: nowrap; }
table.grid td.code { text-align: center; white-space: nowrap; }
table.grid tr.total td { font-weight: bold; }
table.grid.form td.label { text-align: center; }
table.catalogue { font-size: 10pt; }
.empty-note { margin-top: 8pt; font-size: 11pt; }
`;
}

function cellClass(cell: GeneratedCell, type: string): string {
  if (cell !== null && typeof cell === 'object') return 'fen' in cell ? 'money' : 'count';
  return type === 'code' ? 'code' : 'text';
}

/** One table as an HTML table with its header spans, column widths by field type, and the merged label cells of the forms. */
export function renderGeneratedTableHtml(t: GeneratedTable): string {
  const weights = weighFields(t);
  const sum = weights.reduce((a, b) => a + b, 0);
  const cols = `<colgroup>${weights.map((w) => `<col style="width:${((w / sum) * 100).toFixed(2)}%">`).join('')}</colgroup>`;
  const head = t.columns.map((r) => `<tr>${r.map((c) => `<th${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}>${escapeHtml(c.text)}</th>`).join('')}</tr>`).join('');
  const form = isFormTable(t);
  const body = t.rows
    .map((r) => {
      const cells = mergeFormCells(t, r.cells).map((m) => {
        const cls = form && m.field === 0 && typeof m.cell === 'string' ? 'label' : cellClass(m.cell, t.fields[m.field]?.type ?? 'text');
        return `<td class="${cls}"${m.colSpan > 1 ? ` colspan="${m.colSpan}"` : ''}>${escapeHtml(formatGeneratedCell(m.cell, t.moneyUnit))}</td>`;
      });
      return `<tr class="${r.role}">${cells.join('')}</tr>`;
    })
    .join('');
  const size = isVeryWide(t) ? ' very-wide' : t.fields.length > 8 ? ' wide-9' : '';
  return `<table class="grid${size}${form ? ' form' : ''}">${cols}${head ? `<thead>${head}</thead>` : ''}<tbody>${body}</tbody></table>`;
}

/** The whole disclosure as printable HTML: the narrative (portrait), the 报表目录, then one page section per table (landscape where wide). */
export function renderDisclosureHtml(d: GeneratedDisclosure): string {
  const parts: string[] = [];
  parts.push(`<section class="narrative"><h1>${escapeHtml(d.department)}</h1><h2>${escapeHtml(d.title)}</h2>`);
  let part = '';
  for (const s of d.narrative.sections) {
    if (s.part !== part) {
      part = s.part;
      parts.push(`<h2>${escapeHtml(part)}</h2>`);
    }
    parts.push(`<h3>${escapeHtml(s.title)}</h3>`, ...s.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`));
    if (s.table) {
      if (s.table.title) parts.push(`<h3 style="text-align:center">${escapeHtml(s.table.title)}</h3>`);
      if (s.table.moneyUnit) parts.push(`<div class="meta"><span></span><span>单位：${escapeHtml(s.table.moneyUnit)}</span></div>`);
      const weights = s.table.header.map((x) => (x === '序号' ? 0.6 : /名称/.test(x) ? 3 : 1.5));
      const total = weights.reduce((a, b) => a + b, 0);
      parts.push(`<table class="grid"><colgroup>${weights.map((w) => `<col style="width:${((w / total) * 100).toFixed(2)}%">`).join('')}</colgroup><thead><tr>${s.table.header.map((x) => `<th>${escapeHtml(x)}</th>`).join('')}</tr></thead><tbody>${s.table.rows.map((r) => `<tr>${r.map((x) => `<td>${escapeHtml(x)}</td>`).join('')}</tr>`).join('')}</tbody></table>`);
    }
  }
  parts.push('</section>');
  const listed = new Map<string, GeneratedTable>();
  for (const t of d.tables) if (!listed.has(t.id.replace(/-\d+$/, ''))) listed.set(t.id.replace(/-\d+$/, ''), t);
  parts.push(
    `<section class="sheet"><h1>${escapeHtml(`${d.fiscalYear}年部门综合预算公开报表`)}</h1><div class="meta"><span>部门名称：${escapeHtml(d.department)}</span></div><h1>报表目录</h1><table class="grid catalogue"><colgroup><col style="width:9%"><col style="width:51%"><col style="width:9%"><col style="width:31%"></colgroup><thead><tr><th>报表</th><th>报表名称</th><th>是否空表</th><th>表格为空的理由</th></tr></thead><tbody>${[...listed]
      .map(([id, t]) => `<tr><td class="code">${escapeHtml(id)}</td><td>${escapeHtml(t.title)}</td><td class="code">${t.empty ? '是' : ''}</td><td>${escapeHtml(t.empty ? (t.emptyNote ?? '') : '')}</td></tr>`)
      .join('')}</tbody></table></section>`,
  );
  for (const t of d.tables)
    parts.push(
      `<section class="sheet${t.wide ? ' landscape' : ''}" data-table="${escapeHtml(t.id)}"><div class="no">${escapeHtml(t.id)}</div><h1>${escapeHtml(t.title)}</h1><div class="meta"><span>部门名称：${escapeHtml(d.department)}</span><span>单位：${t.moneyUnit}</span></div>${renderGeneratedTableHtml(t)}${t.empty && t.emptyNote ? `<p class="empty-note">${escapeHtml(t.emptyNote)}</p>` : ''}</section>`,
    );
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(`${d.department}${d.title}`)}</title><style>${css()}</style></head><body>${parts.join('\n')}</body></html>`;
}
