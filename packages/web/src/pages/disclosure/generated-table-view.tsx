import { formatWan, formatYuan, type GeneratedCell, type GeneratedTable } from '@jixiao/core';
import { useI18n } from '../../i18n/i18n-context';

/** A body cell as printed: 元 tables with two decimals and separators, 万元 tables with two decimals. */
export function formatGeneratedCell(cell: GeneratedCell, moneyUnit: '元' | '万元'): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if ('fen' in cell) return moneyUnit === '万元' ? formatWan(cell.fen, 2) : formatYuan(cell.fen);
  return String(cell.count);
}

/**
 * The cells of a row as printed (the same rule as the exporters): in a form table (表14–表16, no
 * column header) a row starting with a label prints each text over the blank cells after it, as
 * the merged cells of the paper form; every other row keeps one cell per column.
 */
export function spanFormCells(table: GeneratedTable, cells: readonly GeneratedCell[]): { cell: GeneratedCell; colSpan: number; field: number }[] {
  const all = Array.from({ length: Math.max(table.fields.length, cells.length) }, (_, k) => cells[k] ?? null);
  if (table.columns.length > 0 || all[0] === null) return all.map((cell, field) => ({ cell, colSpan: 1, field }));
  const out: { cell: GeneratedCell; colSpan: number; field: number }[] = [];
  all.forEach((cell, field) => {
    const last = out[out.length - 1];
    if (cell === null && last && last.cell !== null) last.colSpan += 1;
    else out.push({ cell, colSpan: 1, field });
  });
  return out;
}

/** One generated table exactly as it will print: title, department and unit line, spanned header, rows, 空表说明. */
export function GeneratedTableView({ table, department }: { table: GeneratedTable; department: string }) {
  const { t } = useI18n();
  return (
    <section className="jx-generated-table" aria-label={`${table.id} ${table.title}`} data-table-id={table.id}>
      <h3 className="jx-generated-title">
        <span className="jx-generated-id">{table.id}</span> {table.title}
      </h3>
      <div className="jx-generated-meta">
        <span>{t('disclosure.table.department', { name: department })}</span>
        <span>{t('disclosure.table.unit', { unit: table.moneyUnit })}</span>
      </div>
      <div style={{ overflowX: 'auto' }}>
        <table className="jx-print-table">
          <thead>
            {table.columns.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (
                  <th key={c} colSpan={cell.colSpan} rowSpan={cell.rowSpan}>
                    {cell.text}
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={r} className={`jx-row-${row.role}`}>
                {spanFormCells(table, row.cells).map(({ cell, colSpan, field }) => {
                  const type = table.fields[field]?.type ?? 'text';
                  return (
                    <td key={field} colSpan={colSpan > 1 ? colSpan : undefined} className={type === 'money' || type === 'count' ? 'num' : undefined}>
                      {formatGeneratedCell(cell, table.moneyUnit)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {table.empty && table.emptyNote && (
        <p className="jx-empty-note">
          <strong>{t('disclosure.table.empty')}</strong>：{table.emptyNote}
        </p>
      )}
    </section>
  );
}
