import { useMemo, useState } from 'react';
import { App, Button, Card, InputNumber, Segmented, Space, Typography } from 'antd';
import { ApiError, messageOf } from '../../api/api-error';
import { saveMonitoringPlan, type PlanCheckpoint, type ProjectMonitoring } from '../../api/monitoring-api';
import { useI18n } from '../../i18n/i18n-context';

const QUARTERLY = [3, 6, 10, 12] as const;
const MONTHLY = Array.from({ length: 12 }, (_, i) => i + 1);
type Mode = 'quarterly' | 'monthly';

function modeOf(plan: readonly PlanCheckpoint[]): Mode {
  return plan.every((c) => (QUARTERLY as readonly number[]).includes(c.month)) ? 'quarterly' : 'monthly';
}

/** 资金支出计划 of monitoring: cumulative % at the end of March, June, October and December — or of every month. */
export function SpendingPlanEditor({ data, editable, onSaved }: { data: ProjectMonitoring; editable: boolean; onSaved: () => Promise<unknown> }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [mode, setMode] = useState<Mode>(() => modeOf(data.plan));
  const [values, setValues] = useState<Record<number, number | null>>(() => Object.fromEntries(data.plan.map((c) => [c.month, c.percent])));
  const [year, setYear] = useState<number>(data.year);
  const [busy, setBusy] = useState(false);
  const months = mode === 'quarterly' ? QUARTERLY : MONTHLY;
  const checkpoints = useMemo(
    () => months.flatMap((month) => (values[month] == null ? [] : [{ month, percent: values[month]! }])),
    [months, values],
  );
  const falling = checkpoints.find((c, i) => i > 0 && c.percent < checkpoints[i - 1]!.percent) ?? null;
  const dirty = year !== data.year || JSON.stringify(checkpoints) !== JSON.stringify(data.plan.map((c) => ({ month: c.month, percent: c.percent })));

  const save = async () => {
    setBusy(true);
    try {
      const saved = await saveMonitoringPlan(data.projectId, data.planVersion, year, checkpoints);
      await onSaved();
      message.success(t('mon.plan.saved', { version: saved.version }));
    } catch (e) {
      if (e instanceof ApiError && e.code === 'version-conflict') {
        message.warning(t('mon.plan.conflict'));
        await onSaved();
      } else message.error(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const source =
    data.planSource === 'monitoring'
      ? t('mon.plan.source.monitoring', { version: data.planVersion })
      : data.planSource === 'declared'
        ? t('mon.plan.source.declared')
        : t('mon.plan.source.none');
  return (
    <Card size="small" title={t('mon.plan.title')} extra={<Typography.Text type="secondary" data-testid="plan-source">{source}</Typography.Text>}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (editable && dirty && !falling && !busy) void save();
        }}
      >
        <Space wrap style={{ marginBottom: 8 }}>
          <label htmlFor="plan-year">{t('mon.year')}</label>
          <InputNumber id="plan-year" size="small" min={2000} max={2100} precision={0} value={year} disabled={!editable} onChange={(v) => typeof v === 'number' && setYear(v)} />
          <span>{t('mon.plan.mode')}</span>
          <Segmented
            size="small"
            value={mode}
            disabled={!editable}
            onChange={(v) => setMode(v as Mode)}
            options={[
              { value: 'quarterly', label: t('mon.plan.quarterly') },
              { value: 'monthly', label: t('mon.plan.monthly') },
            ]}
          />
        </Space>
        <table className="jx-form-table jx-plan-table" data-testid="plan-table">
          <thead>
            <tr>
              {months.map((m) => (
                <th key={m}>
                  <label htmlFor={`plan-month-${m}`}>{t('mon.plan.month', { month: m })}</label>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              {months.map((m) => (
                <td key={m}>
                  <InputNumber
                    id={`plan-month-${m}`}
                    size="small"
                    min={0}
                    max={100}
                    precision={2}
                    suffix="%"
                    style={{ width: '100%' }}
                    disabled={!editable}
                    status={falling?.month === m ? 'error' : undefined}
                    value={values[m] ?? null}
                    onChange={(v) => setValues((prev) => ({ ...prev, [m]: typeof v === 'number' ? v : null }))}
                  />
                </td>
              ))}
            </tr>
          </tbody>
        </table>
        <Space style={{ marginTop: 8 }}>
          {editable && (
            <Button type="primary" size="small" htmlType="submit" loading={busy} disabled={!dirty || falling !== null}>
              {t('mon.plan.save')}
            </Button>
          )}
          {falling && <Typography.Text type="danger">{t('mon.plan.falling', { month: falling.month })}</Typography.Text>}
          {editable && dirty && !falling && <Typography.Text type="warning">{t('mon.cp.unsaved')}</Typography.Text>}
        </Space>
      </form>
    </Card>
  );
}
