import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, Checkbox, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { assessIndicatorProgress, DEVIATION_CAUSES, findWorstLight, formatNumber, isQuantitative, type DeviationCause, type MonitoringProfile, type Project } from '@jixiao/core';
import { ApiError, messageOf } from '../../api/api-error';
import { saveCheckpoint, type Deviation, type MonitoringCheckpoint, type TrafficLight } from '../../api/monitoring-api';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/zh-CN';
import { formatPercent } from './format-percent';
import { LightTag } from './light-tag';

interface DeviationDraft {
  cause: DeviationCause | null;
  measure: string;
  adjustTarget: boolean;
}

interface RowDraft {
  progressText: string;
  forecastText: string;
  deviation: DeviationDraft;
}

interface Row {
  readonly key: string;
  readonly index: number | null;
  readonly name: string;
  readonly targetText: string;
  readonly light: TrafficLight | null;
  readonly formula: string | null;
  readonly autoForecast: string | null;
}

const EMPTY_DEVIATION: DeviationDraft = { cause: null, measure: '', adjustTarget: false };

function toDraft(d: Deviation | null): DeviationDraft {
  return d ? { cause: d.cause, measure: d.measure, adjustTarget: d.adjustTarget } : { ...EMPTY_DEVIATION };
}

/** The record sent for an item: none when nothing was written and the item is not red; otherwise what was written. */
function toDeviation(d: DeviationDraft, red: boolean): Deviation | null {
  if (!d.cause && !d.measure.trim() && !d.adjustTarget && !red) return null;
  if (!d.cause) return null;
  return { cause: d.cause, measure: d.measure.trim(), adjustTarget: d.adjustTarget };
}

/**
 * 节点填报 of one checkpoint month: per indicator 1–N月执行情况 and 全年预计, the light recomputed as you type (R-MON-04),
 * and for every red item (indicator or 预算执行) the cause, the corrective measure and whether to adjust the target.
 */
export function CheckpointForm({
  projectId,
  project,
  checkpoint,
  editable,
  onSaved,
  profile,
}: {
  projectId: string;
  project: Project;
  checkpoint: MonitoringCheckpoint;
  editable: boolean;
  onSaved: () => Promise<unknown>;
  /** The unit's thresholds (the server's), so lights recomputed as you type match the saved ones. */
  profile: MonitoringProfile;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const month = checkpoint.month;
  const [rows, setRows] = useState<Record<number, RowDraft>>(() =>
    Object.fromEntries(checkpoint.indicators.map((i) => [i.index, { progressText: i.progressText ?? '', forecastText: i.forecastText ?? '', deviation: toDraft(i.deviation) }])),
  );
  const [execution, setExecution] = useState<DeviationDraft>(() => toDraft(checkpoint.executionDeviation));
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<readonly string[]>([]);
  const executionLight = checkpoint.execution ? findWorstLight([checkpoint.execution.light, checkpoint.execution.planLight]) : null;

  const table: Row[] = useMemo(
    () => [
      {
        key: 'execution',
        index: null,
        name: t('mon.cp.execution'),
        targetText: checkpoint.execution ? `${t('mon.exec.rate')} ${formatPercent(checkpoint.execution.rate)}` : '',
        light: executionLight,
        formula: checkpoint.execution?.formula ?? null,
        autoForecast: null,
      },
      ...project.indicators.map((indicator, index) => {
        const text = rows[index]?.progressText.trim() ?? '';
        const p = text ? assessIndicatorProgress(indicator, text, month, profile) : null;
        const unit = isQuantitative(indicator.target) ? (indicator.target.unit ?? '') : '';
        return {
          key: `i${index}`,
          index,
          name: indicator.name,
          targetText: indicator.targetText ?? '',
          light: p?.light ?? null,
          formula: p?.formula ?? null,
          autoForecast: p && p.forecast != null ? `${formatNumber(Number(p.forecast.toFixed(2)))}${unit}` : null,
        };
      }),
    ],
    [project, rows, month, checkpoint.execution, executionLight, t, profile],
  );

  const deviationOf = (row: Row): DeviationDraft => (row.index === null ? execution : (rows[row.index]?.deviation ?? EMPTY_DEVIATION));
  const setDeviation = (row: Row, next: DeviationDraft) => {
    setDirty(true);
    if (row.index === null) setExecution(next);
    else setRows((prev) => ({ ...prev, [row.index!]: { ...prev[row.index!]!, deviation: next } }));
  };
  const setText = (index: number, field: 'progressText' | 'forecastText', value: string) => {
    setDirty(true);
    setRows((prev) => ({ ...prev, [index]: { ...(prev[index] ?? { progressText: '', forecastText: '', deviation: { ...EMPTY_DEVIATION } }), [field]: value } }));
  };

  const findProblems = (): string[] =>
    table.flatMap((row) => {
      const d = deviationOf(row);
      const red = row.light === 'red';
      const written = d.cause !== null || d.measure.trim() !== '';
      if (!red && !written) return [];
      if (!d.cause || !d.measure.trim()) return [`“${row.name}”${red ? '为红灯，' : ''}须填写偏差原因和纠偏措施，并说明是否调整目标`];
      return [];
    });

  const save = async () => {
    const found = findProblems();
    setProblems(found);
    if (found.length > 0) return;
    setBusy(true);
    try {
      const items = project.indicators.flatMap((_, index) => {
        const r = rows[index];
        if (!r || (!r.progressText.trim() && !r.forecastText.trim() && !r.deviation.cause)) return [];
        const red = table[index + 1]?.light === 'red';
        return [{ indicatorIndex: index, progressText: r.progressText.trim() || null, forecastText: r.forecastText.trim() || null, deviation: toDeviation(r.deviation, red) }];
      });
      const saved = await saveCheckpoint(projectId, month, checkpoint.version, items, toDeviation(execution, executionLight === 'red'));
      setDirty(false);
      await onSaved();
      message.success(t('mon.cp.saved', { month, version: saved.version }));
    } catch (e) {
      if (e instanceof ApiError && e.code === 'version-conflict') {
        message.warning(t('mon.cp.conflict'));
        await onSaved();
      } else if (e instanceof ApiError && Array.isArray(e.details['problems'])) {
        setProblems((e.details['problems'] as { message: string }[]).map((p) => p.message));
      } else message.error(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's' && editable && dirty && !busy) {
        e.preventDefault();
        void save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const stateText =
    checkpoint.state === 'recorded' ? t('mon.cp.state.recorded', { version: checkpoint.version }) : t(`mon.cp.state.${checkpoint.state}` as MessageKey);
  return (
    <div data-testid={`checkpoint-${month}`}>
      <Space wrap style={{ marginBottom: 8 }}>
        <Tag data-testid={`checkpoint-state-${month}`}>{stateText}</Tag>
        <span>{t('mon.cp.light')}：</span>
        <LightTag light={checkpoint.light} pending={checkpoint.state === 'pending'} testId={`checkpoint-saved-light-${month}`} />
        {dirty && <Typography.Text type="warning">{t('mon.cp.unsaved')}</Typography.Text>}
        {editable && (
          <Button type="primary" size="small" loading={busy} disabled={!dirty} onClick={() => void save()} title="Ctrl+S">
            {t('mon.cp.save')}
          </Button>
        )}
      </Space>
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 8 }}
          data-testid="checkpoint-problems"
          title={t('mon.cp.deviationRequired')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          }
        />
      )}
      <Table<Row>
        size="small"
        className="jx-dense-table jx-checkpoint-table"
        rowKey="key"
        pagination={false}
        dataSource={table}
        rowClassName={(r) => (r.light === 'red' ? 'jx-row-red' : '')}
        columns={[
          { title: t('mon.cp.indicator'), dataIndex: 'name', width: 150 },
          { title: t('mon.cp.target'), dataIndex: 'targetText', width: 130 },
          {
            title: t('mon.cp.progress', { month }),
            width: 150,
            render: (_: unknown, r) =>
              r.index === null ? null : (
                <Input
                  size="small"
                  aria-label={`${r.name} ${t('mon.cp.progress', { month })}`}
                  disabled={!editable}
                  value={rows[r.index]?.progressText ?? ''}
                  onChange={(e) => setText(r.index!, 'progressText', e.target.value)}
                />
              ),
          },
          {
            title: t('mon.cp.forecast'),
            width: 150,
            render: (_: unknown, r) =>
              r.index === null ? null : (
                <Input
                  size="small"
                  aria-label={`${r.name} ${t('mon.cp.forecast')}`}
                  disabled={!editable}
                  placeholder={r.autoForecast ? t('mon.cp.forecastAuto', { value: r.autoForecast }) : ''}
                  value={rows[r.index]?.forecastText ?? ''}
                  onChange={(e) => setText(r.index!, 'forecastText', e.target.value)}
                />
              ),
          },
          {
            title: t('mon.cp.light'),
            width: 90,
            render: (_: unknown, r) => <LightTag light={r.light} testId={r.index === null ? `cp-light-execution-${month}` : `cp-light-${month}-${r.index}`} title={r.formula ?? undefined} />,
          },
          {
            title: t('mon.cp.cause'),
            width: 140,
            render: (_: unknown, r) => (
              <Select<DeviationCause>
                size="small"
                style={{ width: '100%' }}
                aria-label={`${r.name} ${t('mon.cp.cause')}`}
                allowClear
                disabled={!editable}
                status={r.light === 'red' && !deviationOf(r).cause ? 'error' : undefined}
                value={deviationOf(r).cause ?? undefined}
                onChange={(v) => setDeviation(r, { ...deviationOf(r), cause: v ?? null })}
                options={DEVIATION_CAUSES.map((c) => ({ value: c, label: c }))}
              />
            ),
          },
          {
            title: t('mon.cp.measure'),
            render: (_: unknown, r) => (
              <Input
                size="small"
                aria-label={`${r.name} ${t('mon.cp.measure')}`}
                disabled={!editable}
                status={r.light === 'red' && !deviationOf(r).measure.trim() ? 'error' : undefined}
                value={deviationOf(r).measure}
                onChange={(e) => setDeviation(r, { ...deviationOf(r), measure: e.target.value })}
              />
            ),
          },
          {
            title: t('mon.cp.adjust'),
            width: 76,
            align: 'center',
            render: (_: unknown, r) => (
              <Checkbox
                aria-label={`${r.name} ${t('mon.cp.adjust')}`}
                disabled={!editable}
                checked={deviationOf(r).adjustTarget}
                onChange={(e) => setDeviation(r, { ...deviationOf(r), adjustTarget: e.target.checked })}
              />
            ),
          },
        ]}
      />
    </div>
  );
}
