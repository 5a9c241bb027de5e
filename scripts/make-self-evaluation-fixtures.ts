/**
 * Builds the self-evaluation forms (项目支出绩效自评表) of fixtures/self-evaluation/ as .docx, .xlsx and .pdf from their
 * tab-separated text versions (run: npx tsx scripts/make-self-evaluation-fixtures.ts). The text is the truth: each
 * binary form holds exactly its cells, laid out as the common forms are (title lines above a bordered table; the
 * 总分 of the workbook is a SUM formula with its cached result, as Excel saves it). Deterministic: fixed document
 * dates and zip timestamps.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { AlignmentType, BorderStyle, Document, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { chromium } from 'playwright-core';
import { readCentralDirectory } from '../packages/formats/src/inspect-zip';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIR = join(ROOT, 'fixtures/self-evaluation');
const FIXED_DATE = new Date(Date.UTC(2024, 0, 15, 8, 0, 0));

/** Which text fixture becomes which binary forms. */
export const BINARY_FORMS: readonly { readonly source: string; readonly formats: readonly ('docx' | 'xlsx' | 'pdf')[] }[] = [
  { source: 'conforming', formats: ['docx', 'xlsx', 'pdf'] },
  { source: 'inflated', formats: ['docx', 'xlsx', 'pdf'] },
  { source: 'form-weights', formats: ['docx', 'xlsx', 'pdf'] },
];

interface Form {
  /** Lines before the table (title, year). */
  readonly heading: readonly string[];
  /** Table rows, padded to the same number of cells. */
  readonly rows: readonly (readonly string[])[];
  readonly columns: number;
}

function readForm(name: string): Form {
  const lines = readFileSync(join(DIR, `${name}.txt`), 'utf8').replace(/\n+$/, '').split('\n');
  const heading: string[] = [];
  let k = 0;
  while (k < lines.length && !lines[k]!.includes('\t')) heading.push(lines[k++]!);
  const raw = lines.slice(k).map((l) => l.split('\t'));
  const columns = Math.max(...raw.map((r) => r.length));
  return { heading, rows: raw.map((r) => [...r, ...new Array<string>(columns - r.length).fill('')]), columns };
}

// ---------------------------------------------------------------- deterministic zips

interface ZipInput { readonly name: string; readonly data: Uint8Array }

function writeZip(entries: readonly ZipInput[]): Buffer {
  const dosDate = ((2024 - 1980) << 9) | (1 << 5) | 15;
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const body = deflateRawSync(entry.data, { level: 9 });
    const crc = crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(0x0800, 6); local.writeUInt16LE(8, 8);
    local.writeUInt16LE(0, 10); local.writeUInt16LE(dosDate, 12); local.writeUInt32LE(crc, 14); local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(entry.data.length, 22); local.writeUInt16LE(name.length, 26); local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10); central.writeUInt16LE(0, 12); central.writeUInt16LE(dosDate, 14); central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20); central.writeUInt32LE(entry.data.length, 24); central.writeUInt16LE(name.length, 28); central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const size = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

/** Re-zips an Office file with fixed timestamps and document dates. */
function normaliseOfficeZip(bytes: Uint8Array): Buffer {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = readCentralDirectory(bytes).map((e) => {
    const start = e.localHeaderOffset + 30 + view.getUint16(e.localHeaderOffset + 26, true) + view.getUint16(e.localHeaderOffset + 28, true);
    const raw = bytes.subarray(start, start + e.compressedSize);
    let data: Uint8Array = e.method === 0 ? raw : inflateRawSync(raw);
    if (/\.(xml|rels)$/.test(e.name)) {
      data = Buffer.from(Buffer.from(data).toString('utf8').replace(/(<dcterms:(created|modified)[^>]*>)[^<]*/g, '$12024-01-15T08:00:00Z'), 'utf8');
    }
    return { name: e.name, data };
  });
  return writeZip(entries);
}

// ---------------------------------------------------------------- .docx

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

async function makeDocx(form: Form): Promise<Buffer> {
  const cell = (text: string): TableCell =>
    new TableCell({
      children: [new Paragraph({ children: [new TextRun({ text, font: 'SimSun', size: 18 })] })],
      borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER },
    });
  const table = new Table({
    rows: form.rows.map((r) => new TableRow({ children: r.map(cell) })),
    width: { size: 14000, type: WidthType.DXA },
  });
  const heading = form.heading.map(
    (text, k) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold: k === 0, size: k === 0 ? 32 : 24, font: 'SimHei' })] }),
  );
  const doc = new Document({
    creator: 'Jixiao fixtures',
    title: '项目支出绩效自评表',
    sections: [{ properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } }, children: [...heading, table] }],
  });
  return normaliseOfficeZip(await Packer.toBuffer(doc));
}

// ---------------------------------------------------------------- .xlsx

async function makeXlsx(form: Form): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Jixiao fixtures';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const ws = wb.addWorksheet('自评表');
  ws.columns = Array.from({ length: form.columns }, (_, k) => ({ width: k === 3 ? 24 : k === form.columns - 1 ? 30 : 12 }));
  form.heading.forEach((text, k) => {
    ws.mergeCells(k + 1, 1, k + 1, form.columns);
    const c = ws.getCell(k + 1, 1);
    c.value = text;
    c.alignment = { horizontal: 'center' };
    c.font = { name: '黑体', size: k === 0 ? 16 : 11, bold: k === 0 };
  });
  const first = form.heading.length + 1;
  const numeric = /^-?\d+(\.\d+)?$/;
  form.rows.forEach((r, i) => {
    r.forEach((text, j) => {
      const c = ws.getCell(first + i, j + 1);
      c.value = numeric.test(text) ? Number(text) : text;
      c.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
      c.alignment = { vertical: 'middle', wrapText: true };
    });
  });
  // The printed 总分 as Excel saves a SUM: the formula with its cached result.
  const totalIndex = form.rows.findIndex((r) => r[0] === '总分');
  const scoreColumn = form.rows.find((r) => r.includes('得分') && r.some((t) => /指标/.test(t)))?.indexOf('得分') ?? -1;
  if (totalIndex > 0 && scoreColumn >= 0) {
    const cell = ws.getCell(first + totalIndex, scoreColumn + 1);
    const result = Number(form.rows[totalIndex]![scoreColumn]);
    if (Number.isFinite(result)) {
      const header = form.rows.findIndex((r) => r.includes('得分') && r.some((t) => /指标/.test(t)));
      cell.value = { formula: `SUM(${colName(scoreColumn)}${first + header + 1}:${colName(scoreColumn)}${first + totalIndex - 1})`, result };
    }
  }
  return normaliseOfficeZip(Buffer.from(await wb.xlsx.writeBuffer()));
}

function colName(index: number): string {
  return String.fromCharCode(65 + index);
}

// ---------------------------------------------------------------- .pdf

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The form as a printed table: above the indicator header a filled cell spans the empty cells after it (colspan);
 * in the indicator block a category cell spans the rows below it that leave its column empty (rowspan), as merged
 * cells print. Short cells do not wrap.
 */
function makeHtml(form: Form): string {
  const header = form.rows.findIndex((r) => r.some((t) => /^(一级指标|绩效指标)$/.test(t)) && r.includes('得分'));
  const total = form.rows.findIndex((r) => r[0] === '总分');
  let nowrapAll = false;
  const td = (t: string, attrs = ''): string => `<td${attrs}${nowrapAll || t.length <= 16 ? ' class="nw"' : ''}>${esc(t)}</td>`;
  const blockEnd = total < 0 ? form.rows.length : total;
  const labelColumn = form.rows[header]![0] === '绩效指标';
  /** Leading empty cells of an indicator row that a category cell above covers. */
  const leadingEmpty = (row: readonly string[], c: number): boolean => row.slice(0, c + 1).every((x) => x === '');
  const html: string[] = [];
  form.rows.forEach((r, i) => {
    const cells: string[] = [];
    nowrapAll = i >= header;
    if (i > header && i < blockEnd) {
      r.forEach((t, c) => {
        if (c < 3 && leadingEmpty(r, c) && (c > 0 || labelColumn)) return;
        if (c < 3 && t !== '' && (c === 0 || leadingEmpty(r, c - 1))) {
          let span = 1;
          while (i + span < blockEnd && leadingEmpty(form.rows[i + span]!, c)) span++;
          cells.push(td(t, span > 1 ? ` rowspan="${span}"` : ''));
          return;
        }
        cells.push(td(t));
      });
    } else if (i === header && labelColumn) {
      r.forEach((t, c) => cells.push(td(t, c === 0 ? ` rowspan="${blockEnd - header}"` : '')));
    } else {
      let c = 0;
      while (c < r.length) {
        let span = 1;
        if (i < header || i === total) while (c + span < r.length && r[c + span] === '') span++;
        cells.push(td(r[c]!, span > 1 ? ` colspan="${span}"` : ''));
        c += span;
      }
    }
    html.push(`<tr>${cells.join('')}</tr>`);
  });
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>
body { font-family: "Noto Sans CJK SC", sans-serif; font-size: 7pt; }
h1 { font-size: 16pt; text-align: center; margin: 0; } p { text-align: center; margin: 2mm 0; }
table { border-collapse: collapse; width: 100%; } td { border: 0.5pt solid #000; padding: 1mm 1.2mm; vertical-align: middle; }
td.nw { white-space: nowrap; }
</style></head><body>${form.heading.map((h, k) => (k === 0 ? `<h1>${esc(h)}</h1>` : `<p>${esc(h)}</p>`)).join('')}
<table>${html.join('\n')}</table></body></html>`;
}

function fixPdfDates(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1');
  const fixed = text.replace(/\/(CreationDate|ModDate) \(D:([0-9]{14})([^)]*)\)/g, (_m, key: string, _d: string, tz: string) =>
    `/${key} (D:20240115080000${'Z'.padEnd(tz.length, ' ').slice(0, tz.length)})`);
  return Buffer.from(fixed, 'latin1');
}

async function main(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env.JIXIAO_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    for (const { source, formats } of BINARY_FORMS) {
      const form = readForm(source);
      for (const format of formats) {
        let bytes: Buffer;
        if (format === 'docx') bytes = await makeDocx(form);
        else if (format === 'xlsx') bytes = await makeXlsx(form);
        else {
          const page = await browser.newPage();
          await page.setContent(makeHtml(form), { waitUntil: 'load' });
          bytes = fixPdfDates(Buffer.from(await page.pdf({ format: 'A4', landscape: true, margin: { top: '12mm', bottom: '12mm', left: '10mm', right: '10mm' } })));
          await page.close();
        }
        writeFileSync(join(DIR, `${source}.${format}`), bytes);
        console.log(`fixtures/self-evaluation/${source}.${format}`);
      }
    }
  } finally {
    await browser.close();
  }
}

await main();
