import { useMemo } from 'react';
import { Card, Col, Row, Statistic } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/zh-CN';
import { listProjects } from '../../api/list-projects';
import { PROJECT_STATUSES } from '../../api/api-types';
import { fenToWanText } from '../../format/format-money';
import { toGrade } from '../../review/run-review';
import { SelfEvaluationDistribution } from './self-evaluation-distribution';
import { StatusChart } from './status-chart';

const GRADES = ['excellent', 'good', 'fair', 'poor'] as const;

/** 统计: counts by status and grade of the projects the user sees (first 500). */
export function DashboardPage() {
  const { t } = useI18n();
  const q = useQuery({ queryKey: ['projects', 'dashboard'], queryFn: () => listProjects({ limit: 500, offset: 0 }) });
  const rows = useMemo(() => q.data?.rows ?? [], [q.data]);
  const byStatus = useMemo(() => PROJECT_STATUSES.map((s) => rows.filter((r) => r.status === s).length), [rows]);
  const byGrade = useMemo(() => GRADES.map((g) => rows.filter((r) => toGrade(r.grade) === g).length), [rows]);
  return (
    <section>
      <h1 className="jx-page-title">{t('dash.title')}</h1>
      <Row gutter={16}>
        <Col span={6}>
          <Card size="small">
            <Statistic title={t('dash.count')} value={q.data?.total ?? 0} />
          </Card>
        </Col>
        <Col span={6}>
          <Card size="small">
            <Statistic title={t('dash.funds')} value={fenToWanText(q.data?.fundsTotal ?? 0)} />
          </Card>
        </Col>
      </Row>
      <Row gutter={16} style={{ marginTop: 16 }}>
        <Col span={12}>
          <Card size="small" title={t('dash.byStatus')}>
            <StatusChart ariaLabel={t('dash.byStatus')} labels={PROJECT_STATUSES.map((s) => t(`status.${s}` as MessageKey))} values={byStatus} />
          </Card>
        </Col>
        <Col span={12}>
          <Card size="small" title={t('dash.byGrade')}>
            <StatusChart ariaLabel={t('dash.byGrade')} labels={GRADES.map((g) => t(`grade.${g}`))} values={byGrade} />
          </Card>
        </Col>
      </Row>
      <SelfEvaluationDistribution />
    </section>
  );
}
