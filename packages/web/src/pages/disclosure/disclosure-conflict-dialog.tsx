import { Button, Modal, Space, Typography } from 'antd';
import type { DisclosureConflict } from '../../api/disclosure-api';
import { useI18n } from '../../i18n/i18n-context';
import { formatTime } from '../../shell/format-time';

export interface DisclosureConflictDialogProps {
  readonly conflict: DisclosureConflict;
  readonly mineLineCount: number;
  readonly onTakeTheirs: () => void;
  readonly onKeepMine: () => void;
  readonly onClose: () => void;
}

/** 409 on save: who saved which version when; take theirs (reload) or keep mine (save over it as a new version). */
export function DisclosureConflictDialog({ conflict, mineLineCount, onTakeTheirs, onKeepMine, onClose }: DisclosureConflictDialogProps) {
  const { t } = useI18n();
  return (
    <Modal
      open
      title={t('disclosure.conflict.title')}
      onCancel={onClose}
      maskClosable={false}
      footer={
        <Space>
          <Button onClick={onTakeTheirs}>{t('disclosure.conflict.reload')}</Button>
          <Button type="primary" onClick={onKeepMine}>
            {t('disclosure.conflict.overwrite')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph>{t('conflict.intro', { user: conflict.updatedBy ?? '?', time: formatTime(conflict.updatedAt), version: conflict.version })}</Typography.Paragraph>
      <Typography.Paragraph className="num">
        {t('disclosure.tab.lines', { count: conflict.budget.lines.length })} ↔ {t('disclosure.tab.lines', { count: mineLineCount })}
      </Typography.Paragraph>
    </Modal>
  );
}
