import { useEffect, useRef } from 'react';
import { Button, Input, Select, Table, Typography } from 'antd';
import type { BudgetLineKind, DepartmentBudget, DepartmentBudgetLine, FundSource } from '@jixiao/core';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/zh-CN';
import { YuanField } from './yuan-field';

const SOURCES: readonly FundSource[] = [
  'generalBudget',
  'governmentFund',
  'stateCapital',
  'fiscalSpecialAccount',
  'institutionIncome',
  'institutionOperating',
  'superiorSubsidy',
  'subordinateRemit',
  'otherIncome',
  'priorCarryover',
];
const KINDS: readonly BudgetLineKind[] = ['personnel', 'publicUse', 'project'];

let lineCounter = 0;
/** A new line id, unique within the budget. */
export function createLineId(): string {
  lineCounter += 1;
  return `L${Date.now().toString(36)}${lineCounter.toString(36)}`;
}

export interface BudgetLinesEditorProps {
  readonly budget: DepartmentBudget;
  readonly readOnly: boolean;
  readonly onChange: (lines: readonly DepartmentBudgetLine[]) => void;
}

/** The budget lines as one dense editable table (amounts in 元); Alt+N adds a line copying the last one's codes. */
export function BudgetLinesEditor({ budget, readOnly, onChange }: BudgetLinesEditorProps) {
  const { t } = useI18n();
  const lines = budget.lines;
  const focusLast = useRef(false);
  const wrapper = useRef<HTMLDivElement>(null);
  const update = (id: string, patch: Partial<DepartmentBudgetLine>) => onChange(lines.map((l) => (l.id === id ? { ...l, ...patch } : l)));
  const add = () => {
    const last = lines[lines.length - 1];
    const unitCode = last?.unitCode ?? budget.units[0]?.code ?? '';
    focusLast.current = true;
    onChange([
      ...lines,
      {
        id: createLineId(),
        unitCode,
        source: last?.source ?? 'generalBudget',
        functionCode: last?.functionCode ?? '',
        deptEconomicCode: '',
        govEconomicCode: null,
        kind: last?.kind ?? 'personnel',
        projectName: null,
        amount: 0,
        priorAmount: null,
        changeReason: null,
      },
    ]);
  };
  useEffect(() => {
    if (!focusLast.current) return;
    focusLast.current = false;
    const rows = wrapper.current?.querySelectorAll('tbody tr.ant-table-row');
    rows?.[rows.length - 1]?.querySelector<HTMLElement>('input:not([readonly]), .ant-select-selector input')?.focus();
  }, [lines.length]);
  const codeInput = (line: DepartmentBudgetLine, field: 'functionCode' | 'deptEconomicCode' | 'govEconomicCode', digits: number, label: string) => {
    const value = line[field] ?? '';
    const bad = value !== '' && !new RegExp(`^\\d{${digits}}$`).test(value);
    return (
      <Input
        size="small"
        className="num"
        aria-label={label}
        maxLength={digits}
        value={value}
        readOnly={readOnly}
        variant={readOnly ? 'borderless' : 'outlined'}
        status={bad || (value === '' && field !== 'govEconomicCode') ? 'error' : undefined}
        title={bad ? t('disclosure.line.badCode', { digits }) : undefined}
        onChange={(e) => update(line.id, { [field]: field === 'govEconomicCode' && e.target.value === '' ? null : e.target.value.trim() })}
      />
    );
  };
  return (
    <div
      ref={wrapper}
      onKeyDown={(e) => {
        if (!readOnly && e.altKey && (e.key === 'n' || e.key === 'N')) {
          e.preventDefault();
          add();
        }
      }}
    >
      {budget.units.length === 0 && <Typography.Text type="warning">{t('disclosure.line.needUnit')}</Typography.Text>}
      <Table<DepartmentBudgetLine>
        className="jx-dense-table"
        size="small"
        bordered
        pagination={false}
        rowKey="id"
        dataSource={[...lines]}
        scroll={{ x: 1500 }}
        columns={[
          { title: '#', width: 44, render: (_, __, i) => i + 1 },
          {
            title: t('disclosure.col.unit'),
            width: 170,
            render: (_, l) => (
              <Select
                size="small"
                style={{ width: '100%' }}
                aria-label={t('disclosure.col.unit')}
                disabled={readOnly}
                value={l.unitCode || undefined}
                onChange={(v: string) => update(l.id, { unitCode: v })}
                options={budget.units.map((u) => ({ value: u.code, label: `${u.code} ${u.name}` }))}
              />
            ),
          },
          {
            title: t('disclosure.col.source'),
            width: 150,
            render: (_, l) => (
              <Select
                size="small"
                style={{ width: '100%' }}
                aria-label={t('disclosure.col.source')}
                disabled={readOnly}
                value={l.source}
                onChange={(v: FundSource) => update(l.id, { source: v })}
                options={SOURCES.map((s) => ({ value: s, label: t(`disclosure.source.${s}` as MessageKey) }))}
              />
            ),
          },
          { title: t('disclosure.col.function'), width: 100, render: (_, l) => codeInput(l, 'functionCode', 7, t('disclosure.col.function')) },
          { title: t('disclosure.col.deptEconomic'), width: 90, render: (_, l) => codeInput(l, 'deptEconomicCode', 5, t('disclosure.col.deptEconomic')) },
          { title: t('disclosure.col.govEconomic'), width: 90, render: (_, l) => codeInput(l, 'govEconomicCode', 5, t('disclosure.col.govEconomic')) },
          {
            title: t('disclosure.col.kind'),
            width: 140,
            render: (_, l) => (
              <Select
                size="small"
                style={{ width: '100%' }}
                aria-label={t('disclosure.col.kind')}
                disabled={readOnly}
                value={l.kind}
                onChange={(v: BudgetLineKind) => update(l.id, { kind: v, projectName: v === 'project' ? (l.projectName ?? '') : null })}
                options={KINDS.map((k) => ({ value: k, label: t(`disclosure.kind.${k}` as MessageKey) }))}
              />
            ),
          },
          {
            title: t('disclosure.col.project'),
            width: 170,
            render: (_, l) =>
              l.kind === 'project' ? (
                <Input size="small" aria-label={t('disclosure.col.project')} readOnly={readOnly} value={l.projectName ?? ''} onChange={(e) => update(l.id, { projectName: e.target.value })} />
              ) : null,
          },
          {
            title: t('disclosure.col.amount'),
            width: 130,
            render: (_, l) => (
              <YuanField fen={l.amount} readOnly={readOnly} label={t('disclosure.col.amount')} invalidText={t('disclosure.line.badAmount')} onChange={(fen) => update(l.id, { amount: fen ?? 0 })} />
            ),
          },
          {
            title: t('disclosure.col.prior'),
            width: 130,
            render: (_, l) => (
              <YuanField fen={l.priorAmount} readOnly={readOnly} label={t('disclosure.col.prior')} invalidText={t('disclosure.line.badAmount')} onChange={(fen) => update(l.id, { priorAmount: fen })} />
            ),
          },
          {
            title: t('disclosure.col.reason'),
            render: (_, l) => (
              <Input size="small" aria-label={t('disclosure.col.reason')} readOnly={readOnly} value={l.changeReason ?? ''} onChange={(e) => update(l.id, { changeReason: e.target.value === '' ? null : e.target.value })} />
            ),
          },
          ...(readOnly
            ? []
            : [
                {
                  title: t('disclosure.col.actions'),
                  width: 64,
                  render: (_: unknown, l: DepartmentBudgetLine) => (
                    <Button size="small" type="link" danger onClick={() => onChange(lines.filter((x) => x.id !== l.id))}>
                      {t('disclosure.line.remove')}
                    </Button>
                  ),
                },
              ]),
        ]}
      />
      {!readOnly && (
        <Button size="small" style={{ marginTop: 6 }} onClick={add}>
          {t('disclosure.line.add')}
        </Button>
      )}
    </div>
  );
}
