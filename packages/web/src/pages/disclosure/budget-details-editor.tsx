import { Card } from 'antd';
import type { BudgetAssetItem, BudgetProcurementItem, DepartmentBudget, MeetingOrTraining, ProcurementKind } from '@jixiao/core';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/zh-CN';
import { ListEditor, type ListColumn } from './list-editor';
import { SpecialFundsEditor } from './special-funds-editor';

const PROCUREMENT_KINDS: readonly ProcurementKind[] = ['goods', 'works', 'services'];

export interface BudgetDetailsEditorProps {
  readonly budget: DepartmentBudget;
  readonly readOnly: boolean;
  readonly onChange: (budget: DepartmentBudget) => void;
}

/** 会议费培训费明细, 政府采购 (表12) and 国有资产 (vehicles, equipment over 20万): the lists beside the budget lines. */
export function BudgetDetailsEditor({ budget, readOnly, onChange }: BudgetDetailsEditorProps) {
  const { t } = useI18n();
  const meetingColumns: ListColumn<MeetingOrTraining>[] = [
    { key: 'name', title: t('disclosure.details.name'), type: 'text' },
    { key: 'period', title: t('disclosure.details.period'), type: 'text', width: 170 },
    { key: 'people', title: t('disclosure.details.people'), type: 'text', width: 90 },
    { key: 'amount', title: t('disclosure.col.amount'), type: 'yuan', width: 130 },
    { key: 'note', title: t('disclosure.details.note'), type: 'text', width: 160 },
  ];
  const newMeeting = (): MeetingOrTraining => ({ name: '', period: `${budget.fiscalYear}年`, people: '', amount: 0, note: '' });
  const unitOptions = budget.units.map((u) => ({ value: u.code, label: `${u.code} ${u.name}` }));
  const procurementColumns: ListColumn<BudgetProcurementItem>[] = [
    { key: 'unitCode', title: t('disclosure.col.unit'), type: 'select', width: 150, options: unitOptions },
    { key: 'functionCode', title: t('disclosure.col.function'), type: 'code', width: 90 },
    { key: 'name', title: t('disclosure.details.procurementName'), type: 'text', width: 150 },
    { key: 'kind', title: t('disclosure.details.procurementKind'), type: 'select', width: 80, options: PROCUREMENT_KINDS.map((k) => ({ value: k, label: t(`disclosure.procurementKind.${k}` as MessageKey) })) },
    { key: 'catalogueCode', title: t('disclosure.details.catalogueCode'), type: 'code', width: 110 },
    { key: 'catalogueName', title: t('disclosure.details.catalogueName'), type: 'text', width: 130 },
    { key: 'serviceContent', title: t('disclosure.details.serviceContent'), type: 'text', width: 130 },
    { key: 'specification', title: t('disclosure.details.specification'), type: 'text', width: 90 },
    { key: 'quantity', title: t('disclosure.details.quantity'), type: 'int', width: 70 },
    { key: 'deptEconomicCode', title: t('disclosure.col.deptEconomic'), type: 'code', width: 80 },
    { key: 'govEconomicCode', title: t('disclosure.col.govEconomic'), type: 'code', width: 80 },
    { key: 'plannedTime', title: t('disclosure.details.plannedTime'), type: 'text', width: 100 },
    { key: 'amount', title: t('disclosure.col.amount'), type: 'yuan', width: 120 },
    { key: 'note', title: t('disclosure.details.note'), type: 'text', width: 100 },
  ];
  const newProcurement = (): BudgetProcurementItem => {
    const project = budget.lines.find((l) => l.kind === 'project');
    return {
      unitCode: project?.unitCode ?? budget.units[0]?.code ?? '',
      functionCode: project?.functionCode ?? '',
      name: project?.projectName ?? '',
      catalogueCode: '',
      catalogueName: '',
      kind: 'services',
      serviceContent: '',
      specification: '',
      quantity: 1,
      deptEconomicCode: project?.deptEconomicCode ?? '',
      govEconomicCode: project?.govEconomicCode ?? '',
      plannedTime: `${budget.fiscalYear}年`,
      amount: 0,
      note: '',
    };
  };
  const assetColumns: ListColumn<BudgetAssetItem>[] = [
    { key: 'kind', title: t('disclosure.details.assetKind'), type: 'select', width: 110, options: (['vehicle', 'equipment'] as const).map((k) => ({ value: k, label: t(`disclosure.assetKind.${k}` as MessageKey) })) },
    { key: 'name', title: t('disclosure.details.name'), type: 'text' },
    { key: 'quantity', title: t('disclosure.details.quantity'), type: 'int', width: 80 },
    { key: 'unitPrice', title: t('disclosure.details.unitPrice'), type: 'yuan', width: 130 },
    { key: 'status', title: t('disclosure.details.assetStatus'), type: 'select', width: 130, options: (['held', 'planned'] as const).map((k) => ({ value: k, label: t(`disclosure.assetStatus.${k}` as MessageKey) })) },
  ];
  return (
    <div className="jx-disclosure-details">
      <Card size="small" title={t('disclosure.details.meetings')}>
        <ListEditor name={t('disclosure.details.meetings')} rows={budget.meetings} columns={meetingColumns} readOnly={readOnly} onChange={(meetings) => onChange({ ...budget, meetings })} newRow={newMeeting} addLabel={t('disclosure.details.addMeeting')} />
      </Card>
      <Card size="small" title={t('disclosure.details.trainings')} style={{ marginTop: 8 }}>
        <ListEditor name={t('disclosure.details.trainings')} rows={budget.trainings} columns={meetingColumns} readOnly={readOnly} onChange={(trainings) => onChange({ ...budget, trainings })} newRow={newMeeting} addLabel={t('disclosure.details.addTraining')} />
      </Card>
      <Card size="small" title={t('disclosure.details.procurement')} style={{ marginTop: 8 }}>
        <div style={{ overflowX: 'auto' }}>
          <div style={{ minWidth: 1700 }}>
            <ListEditor name={t('disclosure.details.procurement')} rows={budget.procurement} columns={procurementColumns} readOnly={readOnly} onChange={(procurement) => onChange({ ...budget, procurement })} newRow={newProcurement} addLabel={t('disclosure.details.addProcurement')} />
          </div>
        </div>
      </Card>
      <Card size="small" title={t('disclosure.details.assets')} style={{ marginTop: 8 }}>
        <ListEditor
          name={t('disclosure.details.assets')}
          rows={budget.assets.items}
          columns={assetColumns}
          readOnly={readOnly}
          onChange={(items) => onChange({ ...budget, assets: { items } })}
          newRow={(): BudgetAssetItem => ({ kind: 'vehicle', name: '', quantity: 1, unitPrice: 0, status: 'held' })}
          addLabel={t('disclosure.details.addAsset')}
        />
      </Card>
      <Card size="small" title={t('disclosure.details.specialFunds')} style={{ marginTop: 8 }}>
        <div style={{ overflowX: 'auto' }}>
          <div style={{ minWidth: 1200 }}>
            <SpecialFundsEditor budget={budget} readOnly={readOnly} onChange={onChange} />
          </div>
        </div>
      </Card>
    </div>
  );
}
