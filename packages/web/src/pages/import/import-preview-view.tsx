import { useMemo, useState } from 'react';
import { Card, Checkbox, Col, Collapse, List, Row, Table, Tag, Typography } from 'antd';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/zh-CN';
import type { ImportPreview } from '../../api/api-types';
import { fenToWanText } from '../../format/format-money';
import { normalizePreviewProject } from './normalize-preview-project';
import { SourceLines } from './source-lines';

const SEVERITY_COLOR: Readonly<Record<string, string>> = { error: 'red', warning: 'orange', info: 'blue' };

/** The preview: recognised projects next to the source lines, unplaced lines highlighted, issues with line numbers. */
export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const { t } = useI18n();
  const [selected, setSelected] = useState<number | null>(null);
  const [onlyUnplaced, setOnlyUnplaced] = useState(false);
  const projects = useMemo(() => preview.projects.map(normalizePreviewProject), [preview.projects]);
  const unplaced = preview.lines.filter((l) => l.status === 'unplaced').length;
  const levelLabel = (prefix: 'level1' | 'level2', code: string | null) => {
    if (!code) return '—';
    const key = `${prefix}.${code}` as MessageKey;
    const text = t(key);
    return text === key ? code : text;
  };
  return (
    <Row gutter={16}>
      <Col span={13}>
        <Typography.Text type="secondary">{t('import.layout', { layout: preview.layout })}</Typography.Text>
        <Card size="small" title={t('import.projects', { count: projects.length })} style={{ marginTop: 8 }} data-testid="preview-projects">
          <Collapse
            size="small"
            defaultActiveKey={projects.length <= 3 ? projects.map((_, i) => String(i)) : ['0']}
            items={projects.map((p, i) => ({
              key: String(i),
              label: (
                <span>
                  <strong>{p.name || '—'}</strong>
                  <span className="num" style={{ marginLeft: 12 }}>
                    {p.fundsTotal == null ? '' : `${fenToWanText(p.fundsTotal)} 万元`}
                  </span>
                  {p.line != null && (
                    <Tag style={{ marginLeft: 8 }} onClick={() => setSelected(p.line)}>
                      {t('import.line', { line: p.line })}
                    </Tag>
                  )}
                </span>
              ),
              children: p.indicators.length ? (
                <Table
                  size="small"
                  pagination={false}
                  rowKey={(_, j) => String(j)}
                  dataSource={[...p.indicators]}
                  onRow={(r) => ({ onClick: () => r.line != null && setSelected(r.line) })}
                  columns={[
                    { title: t('edit.col.level1'), dataIndex: 'level1', width: 90, render: (v: string | null) => levelLabel('level1', v) },
                    { title: t('edit.col.level2'), dataIndex: 'level2', width: 110, render: (v: string | null) => levelLabel('level2', v) },
                    { title: t('edit.col.name'), dataIndex: 'name' },
                    { title: t('edit.col.value'), dataIndex: 'targetText', width: 120 },
                  ]}
                />
              ) : (
                <Typography.Text type="secondary">{t('import.noIndicators')}</Typography.Text>
              ),
            }))}
          />
        </Card>
        {preview.departmentTargets.length > 0 && (
          <Card size="small" title={t('import.departmentTargets', { count: preview.departmentTargets.length })} style={{ marginTop: 8 }}>
            {preview.departmentTargets.map((d, i) => (
              <div key={i}>{String((d as { name?: unknown }).name ?? '—')}</div>
            ))}
          </Card>
        )}
        <Card size="small" title={t('import.issues', { count: preview.issues.length })} style={{ marginTop: 8 }} data-testid="preview-issues">
          <List
            size="small"
            dataSource={[...preview.issues]}
            renderItem={(issue, i) => (
              <List.Item key={i} style={{ cursor: issue.line ? 'pointer' : undefined }} onClick={() => issue.line && setSelected(issue.line)}>
                <span>
                  <Tag color={SEVERITY_COLOR[issue.severity] ?? 'default'}>{issue.line ? t('import.line', { line: issue.line }) : issue.cell ?? '—'}</Tag>
                  {issue.message}
                  {issue.text && (
                    <Typography.Text type="secondary" style={{ marginLeft: 6 }}>
                      「{issue.text}」
                    </Typography.Text>
                  )}
                </span>
              </List.Item>
            )}
          />
        </Card>
      </Col>
      <Col span={11}>
        <Card
          size="small"
          title={t('import.source', { count: preview.lines.length, unplaced })}
          extra={
            <Checkbox checked={onlyUnplaced} onChange={(e) => setOnlyUnplaced(e.target.checked)}>
              {t('import.onlyUnplaced')}
            </Checkbox>
          }
        >
          <SourceLines lines={preview.lines} selected={selected} onlyUnplaced={onlyUnplaced} />
        </Card>
      </Col>
    </Row>
  );
}
