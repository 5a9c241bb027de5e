import { Card, Col, Row, Spin, Statistic, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/zh-CN';
import { getLibraryDashboard } from '../../api/get-library-dashboard';
import { messageOf } from '../../api/api-error';
import { fenToWanText } from '../../format/format-money';
import { LibraryBarChart } from './library-bar-chart';

const toWan = (fen: number) => Math.round(fen / 100) / 10000;

/** 统计看板: funds by kind of work and project type, grades, findings and most used indicators of the visible projects. */
export function LibraryDashboardTab() {
  const { t } = useI18n();
  const q = useQuery({ queryKey: ['library-dashboard'], queryFn: getLibraryDashboard });
  if (q.isPending) return <Spin />;
  if (q.error || !q.data) return <Typography.Text type="danger">{messageOf(q.error)}</Typography.Text>;
  const d = q.data;
  const tr = (key: string, fallback: string) => (t(key as MessageKey) === key ? fallback : t(key as MessageKey));
  return (
    <div data-testid="library-dashboard">
      <Row gutter={16}>
        <Col span={6}>
          <Card size="small">
            <Statistic title={t('library.dash.projects')} value={d.projectCount} />
          </Card>
        </Col>
        <Col span={6}>
          <Card size="small">
            <Statistic title={t('library.dash.funds')} value={fenToWanText(d.fundsTotal)} />
          </Card>
        </Col>
      </Row>
      <Row gutter={16} style={{ marginTop: 16 }}>
        <Col span={12}>
          <Card size="small" title={t('library.dash.byCategory')}>
            <LibraryBarChart horizontal ariaLabel={t('library.dash.byCategory')} labels={d.fundsByCategory.map((c) => c.label)} values={d.fundsByCategory.map((c) => toWan(c.funds))} />
          </Card>
        </Col>
        <Col span={12}>
          <Card size="small" title={t('library.dash.byKind')}>
            <LibraryBarChart ariaLabel={t('library.dash.byKind')} labels={d.fundsByKind.map((k) => t(`library.kind.${k.kind}` as MessageKey))} values={d.fundsByKind.map((k) => toWan(k.funds))} />
          </Card>
        </Col>
      </Row>
      <Row gutter={16} style={{ marginTop: 16 }}>
        <Col span={12}>
          <Card size="small" title={t('library.dash.grades')}>
            <LibraryBarChart ariaLabel={t('library.dash.grades')} labels={d.grades.map((g) => (g.grade === 'none' ? t('library.grade.none') : tr(`grade.${g.grade}`, g.grade)))} values={d.grades.map((g) => g.count)} color="#52c41a" />
          </Card>
        </Col>
        <Col span={12}>
          <Card size="small" title={t('library.dash.findings')}>
            <LibraryBarChart horizontal ariaLabel={t('library.dash.findings')} labels={d.findingsByCategory.map((f) => tr(`finding.${f.category}`, f.category))} values={d.findingsByCategory.map((f) => f.count)} color="#d48806" />
          </Card>
        </Col>
      </Row>
      <Row gutter={16} style={{ marginTop: 16 }}>
        <Col span={12}>
          <Card size="small" title={t('library.dash.topFindings')}>
            <Table
              size="small"
              pagination={false}
              rowKey="rule"
              dataSource={[...d.topFindings]}
              columns={[
                { title: t('library.col.category'), dataIndex: 'category', render: (c: string) => tr(`finding.${c}`, c) },
                { title: t('library.col.message'), dataIndex: 'message', ellipsis: true },
                { title: t('library.col.count'), dataIndex: 'count', align: 'right' },
              ]}
            />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('library.dash.reviewed', { n: d.reviewed })}
            </Typography.Text>
          </Card>
        </Col>
        <Col span={12}>
          <Card size="small" title={t('library.dash.topIndicators')}>
            <LibraryBarChart horizontal ariaLabel={t('library.dash.topIndicators')} labels={d.topIndicators.map((i) => i.name)} values={d.topIndicators.map((i) => i.count)} color="#722ed1" />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
