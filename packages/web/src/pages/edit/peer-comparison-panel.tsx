import { Alert, Card, Spin, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n-context';
import { getProjectBenchmark } from '../../api/get-project-benchmark';
import { messageOf } from '../../api/api-error';
import type { PeerBenchmark } from '../../api/library-types';
import { fenToWanText } from '../../format/format-money';

/** Peer unit costs above this multiple of the median are flagged. */
const HIGH_COST_RATIO = 1.5;
const wan = (fen: number) => fenToWanText(Math.round(fen));
const num = (n: number) => (Math.round(n * 100) / 100).toLocaleString('zh-CN');

/**
 * 同类项目比较: the saved project against comparable projects of other units — funds, unit costs
 * (元/人, 元/点位, 元/次 …), target levels with far-below targets flagged (`ambition`).
 */
export function PeerComparisonPanel({ id, version, dirty }: { id: string; version: number; dirty: boolean }) {
  const { t } = useI18n();
  const q = useQuery({ queryKey: ['benchmark', id, version], queryFn: () => getProjectBenchmark(id), staleTime: 60_000 });
  return (
    <Card size="small" title={t('peer.title')} data-testid="peer-panel" style={{ marginTop: 16 }}>
      {dirty && <Typography.Text type="secondary">{t('peer.saveFirst')}</Typography.Text>}
      {q.isPending && <Spin size="small" />}
      {q.error && <Typography.Text type="danger">{messageOf(q.error)}</Typography.Text>}
      {q.data && <PeerBody b={q.data} />}
    </Card>
  );
}

function PeerBody({ b }: { b: PeerBenchmark }) {
  const { t } = useI18n();
  const f = b.funds;
  return (
    <div data-testid="peer-body" style={{ fontSize: 12 }}>
      <div style={{ marginBottom: 6 }}>
        <Tag color="blue">{t('peer.category', { label: b.workCategory.label })}</Tag>
        <Typography.Text type="secondary" data-testid="peer-grouping" style={{ fontSize: 12, marginRight: 8 }}>
          {t(`peer.grouping.${b.grouping}`)}
        </Typography.Text>
        {f.value !== null && f.peers && (
          <span data-testid="peer-funds">
            {t('peer.fundsLine', { value: wan(f.value), median: wan(f.peers.median), n: f.peers.n, p25: wan(f.peers.p25), p75: wan(f.peers.p75) })}
            {f.ratioToMedian !== null && <> · {t('peer.ratio', { ratio: f.ratioToMedian })}</>}
          </span>
        )}
      </div>
      {b.peers.length === 0 && b.hiddenPeers === 0 && <Typography.Text type="secondary">{t('peer.none')}</Typography.Text>}
      {b.findings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="peer-findings"
          style={{ margin: '6px 0' }}
          title={t('peer.findings')}
          description={b.findings.map((x, i) => (
            <div key={i}>
              {x.message} {x.suggestion}
            </div>
          ))}
        />
      )}
      {b.peers.length > 0 && (
        <Table
          size="small"
          pagination={false}
          title={() => t('peer.peers')}
          rowKey={(p) => p.id ?? p.name ?? ''}
          dataSource={[...b.peers]}
          columns={[
            { title: t('peer.col.project'), dataIndex: 'name' },
            { title: t('peer.col.unit'), dataIndex: 'unitName' },
            { title: t('peer.col.similarity'), dataIndex: 'similarity', align: 'right', render: (v: number) => v.toFixed(2) },
            { title: t('peer.col.funds'), dataIndex: 'fundsTotal', align: 'right', render: (v: number | null) => (v === null ? '—' : wan(v)) },
          ]}
        />
      )}
      {b.hiddenPeers > 0 && <div style={{ color: '#8c8c8c', margin: '4px 0' }}>{t('peer.hiddenPeers', { n: b.hiddenPeers })}</div>}
      {b.unitCosts.length > 0 && (
        <Table
          size="small"
          pagination={false}
          title={() => t('peer.unitCosts')}
          data-testid="peer-unit-costs"
          rowKey={(c) => `${c.indicator}-${c.unit}-${c.source}`}
          dataSource={[...b.unitCosts]}
          columns={[
            { title: t('peer.col.costUnit'), dataIndex: 'unit' },
            {
              title: t('peer.col.value'),
              align: 'right',
              render: (_: unknown, c) => (
                <>
                  {num(c.value)} {c.ratioToMedian !== null && c.ratioToMedian > HIGH_COST_RATIO && <Tag color="orange">{t('peer.outlier')}</Tag>}
                </>
              ),
            },
            { title: t('peer.col.median'), align: 'right', render: (_: unknown, c) => (c.peers ? num(c.peers.median) : '—') },
            { title: t('peer.col.range'), align: 'right', render: (_: unknown, c) => (c.peers ? `${num(c.peers.p25)}–${num(c.peers.p75)}` : '—') },
            { title: t('peer.col.source'), dataIndex: 'source', render: (s: 'stated' | 'derived') => t(`peer.source.${s}`) },
          ]}
        />
      )}
      {b.targets.length > 0 && (
        <Table
          size="small"
          pagination={false}
          title={() => t('peer.targets')}
          data-testid="peer-targets"
          rowKey={(x) => `${x.indicator}`}
          dataSource={[...b.targets]}
          columns={[
            { title: t('peer.col.indicator'), dataIndex: 'name' },
            { title: t('peer.col.target'), align: 'right', render: (_: unknown, x) => `${x.op === '>=' ? '≥' : x.op === '<=' ? '≤' : x.op}${x.value}${x.unit ?? ''}` },
            { title: t('peer.col.median'), align: 'right', render: (_: unknown, x) => `${x.distribution.median}${x.unit ?? ''}` },
            { title: t('peer.col.range'), align: 'right', render: (_: unknown, x) => `${x.distribution.p25}–${x.distribution.p75} (n=${x.distribution.n})` },
            { title: t('peer.col.basis'), dataIndex: 'basis', render: (v: 'peers' | 'library') => t(`peer.basis.${v}`) },
            { title: t('peer.col.verdict'), dataIndex: 'verdict', render: (v: 'low' | 'normal') => <Tag color={v === 'low' ? 'red' : 'default'}>{t(`peer.verdict.${v}`)}</Tag> },
          ]}
        />
      )}
    </div>
  );
}
