import { useMemo } from 'react';
import { Card, Col, Row, Statistic } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { getSelfEvaluationSummary } from '../../api/self-evaluation-api';
import { useI18n } from '../../i18n/i18n-context';
import { StatusChart } from './status-chart';

const GRADES = ['excellent', 'good', 'fair', 'poor'] as const;
const BUCKETS = ['<60', '60-70', '70-80', '80-90', '90-100'] as const;

/** 绩效自评 score and grade distribution of the projects the user sees (ECharts bars), with count and average. */
export function SelfEvaluationDistribution() {
  const { t } = useI18n();
  const q = useQuery({ queryKey: ['self-evaluations', 'summary'], queryFn: () => getSelfEvaluationSummary() });
  const s = q.data;
  const scoreLabels = useMemo(() => [...BUCKETS], []);
  const byScore = useMemo(() => BUCKETS.map((b) => s?.byScore[b] ?? 0), [s]);
  const gradeLabels = useMemo(() => GRADES.map((g) => t(`grade.${g}`)), [t]);
  const byGrade = useMemo(() => GRADES.map((g) => s?.byGrade[g] ?? 0), [s]);
  return (
    <Row gutter={16} style={{ marginTop: 16 }} data-testid="se-distribution">
      <Col span={4}>
        <Card size="small">
          <Statistic title={t('se.dash.evaluated')} value={s ? `${s.evaluatedCount} / ${s.projectCount}` : '—'} />
        </Card>
        <Card size="small" style={{ marginTop: 8 }}>
          <Statistic title={t('se.dash.average')} value={s?.averageScore ?? '—'} />
        </Card>
      </Col>
      <Col span={10}>
        <Card size="small" title={t('se.dash.byScore')}>
          <StatusChart ariaLabel={t('se.dash.byScore')} labels={scoreLabels} values={byScore} />
        </Card>
      </Col>
      <Col span={10}>
        <Card size="small" title={t('se.dash.byGrade')}>
          <StatusChart ariaLabel={t('se.dash.byGrade')} labels={gradeLabels} values={byGrade} />
        </Card>
      </Col>
    </Row>
  );
}
