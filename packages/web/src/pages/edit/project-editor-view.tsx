import { useCallback, useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert, App, Button, Checkbox, Space, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { LockOutlined } from '@ant-design/icons';
import { listComments } from '../../api/list-comments';
import type { Project } from '@jixiao/core';
import { useI18n } from '../../i18n/i18n-context';
import { updateProject } from '../../api/update-project';
import { ApiError, messageOf } from '../../api/api-error';
import type { ProjectDetail, VersionConflict } from '../../api/api-types';
import { useSession } from '../../auth/use-session';
import { canComment, canEdit } from '../../auth/role-access';
import { StatusTag } from '../../shell/status-tag';
import { formatTime } from '../../shell/format-time';
import { useProjectEditor } from './use-project-editor';
import { useLiveReview } from './use-live-review';
import { useDraft } from './use-draft';
import { DeclarationHeader } from './declaration-header';
import { IndicatorGrid } from './indicator-grid';
import { ReviewPanel } from './review-panel';
import { ConflictDialog } from './conflict-dialog';
import { WorkflowBar } from './workflow-bar';
import { CommentsPanel } from './comments-panel';
import { SuggestionsPanel } from './suggestions-panel';
import { PeerComparisonPanel } from './peer-comparison-panel';
import { ExportMenu } from '../../shell/export-menu';

/** The declaration form with live review, drafts, conflict handling, workflow and comments. */
export function ProjectEditorView({ id, detail }: { id: string; detail: ProjectDetail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { session } = useSession();
  const role = session?.user.role ?? 'auditor';
  const editor = useProjectEditor(detail.project);
  const project = editor.state.project;
  const [base, setBase] = useState<{ version: number; project: Project }>({ version: detail.version, project: detail.project });
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<VersionConflict | null>(null);
  const [commentTarget, setCommentTarget] = useState<number | null>(null);
  const [showDescription, setShowDescription] = useState(() => detail.project.indicators.some((i) => i.description || i.basis));
  const [showExtraToggle, setShowExtra] = useState(false);
  const dirty = useMemo(() => project !== base.project && JSON.stringify(project) !== JSON.stringify(base.project), [project, base.project]);
  const editable = canEdit(role, detail.status);
  const readOnly = !editable;
  const frozen = detail.status === 'approved';
  const mayComment = canComment(role, detail.status);
  const showExtra = showExtraToggle || project.indicators.some((i) => i.weight != null || i.scoringRule != null);
  const live = useLiveReview(project);
  const draft = useDraft(id, editable ? base.version : null, project, dirty);

  // A newer version on the server (after a transition or someone else's save) replaces a clean form.
  // Only a newer one: right after this form's own save, `detail` still holds the version saved over
  // until the reload answers, and adopting it would put the old project back in the form for that
  // moment (and the peer comparison of the old version on screen).
  useEffect(() => {
    if (detail.version > base.version && !dirty) {
      setBase({ version: detail.version, project: detail.project });
      editor.reset(detail.project);
    }
  }, [detail.version, detail.project, base.version, dirty, editor]);

  const reload = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: ['project', id] });
    void queryClient.invalidateQueries({ queryKey: ['comments', id] });
    void queryClient.invalidateQueries({ queryKey: ['projects'] });
  }, [queryClient, id]);

  const save = useCallback(
    async (toSave: Project, onVersion: number) => {
      setSaving(true);
      try {
        const r = await updateProject(id, onVersion, toSave);
        draft.clear(base.version);
        setBase({ version: r.version, project: toSave });
        if (toSave !== editor.state.project) editor.reset(toSave);
        setConflict(null);
        message.success(t('edit.saved', { version: r.version }));
        reload();
      } catch (e) {
        if (e instanceof ApiError && e.code === 'version-conflict' && e.details['current']) setConflict(e.details['current'] as VersionConflict);
        else message.error(messageOf(e));
      } finally {
        setSaving(false);
      }
    },
    [id, draft, base.version, editor, message, t, reload],
  );

  useEffect(() => {
    if (readOnly) return;
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        if (dirty && !saving) void save(project, base.version);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [readOnly, dirty, saving, save, project, base.version]);

  const comments = useQuery({ queryKey: ['comments', id], queryFn: () => listComments(id) });
  const commented = useMemo(() => new Set<number>((comments.data ?? []).flatMap((c) => (c.indicatorIndex == null ? [] : [c.indicatorIndex]))), [comments.data]);
  return (
    <div>
      <div className="jx-page-title">
        <h1 style={{ fontSize: 18, margin: 0 }} data-testid="project-title">
          {project.name || '—'}
        </h1>
        {frozen ? (
          <Tag color="success" icon={<LockOutlined />} data-testid="frozen-tag" data-status={detail.status}>
            {t('status.approved')}
          </Tag>
        ) : (
          <StatusTag status={detail.status} />
        )}
        {readOnly && !frozen && <Tag>{t('edit.readOnly')}</Tag>}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          v{base.version} · {detail.updatedBy ?? ''} {formatTime(detail.updatedAt)}
        </Typography.Text>
        {dirty && (
          <Typography.Text type="warning" style={{ fontSize: 12 }} data-testid="dirty-flag">
            {t('edit.unsaved')}
          </Typography.Text>
        )}
        <Space style={{ marginLeft: 'auto' }} wrap className="jx-no-print">
          {editable && (
            <Button type="primary" loading={saving} disabled={!dirty} onClick={() => save(project, base.version)}>
              {t('edit.save')}
            </Button>
          )}
          <WorkflowBar id={id} version={base.version} status={detail.status} role={role} dirty={dirty} review={live.result} onDone={reload} />
          <Button onClick={() => navigate(`/projects/${id}/history`)}>{t('edit.history')}</Button>
          <Button onClick={() => navigate(`/projects/${id}/monitoring`)} data-testid="open-monitoring">{t('mon.open')}</Button>
          <Button onClick={() => navigate(`/projects/${id}/self-evaluation`)} data-testid="open-self-evaluation">{t('se.open')}</Button>
          <ExportMenu testId="export-project" href={(format, layout) => `/api/projects/${encodeURIComponent(String(id))}/export?format=${format}&layout=${layout}`} />
          <Button onClick={() => window.print()}>{t('edit.print')}</Button>
        </Space>
      </div>
      {frozen && <Alert className="jx-frozen-banner" type="success" showIcon title={t('edit.frozen')} />}
      {draft.offered && (
        <Alert
          className="jx-no-print"
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="draft-offer"
          title={t('edit.draftFound', { time: formatTime(draft.offered.savedAt), version: base.version })}
          action={
            <Space>
              <Button
                size="small"
                type="primary"
                onClick={() => {
                  if (draft.offered) editor.reset(draft.offered.project);
                  draft.dismiss();
                }}
              >
                {t('edit.draftRestore')}
              </Button>
              <Button size="small" onClick={() => draft.clear()}>
                {t('edit.draftDiscard')}
              </Button>
            </Space>
          }
        />
      )}
      <div className="jx-edit">
        <main>
          <div className="jx-form-title">{t('edit.formTitle')}</div>
          <div className="jx-form-subtitle">{project.fiscalYear ? t('edit.formYear', { year: project.fiscalYear }) : ''}</div>
          <DeclarationHeader project={project} editor={editor} readOnly={readOnly} />
          <div style={{ display: 'flex', alignItems: 'center', gap: 16, margin: '16px 0 6px' }}>
            <h2 style={{ fontSize: 15, margin: 0 }}>{t('edit.indicators')}</h2>
            <Checkbox className="jx-no-print" checked={showDescription} onChange={(e) => setShowDescription(e.target.checked)}>
              {t('edit.showDescription')}
            </Checkbox>
            <Checkbox className="jx-no-print" checked={showExtra} onChange={(e) => setShowExtra(e.target.checked)}>
              {t('edit.showExtra')}
            </Checkbox>
          </div>
          <IndicatorGrid
            project={project}
            editor={editor}
            readOnly={readOnly}
            showExtra={showExtra}
            showDescription={showDescription}
            activeIndex={mayComment ? commentTarget : null}
            commented={commented}
            onRowClick={mayComment ? setCommentTarget : undefined}
          />
          <PeerComparisonPanel id={id} version={base.version} dirty={dirty} />
        </main>
        <aside className="jx-side">
          <ReviewPanel result={live.result} error={live.error} />
          {editable && <SuggestionsPanel id={id} project={project} editor={editor} />}
          <CommentsPanel id={id} project={project} canComment={mayComment} target={commentTarget} onTargetChange={setCommentTarget} />
        </aside>
      </div>
      {conflict && (
        <ConflictDialog
          mine={project}
          conflict={conflict}
          onClose={() => setConflict(null)}
          onTakeTheirs={() => {
            draft.clear(base.version);
            setBase({ version: conflict.version, project: conflict.project });
            editor.reset(conflict.project);
            setConflict(null);
            reload();
          }}
          onKeepMine={() => void save(project, conflict.version)}
          onMerge={(merged) => void save(merged, conflict.version)}
        />
      )}
    </div>
  );
}
