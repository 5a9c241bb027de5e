import { useMemo, useState } from 'react';
import { Button, Modal, Radio, Space, Table, Typography } from 'antd';
import type { Project } from '@jixiao/core';
import { useI18n } from '../../i18n/i18n-context';
import type { VersionConflict } from '../../api/api-types';
import { diffProjects } from '../../model/flatten-project';
import { mergeProjects } from '../../model/merge-projects';
import { formatTime } from '../../shell/format-time';
import { useFieldLabel } from './use-field-label';

export interface ConflictDialogProps {
  readonly mine: Project;
  readonly conflict: VersionConflict;
  readonly onTakeTheirs: () => void;
  readonly onKeepMine: () => void;
  readonly onMerge: (merged: Project) => void;
  readonly onClose: () => void;
}

interface UnitRow {
  readonly unit: string;
  readonly fields: { path: string; mine: string; theirs: string }[];
}

/** 409 on save: both versions side by side, field by field; take theirs, keep mine, or merge per field. */
export function ConflictDialog({ mine, conflict, onTakeTheirs, onKeepMine, onMerge, onClose }: ConflictDialogProps) {
  const { t } = useI18n();
  const labelOf = useFieldLabel(mine);
  const theirs = conflict.project;
  const sameLength = mine.indicators.length === theirs.indicators.length;
  const units = useMemo(() => {
    const byUnit = new Map<string, UnitRow>();
    for (const d of diffProjects(mine, theirs)) {
      const unit = d.unit.startsWith('indicators[') && !sameLength ? 'indicators' : d.unit;
      const row = byUnit.get(unit) ?? { unit, fields: [] };
      row.fields.push({ path: d.path, mine: d.before, theirs: d.after });
      byUnit.set(unit, row);
    }
    return [...byUnit.values()];
  }, [mine, theirs, sameLength]);
  const [choice, setChoice] = useState<Record<string, 'mine' | 'theirs'>>({});
  const merged = () => mergeProjects(mine, theirs, new Set(units.filter((u) => (choice[u.unit] ?? 'mine') === 'mine').map((u) => u.unit)));
  const empty = (s: string) => (s === '' ? <Typography.Text type="secondary">{t('conflict.empty')}</Typography.Text> : s);
  return (
    <Modal
      open
      width={980}
      title={t('conflict.title')}
      onCancel={onClose}
      maskClosable={false}
      footer={
        <Space>
          <Button onClick={onTakeTheirs}>{t('conflict.takeTheirs')}</Button>
          <Button onClick={onKeepMine}>{t('conflict.keepMine')}</Button>
          <Button type="primary" onClick={() => onMerge(merged())}>
            {t('conflict.merge')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph>{t('conflict.intro', { user: conflict.updatedBy ?? '?', time: formatTime(conflict.updatedAt), version: conflict.version })}</Typography.Paragraph>
      {units.length === 0 ? (
        <Typography.Text>{t('conflict.noDiff')}</Typography.Text>
      ) : (
        <Table<UnitRow>
          size="small"
          pagination={false}
          rowKey="unit"
          dataSource={units}
          scroll={{ y: 440 }}
          columns={[
            { title: t('conflict.field'), width: 200, render: (_, r) => r.fields.map((f) => <div key={f.path}>{labelOf(f.path)}</div>) },
            {
              title: t('conflict.mine'),
              render: (_, r) => (
                <label style={{ display: 'flex', gap: 6 }}>
                  <Radio checked={(choice[r.unit] ?? 'mine') === 'mine'} onChange={() => setChoice({ ...choice, [r.unit]: 'mine' })} aria-label={`${t('conflict.mine')} ${labelOf(r.fields[0]?.path ?? r.unit)}`} />
                  <div>{r.fields.map((f) => <div key={f.path}>{empty(f.mine)}</div>)}</div>
                </label>
              ),
            },
            {
              title: t('conflict.theirs', { version: conflict.version }),
              render: (_, r) => (
                <label style={{ display: 'flex', gap: 6 }}>
                  <Radio checked={choice[r.unit] === 'theirs'} onChange={() => setChoice({ ...choice, [r.unit]: 'theirs' })} aria-label={`${t('conflict.theirs', { version: conflict.version })} ${labelOf(r.fields[0]?.path ?? r.unit)}`} />
                  <div>{r.fields.map((f) => <div key={f.path}>{empty(f.theirs)}</div>)}</div>
                </label>
              ),
            },
          ]}
        />
      )}
    </Modal>
  );
}
