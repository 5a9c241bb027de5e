import { Table, Typography } from 'antd';
import type { Project } from '@jixiao/core';
import { useI18n } from '../../i18n/i18n-context';
import { diffProjects, type FieldDiff } from '../../model/flatten-project';
import { useFieldLabel } from '../edit/use-field-label';

/** The fields that differ between two versions, before and after. */
export function VersionDiff({ before, after }: { before: Project; after: Project }) {
  const { t } = useI18n();
  const labelOf = useFieldLabel(after);
  const diffs = diffProjects(before, after);
  if (diffs.length === 0) return <Typography.Text type="secondary">{t('history.noChanges')}</Typography.Text>;
  return (
    <Table<FieldDiff>
      size="small"
      rowKey="path"
      pagination={false}
      dataSource={diffs}
      data-testid="version-diff"
      columns={[
        { title: t('conflict.field'), dataIndex: 'path', width: 260, render: (p: string) => labelOf(p) },
        { title: t('history.before'), dataIndex: 'before', render: (v: string) => <del style={{ color: '#a8071a' }}>{v}</del> },
        { title: t('history.after'), dataIndex: 'after', render: (v: string) => <ins style={{ color: '#237804', textDecoration: 'none' }}>{v}</ins> },
      ]}
    />
  );
}
