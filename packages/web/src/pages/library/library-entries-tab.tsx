import { useState } from 'react';
import { App, Button, Empty, Form, Input, Modal, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/zh-CN';
import { useSession } from '../../auth/use-session';
import { messageOf } from '../../api/api-error';
import { formatTime } from '../../shell/format-time';
import type { LibraryChangeRequest, LibraryEntry, LibraryEntryFields } from '../../api/library-types';
import { createLibraryEntry, decideLibraryChange, listLibraryChanges, listLibraryEntries, publishLibraryEntry, requestLibraryChange, updateLibraryEntry } from '../../api/library-entries';
import { LibraryEntryForm, toEntryFields, toFormValues, type EntryFormValues } from './library-entry-form';

type Editing = { mode: 'create' } | { mode: 'edit' | 'change'; entry: LibraryEntry };
const FIELDS: readonly (keyof LibraryEntryFields)[] = ['name', 'level1', 'level2', 'definition', 'formula', 'unit', 'direction', 'valueBasis', 'source'];

/** 规范条目: curated entries; administrators create, edit drafts, publish, request changes and approve others' requests. */
export function LibraryEntriesTab() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { session } = useSession();
  const isAdmin = session?.user.role === 'admin';
  const mayReadRequests = isAdmin || session?.user.role === 'auditor';
  const queryClient = useQueryClient();
  const entries = useQuery({ queryKey: ['library-entries'], queryFn: listLibraryEntries });
  const requests = useQuery({ queryKey: ['library-changes'], queryFn: () => listLibraryChanges(), enabled: mayReadRequests });
  const [editing, setEditing] = useState<Editing | null>(null);
  const [reason, setReason] = useState('');
  const [form] = Form.useForm<EntryFormValues>();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['library-entries'] });
    void queryClient.invalidateQueries({ queryKey: ['library-changes'] });
    void queryClient.invalidateQueries({ queryKey: ['library'] });
  };
  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
      message.success(t('library.done'));
      refresh();
      return true;
    } catch (e) {
      message.error(messageOf(e));
      return false;
    }
  };
  const open = (next: Editing) => {
    form.resetFields();
    form.setFieldsValue(next.mode === 'create' ? { name: '', definition: '', direction: 'higher', level2: null } : toFormValues(next.entry));
    setReason('');
    setEditing(next);
  };
  const submit = async () => {
    if (!editing) return;
    const fields = toEntryFields(await form.validateFields());
    if (editing.mode === 'change' && reason.trim() === '') {
      message.error(t('library.reasonRequired'));
      return;
    }
    const ok = await run(async () => {
      if (editing.mode === 'create') return createLibraryEntry(fields);
      const changed = Object.fromEntries(FIELDS.filter((k) => fields[k] !== editing.entry[k]).map((k) => [k, fields[k]])) as Partial<LibraryEntryFields>;
      if (editing.mode === 'edit') return updateLibraryEntry(editing.entry.id, editing.entry.version, changed);
      return requestLibraryChange(editing.entry.id, editing.entry.version, changed, reason.trim());
    });
    if (ok) setEditing(null);
  };
  const nameOf = (entryId: string) => entries.data?.find((e) => e.id === entryId)?.name ?? entryId;
  return (
    <div data-testid="library-entries">
      {isAdmin && (
        <Button type="primary" onClick={() => open({ mode: 'create' })} style={{ marginBottom: 8 }}>
          {t('library.entries.new')}
        </Button>
      )}
      <Table<LibraryEntry>
        size="small"
        rowKey="id"
        loading={entries.isPending}
        dataSource={entries.data ?? []}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('library.entries.none')} /> }}
        pagination={false}
        expandable={{
          expandedRowRender: (e) => (
            <dl className="jx-entry-detail" style={{ margin: 0, fontSize: 12 }}>
              <dt>{t('library.entry.definition')}</dt>
              <dd>{e.definition}</dd>
              <dt>{t('library.entry.formula')}</dt>
              <dd>{e.formula ?? '—'}</dd>
              <dt>{t('library.entry.valueBasis')}</dt>
              <dd>{e.valueBasis ?? '—'}</dd>
              <dt>{t('library.entry.source')}</dt>
              <dd>{e.source ?? '—'}</dd>
            </dl>
          ),
        }}
        columns={[
          { title: t('library.entry.name'), dataIndex: 'name' },
          { title: t('library.entry.level'), dataIndex: 'level2', render: (v: string | null) => (v ? t(`level2.${v}` as MessageKey) : '—') },
          { title: t('library.entry.formula'), dataIndex: 'formula', ellipsis: true, render: (v: string | null) => v ?? '—' },
          { title: t('library.entry.unit'), dataIndex: 'unit', render: (v: string | null) => v ?? '—' },
          { title: t('library.entry.direction'), dataIndex: 'direction', render: (v: LibraryEntry['direction']) => t(`library.direction.${v}`) },
          { title: t('library.entry.status'), dataIndex: 'status', render: (v: LibraryEntry['status']) => <Tag color={v === 'published' ? 'green' : 'default'} data-testid="entry-status">{t(`library.status.${v}`)}</Tag> },
          { title: t('library.entry.version'), dataIndex: 'version', align: 'right' },
          ...(isAdmin
            ? [
                {
                  title: '',
                  key: 'actions',
                  render: (_: unknown, e: LibraryEntry) =>
                    e.status === 'draft' ? (
                      <Space>
                        <Button size="small" onClick={() => open({ mode: 'edit', entry: e })}>
                          {t('library.action.edit')}
                        </Button>
                        <Button size="small" type="primary" onClick={() => void run(() => publishLibraryEntry(e.id, e.version))}>
                          {t('library.action.publish')}
                        </Button>
                      </Space>
                    ) : (
                      <Button size="small" onClick={() => open({ mode: 'change', entry: e })}>
                        {t('library.action.requestChange')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      {mayReadRequests && (
        <>
          <h3 style={{ fontSize: 14, margin: '16px 0 6px' }}>{t('library.requests')}</h3>
          <Table<LibraryChangeRequest>
            size="small"
            rowKey="id"
            data-testid="library-requests"
            loading={requests.isPending}
            dataSource={requests.data ?? []}
            pagination={false}
            locale={{ emptyText: t('library.requests.none') }}
            columns={[
              { title: t('library.entry.name'), dataIndex: 'entryId', render: nameOf },
              { title: t('library.request.changes'), dataIndex: 'changes', render: (c: Partial<LibraryEntryFields>) => Object.entries(c).map(([k, v]) => `${t(`library.entry.${k}` as MessageKey)}：${String(v ?? '—')}`).join('；') },
              { title: t('library.reason'), dataIndex: 'reason' },
              { title: t('library.request.by'), render: (_: unknown, r) => `${r.requestedByName} ${formatTime(r.requestedAt)}` },
              { title: t('library.entry.status'), dataIndex: 'status', render: (s: LibraryChangeRequest['status'], r) => <Tooltip title={r.decisionNote ?? undefined}><Tag>{t(`library.request.status.${s}`)}</Tag>{r.decidedByName ?? ''}</Tooltip> },
              {
                title: '',
                key: 'decide',
                render: (_: unknown, r) => {
                  if (!isAdmin || r.status !== 'pending') return null;
                  if (r.requestedBy === session?.user.id) return <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('library.request.ownHint')}</Typography.Text>;
                  return (
                    <Space>
                      <Button size="small" type="primary" onClick={() => void run(() => decideLibraryChange(r.id, true, null))}>
                        {t('library.action.approve')}
                      </Button>
                      <Button size="small" danger onClick={() => void run(() => decideLibraryChange(r.id, false, null))}>
                        {t('library.action.reject')}
                      </Button>
                    </Space>
                  );
                },
              },
            ]}
          />
        </>
      )}
      <Modal
        open={editing !== null}
        title={editing?.mode === 'create' ? t('library.entries.new') : editing ? (editing.mode === 'change' ? t('library.changeTitle', { name: editing.entry.name }) : `${t('library.action.edit')} ${editing.entry.name}`) : ''}
        onCancel={() => setEditing(null)}
        onOk={() => void submit()}
        okText={editing?.mode === 'change' ? t('library.action.requestChange') : t('library.action.save')}
        destroyOnHidden
        forceRender
      >
        <LibraryEntryForm form={form} />
        {editing?.mode === 'change' && (
          <Form layout="vertical" size="small">
            <Form.Item label={t('library.reason')} required>
              <Input.TextArea id="entry-reason" value={reason} onChange={(e) => setReason(e.target.value)} autoSize={{ minRows: 2 }} />
            </Form.Item>
          </Form>
        )}
      </Modal>
    </div>
  );
}
