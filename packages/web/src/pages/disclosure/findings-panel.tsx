import { Alert, Button, List, Space, Spin, Tag, Typography } from 'antd';
import type { DisclosureFinding } from '@jixiao/core';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/zh-CN';

const SEVERITY_COLOR: Readonly<Record<string, string>> = { error: 'red', warning: 'orange', info: 'blue' };

export interface FindingsPanelProps {
  readonly findings: readonly DisclosureFinding[];
  readonly errorCount: number;
  readonly warningCount: number;
  readonly messages: readonly string[];
  readonly updating: boolean;
  /** Opens the tab of a table ('表5'). */
  readonly onOpenTable: (tableId: string) => void;
}

/** 公开前检查: every finding, errors first, each with links to the tables it names. */
export function FindingsPanel({ findings, errorCount, warningCount, messages, updating, onOpenTable }: FindingsPanelProps) {
  const { t } = useI18n();
  const sorted = [...findings].sort((a, b) => rank(a.severity) - rank(b.severity));
  return (
    <aside className="jx-findings-panel" aria-label={t('disclosure.checks')} data-testid="disclosure-checks">
      <h2 className="jx-panel-title">
        {t('disclosure.checks')} {updating && <Spin size="small" aria-label={t('disclosure.checks.updating')} />}
      </h2>
      <Typography.Text type={errorCount > 0 ? 'danger' : 'secondary'} data-testid="disclosure-check-summary">
        {t('disclosure.checks.summary', { errors: errorCount, warnings: warningCount })}
      </Typography.Text>
      {messages.map((m) => (
        <Alert key={m} type="info" showIcon message={m} style={{ marginTop: 6 }} />
      ))}
      {findings.length === 0 ? (
        <Alert type="success" showIcon message={t('disclosure.checks.clean')} style={{ marginTop: 8 }} />
      ) : (
        <List
          size="small"
          dataSource={sorted}
          renderItem={(f, i) => (
            <List.Item key={`${f.rule}-${i}`} className="jx-disclosure-finding" data-severity={f.severity}>
              <Space direction="vertical" size={2} style={{ width: '100%' }}>
                <span>
                  <Tag color={SEVERITY_COLOR[f.severity] ?? 'default'}>{t(`disclosure.severity.${f.severity}` as MessageKey)}</Tag>
                  {f.message}
                </span>
                {f.tables.length > 0 && (
                  <span>
                    {f.tables.map((id) => (
                      <Button key={id} size="small" type="link" style={{ padding: '0 4px' }} onClick={() => onOpenTable(id)}>
                        {id}
                      </Button>
                    ))}
                  </span>
                )}
              </Space>
            </List.Item>
          )}
        />
      )}
    </aside>
  );
}

function rank(severity: string): number {
  return severity === 'error' ? 0 : severity === 'warning' ? 1 : 2;
}
