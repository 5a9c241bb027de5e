import { useState } from 'react';
import { App, Button, Card, Empty, Input, List, Select, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Project } from '@jixiao/core';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/zh-CN';
import { listComments } from '../../api/list-comments';
import { addComment } from '../../api/add-comment';
import { messageOf } from '../../api/api-error';
import type { Id } from '../../api/api-types';
import { formatTime } from '../../shell/format-time';

export interface CommentsPanelProps {
  readonly id: Id;
  readonly project: Project;
  readonly canComment: boolean;
  readonly target: number | null;
  readonly onTargetChange: (index: number | null) => void;
}

/** 审核意见: comments on the project or on one indicator; reviewers add them, the unit reads them. */
export function CommentsPanel({ id, project, canComment, target, onTargetChange }: CommentsPanelProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const q = useQuery({ queryKey: ['comments', String(id)], queryFn: () => listComments(id) });
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const nameOf = (i: number) => project.indicators[i]?.name || `#${i + 1}`;
  const send = async () => {
    if (!text.trim()) return;
    setBusy(true);
    try {
      await addComment(id, target, text.trim());
      setText('');
      await queryClient.invalidateQueries({ queryKey: ['comments', String(id)] });
    } catch (e) {
      message.error(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const comments = q.data ?? [];
  return (
    <Card size="small" title={t('comments.title')} data-testid="comments-panel" style={{ marginTop: 12 }}>
      {comments.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('comments.none')} />
      ) : (
        <List
          size="small"
          dataSource={comments}
          renderItem={(c) => (
            <List.Item key={String(c.id)} data-comment-indicator={c.indicatorIndex ?? 'project'}>
              <div style={{ width: '100%' }}>
                <div>
                  <Tag color={c.indicatorIndex == null ? 'default' : 'orange'}>{c.indicatorIndex == null ? t('comments.project') : t('comments.indicator', { name: nameOf(c.indicatorIndex) })}</Tag>
                </div>
                <div style={{ whiteSpace: 'pre-wrap' }}>{c.text}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {c.author}
                  {c.role ? ` · ${t(`role.${c.role}` as MessageKey)}` : ''} · {formatTime(c.createdAt)}
                </Typography.Text>
              </div>
            </List.Item>
          )}
        />
      )}
      {canComment && (
        <div className="jx-no-print" style={{ marginTop: 8 }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('comments.pickHint')}
          </Typography.Text>
          <div style={{ margin: '4px 0' }}>
            <label htmlFor="comment-target" style={{ marginRight: 4 }}>
              {t('comments.onIndicator')}
            </label>
            <Select
              id="comment-target"
              style={{ width: '100%' }}
              value={target ?? -1}
              onChange={(v: number) => onTargetChange(v < 0 ? null : v)}
              options={[{ value: -1, label: t('comments.wholeProject') }, ...project.indicators.map((ind, i) => ({ value: i, label: `${i + 1}. ${ind.name || '—'}` }))]}
            />
          </div>
          <label htmlFor="comment-text" className="sr-only">
            {t('comments.text')}
          </label>
          <Input.TextArea id="comment-text" rows={3} value={text} placeholder={t('comments.text')} onChange={(e) => setText(e.target.value)} />
          <Button type="primary" style={{ marginTop: 6 }} loading={busy} disabled={!text.trim()} onClick={send}>
            {t('comments.add')}
          </Button>
        </div>
      )}
    </Card>
  );
}
