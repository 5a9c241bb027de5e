import { Link } from 'react-router';
import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n-context';
import { getReviewQueue } from '../../api/get-review-queue';
import { messageOf } from '../../api/api-error';
import type { ProjectRow } from '../../api/api-types';
import { fenToWanText } from '../../format/format-money';
import { StatusTag } from '../../shell/status-tag';
import { GradeTag } from '../../shell/grade-tag';
import { formatTime } from '../../shell/format-time';

/** 审核: the reviewer's queue; a row opens the project's review view. */
export function ReviewQueuePage() {
  const { t } = useI18n();
  const q = useQuery({ queryKey: ['review-queue'], queryFn: getReviewQueue, refetchOnMount: 'always' });
  const columns: ColumnsType<ProjectRow> = [
    { title: t('list.col.name'), dataIndex: 'name', render: (name: string, row) => <Link to={`/projects/${row.id}`}>{name || '—'}</Link> },
    { title: t('list.col.unit'), dataIndex: 'unitName', width: 180, ellipsis: true },
    { title: t('list.col.year'), dataIndex: 'fiscalYear', width: 64, className: 'num' },
    { title: t('list.col.funds'), dataIndex: 'fundsTotal', width: 110, className: 'num', render: (v: number | null) => fenToWanText(v) },
    { title: t('list.col.status'), dataIndex: 'status', width: 120, render: (s: ProjectRow['status']) => <StatusTag status={s} /> },
    { title: t('list.col.grade'), dataIndex: 'grade', width: 80, render: (g: string | null, row) => <GradeTag grade={g} score={row.score} /> },
    { title: t('list.col.findings'), dataIndex: 'findingCount', width: 70, className: 'num' },
    { title: t('list.col.updated'), dataIndex: 'updatedAt', width: 140, className: 'num', render: (v: string) => formatTime(v) },
    { title: t('common.actions'), width: 70, render: (_, row) => <Link to={`/projects/${row.id}`}>{t('queue.open')}</Link> },
  ];
  return (
    <section>
      <h1 className="jx-page-title">{t('queue.title')}</h1>
      <Table<ProjectRow> size="small" rowKey={(r) => String(r.id)} columns={columns} dataSource={q.data} loading={q.isFetching} pagination={{ pageSize: 20 }} locale={{ emptyText: t('queue.empty') }} />
      {q.error && <Typography.Text type="danger">{messageOf(q.error)}</Typography.Text>}
    </section>
  );
}
