import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Card, Select, Space, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n-context';
import { listVersions } from '../../api/list-versions';
import { getVersion } from '../../api/get-version';
import { getProject } from '../../api/get-project';
import { messageOf } from '../../api/api-error';
import type { VersionEntry } from '../../api/api-types';
import { formatTime } from '../../shell/format-time';
import { VersionDiff } from './version-diff';

/** 历史: the versions of a project (who, when, note) and a field-by-field diff between any two. */
export function HistoryPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const versions = useQuery({ queryKey: ['versions', id], queryFn: () => listVersions(id) });
  const project = useQuery({ queryKey: ['project', id], queryFn: () => getProject(id) });
  const list = [...(versions.data ?? [])].sort((a, b) => b.version - a.version);
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  useEffect(() => {
    if (to === null && list[0]) setTo(list[0].version);
    if (from === null && list[1]) setFrom(list[1].version);
  }, [list, from, to]);
  const a = useQuery({ queryKey: ['version', id, from], queryFn: () => getVersion(id, from as number), enabled: from !== null });
  const b = useQuery({ queryKey: ['version', id, to], queryFn: () => getVersion(id, to as number), enabled: to !== null });
  const options = list.map((v) => ({ value: v.version, label: `v${v.version} · ${v.changedBy ?? ''} · ${formatTime(v.changedAt)}` }));
  return (
    <section>
      <h1 className="jx-page-title">
        {t('history.title')} · <Link to={`/projects/${id}`}>{project.data?.project.name ?? id}</Link>
      </h1>
      <Table<VersionEntry>
        size="small"
        rowKey="version"
        dataSource={list}
        loading={versions.isFetching}
        pagination={false}
        columns={[
          { title: t('history.version'), dataIndex: 'version', width: 70, className: 'num', render: (v: number) => `v${v}` },
          { title: t('history.changedBy'), dataIndex: 'changedBy', width: 140 },
          { title: t('history.changedAt'), dataIndex: 'changedAt', width: 150, className: 'num', render: (v: string) => formatTime(v) },
          { title: t('history.note'), dataIndex: 'changeNote' },
        ]}
      />
      {versions.error && <Typography.Text type="danger">{messageOf(versions.error)}</Typography.Text>}
      <Card size="small" title={t('history.compare')} style={{ marginTop: 12 }}>
        <Space wrap style={{ marginBottom: 8 }}>
          <label htmlFor="h-from">{t('history.from')}</label>
          <Select id="h-from" style={{ width: 280 }} value={from ?? undefined} onChange={setFrom} options={options} />
          <label htmlFor="h-to">{t('history.to')}</label>
          <Select id="h-to" style={{ width: 280 }} value={to ?? undefined} onChange={setTo} options={options} />
        </Space>
        {a.data && b.data && <VersionDiff before={a.data.project} after={b.data.project} />}
      </Card>
    </section>
  );
}
