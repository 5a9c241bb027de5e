import { Button, Input, InputNumber, Select, Table } from 'antd';
import { useI18n } from '../../i18n/i18n-context';
import { YuanField } from './yuan-field';

/** One column of a ListEditor: a text, 元 (fen inside), integer or choice field of the row. */
export type ListColumn<T> =
  | { readonly key: keyof T & string; readonly title: string; readonly type: 'text' | 'code'; readonly width?: number }
  | { readonly key: keyof T & string; readonly title: string; readonly type: 'yuan'; readonly width?: number; readonly nullable?: boolean }
  | { readonly key: keyof T & string; readonly title: string; readonly type: 'int'; readonly width?: number }
  | { readonly key: keyof T & string; readonly title: string; readonly type: 'select'; readonly width?: number; readonly options: readonly { readonly value: string; readonly label: string }[] };

export interface ListEditorProps<T> {
  /** Accessible name of the table and prefix of each field's label. */
  readonly name: string;
  readonly rows: readonly T[];
  readonly columns: readonly ListColumn<T>[];
  readonly readOnly: boolean;
  readonly onChange: (rows: readonly T[]) => void;
  /** A new row (appended by the add button). */
  readonly newRow: () => T;
  readonly addLabel: string;
}

/** A dense editable table of plain records (会议, 培训, 政府采购, 资产 …): one input per cell, add and remove rows. */
export function ListEditor<T extends object>({ name, rows, columns, readOnly, onChange, newRow, addLabel }: ListEditorProps<T>) {
  const { t } = useI18n();
  const update = (index: number, key: string, value: unknown) => onChange(rows.map((r, i) => (i === index ? { ...r, [key]: value } : r)));
  const cell = (c: ListColumn<T>, r: T, i: number) => {
    const value = (r as Record<string, unknown>)[c.key];
    const label = `${name} 第${i + 1}行 ${c.title}`;
    const variant = readOnly ? 'borderless' : 'outlined';
    if (c.type === 'yuan')
      return (
        <YuanField
          fen={typeof value === 'number' ? value : null}
          readOnly={readOnly}
          label={label}
          invalidText={t('disclosure.line.badAmount')}
          onChange={(fen) => update(i, c.key, fen === null && !c.nullable ? 0 : fen)}
        />
      );
    if (c.type === 'int')
      return <InputNumber size="small" aria-label={label} min={0} precision={0} readOnly={readOnly} variant={variant} style={{ width: '100%' }} value={typeof value === 'number' ? value : null} onChange={(v) => update(i, c.key, typeof v === 'number' ? v : 0)} />;
    if (c.type === 'select')
      return <Select size="small" aria-label={label} disabled={readOnly} style={{ width: '100%' }} value={typeof value === 'string' ? value : undefined} onChange={(v: string) => update(i, c.key, v)} options={c.options.map((o) => ({ ...o }))} />;
    return <Input size="small" aria-label={label} className={c.type === 'code' ? 'num' : undefined} readOnly={readOnly} variant={variant} value={typeof value === 'string' ? value : ''} onChange={(e) => update(i, c.key, c.type === 'code' ? e.target.value.trim() : e.target.value)} />;
  };
  return (
    <div>
      <Table<T>
        className="jx-dense-table"
        aria-label={name}
        size="small"
        bordered
        pagination={false}
        rowKey={(_, i) => String(i)}
        dataSource={[...rows]}
        locale={{ emptyText: t('disclosure.list.empty') }}
        columns={[
          { title: '#', width: 36, render: (_: unknown, __: T, i: number) => i + 1 },
          ...columns.map((c) => ({ title: c.title, width: c.width, render: (_: unknown, r: T, i: number) => cell(c, r, i) })),
          ...(readOnly
            ? []
            : [
                {
                  title: t('disclosure.col.actions'),
                  width: 56,
                  render: (_: unknown, __: T, i: number) => (
                    <Button size="small" type="link" danger onClick={() => onChange(rows.filter((_r, j) => j !== i))}>
                      {t('disclosure.line.remove')}
                    </Button>
                  ),
                },
              ]),
        ]}
      />
      {!readOnly && (
        <Button size="small" style={{ marginTop: 4 }} onClick={() => onChange([...rows, newRow()])}>
          {addLabel}
        </Button>
      )}
    </div>
  );
}
