import { Card, Table, Typography } from 'antd';
import type { MonitoringCheckpoint, ProjectMonitoring } from '../../api/monitoring-api';
import { fenToYuanText } from '../../format/format-money';
import { useI18n } from '../../i18n/i18n-context';
import { ExecutionCurveChart } from './execution-curve-chart';
import { formatPercent } from './format-percent';
import { LightTag } from './light-tag';

const points = (v: number | null | undefined): string => (v == null ? '—' : v.toFixed(2));

/** 预算执行进度: per checkpoint 执行率 against the plan and against 序时进度, each with its light, and the curve. */
export function ExecutionProgressPanel({ data }: { data: ProjectMonitoring }) {
  const { t } = useI18n();
  return (
    <Card size="small" title={t('mon.exec.title')} extra={<Typography.Text type="secondary">{t('mon.exec.rule')}</Typography.Text>}>
      <Table<MonitoringCheckpoint>
        size="small"
        className="jx-dense-table"
        data-testid="execution-table"
        rowKey="month"
        pagination={false}
        dataSource={[...data.checkpoints]}
        columns={[
          { title: t('mon.exec.checkpoint'), width: 90, render: (_: unknown, c) => t('mon.plan.month', { month: c.month }) },
          { title: t('mon.exec.executed'), width: 140, align: 'right', className: 'num', render: (_: unknown, c) => (c.state === 'pending' ? '—' : fenToYuanText(c.executed)) },
          { title: t('mon.exec.rate'), width: 90, align: 'right', className: 'num', render: (_: unknown, c) => formatPercent(c.execution?.rate) },
          { title: t('mon.exec.planned'), width: 90, align: 'right', className: 'num', render: (_: unknown, c) => formatPercent(c.execution?.plannedShare) },
          { title: t('mon.exec.behindPlan'), width: 90, align: 'right', className: 'num', render: (_: unknown, c) => points(c.execution?.behindPlan) },
          {
            title: t('mon.exec.planLight'),
            width: 96,
            render: (_: unknown, c) => <LightTag light={c.execution?.planLight ?? null} pending={c.state === 'pending'} testId={`plan-light-${c.month}`} title={c.execution?.formula} />,
          },
          { title: t('mon.exec.time'), width: 90, align: 'right', className: 'num', render: (_: unknown, c) => formatPercent(c.execution?.timeProgress) },
          { title: t('mon.exec.behindTime'), width: 90, align: 'right', className: 'num', render: (_: unknown, c) => points(c.execution?.behindTime) },
          {
            title: t('mon.exec.timeLight'),
            width: 96,
            render: (_: unknown, c) => <LightTag light={c.execution?.light ?? null} pending={c.state === 'pending'} testId={`time-light-${c.month}`} title={c.execution?.formula} />,
          },
          { title: t('mon.cp.light'), width: 96, render: (_: unknown, c) => <LightTag light={c.light} pending={c.state === 'pending'} testId={`checkpoint-light-${c.month}`} /> },
        ]}
      />
      <ExecutionCurveChart curve={data.curve} ariaLabel={t('mon.exec.chart')} />
    </Card>
  );
}
