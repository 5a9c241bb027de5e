import { Tag } from 'antd';
import { useI18n } from '../i18n/i18n-context';
import type { ProjectStatus } from '../api/api-types';
import type { MessageKey } from '../i18n/zh-CN';

const COLORS: Readonly<Record<ProjectStatus, string>> = {
  draft: 'default',
  submitted: 'processing',
  dept_review: 'blue',
  finance_review: 'geekblue',
  approved: 'success',
  returned: 'warning',
  rejected: 'error',
  adjusting: 'purple',
};

/** A coloured tag for a project status. */
export function StatusTag({ status }: { status: ProjectStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={COLORS[status] ?? 'default'} data-status={status}>
      {t(`status.${status}` as MessageKey)}
    </Tag>
  );
}
