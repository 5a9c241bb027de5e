import { useState } from 'react';
import { App, Form, Input, InputNumber, Modal } from 'antd';
import { messageOf } from '../../api/api-error';
import { overrideSelfEvaluationScore, type SelfEvaluationIndicator, type SelfEvaluationView } from '../../api/self-evaluation-api';
import { useI18n } from '../../i18n/i18n-context';

/** A reviewer changes one indicator's score: 0…分值 and a reason (kept in the audit log by the server). */
export function OverrideScoreModal({ projectId, line, onClose, onDone }: { projectId: string; line: SelfEvaluationIndicator; onClose: () => void; onDone: (view: SelfEvaluationView) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [score, setScore] = useState<number | null>(line.score);
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const missingReason = reason.trim() === '';
  const submit = async () => {
    setTouched(true);
    if (missingReason || score == null) return;
    setBusy(true);
    try {
      const view = await overrideSelfEvaluationScore(projectId, line.position, score, reason.trim());
      message.success(t('se.override.done'));
      onDone(view);
    } catch (e) {
      message.error(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open title={t('se.override.title', { name: line.name })} okText={t('se.override.ok')} onOk={() => void submit()} confirmLoading={busy} onCancel={onClose} destroyOnHidden>
      <Form layout="vertical" size="small" onFinish={() => void submit()}>
        <div style={{ marginBottom: 8, color: '#666', fontSize: 12 }}>{line.formula}</div>
        <Form.Item label={t('se.override.score', { weight: line.weight })} required>
          <InputNumber autoFocus min={0} max={line.weight} step={0.01} precision={2} value={score} onChange={(v) => setScore(v)} data-testid="override-score" style={{ width: 140 }} />
        </Form.Item>
        <Form.Item label={t('se.override.reason')} required validateStatus={touched && missingReason ? 'error' : undefined} help={touched && missingReason ? t('se.override.reasonRequired') : undefined}>
          <Input.TextArea rows={3} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="override-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
