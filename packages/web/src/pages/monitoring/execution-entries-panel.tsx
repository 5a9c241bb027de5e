import { useRef, useState } from 'react';
import { Alert, App, Button, Card, Input, Popconfirm, Space, Table, Typography, Upload, type InputRef } from 'antd';
import { ApiError, messageOf } from '../../api/api-error';
import { addExecutionEntry, deleteExecutionEntry, importPayments, type ExecutionEntry, type PaymentIssue, type ProjectMonitoring } from '../../api/monitoring-api';
import { fenToYuanText } from '../../format/format-money';
import { useI18n } from '../../i18n/i18n-context';

/** 支出记录: the payments counted as 执行数, typed in one by one or imported from a CSV/XLSX 支付明细. */
export function ExecutionEntriesPanel({ data, editable, onChanged }: { data: ProjectMonitoring; editable: boolean; onChanged: () => Promise<unknown> }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [paidOn, setPaidOn] = useState('');
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [issues, setIssues] = useState<readonly PaymentIssue[] | null>(null);
  const dateInput = useRef<InputRef>(null);
  const total = data.entries.reduce((s, e) => s + e.amount, 0);

  const add = async () => {
    setBusy(true);
    try {
      await addExecutionEntry(data.projectId, paidOn.trim(), amount.trim(), note.trim());
      await onChanged();
      message.success(t('mon.entries.added'));
      setAmount('');
      setNote('');
      dateInput.current?.focus();
    } catch (e) {
      message.error(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const remove = async (entry: ExecutionEntry) => {
    try {
      await deleteExecutionEntry(data.projectId, entry.id);
      await onChanged();
      message.success(t('mon.entries.deleted'));
    } catch (e) {
      message.error(messageOf(e));
    }
  };
  const upload = async (file: File) => {
    setBusy(true);
    setIssues(null);
    try {
      const result = await importPayments(data.projectId, file);
      await onChanged();
      message.success(t('mon.entries.imported', { count: result.imported, total: fenToYuanText(result.total) }));
    } catch (e) {
      const found = e instanceof ApiError && Array.isArray(e.details['issues']) ? (e.details['issues'] as PaymentIssue[]) : null;
      if (found) setIssues(found);
      else message.error(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      size="small"
      title={t('mon.entries.title')}
      extra={
        <Typography.Text type="secondary" className="num" data-testid="entries-summary">
          {t('mon.entries.count', { count: data.entries.length, total: fenToYuanText(total) })}
        </Typography.Text>
      }
    >
      {editable && (
        <form
          className="jx-entry-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!busy && paidOn.trim() && amount.trim()) void add();
          }}
        >
          <Space wrap style={{ marginBottom: 8 }}>
            <Input ref={dateInput} size="small" aria-label={t('mon.entries.date')} placeholder="2024-03-20" style={{ width: 120 }} value={paidOn} onChange={(e) => setPaidOn(e.target.value)} />
            <Input size="small" aria-label={t('mon.entries.amount')} placeholder={t('mon.entries.amount')} style={{ width: 140 }} className="num" value={amount} onChange={(e) => setAmount(e.target.value)} />
            <Input size="small" aria-label={t('mon.entries.note')} placeholder={t('mon.entries.note')} style={{ width: 260 }} value={note} onChange={(e) => setNote(e.target.value)} />
            <Button size="small" type="primary" htmlType="submit" loading={busy} disabled={!paidOn.trim() || !amount.trim()}>
              {t('mon.entries.add')}
            </Button>
            <Upload accept=".csv,.txt,.tsv,.xlsx" showUploadList={false} beforeUpload={(file) => (void upload(file), false)}>
              <Button size="small" disabled={busy}>{t('mon.entries.import')}</Button>
            </Upload>
          </Space>
        </form>
      )}
      {issues && (
        <Alert
          type="error"
          showIcon
          closable
          onClose={() => setIssues(null)}
          style={{ marginBottom: 8 }}
          data-testid="payment-issues"
          title={t('mon.entries.importRefused', { count: issues.length })}
          description={
            <table className="jx-form-table">
              <thead>
                <tr>
                  <th style={{ width: 50 }}>{t('mon.entries.issue.row')}</th>
                  <th style={{ width: 110 }}>{t('mon.entries.issue.cell')}</th>
                  <th style={{ width: 140 }}>{t('mon.entries.issue.text')}</th>
                  <th>{t('mon.entries.issue.message')}</th>
                </tr>
              </thead>
              <tbody>
                {issues.map((i, n) => (
                  <tr key={n}>
                    <td className="num">{i.row ?? ''}</td>
                    <td>{i.cell ?? ''}</td>
                    <td>{i.text}</td>
                    <td>{i.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      )}
      <Table<ExecutionEntry>
        size="small"
        className="jx-dense-table"
        data-testid="entries-table"
        rowKey="id"
        pagination={data.entries.length > 50 ? { pageSize: 50, size: 'small' } : false}
        dataSource={[...data.entries]}
        locale={{ emptyText: t('mon.entries.empty') }}
        columns={[
          { title: t('mon.entries.date'), dataIndex: 'paidOn', width: 110 },
          { title: t('mon.entries.amount'), dataIndex: 'amount', width: 140, className: 'num', align: 'right', render: (v: number) => fenToYuanText(v) },
          { title: t('mon.entries.note'), dataIndex: 'note' },
          {
            title: t('mon.entries.source'),
            width: 200,
            render: (_: unknown, e: ExecutionEntry) => (e.source === 'import' ? t('mon.entries.source.import', { file: e.importFile ?? '' }) : t('mon.entries.source.manual')),
          },
          { title: t('mon.entries.by'), dataIndex: 'createdBy', width: 100 },
          ...(editable
            ? [
                {
                  title: '',
                  width: 60,
                  render: (_: unknown, e: ExecutionEntry) => (
                    <Popconfirm title={t('mon.entries.deleteConfirm')} onConfirm={() => void remove(e)}>
                      <Button size="small" type="link" danger aria-label={`${t('mon.entries.delete')} ${e.paidOn} ${fenToYuanText(e.amount)}`}>
                        {t('mon.entries.delete')}
                      </Button>
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
