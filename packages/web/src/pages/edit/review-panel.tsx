import { Alert, Badge, Card, Empty, Tag, Typography } from 'antd';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/zh-CN';
import type { FindingSeverity, ReviewFinding, ReviewResult } from '../../review/run-review';
import { GradeTag } from '../../shell/grade-tag';
import { focusField } from './field-element-id';

const ORDER: readonly FindingSeverity[] = ['error', 'warning', 'info'];
const COLORS: Readonly<Record<FindingSeverity, string>> = { error: '#cf1322', warning: '#d48806', info: '#1677ff' };

function FindingItem({ finding }: { finding: ReviewFinding }) {
  const { t } = useI18n();
  const go = () => focusField(finding.location.field);
  const categoryKey = `finding.${finding.category}` as MessageKey;
  return (
    <div
      className="jx-finding"
      role="button"
      tabIndex={0}
      data-rule={finding.rule}
      data-field={finding.location.field}
      onClick={go}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          go();
        }
      }}
    >
      <div>
        <Tag style={{ marginRight: 4 }}>{t(categoryKey) === categoryKey ? finding.category : t(categoryKey)}</Tag>
        {finding.message}
      </div>
      {finding.suggestion && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('review.suggestion', { text: finding.suggestion })}
        </Typography.Text>
      )}
    </div>
  );
}

/** 实时审核: the findings of the in-browser review grouped by severity, with grade and score; a click focuses the field. */
export function ReviewPanel({ result, error }: { result: ReviewResult | null; error: string | null }) {
  const { t } = useI18n();
  return (
    <Card
      size="small"
      title={t('review.panel')}
      extra={result ? <GradeTag grade={result.grade} score={result.score} /> : null}
      data-testid="review-panel"
      data-finding-count={result?.findings.length ?? ''}
      aria-live="polite"
    >
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('review.local')}
      </Typography.Text>
      {error && <Alert type="warning" title={t('review.unavailable', { message: error })} showIcon style={{ marginTop: 8 }} />}
      {!result && !error && <div className="jx-hint">{t('review.running')}</div>}
      {result && result.findings.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('review.none')} />}
      {result &&
        ORDER.map((sev) => {
          const list = result.findings.filter((f) => f.severity === sev);
          if (list.length === 0) return null;
          return (
            <section key={sev} data-severity={sev} style={{ marginTop: 8 }}>
              <h3 style={{ fontSize: 13, margin: '4px 0', color: COLORS[sev] }}>
                {t(`severity.${sev}`)} <Badge count={list.length} color={COLORS[sev]} />
              </h3>
              {list.map((f, i) => (
                <FindingItem key={`${f.rule}-${f.location.field}-${i}`} finding={f} />
              ))}
            </section>
          );
        })}
    </Card>
  );
}
