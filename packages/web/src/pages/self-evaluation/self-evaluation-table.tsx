import { Button, Input, Table, Tag, Tooltip, Typography } from 'antd';
import type { SelfEvaluationIndicator } from '../../api/self-evaluation-api';
import { useI18n } from '../../i18n/i18n-context';
import type { SelfEvaluationDraft } from './self-evaluation-draft';

type Entry = SelfEvaluationDraft['entries'][number];

/**
 * The indicator rows of the 自评表: target, 分值, the actual as typed, the score with its formula, the deviation reason
 * (marked when R-SE-02/R-SE-04 require it) and, for reviewers, the override button. Inputs follow in tab order.
 */
export function SelfEvaluationTable({
  lines,
  entries,
  editable,
  canOverride,
  onChange,
  onOverride,
}: {
  lines: readonly SelfEvaluationIndicator[];
  entries: SelfEvaluationDraft['entries'];
  editable: boolean;
  canOverride: boolean;
  onChange: (position: number, patch: Partial<Entry>) => void;
  onOverride: (line: SelfEvaluationIndicator) => void;
}) {
  const { t } = useI18n();
  return (
    <Table<SelfEvaluationIndicator>
      size="small"
      bordered
      pagination={false}
      rowKey="position"
      dataSource={lines as SelfEvaluationIndicator[]}
      data-testid="self-evaluation-table"
      onRow={(l) => ({ 'data-testid': `se-row-${l.position}` }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        { title: '#', width: 36, render: (_, l) => l.position + 1 },
        { title: t('se.col.level'), width: 120, render: (_, l) => <span style={{ fontSize: 12 }}>{[l.level1Text, l.level2Text].filter(Boolean).join(' / ')}</span> },
        { title: t('se.col.name'), dataIndex: 'name' },
        { title: t('se.col.target'), width: 110, render: (_, l) => l.targetText ?? '—' },
        { title: t('se.col.weight'), width: 56, align: 'right', render: (_, l) => <span className="num">{l.weight}</span> },
        {
          title: t('se.col.actual'),
          width: 140,
          render: (_, l) =>
            editable ? (
              <Input size="small" aria-label={`${t('se.col.actual')} ${l.name}`} data-testid={`actual-${l.position}`} value={entries[l.position]?.actualText ?? ''} onChange={(e) => onChange(l.position, { actualText: e.target.value })} />
            ) : (
              (l.actualText ?? '—')
            ),
        },
        {
          title: t('se.col.score'),
          width: 90,
          align: 'right',
          render: (_, l) => (
            <span data-testid={`score-${l.position}`}>
              <b className="num">{l.score}</b>
              {l.printedScore != null && l.mismatch && (
                <div>
                  <Tag color="red" style={{ marginInlineEnd: 0 }}>
                    {t('se.printed', { score: l.printedScore })}
                  </Tag>
                </div>
              )}
              {l.override && (
                <Tooltip title={t('se.overridden', { previous: l.override.previousScore, reviewer: l.override.reviewerName, reason: l.override.reason })}>
                  <div>
                    <Tag color="purple" style={{ marginInlineEnd: 0 }}>
                      {l.computedScore}→{l.override.score}
                    </Tag>
                  </div>
                </Tooltip>
              )}
            </span>
          ),
        },
        {
          title: t('se.col.formula'),
          width: 220,
          render: (_, l) => (
            <Typography.Text style={{ fontSize: 12 }} data-testid={`formula-${l.position}`}>
              {l.formula}
              {l.problem && <div style={{ color: '#d46b08' }}>{l.problem}</div>}
            </Typography.Text>
          ),
        },
        {
          title: t('se.col.reason'),
          render: (_, l) => {
            const value = entries[l.position]?.deviationReason ?? '';
            const missing = l.reasonRequired && value.trim() === '';
            return (
              <div>
                {editable ? (
                  <Input.TextArea
                    autoSize={{ minRows: 1, maxRows: 4 }}
                    size="small"
                    status={missing ? 'error' : undefined}
                    aria-label={`${t('se.col.reason')} ${l.name}`}
                    data-testid={`reason-${l.position}`}
                    value={value}
                    onChange={(e) => onChange(l.position, { deviationReason: e.target.value })}
                  />
                ) : (
                  <span style={{ whiteSpace: 'pre-wrap' }}>{l.deviationReason ?? ''}</span>
                )}
                {l.reasonRequired && (
                  <Typography.Text type={missing ? 'danger' : 'secondary'} style={{ fontSize: 12 }} data-testid={`reason-required-${l.position}`}>
                    {l.overAchievement ? t('se.reasonRequired.over') : t('se.reasonRequired')}
                  </Typography.Text>
                )}
              </div>
            );
          },
        },
        ...(canOverride
          ? [
              {
                title: t('se.col.override'),
                width: 80,
                render: (_: unknown, l: SelfEvaluationIndicator) => (
                  <Button size="small" onClick={() => onOverride(l)} data-testid={`override-${l.position}`}>
                    {t('se.override')}
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
