import { App, Switch, Table, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n-context';
import { messageOf } from '../../api/api-error';
import { listUnits } from '../../api/list-units';
import { listLibraryPublications, setLibraryPublication } from '../../api/library-entries';
import type { Unit } from '../../api/api-types';

/** 公开设置 (admin): which units' indicators every unit may see by name and source project. */
export function LibraryPublicationsTab() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const units = useQuery({ queryKey: ['units'], queryFn: listUnits });
  const pubs = useQuery({ queryKey: ['library-publications'], queryFn: listLibraryPublications });
  const published = new Set((pubs.data ?? []).map((p) => p.unitId));
  const toggle = async (unitId: string, value: boolean) => {
    try {
      await setLibraryPublication(unitId, value);
      void queryClient.invalidateQueries({ queryKey: ['library-publications'] });
      void queryClient.invalidateQueries({ queryKey: ['library'] });
    } catch (e) {
      message.error(messageOf(e));
    }
  };
  return (
    <div data-testid="library-publications">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('library.publications.hint')}
      </Typography.Paragraph>
      <Table<Unit>
        size="small"
        rowKey="id"
        loading={units.isPending || pubs.isPending}
        dataSource={units.data ?? []}
        pagination={false}
        columns={[
          { title: t('library.publications.unit'), dataIndex: 'name' },
          {
            title: t('library.publications.published'),
            key: 'published',
            render: (_: unknown, u) => <Switch size="small" checked={published.has(String(u.id))} aria-label={`${t('library.publications.published')} ${u.name}`} onChange={(v) => void toggle(String(u.id), v)} data-testid="publish-unit" />,
          },
        ]}
      />
    </div>
  );
}
