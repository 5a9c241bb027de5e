import { useState } from 'react';
import { Input, Table, Tag, Tooltip, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/zh-CN';
import { listLibrary } from '../../api/list-library';
import type { LibraryClusterRow } from '../../api/library-types';

const PAGE = 50;

/** 常用指标: the clusters with typical operator/unit, value distribution, units using, reuse and met rate. */
export function LibraryClustersTab() {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const data = useQuery({ queryKey: ['library', q, page], queryFn: () => listLibrary({ q, limit: PAGE, offset: (page - 1) * PAGE }), placeholderData: keepPreviousData });
  const label = (l2: string | null) => {
    const key = `level2.${l2}` as MessageKey;
    return l2 === null ? '—' : t(key) === key ? l2 : t(key);
  };
  return (
    <div>
      <div style={{ display: 'flex', gap: 12, alignItems: 'center', marginBottom: 8 }}>
        <Input.Search allowClear placeholder={t('library.search')} style={{ width: 280 }} onSearch={(v) => { setQ(v.trim()); setPage(1); }} data-testid="library-search" />
        {data.data && (
          <Typography.Text type="secondary" data-testid="library-total">
            {t('library.total', { total: data.data.total, projects: data.data.projectCount })}
          </Typography.Text>
        )}
      </div>
      <Table<LibraryClusterRow>
        size="small"
        loading={data.isFetching}
        rowKey="id"
        dataSource={[...(data.data?.clusters ?? [])]}
        pagination={{ current: page, pageSize: PAGE, total: data.data?.total ?? 0, showSizeChanger: false, onChange: setPage }}
        columns={[
          {
            title: t('library.col.name'),
            dataIndex: 'name',
            render: (name: string, c) => (
              <Tooltip title={c.variants.length > 1 ? `${t('library.col.variants')}：${c.variants.join('、')}` : undefined}>
                <span>{name}</span> {c.published && <Tag color="green">{t('library.published')}</Tag>}
                {c.detailsHidden && <Tag>{t('library.hiddenDetails')}</Tag>}
              </Tooltip>
            ),
          },
          { title: t('library.col.category'), dataIndex: 'level2', render: label },
          { title: t('library.col.typical'), dataIndex: 'typicalTargetText', render: (v: string | null) => v ?? '—' },
          {
            title: t('library.col.distribution'),
            render: (_: unknown, c) => (c.values ? `${c.values.min} / ${c.values.p25} / ${c.values.median} / ${c.values.p75} / ${c.values.max}${c.unit ?? ''} (n=${c.values.n})` : '—'),
          },
          {
            title: t('library.col.units'),
            align: 'right',
            render: (_: unknown, c) => (
              <Tooltip title={c.unitNames.join('、') || undefined}>
                <span>{t('library.unitCount', { n: c.unitCount })}</span>
              </Tooltip>
            ),
          },
          { title: t('library.col.support'), dataIndex: 'support', align: 'right' },
          { title: t('library.col.reuse'), dataIndex: 'reuse', align: 'right' },
          { title: t('library.col.met'), align: 'right', render: (_: unknown, c) => (c.met ? `${Math.round(c.met.rate * 100)}% (${c.met.met}/${c.met.n})` : '—') },
        ]}
      />
    </div>
  );
}
