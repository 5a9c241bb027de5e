import JSZip from 'jszip';
import { formatYuan, type GeneratedDisclosure, type GeneratedField, type GeneratedTable } from '@jixiao/core';
import { toSafeCsvField } from '../to-safe-csv-field';

export interface DataPackageFile {
  readonly path: string;
  readonly content: string;
}

const TYPES: Readonly<Record<GeneratedField['type'], string>> = { text: 'string', code: 'string', money: 'number', count: 'integer' };

/** 元 with two decimals and no separators ("5142114.94"), exact from fen. */
function toYuanText(fen: number): string {
  return formatYuan(fen, { separators: false });
}

function resourceName(id: string): string {
  return `table-${id.replace(/^表/, '')}`;
}

function toCsv(t: GeneratedTable): string {
  const head = ['row_role', ...t.fields.map((f) => f.key)].join(',');
  const lines = t.rows.map((r) =>
    [
      r.role,
      ...t.fields.map((f, k) => {
        const c = r.cells[k] ?? null;
        if (c === null) return '';
        if (typeof c === 'string') return toSafeCsvField(c);
        if ('fen' in c) return toYuanText(c.fen);
        return String(c.count);
      }),
    ].join(','),
  );
  return `${[head, ...lines].join('\r\n')}\r\n`;
}

function toSchema(t: GeneratedTable): Record<string, unknown> {
  return {
    fields: [
      { name: 'row_role', title: '行类型', type: 'string', constraints: { required: true, enum: ['total', 'group', 'item'] } },
      ...t.fields.map((f) => ({
        name: f.key,
        title: f.label,
        type: TYPES[f.type],
        ...(f.type === 'money' ? { description: '金额，单位元，保留两位小数（由整数分精确换算）', decimalChar: '.', bareNumber: true } : {}),
      })),
    ],
    missingValues: [''],
  };
}

const FIGURE_FIELDS = ['section', 'label', 'code', 'amount', 'direction', 'change', 'rate_percent', 'reason'];

/**
 * The disclosure as a Frictionless Tabular Data Package: datapackage.json plus one CSV per table
 * (data/table-1.csv …) and the narrative's figures (data/narrative-figures.csv). Every amount is a
 * number in 元 with two decimals, converted exactly from integer fen (the 万元 target tables too);
 * codes are strings so leading zeros survive; text is formula-injection-safe.
 */
export function buildDisclosureDataPackage(d: GeneratedDisclosure): DataPackageFile[] {
  const files: DataPackageFile[] = [];
  const resources: Record<string, unknown>[] = [];
  for (const t of d.tables) {
    const path = `data/${resourceName(t.id)}.csv`;
    files.push({ path, content: toCsv(t) });
    resources.push({
      name: resourceName(t.id),
      path,
      title: `${t.id} ${t.title}`,
      description: t.empty ? `空表：${t.emptyNote ?? ''}` : `${t.id} ${t.title}（原表单位：${t.moneyUnit}；本数据包金额单位：元）`,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: toSchema(t),
    });
  }
  const figures = d.narrative.figures.map((f) =>
    [
      toSafeCsvField(f.section),
      toSafeCsvField(f.label),
      toSafeCsvField(f.code),
      toYuanText(f.amount),
      toSafeCsvField(f.direction),
      f.change === null ? '' : toYuanText(f.change),
      f.rate === null ? '' : (f.rate / 100).toFixed(2),
      toSafeCsvField(f.reason),
    ].join(','),
  );
  files.push({ path: 'data/narrative-figures.csv', content: `${[FIGURE_FIELDS.join(','), ...figures].join('\r\n')}\r\n` });
  resources.push({
    name: 'narrative-figures',
    path: 'data/narrative-figures.csv',
    title: '公开说明中的金额及较上年增减',
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    schema: {
      fields: [
        { name: 'section', type: 'string' },
        { name: 'label', type: 'string' },
        { name: 'code', type: 'string' },
        { name: 'amount', type: 'number', description: '金额，单位元（说明中以万元印出，此处为万元数换算）' },
        { name: 'direction', type: 'string', constraints: { enum: ['increase', 'decrease', 'flat', 'incomparable'] } },
        { name: 'change', type: 'number', description: '较上年增减额，单位元' },
        { name: 'rate_percent', type: 'number' },
        { name: 'reason', type: 'string' },
      ],
      missingValues: [''],
    },
  });
  const descriptor = {
    profile: 'tabular-data-package',
    name: `department-budget-disclosure-${d.fiscalYear}`,
    title: `${d.department}${d.title}`,
    description: `${d.department}${d.fiscalYear}年部门预算公开（模板 ${d.template}），金额单位元。`,
    version: '1.0.0',
    created: `${d.fiscalYear}-01-01T00:00:00Z`,
    resources,
  };
  return [{ path: 'datapackage.json', content: `${JSON.stringify(descriptor, null, 2)}\n` }, ...files];
}

/** The data package as one zip (datapackage.json at its root). */
export async function renderDisclosureDataPackage(d: GeneratedDisclosure): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const f of buildDisclosureDataPackage(d)) zip.file(f.path, f.content, { date: new Date(Date.UTC(d.fiscalYear, 0, 1)) });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
