import { InputNumber, Select } from 'antd';
import type { Project, ProjectKind } from '@jixiao/core';
import { useI18n } from '../../i18n/i18n-context';
import { fenToWanText } from '../../format/format-money';
import type { ProjectEditor } from './use-project-editor';
import { TextField } from './text-field';
import { MoneyField } from './money-field';
import { GoalsEditor } from './goals-editor';
import { SpendingPlanFields } from './spending-plan-fields';

const KINDS: readonly ProjectKind[] = ['new', 'continuing', 'recurring'];

function L({ htmlFor, children }: { htmlFor: string; children: string }) {
  return (
    <td className="jx-label-cell">
      <label htmlFor={htmlFor}>{children}</label>
    </td>
  );
}

/** The header of the 申报表: 项目名称 … 项目资金, 资金支出计划 and 年度总体目标, in the official table layout. */
export function DeclarationHeader({ project, editor, readOnly }: { project: Project; editor: ProjectEditor; readOnly: boolean }) {
  const { t } = useI18n();
  const set = editor.setField;
  const { total, fiscal, other } = project.funds;
  const sumMismatch = total != null && fiscal != null && total !== fiscal + (other ?? 0);
  const setFunds = (key: 'total' | 'fiscal' | 'other') => (fen: number | null) => set('funds', { ...project.funds, [key]: fen });
  return (
    <table className="jx-form-table" aria-label={t('edit.formTitle')}>
      <colgroup>
        <col style={{ width: '14%' }} />
        <col style={{ width: '36%' }} />
        <col style={{ width: '14%' }} />
        <col style={{ width: '36%' }} />
      </colgroup>
      <tbody>
        <tr>
          <L htmlFor="f-name">{t('edit.name')}</L>
          <td colSpan={3}>
            <TextField id="f-name" value={project.name} readOnly={readOnly} onChange={(v) => set('name', v ?? '')} />
          </td>
        </tr>
        <tr>
          <L htmlFor="f-code">{t('edit.code')}</L>
          <td>
            <TextField id="f-code" value={project.code} readOnly={readOnly} onChange={(v) => set('code', v)} />
          </td>
          <L htmlFor="f-fiscalYear">{t('edit.fiscalYear')}</L>
          <td>
            {readOnly ? (
              <TextField id="f-fiscalYear" value={project.fiscalYear == null ? null : String(project.fiscalYear)} readOnly onChange={() => undefined} />
            ) : (
              <InputNumber id="f-fiscalYear" style={{ width: '100%' }} min={2000} max={2100} value={project.fiscalYear} onChange={(v) => set('fiscalYear', v ?? null)} />
            )}
          </td>
        </tr>
        <tr>
          <L htmlFor="f-department">{t('edit.department')}</L>
          <td>
            <div style={{ display: 'flex', gap: 4 }}>
              <TextField id="f-department" value={project.department} readOnly={readOnly} onChange={(v) => set('department', v)} />
              <label htmlFor="f-departmentCode" className="sr-only">
                {t('edit.departmentCode')}
              </label>
              <div style={{ width: 110, flex: 'none' }}>
                <TextField id="f-departmentCode" value={project.departmentCode} readOnly={readOnly} placeholder={readOnly ? undefined : t('edit.departmentCode')} onChange={(v) => set('departmentCode', v)} />
              </div>
            </div>
          </td>
          <L htmlFor="f-implementingUnit">{t('edit.implementingUnit')}</L>
          <td>
            <TextField id="f-implementingUnit" value={project.implementingUnit} readOnly={readOnly} onChange={(v) => set('implementingUnit', v)} />
          </td>
        </tr>
        <tr>
          <L htmlFor="f-kind">{t('edit.kind')}</L>
          <td>
            {readOnly ? (
              <TextField id="f-kind" value={project.kind ? t(`edit.kind.${project.kind}`) : null} readOnly onChange={() => undefined} />
            ) : (
              <Select
                id="f-kind"
                style={{ width: '100%' }}
                allowClear
                value={project.kind ?? undefined}
                onChange={(v: ProjectKind | undefined) => set('kind', v ?? null)}
                options={KINDS.map((k) => ({ value: k, label: t(`edit.kind.${k}`) }))}
              />
            )}
          </td>
          <L htmlFor="f-period">{t('edit.period')}</L>
          <td>
            <TextField id="f-period" value={project.period} readOnly={readOnly} onChange={(v) => set('period', v)} />
          </td>
        </tr>
        <tr>
          <td className="jx-label-cell" rowSpan={3}>
            {t('edit.funds')}
          </td>
          <L htmlFor="f-funds-total">{t('edit.funds.total')}</L>
          <td colSpan={2}>
            <MoneyField id="f-funds-total" fen={total} readOnly={readOnly} onChange={setFunds('total')} />
            {sumMismatch && (
              <div className="jx-hint jx-hint-bad" role="status">
                {t('edit.funds.sumMismatch', { sum: fenToWanText(fiscal + (other ?? 0)), total: fenToWanText(total) })}
              </div>
            )}
          </td>
        </tr>
        <tr>
          <L htmlFor="f-funds-fiscal">{t('edit.funds.fiscal')}</L>
          <td colSpan={2}>
            <MoneyField id="f-funds-fiscal" fen={fiscal} readOnly={readOnly} onChange={setFunds('fiscal')} />
          </td>
        </tr>
        <tr>
          <L htmlFor="f-funds-other">{t('edit.funds.other')}</L>
          <td colSpan={2}>
            <MoneyField id="f-funds-other" fen={other} readOnly={readOnly} onChange={setFunds('other')} />
          </td>
        </tr>
        <tr>
          <td className="jx-label-cell">{t('edit.spendingPlan')}</td>
          <td colSpan={3}>
            <SpendingPlanFields plan={project.spendingPlan} readOnly={readOnly} onChange={(plan) => set('spendingPlan', plan)} />
          </td>
        </tr>
        <tr>
          <L htmlFor="f-goals-0">{t('edit.goals')}</L>
          <td colSpan={3}>
            <GoalsEditor goals={project.goals} readOnly={readOnly} onChange={(goals) => set('goals', goals)} />
          </td>
        </tr>
        <tr>
          <L htmlFor="f-preparer">{t('edit.preparer')}</L>
          <td>
            <div style={{ display: 'flex', gap: 4 }}>
              <TextField id="f-preparer" value={project.preparer} readOnly={readOnly} onChange={(v) => set('preparer', v)} />
              <label htmlFor="f-preparerPhone" className="sr-only">
                {t('edit.preparerPhone')}
              </label>
              <div style={{ width: 130, flex: 'none' }}>
                <TextField id="f-preparerPhone" value={project.preparerPhone} readOnly={readOnly} placeholder={readOnly ? undefined : t('edit.preparerPhone')} onChange={(v) => set('preparerPhone', v)} />
              </div>
            </div>
          </td>
          <L htmlFor="f-preparedOn">{t('edit.preparedOn')}</L>
          <td>
            <TextField id="f-preparedOn" value={project.preparedOn} readOnly={readOnly} onChange={(v) => set('preparedOn', v)} />
          </td>
        </tr>
        <tr>
          <L htmlFor="f-projectLead">{t('edit.projectLead')}</L>
          <td>
            <TextField id="f-projectLead" value={project.projectLead} readOnly={readOnly} onChange={(v) => set('projectLead', v)} />
          </td>
          <L htmlFor="f-purpose">{t('edit.purpose')}</L>
          <td>
            <TextField id="f-purpose" value={project.purpose} readOnly={readOnly} onChange={(v) => set('purpose', v)} />
          </td>
        </tr>
      </tbody>
    </table>
  );
}
