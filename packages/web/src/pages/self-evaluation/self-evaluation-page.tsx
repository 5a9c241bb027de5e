import { useCallback, useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Alert, App, Button, Card, Descriptions, Input, Result, Segmented, Space, Spin, Tag, Typography, Upload } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, messageOf } from '../../api/api-error';
import {
  getSelfEvaluation,
  importSelfEvaluationFile,
  saveSelfEvaluation,
  selfEvaluationExportUrl,
  type SelfEvaluationIndicator,
  type SelfEvaluationView,
} from '../../api/self-evaluation-api';
import { useSession } from '../../auth/use-session';
import { useI18n } from '../../i18n/i18n-context';
import { OverrideScoreModal } from './override-score-modal';
import { changeUnit, toDraft, toSaveBody, type MoneyUnit, type SelfEvaluationDraft } from './self-evaluation-draft';
import { SelfEvaluationTable } from './self-evaluation-table';

const EDITOR_ROLES = ['preparer', 'unit_head'];
const REVIEWER_ROLES = ['dept_reviewer', 'finance_reviewer'];
const GRADE_COLORS = { excellent: 'green', good: 'blue', fair: 'gold', poor: 'red' } as const;

/** 绩效自评 of one project: actuals per indicator and 预算执行, scores with formulas, total and grade, overrides, import, export. */
export function SelfEvaluationPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { message } = App.useApp();
  const { session } = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const q = useQuery({ queryKey: ['self-evaluation', id], queryFn: () => getSelfEvaluation(id), staleTime: 0 });
  const [draft, setDraft] = useState<SelfEvaluationDraft | null>(null);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [overriding, setOverriding] = useState<SelfEvaluationIndicator | null>(null);
  const view = q.data;
  const role = session?.user.role ?? '';
  const editable = EDITOR_ROLES.includes(role);

  const show = useCallback(
    (next: SelfEvaluationView, unit?: MoneyUnit) => {
      queryClient.setQueryData(['self-evaluation', id], next);
      setDraft((d) => toDraft(next, unit ?? d?.unit ?? 'wan'));
      setDirty(false);
    },
    [id, queryClient],
  );
  useEffect(() => {
    if (view && draft === null) setDraft(toDraft(view, 'wan'));
  }, [view, draft]);

  const save = useCallback(
    async (status: 'draft' | 'submitted') => {
      if (!view || !draft) return;
      const body = toSaveBody(view, draft, status);
      if ('invalid' in body) {
        message.error(`${t(body.invalid === 'budget' ? 'se.exec.budget' : 'se.exec.executed')}：${t('se.exec.invalid')}`);
        return;
      }
      setBusy(true);
      try {
        show(await saveSelfEvaluation(id, body));
        message.success(t(status === 'submitted' ? 'se.submitted' : 'se.saved'));
      } catch (e) {
        if (e instanceof ApiError && e.code === 'version-conflict') {
          message.error(t('se.conflict'));
          const latest = await getSelfEvaluation(id);
          show(latest);
        } else message.error(messageOf(e));
      } finally {
        setBusy(false);
      }
    },
    [view, draft, id, message, show, t],
  );

  useEffect(() => {
    if (!editable) return;
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void save('draft');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editable, save]);

  if (q.isPending || (view && !draft)) return <Spin description={t('app.loading')} />;
  if (q.error || !view || !draft) return <Result status="warning" title={messageOf(q.error)} />;

  const patch = (p: Partial<SelfEvaluationDraft>) => {
    setDraft({ ...draft, ...p });
    setDirty(true);
  };
  const upload = async (file: File) => {
    setBusy(true);
    try {
      const r = await importSelfEvaluationFile(id, file);
      show(r.view);
      message.success(t('se.imported', { matched: r.matched }) + (r.unmatched.length ? t('se.importedUnmatched', { names: r.unmatched.join('、') }) : ''));
    } catch (e) {
      message.error(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const ex = view.execution;

  return (
    <section>
      <div className="jx-page-title">
        <h1 style={{ fontSize: 18, margin: 0 }} data-testid="self-evaluation-title">
          {view.projectName} · {t('se.title')}
        </h1>
        <Tag>{t(view.status === 'submitted' ? 'se.status.submitted' : 'se.status.draft')}</Tag>
        <Space style={{ marginLeft: 'auto' }} wrap className="jx-no-print">
          <Button size="small" onClick={() => navigate(`/projects/${id}`)}>
            {t('se.backToProject')}
          </Button>
          {editable && (
            <Upload accept=".txt,.docx,.xlsx,.pdf,.html,.htm" showUploadList={false} beforeUpload={(file) => (void upload(file), false)}>
              <Button size="small" disabled={busy} data-testid="se-import">
                {t('se.import')}
              </Button>
            </Upload>
          )}
          <Space.Compact data-testid="se-export">
            <Button size="small" href={selfEvaluationExportUrl(id, 'xlsx')} download data-testid="se-export-xlsx">
              {t('se.export')} {t('se.export.xlsx')}
            </Button>
            <Button size="small" href={selfEvaluationExportUrl(id, 'pdf')} download data-testid="se-export-pdf">
              {t('se.export.pdf')}
            </Button>
          </Space.Compact>
        </Space>
      </div>

      <Space size="large" wrap style={{ marginBottom: 8 }} data-testid="se-summary">
        <span>
          {t('se.total')}：
          <b className="num" style={{ fontSize: 18 }} data-testid="se-total">
            {view.total}
          </b>
        </span>
        <span>
          {t('se.grade')}：
          <Tag color={GRADE_COLORS[view.grade]} data-testid="se-grade">
            {view.gradeLabel}
          </Tag>
        </span>
        {view.printedTotal != null && (
          <span>
            {t('se.printedTotal')}：<b className="num">{view.printedTotal}</b>
          </span>
        )}
        <Typography.Text type="secondary">{t(view.weightSource === 'form' ? 'se.weightSource.form' : 'se.weightSource.default')}</Typography.Text>
        <Typography.Text type="secondary">
          {t('se.version')} {view.version}
          {view.sourceFile ? ` · ${t('se.source.import', { file: view.sourceFile })}` : ''}
        </Typography.Text>
      </Space>
      {!editable && <Alert type="info" showIcon title={t('se.readOnly')} style={{ marginBottom: 8 }} />}

      <Card size="small" title={t('se.exec.title')} style={{ marginBottom: 12 }}>
        <Space wrap align="center">
          <Segmented<MoneyUnit>
            size="small"
            aria-label={t('se.exec.unit')}
            value={draft.unit}
            options={[
              { value: 'yuan', label: t('se.exec.yuan') },
              { value: 'wan', label: t('se.exec.wan') },
            ]}
            onChange={(unit) => setDraft(changeUnit(draft, unit))}
            data-testid="se-unit"
          />
          <label>
            {t('se.exec.budget')}{' '}
            <Input size="small" style={{ width: 150 }} disabled={!editable} value={draft.budget} onChange={(e) => patch({ budget: e.target.value })} data-testid="se-budget" suffix={t(draft.unit === 'wan' ? 'se.exec.wan' : 'se.exec.yuan')} />
          </label>
          <label>
            {t('se.exec.executed')}{' '}
            <Input size="small" style={{ width: 150 }} disabled={!editable} value={draft.executed} onChange={(e) => patch({ executed: e.target.value })} data-testid="se-executed" suffix={t(draft.unit === 'wan' ? 'se.exec.wan' : 'se.exec.yuan')} />
          </label>
          <span>
            {t('se.exec.rate')}：<b className="num" data-testid="se-rate">{ex.rate == null ? '—' : `${(ex.rate * 100).toFixed(2)}%`}</b>
          </span>
          <span>
            {t('se.exec.weight')} <b className="num">{ex.weight}</b> · {t('se.exec.score')} <b className="num" data-testid="se-exec-score">{ex.score}</b>
          </span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {ex.formula}
          </Typography.Text>
        </Space>
      </Card>

      <SelfEvaluationTable
        lines={view.indicators}
        entries={draft.entries}
        editable={editable}
        canOverride={REVIEWER_ROLES.includes(role)}
        onChange={(position, p) => patch({ entries: { ...draft.entries, [position]: { ...(draft.entries[position] ?? { actualText: '', deviationReason: '', improvementMeasure: '' }), ...p } } })}
        onOverride={setOverriding}
      />

      <Descriptions size="small" bordered column={1} style={{ marginTop: 12 }} title={t('se.goals')}>
        <Descriptions.Item label={t('se.goals.expected')}>{view.goals.join('；') || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('se.goals.achieved')}>
          {editable ? <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} value={draft.achievedGoals} onChange={(e) => patch({ achievedGoals: e.target.value })} data-testid="se-achieved" /> : (view.achievedGoals ?? '—')}
        </Descriptions.Item>
      </Descriptions>

      {editable && (
        <Space style={{ marginTop: 12 }} className="jx-no-print">
          <Button type="primary" loading={busy} onClick={() => void save('draft')} data-testid="se-save">
            {t('se.save')}
          </Button>
          <Button loading={busy} onClick={() => void save('submitted')} data-testid="se-submit">
            {t('se.submit')}
          </Button>
          {dirty && (
            <Typography.Text type="warning" style={{ fontSize: 12 }} data-testid="se-dirty">
              {t('se.unsaved')}
            </Typography.Text>
          )}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('se.shortcut')}
          </Typography.Text>
        </Space>
      )}

      <Card size="small" style={{ marginTop: 12 }} title={t('se.findings', { count: view.findings.length })} data-testid="se-findings">
        {view.findings.length === 0 ? (
          <Typography.Text type="secondary">{t('se.noFindings')}</Typography.Text>
        ) : (
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {view.findings.map((f, k) => (
              <li key={k} style={{ color: f.severity === 'error' ? '#cf1322' : '#d46b08' }} data-testid={`se-finding-${f.category}`}>
                [{f.rule}] {f.message}
              </li>
            ))}
          </ul>
        )}
      </Card>
      {overriding && (
        <OverrideScoreModal
          projectId={id}
          line={overriding}
          onClose={() => setOverriding(null)}
          onDone={(next) => {
            setOverriding(null);
            show(next);
          }}
        />
      )}
    </section>
  );
}
