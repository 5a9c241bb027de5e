import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { Alert, Card, Col, Empty, InputNumber, Row, Select, Space, Spin, Statistic, Table, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { messageOf } from '../../api/api-error';
import { useSession } from '../../auth/use-session';
import { getMonitoringOverview, type MonitoringOverviewRow, type TrafficLight } from '../../api/monitoring-api';
import { fenToWanText } from '../../format/format-money';
import { useI18n } from '../../i18n/i18n-context';
import { useUnits } from '../../shared/use-units';
import { ExecutionCurveChart } from './execution-curve-chart';
import { formatPercent } from './format-percent';
import { LightTag } from './light-tag';
import { MonitoringProfileCard } from './monitoring-profile-card';
import { MONITORING_CSS } from './monitoring-css';

const LIGHTS: readonly TrafficLight[] = ['red', 'yellow', 'green', 'blue'];

/** 运行监控总览 of the unit or department: the summed execution curve and the projects × checkpoints light matrix. */
export function MonitoringOverviewPage() {
  const { t } = useI18n();
  const units = useUnits();
  const { session } = useSession();
  const [unitId, setUnitId] = useState<string | undefined>(undefined);
  const [year, setYear] = useState<number | undefined>(undefined);
  const q = useQuery({ queryKey: ['monitoring-overview', unitId ?? null, year ?? null], queryFn: () => getMonitoringOverview({ ...(unitId ? { unitId } : {}), ...(year ? { fiscalYear: year } : {}) }) });
  const data = q.data;
  const executed = useMemo(() => (data ? data.rows.reduce((s, r) => s + r.executed, 0) : 0), [data]);
  const byLight = useMemo(() => Object.fromEntries(LIGHTS.map((l) => [l, data?.rows.filter((r) => r.worst === l).length ?? 0])), [data]);

  return (
    <section>
      <style>{MONITORING_CSS}</style>
      <h1 className="jx-page-title">{t('monDash.title')}</h1>
      <Space wrap style={{ marginBottom: 10 }}>
        <label htmlFor="mon-unit">{t('monDash.unit')}</label>
        <Select
          id="mon-unit"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ minWidth: 260 }}
          placeholder={t('monDash.allUnits')}
          value={unitId}
          onChange={(v) => setUnitId(v ?? undefined)}
          options={units.map((u) => ({ value: String(u.id), label: `${u.code ?? ''} ${u.name}`.trim() }))}
        />
        <label htmlFor="mon-year">{t('monDash.year')}</label>
        <InputNumber id="mon-year" min={2000} max={2100} precision={0} value={year ?? null} onChange={(v) => setYear(typeof v === 'number' ? v : undefined)} />
      </Space>
      {(unitId ?? session?.user.unitId) ? (
        <MonitoringProfileCard unitId={String(unitId ?? session?.user.unitId)} />
      ) : (
        <Alert type="info" style={{ marginBottom: 12 }} title={t('monProfile.pickUnit')} data-testid="monitoring-profile-pick" />
      )}
      {q.error && <Alert type="error" title={messageOf(q.error)} />}
      {q.isPending && <Spin />}
      {data && data.truncated && <Alert type="info" title={t('monDash.truncated', { count: data.rows.length })} style={{ marginBottom: 8 }} />}
      {data && data.rows.length === 0 && <Empty description={t('monDash.empty')} />}
      {data && data.rows.length > 0 && (
        <>
          <Row gutter={12} style={{ marginBottom: 12 }}>
            <Col span={4}>
              <Card size="small">
                <Statistic title={t('monDash.projects')} value={data.rows.length} />
              </Card>
            </Col>
            <Col span={5}>
              <Card size="small">
                <Statistic title={t('monDash.budget')} value={fenToWanText(data.budget)} />
              </Card>
            </Col>
            <Col span={5}>
              <Card size="small">
                <Statistic title={t('monDash.executed')} value={fenToWanText(executed)} />
              </Card>
            </Col>
            <Col span={4}>
              <Card size="small">
                <Statistic title={t('monDash.rate')} value={formatPercent(data.budget > 0 ? executed / data.budget : null)} />
              </Card>
            </Col>
            <Col span={6}>
              <Card size="small" title={t('monDash.byLight')} data-testid="overview-by-light">
                <Space wrap>
                  {LIGHTS.map((l) => (
                    <span key={l}>
                      <LightTag light={l} /> <b className="num">{byLight[l]}</b>
                    </span>
                  ))}
                </Space>
              </Card>
            </Col>
          </Row>
          <Card size="small" title={t('monDash.curve')} style={{ marginBottom: 12 }}>
            <ExecutionCurveChart curve={data.curve} ariaLabel={t('monDash.curve')} height={260} />
          </Card>
          <Card size="small" title={t('monDash.matrix')}>
            <Table<MonitoringOverviewRow>
              size="small"
              className="jx-dense-table jx-matrix"
              data-testid="light-matrix"
              rowKey="id"
              pagination={data.rows.length > 100 ? { pageSize: 100, size: 'small' } : false}
              dataSource={[...data.rows]}
              columns={[
                { title: t('monDash.project'), dataIndex: 'name', render: (name: string, r) => <Link to={`/projects/${r.id}/monitoring`}>{name}</Link> },
                { title: t('monDash.unit'), dataIndex: 'unitName', width: 180 },
                { title: t('monDash.rowBudget'), dataIndex: 'budget', width: 110, align: 'right', className: 'num', render: (v: number | null) => fenToWanText(v) },
                { title: t('monDash.rowExecuted'), dataIndex: 'executed', width: 110, align: 'right', className: 'num', render: (v: number) => fenToWanText(v) },
                { title: t('mon.rate'), dataIndex: 'rate', width: 90, align: 'right', className: 'num', render: (v: number | null) => formatPercent(v) },
                ...data.months.map((m) => ({
                  title: t('mon.plan.month', { month: m }),
                  key: `m${m}`,
                  width: 96,
                  className: 'jx-matrix-cell',
                  render: (_: unknown, r: MonitoringOverviewRow) => <LightTag light={r.lights[String(m)] ?? null} />,
                })),
                { title: t('monDash.worst'), width: 90, render: (_: unknown, r: MonitoringOverviewRow) => <LightTag light={r.worst} /> },
                { title: t('monDash.adjust'), width: 80, render: (_: unknown, r: MonitoringOverviewRow) => (r.adjustmentRequested ? <Tag color="orange">{t('mon.cp.adjust')}</Tag> : null) },
              ]}
            />
          </Card>
        </>
      )}
    </section>
  );
}
