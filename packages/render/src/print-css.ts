/** Print stylesheet shared by every layout: A4, thin black borders, CJK fonts, no split indicator rows. */
export const FONT_STACK = `"Noto Serif CJK SC", "Noto Sans CJK SC", "Source Han Serif SC", "SimSun", "Songti SC", serif`;
export const HEADING_FONT_STACK = `"Noto Sans CJK SC", "Source Han Sans SC", "SimHei", "Heiti SC", sans-serif`;

export function buildPrintCss(): string {
  return `
@page { size: A4 portrait; margin: 15mm 12mm 15mm 12mm; }
@page landscape { size: A4 landscape; margin: 12mm 12mm 12mm 12mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: ${FONT_STACK}; font-size: 10.5pt; color: #000; background: #fff; }
.form { page: portrait; }
.form.landscape { page: landscape; }
.form + .form, .toc + .form { break-before: page; page-break-before: always; }
.form h1 { font-family: ${HEADING_FONT_STACK}; font-size: 16pt; font-weight: bold; text-align: center; margin: 0 0 4pt; }
.form .subtitle { text-align: center; margin: 0 0 6pt; }
.form .meta { display: flex; justify-content: space-between; margin: 0 0 3pt; gap: 12pt; }
table.grid { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.grid + table.grid { margin-top: -1px; }
table.grid td, table.grid th { border: 0.75pt solid #000; padding: 2pt 3pt; vertical-align: middle; word-break: break-all; overflow-wrap: anywhere; line-height: 1.35; font-weight: normal; }
table.grid th, table.grid td.label { font-family: ${HEADING_FONT_STACK}; }
table.grid thead { display: table-header-group; }
table.grid tr { break-inside: avoid; page-break-inside: avoid; }
table.grid tbody.keep { break-inside: avoid; page-break-inside: avoid; }
table.grid .left { text-align: left; }
table.grid .center { text-align: center; }
table.grid .right { text-align: right; }
table.grid .bold { font-weight: bold; }
table.grid .cont-below { border-bottom: none; }
table.grid .cont-above { border-top: none; }
.toc h1 { font-family: ${HEADING_FONT_STACK}; font-size: 16pt; text-align: center; }
.toc a { color: #000; text-decoration: none; }
@media screen { body { background: #eee; } .form, .toc { background: #fff; width: 186mm; margin: 8mm auto; padding: 10mm; } .form.landscape { width: 273mm; } }
`;
}
