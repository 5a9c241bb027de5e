/** The subset of an exceljs cell that decides its displayed text. */
export interface CellValueInput {
  readonly value: unknown;
  readonly numFmt?: string | undefined;
}

/**
 * The text a spreadsheet cell shows: rich text joined, formulas by their cached result, numbers
 * through their number format (percent, fixed decimals, thousands separators; General without
 * float artefacts such as 7.550000000000001), dates as YYYY-MM-DD, errors as their code.
 */
export function formatCellValue(cell: CellValueInput): string {
  return formatValue(cell.value, cell.numFmt ?? '');
}

function formatValue(value: unknown, numFmt: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.replace(/\r\n?/g, '\n');
  if (typeof value === 'number') return formatNumber(value, numFmt);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return formatDate(value);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return v.richText.map((run: { text?: unknown }) => String(run.text ?? '')).join('').replace(/\r\n?/g, '\n');
    if ('formula' in v || 'sharedFormula' in v) return formatValue(v.result, numFmt);
    if ('hyperlink' in v) return formatValue(v.text, numFmt);
    if ('error' in v) return String(v.error);
    if ('text' in v) return formatValue(v.text, numFmt);
  }
  return '';
}

function formatDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Numbers: percent and fixed-decimal formats as Excel shows them; General with 12 significant digits. */
export function formatNumber(value: number, numFmt: string): string {
  if (!Number.isFinite(value)) return String(value);
  const section = stripFormatNoise(numFmt.split(';')[0] ?? '');
  if (section === '' || /^general$/i.test(section) || section === '@') return formatGeneral(value);
  const percent = section.includes('%');
  const scaled = percent ? Number((value * 100).toPrecision(15)) : value;
  const decimalsMatch = /\.([0#?]+)/.exec(section);
  const decimals = decimalsMatch ? (decimalsMatch[1] as string).replace(/[#?]/g, '').length : 0;
  const optional = decimalsMatch ? (decimalsMatch[1] as string).length - decimals : 0;
  let text = roundTo(scaled, decimals + optional);
  if (optional > 0) text = trimOptionalZeros(text, optional);
  if (/[#0],[#0]/.test(section)) text = groupThousands(text);
  return percent ? `${text}%` : text;
}

function formatGeneral(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  return String(Number(value.toPrecision(12)));
}

/** Drops up to `optional` trailing zeros (the `#` places of `0.0#`), and a bare trailing point. */
function trimOptionalZeros(text: string, optional: number): string {
  let out = text;
  for (let k = 0; k < optional && out.endsWith('0'); k++) out = out.slice(0, -1);
  return out.endsWith('.') ? out.slice(0, -1) : out;
}

function roundTo(value: number, decimals: number): string {
  const exact = Number(value.toPrecision(15));
  return exact.toFixed(Math.min(decimals, 20));
}

function groupThousands(text: string): string {
  const [int, frac] = text.split('.');
  const grouped = (int as string).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/** Drops quoted literals, colours, conditions and padding from a format section. */
function stripFormatNoise(section: string): string {
  return section.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '').replace(/[_*\\]./g, '').trim();
}
