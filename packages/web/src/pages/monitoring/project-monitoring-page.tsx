import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Alert, Button, Card, Result, Select, Space, Spin, Tabs, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { messageOf } from '../../api/api-error';
import { getProject } from '../../api/get-project';
import { getProjectMonitoring, monitoringExportUrl } from '../../api/monitoring-api';
import { useSession } from '../../auth/use-session';
import { fenToWanText, fenToYuanText } from '../../format/format-money';
import { useI18n } from '../../i18n/i18n-context';
import { StatusTag } from '../../shell/status-tag';
import type { ProjectStatus } from '../../api/api-types';
import { CheckpointForm } from './checkpoint-form';
import { ExecutionEntriesPanel } from './execution-entries-panel';
import { ExecutionProgressPanel } from './execution-progress-panel';
import { formatPercent } from './format-percent';
import { LightTag } from './light-tag';
import { MONITORING_CSS } from './monitoring-css';
import { SpendingPlanEditor } from './spending-plan-editor';

/** Who records 双监控 data (the server also checks that the project is in the user's units). */
const WRITER_ROLES = ['preparer', 'unit_head'];

/** 运行监控 of one project: spending plan, payments, execution against plan and 序时进度, checkpoint progress, export. */
export function ProjectMonitoringPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { session } = useSession();
  const navigate = useNavigate();
  const detail = useQuery({ queryKey: ['project', id], queryFn: () => getProject(id) });
  const monitoring = useQuery({ queryKey: ['monitoring', id], queryFn: () => getProjectMonitoring(id), staleTime: 0 });
  const [tab, setTab] = useState<string | null>(null);
  const [exportMonth, setExportMonth] = useState<number | null>(null);
  if (detail.isPending || monitoring.isPending) return <Spin description={t('app.loading')} />;
  if (detail.error || !detail.data) return <Result status="warning" title={messageOf(detail.error)} />;
  if (monitoring.error || !monitoring.data) return <Result status="warning" title={messageOf(monitoring.error)} />;
  const data = monitoring.data;
  const project = detail.data.project;
  const editable = WRITER_ROLES.includes(session?.user.role ?? '');
  const reload = () => monitoring.refetch();
  const due = data.checkpoints.filter((c) => c.state !== 'pending').map((c) => c.month);
  const month = exportMonth ?? due.at(-1) ?? data.checkpoints[0]?.month ?? null;
  const activeTab = tab ?? String(due.at(-1) ?? data.checkpoints[0]?.month ?? '');

  return (
    <section>
      <style>{MONITORING_CSS}</style>
      <div className="jx-page-title">
        <h1 style={{ fontSize: 18, margin: 0 }} data-testid="monitoring-title">
          {data.projectName} · {t('mon.title')}
        </h1>
        <StatusTag status={data.status as ProjectStatus} />
        <Space style={{ marginLeft: 'auto' }} wrap className="jx-no-print">
          <Button size="small" onClick={() => navigate(`/projects/${id}`)}>
            {t('mon.backToProject')}
          </Button>
          {month !== null && (
            <Space.Compact data-testid="monitoring-export">
              <Select<number>
                size="small"
                aria-label={t('mon.exportMonth')}
                style={{ width: 100 }}
                value={month}
                onChange={setExportMonth}
                options={data.checkpoints.map((c) => ({ value: c.month, label: t('mon.plan.month', { month: c.month }) }))}
              />
              <Button size="small" href={monitoringExportUrl(id, 'xlsx', month)} download>
                {t('mon.export')} {t('mon.export.xlsx')}
              </Button>
              <Button size="small" href={monitoringExportUrl(id, 'pdf', month)} download>
                {t('mon.export.pdf')}
              </Button>
            </Space.Compact>
          )}
        </Space>
      </div>
      <Space size="large" wrap className="jx-mon-summary" data-testid="monitoring-summary">
        <span>
          {t('mon.year')}：<b className="num">{data.year}</b>
        </span>
        <span>
          {t('mon.budget')}：<b className="num">{data.budget == null ? '—' : t('mon.wan', { amount: fenToWanText(data.budget) })}</b>
        </span>
        <span>
          {t('mon.executed')}：<b className="num" data-testid="monitoring-executed">{t('mon.yuan', { amount: fenToYuanText(data.executed) })}</b>
        </span>
        <span>
          {t('mon.rate')}：<b className="num" data-testid="monitoring-rate">{formatPercent(data.budget ? data.executed / data.budget : null)}</b>
        </span>
        {data.checkpoints.map((c) => (
          <span key={c.month}>
            {t('mon.plan.month', { month: c.month })} <LightTag light={c.light} pending={c.state === 'pending'} testId={`summary-light-${c.month}`} />
          </span>
        ))}
        <span data-testid="monitoring-thresholds">
          {t('monProfile.title')}：
          {t('monProfile.executionValue', { yellow: data.profile.profile.executionYellowPoints, red: data.profile.profile.executionRedPoints })}（
          {data.profile.source ? t('monProfile.sourceShort', { name: data.profile.source.unitName }) : t('monProfile.sourceDefaultShort')}）
        </span>
      </Space>
      {!editable && <Alert type="info" showIcon title={t('mon.readOnly')} style={{ marginBottom: 8 }} />}
      {data.adjustmentRequested && (
        <Alert
          type="warning"
          showIcon
          title={t('mon.adjustmentRequested')}
          style={{ marginBottom: 8 }}
          data-testid="adjustment-requested"
          action={
            session?.user.role === 'unit_head' && data.status === 'approved' ? (
              <Button size="small" onClick={() => navigate(`/projects/${id}`)}>
                {t('mon.requestAdjustment')}
              </Button>
            ) : undefined
          }
        />
      )}
      <div className="jx-mon-grid">
        <SpendingPlanEditor key={`${data.planVersion}-${data.year}-${data.planSource}`} data={data} editable={editable} onSaved={reload} />
        <ExecutionEntriesPanel data={data} editable={editable} onChanged={reload} />
      </div>
      <ExecutionProgressPanel data={data} />
      <Card size="small" title={t('mon.cp.title')} extra={<Typography.Text type="secondary" className="jx-mon-rule">{t('mon.cp.rule')}</Typography.Text>} style={{ marginTop: 12 }}>
        {data.checkpoints.length === 0 ? (
          <Typography.Text type="secondary">{t('mon.cp.none')}</Typography.Text>
        ) : (
          <Tabs
            size="small"
            activeKey={activeTab}
            onChange={setTab}
            items={data.checkpoints.map((c) => ({
              key: String(c.month),
              label: (
                <span>
                  {t('mon.cp.tab', { month: c.month })} <LightTag light={c.light} pending={c.state === 'pending'} />
                </span>
              ),
              children: <CheckpointForm key={`${c.month}-${c.version}`} projectId={id} project={project} checkpoint={c} editable={editable} onSaved={reload} profile={data.profile.profile} />,
            }))}
          />
        )}
      </Card>
    </section>
  );
}
