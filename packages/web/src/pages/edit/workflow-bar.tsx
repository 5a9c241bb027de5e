import { useState } from 'react';
import { App, Button, Form, Input, Modal, Radio, Space, Typography } from 'antd';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/zh-CN';
import { transitionProject } from '../../api/transition-project';
import { messageOf } from '../../api/api-error';
import type { Id, ProjectStatus, ReviewOutcome, Role, TransitionAction, TransitionRequest } from '../../api/api-types';
import { actionsFor } from '../../auth/role-access';
import type { ReviewResult } from '../../review/run-review';

type Step = { kind: 'pass' | 'return' | 'reject' | 'request-adjustment'; outcome: ReviewOutcome | null } | null;

export interface WorkflowBarProps {
  readonly id: Id;
  readonly version: number;
  readonly status: ProjectStatus;
  readonly role: Role;
  readonly dirty: boolean;
  readonly review: ReviewResult | null;
  readonly onDone: () => void;
}

/** The workflow buttons a role has in a status (docs/api.md): 提交, 开始审核, 通过/修改后通过, 退回修改, 不通过, 申请调整. */
export function WorkflowBar({ id, version, status, role, dirty, review, onDone }: WorkflowBarProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [step, setStep] = useState<Step>(null);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const actions = actionsFor(role, status);
  if (actions.length === 0) return null;

  const send = async (request: TransitionRequest, label: string) => {
    setBusy(true);
    try {
      await transitionProject(id, request);
      message.success(t('workflow.done', { action: label }));
      setStep(null);
      setText('');
      onDone();
    } catch (e) {
      message.error(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const gradeText = review ? t('workflow.outcomeGrade', { grade: t(`grade.${review.grade}`), score: Math.round(review.score) }) : '';
  const direct = (action: TransitionAction) => {
    if (dirty) {
      message.warning(t('workflow.saveFirst'));
      return;
    }
    void send({ version, action }, t(`workflow.${action}` as MessageKey));
  };
  const open = (kind: NonNullable<Step>['kind'], outcome: ReviewOutcome | null) => {
    setText('');
    setStep({ kind, outcome });
  };
  const needsText = step?.kind === 'return' || step?.kind === 'request-adjustment';
  const stepLabel = !step ? '' : step.kind === 'pass' ? (step.outcome === '修改后通过' ? t('workflow.passModified') : t('workflow.pass')) : t(`workflow.${step.kind}` as MessageKey);
  const confirm = () => {
    if (!step) return;
    if (needsText && text.trim() === '') {
      message.error(step.kind === 'return' ? t('workflow.commentRequired') : t('workflow.reasonRequired'));
      return;
    }
    const request: TransitionRequest =
      step.kind === 'request-adjustment'
        ? { version, action: 'request-adjustment', reason: text.trim() }
        : { version, action: step.kind, ...(step.outcome ? { outcome: step.outcome } : {}), ...(text.trim() ? { comment: text.trim() } : {}) };
    void send(request, stepLabel);
  };

  return (
    <>
      <Space wrap className="jx-no-print" data-testid="workflow-bar">
        {actions.includes('submit') && (
          <Button type="primary" loading={busy} onClick={() => direct('submit')}>
            {t('workflow.submit')}
          </Button>
        )}
        {actions.includes('start-review') && (
          <Button type="primary" loading={busy} onClick={() => direct('start-review')}>
            {t('workflow.start-review')}
          </Button>
        )}
        {actions.includes('pass') && (
          <>
            <Button type="primary" onClick={() => open('pass', '通过')}>
              {t('workflow.pass')}
            </Button>
            <Button onClick={() => open('pass', '修改后通过')}>{t('workflow.passModified')}</Button>
          </>
        )}
        {actions.includes('return') && <Button onClick={() => open('return', null)}>{t('workflow.return')}</Button>}
        {actions.includes('reject') && (
          <Button danger onClick={() => open('reject', '不通过')}>
            {t('workflow.reject')}
          </Button>
        )}
        {actions.includes('request-adjustment') && <Button onClick={() => open('request-adjustment', null)}>{t('workflow.request-adjustment')}</Button>}
      </Space>
      <Modal open={step !== null} title={stepLabel} okText={t('workflow.confirm')} cancelText={t('workflow.cancel')} confirmLoading={busy} onOk={confirm} onCancel={() => setStep(null)} destroyOnHidden>
        {step?.kind !== 'request-adjustment' && gradeText && <Typography.Paragraph>{gradeText}</Typography.Paragraph>}
        {step?.kind === 'pass' && (
          <Radio.Group
            aria-label={t('list.grade')}
            value={step.outcome}
            onChange={(e) => setStep({ kind: 'pass', outcome: e.target.value as ReviewOutcome })}
            options={[
              { value: '通过', label: t('workflow.pass') },
              { value: '修改后通过', label: t('workflow.passModified') },
            ]}
            style={{ marginBottom: 12 }}
          />
        )}
        <Form layout="vertical">
          <Form.Item label={step?.kind === 'request-adjustment' ? t('workflow.reason') : t('workflow.comment')} htmlFor="workflow-text" required={needsText}>
            <Input.TextArea id="workflow-text" rows={4} value={text} onChange={(e) => setText(e.target.value)} autoFocus />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
