import { useMemo, useState } from 'react';
import { App, Button, Card, Empty, Spin, Tag, Tooltip, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { Project } from '@jixiao/core';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/zh-CN';
import { getLibrarySuggestions } from '../../api/get-library-suggestions';
import type { LibrarySuggestion } from '../../api/library-types';
import { messageOf } from '../../api/api-error';
import { addSuggestedIndicator } from './add-suggested-indicator';
import type { ProjectEditor } from './use-project-editor';
import { useDebouncedValue } from './use-debounced-value';

const SLOTS = ['quantity', 'quality', 'timeliness', 'cost', 'outcome', 'serviceSatisfaction'] as const;
const compact = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/**
 * 指标推荐: for each mandatory category, indicators of similar projects of other units with their
 * support, sources (as visibility allows) and typical value; one click adds one to the grid.
 */
export function SuggestionsPanel({ id, project, editor }: { id: string; project: Project; editor: ProjectEditor }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [added, setAdded] = useState<ReadonlySet<string>>(new Set());
  const draft = useDebouncedValue(
    useMemo(() => ({ name: project.name.trim(), goals: project.goals, kind: project.kind, funds: project.funds.total, projectId: id }), [project.name, project.goals, project.kind, project.funds.total, id]),
    400,
  );
  const ready = draft.name !== '' || draft.goals.some((g) => g.trim() !== '');
  const q = useQuery({ queryKey: ['library-suggestions', draft], queryFn: () => getLibrarySuggestions(draft), enabled: ready, staleTime: 60_000 });
  const present = useMemo(() => new Set(project.indicators.map((i) => compact(i.name))), [project.indicators]);
  const add = (s: LibrarySuggestion) => {
    addSuggestedIndicator(project, editor, s);
    setAdded((prev) => new Set([...prev, `${s.slot}/${s.clusterId}`]));
    message.success(t('suggest.addedMessage', { name: s.name }));
  };
  return (
    <Card size="small" title={t('suggest.title')} data-testid="suggestions-panel" className="jx-no-print" style={{ marginTop: 12 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('suggest.hint')}
      </Typography.Text>
      {!ready && <div className="jx-hint">{t('suggest.needName')}</div>}
      {ready && q.isPending && <Spin size="small" description={t('suggest.loading')} />}
      {q.error && <Typography.Text type="danger">{messageOf(q.error)}</Typography.Text>}
      {ready &&
        q.data &&
        SLOTS.map((slot) => {
          const list = q.data.filter((s) => s.slot === slot);
          return (
            <section key={slot} data-slot={slot} data-testid={`suggest-slot-${slot}`} style={{ marginTop: 8 }}>
              <h3 style={{ fontSize: 13, margin: '4px 0' }}>
                {t(`suggest.slot.${slot}` as MessageKey)} <Tag>{list.length}</Tag>
              </h3>
              {list.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('suggest.noneInSlot')} />}
              <table className="jx-suggest-table" style={{ width: '100%', fontSize: 12, borderCollapse: 'collapse' }}>
                <tbody>
                  {list.map((s) => {
                    const key = `${s.slot}/${s.clusterId}`;
                    const isAdded = added.has(key);
                    const isPresent = !isAdded && present.has(compact(s.name));
                    return (
                      <tr key={key} data-testid="suggestion" data-name={s.name} style={{ borderTop: '1px solid #f0f0f0', verticalAlign: 'top' }}>
                        <td style={{ padding: '3px 2px' }}>
                          <div>
                            <strong>{s.name}</strong> {s.origin === 'common' && <Tag style={{ fontSize: 11 }}>{t('suggest.common')}</Tag>}
                          </div>
                          <div style={{ color: '#595959' }}>
                            {s.targetText ? t('suggest.typical', { value: s.targetText }) : '—'} · {t('suggest.support', { n: s.support })}
                          </div>
                          <Tooltip title={s.sources.join('、')}>
                            <div style={{ color: '#8c8c8c' }} data-testid="suggestion-sources">
                              {s.sources.length > 0 ? t('suggest.sources', { names: s.sources.slice(0, 2).join('、') + (s.sources.length > 2 ? '…' : '') }) : t('suggest.sourcesHidden')}
                            </div>
                          </Tooltip>
                        </td>
                        <td style={{ width: 52, textAlign: 'right', padding: '3px 0' }}>
                          <Button size="small" type={isAdded || isPresent ? 'default' : 'primary'} disabled={isAdded || isPresent} onClick={() => add(s)} aria-label={`${t('suggest.add')} ${s.name}`} data-testid="suggestion-add">
                            {isAdded ? t('suggest.added') : isPresent ? t('suggest.present') : t('suggest.add')}
                          </Button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </section>
          );
        })}
    </Card>
  );
}
