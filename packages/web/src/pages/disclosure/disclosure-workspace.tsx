import { useCallback, useEffect, useState } from 'react';
import { Alert, App, Button, Col, List, Modal, Popconfirm, Row, Select, Space, Tabs, Tag, Tooltip, Typography, Upload } from 'antd';
import type { DepartmentBudget, GenerationTemplateId } from '@jixiao/core';
import { ApiError, messageOf } from '../../api/api-error';
import {
  disclosureExportUrl,
  getDisclosure,
  importDisclosure,
  publishDisclosure,
  updateDisclosure,
  type DisclosureConflict,
  type DisclosureExportFormat,
  type DisclosureImportResult,
  type DisclosureWorkspace as Workspace,
} from '../../api/disclosure-api';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/zh-CN';
import { formatTime } from '../../shell/format-time';
import { BudgetDetailsEditor } from './budget-details-editor';
import { BudgetLinesEditor } from './budget-lines-editor';
import { DepartmentInfoEditor } from './department-info-editor';
import { DepartmentTargetEditor } from './department-target-editor';
import { DisclosureConflictDialog } from './disclosure-conflict-dialog';
import { FindingsPanel } from './findings-panel';
import { GeneratedTableView } from './generated-table-view';
import { NarrativePreview } from './narrative-preview';
import { ProjectTargetsEditor } from './project-targets-editor';
import { useLiveDisclosureView } from './use-live-disclosure-view';

const EXPORT_FORMATS: readonly DisclosureExportFormat[] = ['docx', 'pdf', 'xlsx', 'datapackage'];
const TEMPLATES: readonly GenerationTemplateId[] = ['shaanxi-16', 'core-8'];

/** The workspace of one department's disclosure for one year: edit, see every table live, check, publish, download. */
export function DisclosureWorkspace({ initial, canPublishRole }: { initial: Workspace; canPublishRole: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [base, setBase] = useState(initial);
  const [budget, setBudget] = useState<DepartmentBudget>(initial.budget);
  const [template, setTemplate] = useState<GenerationTemplateId>(initial.disclosure.template);
  const [dirty, setDirty] = useState(false);
  const [resetKey, setResetKey] = useState(0);
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState<DisclosureConflict | null>(null);
  const [imported, setImported] = useState<DisclosureImportResult | null>(null);
  const [activeTab, setActiveTab] = useState('lines');
  const [activeTable, setActiveTable] = useState('表1');
  const id = base.disclosure.id;
  const readOnly = !base.canEdit;
  const live = useLiveDisclosureView(id, template, budget, dirty, base.view);
  const tables = live.view.generated?.tables ?? [];

  const load = useCallback((w: Workspace) => {
    setBase(w);
    setBudget(w.budget);
    setTemplate(w.disclosure.template);
    setDirty(false);
    setResetKey((k) => k + 1);
  }, []);
  const edit = (next: DepartmentBudget) => {
    setBudget(next);
    setDirty(true);
  };

  const save = useCallback(
    async (version: number) => {
      setBusy(true);
      try {
        const saved = await updateDisclosure(id, version, template, budget);
        load(saved);
        setConflict(null);
        message.success(t('disclosure.saved', { version: saved.disclosure.version }));
      } catch (e) {
        const current = e instanceof ApiError && e.code === 'version-conflict' ? (e.details['current'] as DisclosureConflict | undefined) : undefined;
        if (current) setConflict(current);
        else message.error(messageOf(e));
      } finally {
        setBusy(false);
      }
    },
    [id, template, budget, load, message, t],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        if (!readOnly && dirty && !busy) void save(base.disclosure.version);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [save, readOnly, dirty, busy, base.disclosure.version]);

  const publish = async () => {
    setBusy(true);
    try {
      const published = await publishDisclosure(id, base.disclosure.version);
      load(published);
      message.success(t('disclosure.published', { version: published.disclosure.version }));
    } catch (e) {
      message.error(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const importFile = async (file: File) => {
    if (dirty) {
      message.warning(t('disclosure.importNeedsSave'));
      return;
    }
    setBusy(true);
    try {
      const result = await importDisclosure(id, base.disclosure.version, file);
      load(result.workspace);
      setImported(result);
      message.success(t('disclosure.imported', { lines: result.lineCount, version: result.workspace.disclosure.version }));
    } catch (e) {
      message.error(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const publishBlocker: string | null = !canPublishRole
    ? t('disclosure.publishBlocked.role')
    : dirty
      ? t('disclosure.publishBlocked.unsaved')
      : base.disclosure.status === 'published'
        ? t('disclosure.publishBlocked.published')
        : base.view.errorCount > 0
          ? t('disclosure.publishBlocked.errors', { count: base.view.errorCount })
          : null;

  const openTable = (tableId: string) => {
    if (tableId === '预算') return setActiveTab('lines');
    if (tableId === '说明') return setActiveTab('narrative');
    const found = tables.find((x) => x.id === tableId) ?? tables.find((x) => x.id.startsWith(`${tableId}-`));
    if (found) {
      setActiveTab('tables');
      setActiveTable(found.id);
    }
  };
  const errorsOf = (tableId: string) => live.view.findings.filter((f) => f.severity === 'error' && f.tables.some((x) => x === tableId || tableId.startsWith(`${x}-`))).length;
  const tableErrors = tables.reduce((sum, table) => sum + errorsOf(table.id), 0);

  const tabs = [
    { key: 'info', label: t('disclosure.tab.info'), children: <DepartmentInfoEditor budget={budget} readOnly={readOnly} onChange={edit} resetKey={resetKey} /> },
    { key: 'lines', label: t('disclosure.tab.lines', { count: budget.lines.length }), children: <BudgetLinesEditor budget={budget} readOnly={readOnly} onChange={(lines) => edit({ ...budget, lines })} /> },
    {
      key: 'projects',
      label: t('disclosure.tab.projects'),
      children: (
        <>
          <ProjectTargetsEditor budget={budget} readOnly={readOnly} onChange={edit} resetKey={resetKey} />
          <DepartmentTargetEditor budget={budget} readOnly={readOnly} onChange={edit} resetKey={resetKey} />
        </>
      ),
    },
    { key: 'details', label: t('disclosure.tab.details'), children: <BudgetDetailsEditor budget={budget} readOnly={readOnly} onChange={edit} /> },
    {
      key: 'tables',
      label: (
        <span>
          {t('disclosure.tab.tables', { count: tables.length })}
          {tableErrors > 0 && <span className="jx-tab-error">●</span>}
        </span>
      ),
      children: (
        <Tabs
          size="small"
          tabPosition="left"
          className="jx-table-tabs"
          activeKey={tables.some((x) => x.id === activeTable) ? activeTable : tables[0]?.id}
          onChange={setActiveTable}
          items={tables.map((table) => {
            const errors = errorsOf(table.id);
            return {
              key: table.id,
              label: (
                <span title={table.title}>
                  {table.id}
                  {table.empty && <span className="jx-tab-empty">{t('disclosure.table.empty')}</span>}
                  {errors > 0 && <span className="jx-tab-error" aria-label={t('disclosure.publishBlocked.errors', { count: errors })}>●</span>}
                </span>
              ),
              children: <GeneratedTableView table={table} department={budget.department.name} />,
            };
          })}
        />
      ),
    },
    { key: 'narrative', label: t('disclosure.tab.narrative'), children: live.view.generated ? <NarrativePreview generated={live.view.generated} /> : <Alert type="error" message={t('disclosure.notGenerated')} /> },
  ];

  const d = base.disclosure;
  return (
    <div className="jx-disclosure-workspace">
      <Space wrap className="jx-toolbar" style={{ marginBottom: 8 }}>
        <Tag color={d.status === 'published' ? 'green' : 'default'} data-testid="disclosure-status">
          {t(`disclosure.status.${d.status}` as MessageKey)}
        </Tag>
        <span className="num" data-testid="disclosure-version">{t('disclosure.versionTag', { version: d.version })}</span>
        {d.publishedVersion !== null && <Typography.Text type="secondary">{t('disclosure.publishedVersion', { version: d.publishedVersion, time: formatTime(d.publishedAt), user: d.publishedBy ?? '' })}</Typography.Text>}
        {dirty && <Tag color="orange">{t('disclosure.unsaved')}</Tag>}
        <label htmlFor="disclosure-template">{t('disclosure.template')}</label>
        <Select
          id="disclosure-template"
          size="small"
          style={{ width: 230 }}
          disabled={readOnly}
          value={template}
          onChange={(v: GenerationTemplateId) => {
            setTemplate(v);
            setDirty(true);
          }}
          options={TEMPLATES.map((x) => ({ value: x, label: t(`disclosure.template.${x}` as MessageKey) }))}
        />
        {!readOnly && (
          <Button type="primary" size="small" loading={busy} disabled={!dirty} onClick={() => void save(d.version)} title="Ctrl+S">
            {t('disclosure.save')}
          </Button>
        )}
        {!readOnly && (
          <Upload accept=".txt,.docx,.xlsx,.html,.htm,.pdf" showUploadList={false} beforeUpload={(file) => (void importFile(file), false)}>
            <Button size="small" disabled={busy}>{t('disclosure.import')}</Button>
          </Upload>
        )}
        <Tooltip title={publishBlocker ?? undefined}>
          <span data-testid="disclosure-publish-wrapper">
            <Popconfirm title={t('disclosure.publishConfirm', { version: d.version })} onConfirm={() => void publish()} disabled={publishBlocker !== null}>
              <Button size="small" type="primary" danger disabled={publishBlocker !== null || busy}>
                {t('disclosure.publish')}
              </Button>
            </Popconfirm>
          </span>
        </Tooltip>
        {publishBlocker && <Typography.Text type="secondary" data-testid="disclosure-publish-reason">{publishBlocker}</Typography.Text>}
        <Button size="small" href={disclosureExportUrl(id, 'html')} target="_blank" rel="noopener" title={t('disclosure.exportNote', { version: d.version })}>
          {t('disclosure.preview')}
        </Button>
        <span className="jx-export-links" title={t('disclosure.exportNote', { version: d.version })}>
          {t('disclosure.export')}：
          {EXPORT_FORMATS.map((f) => (
            <Button key={f} size="small" type="link" href={disclosureExportUrl(id, f)} download>
              {t(`disclosure.export.${f}` as MessageKey)}
            </Button>
          ))}
        </span>
      </Space>
      {readOnly && <Alert type="info" showIcon message={t('disclosure.readOnly')} style={{ marginBottom: 8 }} />}
      <Row gutter={12} wrap={false}>
        <Col flex="auto" style={{ minWidth: 0 }}>
          <Tabs size="small" activeKey={activeTab} onChange={setActiveTab} items={tabs} />
        </Col>
        <Col flex="340px">
          <FindingsPanel
            findings={live.view.findings}
            errorCount={live.view.errorCount}
            warningCount={live.view.warningCount}
            messages={live.view.messages}
            updating={live.updating}
            onOpenTable={openTable}
          />
        </Col>
      </Row>
      {conflict && (
        <DisclosureConflictDialog
          conflict={conflict}
          mineLineCount={budget.lines.length}
          onClose={() => setConflict(null)}
          onKeepMine={() => void save(conflict.version)}
          onTakeTheirs={() => {
            setConflict(null);
            void getDisclosure(id).then(load, (e: unknown) => message.error(messageOf(e)));
          }}
        />
      )}
      {imported && imported.issues.length > 0 && (
        <Modal open title={t('disclosure.importIssues', { count: imported.issues.length })} onCancel={() => setImported(null)} onOk={() => setImported(null)} cancelButtonProps={{ style: { display: 'none' } }} width={760}>
          <List size="small" dataSource={[...imported.issues]} renderItem={(i, n) => <List.Item key={n}>{`${i.tables.join('、')}${i.tables.length ? '：' : ''}${i.message}${i.line ? `（第 ${i.line} 行）` : ''}`}</List.Item>} />
        </Modal>
      )}
    </div>
  );
}
