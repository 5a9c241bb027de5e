import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { App, Button, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n-context';
import { listProjects } from '../../api/list-projects';
import { createProject } from '../../api/create-project';
import { messageOf } from '../../api/api-error';
import type { ProjectQuery, ProjectRow } from '../../api/api-types';
import { canCreateProject, navFor } from '../../auth/role-access';
import { fenToWanText } from '../../format/format-money';
import { StatusTag } from '../../shell/status-tag';
import { GradeTag } from '../../shell/grade-tag';
import { formatTime } from '../../shell/format-time';
import { useSession } from '../../auth/use-session';
import { createEmptyProject } from '../../model/create-empty-project';
import { ProjectFilters } from './project-filters';
import { ExportMenu } from '../../shell/export-menu';

const PAGE_SIZE = 20;

/** 项目列表: filters, search, a paged table and the funds total of the filtered set. */
export function ProjectListPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { session } = useSession();
  const [query, setQuery] = useState<ProjectQuery>({ limit: PAGE_SIZE, offset: 0, sort: 'updated_at:desc' });
  const q = useQuery({ queryKey: ['projects', query], queryFn: () => listProjects(query), placeholderData: keepPreviousData });
  const role = session?.user.role;
  const mayCreate = canCreateProject(role);
  const mayImport = role !== undefined && navFor(role).includes('import');

  const onNew = async () => {
    try {
      const created = await createProject(createEmptyProject(t('list.newName'), new Date().getFullYear() + 1, session?.user.unitName ?? null));
      message.success(t('edit.newProjectCreated'));
      navigate(`/projects/${created.id}`);
    } catch (e) {
      message.error(messageOf(e));
    }
  };

  const columns: ColumnsType<ProjectRow> = [
    { title: t('list.col.name'), dataIndex: 'name', render: (name: string, row) => <Link to={`/projects/${row.id}`}>{name || '—'}</Link> },
    { title: t('list.col.unit'), dataIndex: 'unitName', width: 180, ellipsis: true },
    { title: t('list.col.year'), dataIndex: 'fiscalYear', width: 64, className: 'num' },
    { title: t('list.col.funds'), dataIndex: 'fundsTotal', width: 110, className: 'num', render: (v: number | null) => fenToWanText(v) },
    { title: t('list.col.status'), dataIndex: 'status', width: 110, render: (s: ProjectRow['status']) => <StatusTag status={s} /> },
    { title: t('list.col.grade'), dataIndex: 'grade', width: 80, render: (g: string | null, row) => <GradeTag grade={g} score={row.score} /> },
    { title: t('list.col.findings'), dataIndex: 'findingCount', width: 70, className: 'num' },
    { title: t('list.col.updated'), dataIndex: 'updatedAt', width: 140, className: 'num', render: (v: string) => formatTime(v) },
  ];
  const page = Math.floor((query.offset ?? 0) / PAGE_SIZE) + 1;
  return (
    <section aria-labelledby="list-title">
      <div className="jx-page-title">
        <h1 id="list-title" style={{ fontSize: 18, margin: 0 }}>
          {t('list.title')}
        </h1>
        <Space style={{ marginLeft: 'auto' }} className="jx-no-print">
          {mayCreate && (
            <Button type="primary" onClick={onNew}>
              {t('list.new')}
            </Button>
          )}
          {mayImport && <Button onClick={() => navigate('/import')}>{t('list.import')}</Button>}
          <ExportMenu
            testId="export-batch"
            href={(format, layout) => `/api/export?format=${format}&layout=${layout}${query.unitId ? `&unitId=${encodeURIComponent(String(query.unitId))}` : ''}${query.year ? `&year=${query.year}` : ''}`}
          />
        </Space>
      </div>
      <ProjectFilters value={query} onChange={setQuery} />
      <Table<ProjectRow>
        size="small"
        rowKey={(r) => String(r.id)}
        columns={columns}
        dataSource={q.data?.rows as ProjectRow[] | undefined}
        loading={q.isFetching}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: q.data?.total ?? 0,
          showSizeChanger: false,
          onChange: (p) => setQuery({ ...query, offset: (p - 1) * PAGE_SIZE }),
        }}
        footer={() => (
          <Typography.Text strong data-testid="list-total" className="num">
            {q.data?.totalIsLowerBound
              ? t('list.totalAtLeast', { count: q.data.total })
              : t('list.total', { count: q.data?.total ?? 0, funds: fenToWanText(q.data?.fundsTotal ?? 0) })}
          </Typography.Text>
        )}
      />
      {q.error && <Typography.Text type="danger">{messageOf(q.error)}</Typography.Text>}
    </section>
  );
}
