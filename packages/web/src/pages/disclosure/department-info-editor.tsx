import { Button, Card, Col, Input, InputNumber, Row, Select, Table } from 'antd';
import type { BudgetStaffing, BudgetUnit, BudgetUnitKind, DepartmentBudget, ThreePublicKey } from '@jixiao/core';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/zh-CN';
import { YuanField } from './yuan-field';

const UNIT_KINDS: readonly BudgetUnitKind[] = ['administrative', 'civilServiceManaged', 'institution'];
const THREE_PUBLIC: readonly ThreePublicKey[] = ['overseasTravel', 'reception', 'vehiclePurchase', 'vehicleOperation', 'meetings', 'training'];
const STAFFING: readonly (keyof BudgetStaffing)[] = ['authorised', 'authorisedAdministrative', 'authorisedInstitution', 'actual', 'actualAdministrative', 'actualInstitution', 'retired'];

export interface DepartmentInfoEditorProps {
  readonly budget: DepartmentBudget;
  readonly readOnly: boolean;
  readonly onChange: (budget: DepartmentBudget) => void;
  /** Changes when a budget is loaded from the server (load, import, conflict), to reset the free-text fields. */
  readonly resetKey: number;
}

/** 部门信息: name and code, budget units, staffing, duties, tasks, establishment and 内设机构, and the prior-year 三公 / 机关运行经费 with reasons. */
export function DepartmentInfoEditor({ budget, readOnly, onChange, resetKey }: DepartmentInfoEditorProps) {
  const { t } = useI18n();
  const setUnit = (index: number, patch: Partial<BudgetUnit>) => {
    const before = budget.units[index];
    const units = budget.units.map((u, i) => (i === index ? { ...u, ...patch } : u));
    // A renamed unit code follows into its lines, so lines never point at a code that no longer exists.
    const lines = before && patch.code !== undefined && patch.code !== before.code ? budget.lines.map((l) => (l.unitCode === before.code ? { ...l, unitCode: patch.code as string } : l)) : budget.lines;
    onChange({ ...budget, units, lines });
  };
  const lines = (text: string) => text.split('\n').map((s) => s.trim()).filter((s) => s !== '');
  const variant = readOnly ? 'borderless' : 'outlined';
  return (
    <div className="jx-disclosure-info">
      <Row gutter={12}>
        <Col span={16}>
          <label className="jx-field-label" htmlFor="disclosure-dept-name">{t('disclosure.info.name')}</label>
          <Input id="disclosure-dept-name" size="small" readOnly={readOnly} variant={variant} value={budget.department.name} onChange={(e) => onChange({ ...budget, department: { ...budget.department, name: e.target.value } })} />
        </Col>
        <Col span={8}>
          <label className="jx-field-label" htmlFor="disclosure-dept-code">{t('disclosure.info.code')}</label>
          <Input id="disclosure-dept-code" size="small" className="num" readOnly={readOnly} variant={variant} value={budget.department.code ?? ''} onChange={(e) => onChange({ ...budget, department: { ...budget.department, code: e.target.value.trim() === '' ? null : e.target.value.trim() } })} />
        </Col>
      </Row>
      <Row gutter={12} style={{ marginTop: 6 }} aria-label={t('disclosure.info.staffing')}>
        {STAFFING.map((key) => (
          <Col span={3} key={key}>
            <label className="jx-field-label" htmlFor={`disclosure-staff-${key}`}>{t(`disclosure.info.${key}` as MessageKey)}</label>
            <InputNumber
              id={`disclosure-staff-${key}`}
              size="small"
              min={0}
              precision={0}
              readOnly={readOnly}
              style={{ width: '100%' }}
              value={budget.staffing[key]}
              onChange={(v) => onChange({ ...budget, staffing: { ...budget.staffing, [key]: typeof v === 'number' ? v : null } })}
            />
          </Col>
        ))}
      </Row>
      <Card size="small" title={t('disclosure.info.units')} style={{ marginTop: 10 }}>
        <Table<BudgetUnit>
          size="small"
          bordered
          pagination={false}
          rowKey={(_, i) => String(i)}
          dataSource={[...budget.units]}
          columns={[
            { title: t('disclosure.info.unitCode'), width: 130, render: (_, u, i) => <Input size="small" className="num" aria-label={t('disclosure.info.unitCode')} readOnly={readOnly} value={u.code} onChange={(e) => setUnit(i, { code: e.target.value.trim() })} /> },
            { title: t('disclosure.info.unitName'), render: (_, u, i) => <Input size="small" aria-label={t('disclosure.info.unitName')} readOnly={readOnly} value={u.name} onChange={(e) => setUnit(i, { name: e.target.value })} /> },
            {
              title: t('disclosure.info.unitKind'),
              width: 170,
              render: (_, u, i) => (
                <Select
                  size="small"
                  style={{ width: '100%' }}
                  aria-label={t('disclosure.info.unitKind')}
                  disabled={readOnly}
                  value={u.kind}
                  onChange={(v: BudgetUnitKind) => setUnit(i, { kind: v })}
                  options={UNIT_KINDS.map((k) => ({ value: k, label: t(`disclosure.unitKind.${k}` as MessageKey) }))}
                />
              ),
            },
            { title: t('disclosure.info.unitChange'), width: 140, render: (_, u, i) => <Input size="small" aria-label={t('disclosure.info.unitChange')} readOnly={readOnly} value={u.change} onChange={(e) => setUnit(i, { change: e.target.value })} /> },
            ...(readOnly
              ? []
              : [
                  {
                    title: t('disclosure.col.actions'),
                    width: 64,
                    render: (_: unknown, __: BudgetUnit, i: number) => (
                      <Button size="small" type="link" danger onClick={() => onChange({ ...budget, units: budget.units.filter((_u, j) => j !== i) })}>
                        {t('disclosure.line.remove')}
                      </Button>
                    ),
                  },
                ]),
          ]}
        />
        {!readOnly && (
          <Button
            size="small"
            style={{ marginTop: 6 }}
            onClick={() => {
              const base = budget.department.code ?? '';
              const code = base ? `${base}${String(budget.units.length + 1).padStart(3, '0')}` : '';
              onChange({ ...budget, units: [...budget.units, { code, name: budget.units.length === 0 ? budget.department.name : '', kind: 'administrative', change: '无' }] });
            }}
          >
            {t('disclosure.info.addUnit')}
          </Button>
        )}
      </Card>
      <Row gutter={12} style={{ marginTop: 10 }}>
        <Col span={12}>
          <label className="jx-field-label" htmlFor="disclosure-duties">{t('disclosure.info.duties')}</label>
          <Input.TextArea id="disclosure-duties" autoSize={{ minRows: 3, maxRows: 10 }} readOnly={readOnly} defaultValue={budget.overview.duties.join('\n')} key={`duties-${resetKey}`} onBlur={(e) => onChange({ ...budget, overview: { ...budget.overview, duties: lines(e.target.value) } })} />
        </Col>
        <Col span={12}>
          <label className="jx-field-label" htmlFor="disclosure-tasks">{t('disclosure.info.tasks')}</label>
          <Input.TextArea id="disclosure-tasks" autoSize={{ minRows: 3, maxRows: 10 }} readOnly={readOnly} defaultValue={budget.overview.tasks.join('\n')} key={`tasks-${resetKey}`} onBlur={(e) => onChange({ ...budget, overview: { ...budget.overview, tasks: lines(e.target.value) } })} />
        </Col>
      </Row>
      <Row gutter={12} style={{ marginTop: 10 }}>
        <Col span={12}>
          <label className="jx-field-label" htmlFor="disclosure-establishment">{t('disclosure.info.establishment')}</label>
          <Input.TextArea id="disclosure-establishment" autoSize={{ minRows: 2, maxRows: 8 }} readOnly={readOnly} defaultValue={budget.overview.establishment.join('\n')} key={`est-${resetKey}`} onBlur={(e) => onChange({ ...budget, overview: { ...budget.overview, establishment: lines(e.target.value) } })} />
        </Col>
        <Col span={12}>
          <label className="jx-field-label" htmlFor="disclosure-organisation">{t('disclosure.info.organisation')}</label>
          <Input.TextArea
            id="disclosure-organisation"
            autoSize={{ minRows: 2, maxRows: 8 }}
            readOnly={readOnly}
            defaultValue={budget.overview.organisation.map((o) => `${o.name}：${o.duties}`).join('\n')}
            key={`org-${resetKey}`}
            onBlur={(e) =>
              onChange({
                ...budget,
                overview: {
                  ...budget.overview,
                  organisation: lines(e.target.value).map((l) => {
                    const at = l.search(/[:：]/);
                    return at < 0 ? { name: l, duties: '' } : { name: l.slice(0, at).trim(), duties: l.slice(at + 1).trim() };
                  }),
                },
              })
            }
          />
        </Col>
      </Row>
      <Card size="small" title={t('disclosure.info.threePublic')} style={{ marginTop: 10 }}>
        <Table<{ key: ThreePublicKey }>
          size="small"
          bordered
          pagination={false}
          rowKey="key"
          dataSource={THREE_PUBLIC.map((key) => ({ key }))}
          columns={[
            { title: t('disclosure.col.item'), width: 180, render: (_, r) => t(`disclosure.threePublic.${r.key}` as MessageKey) },
            {
              title: t('disclosure.col.prior'),
              width: 150,
              render: (_, r) => (
                <YuanField
                  fen={budget.threePublic.priorAmounts[r.key] ?? null}
                  readOnly={readOnly}
                  label={`${t(`disclosure.threePublic.${r.key}` as MessageKey)} ${t('disclosure.col.prior')}`}
                  invalidText={t('disclosure.line.badAmount')}
                  onChange={(fen) => {
                    const priorAmounts = { ...budget.threePublic.priorAmounts };
                    if (fen === null) delete priorAmounts[r.key];
                    else priorAmounts[r.key] = fen;
                    onChange({ ...budget, threePublic: { ...budget.threePublic, priorAmounts } });
                  }}
                />
              ),
            },
            {
              title: t('disclosure.col.reason'),
              render: (_, r) => (
                <Input
                  size="small"
                  aria-label={`${t(`disclosure.threePublic.${r.key}` as MessageKey)} ${t('disclosure.col.reason')}`}
                  readOnly={readOnly}
                  value={budget.threePublic.reasons[r.key] ?? ''}
                  onChange={(e) => {
                    const reasons = { ...budget.threePublic.reasons };
                    if (e.target.value === '') delete reasons[r.key];
                    else reasons[r.key] = e.target.value;
                    onChange({ ...budget, threePublic: { ...budget.threePublic, reasons } });
                  }}
                />
              ),
            },
          ]}
        />
      </Card>
      <Row gutter={12} style={{ marginTop: 10 }} align="bottom">
        <Col span={6}>
          <label className="jx-field-label">{t('disclosure.info.operatingCosts')}</label>
          <YuanField
            fen={budget.operatingCosts.priorAmount}
            readOnly={readOnly}
            label={`${t('disclosure.info.operatingCosts')} ${t('disclosure.col.prior')}`}
            invalidText={t('disclosure.line.badAmount')}
            onChange={(fen) => onChange({ ...budget, operatingCosts: { ...budget.operatingCosts, priorAmount: fen } })}
          />
        </Col>
        <Col span={18}>
          <Input
            size="small"
            aria-label={`${t('disclosure.info.operatingCosts')} ${t('disclosure.col.reason')}`}
            readOnly={readOnly}
            value={budget.operatingCosts.changeReason ?? ''}
            onChange={(e) => onChange({ ...budget, operatingCosts: { ...budget.operatingCosts, changeReason: e.target.value === '' ? null : e.target.value } })}
          />
        </Col>
      </Row>
    </div>
  );
}
