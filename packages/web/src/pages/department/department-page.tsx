import { useState } from 'react';
import { Card, Empty, List, Select, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { DepartmentTask, Indicator } from '@jixiao/core';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/zh-CN';
import { listDepartmentTargets } from '../../api/list-department-targets';
import { getDepartmentTarget } from '../../api/get-department-target';
import { messageOf } from '../../api/api-error';
import { fenToWanText } from '../../format/format-money';

/** 部门整体目标: the department-level target (tasks with amounts, goals, indicators). */
export function DepartmentPage() {
  const { t } = useI18n();
  const rows = useQuery({ queryKey: ['department-targets'], queryFn: () => listDepartmentTargets({}) });
  const [selected, setSelected] = useState<string | null>(null);
  const current = selected ?? (rows.data?.[0] ? String(rows.data[0].id) : null);
  const detail = useQuery({ queryKey: ['department-target', current], queryFn: () => getDepartmentTarget(current as string), enabled: current !== null });
  const target = detail.data?.target;
  const levelText = (prefix: 'level1' | 'level2', code: string | null) => (code ? t(`${prefix}.${code}` as MessageKey) : '—');
  return (
    <section>
      <h1 className="jx-page-title">{t('dept.title')}</h1>
      {rows.error && <Typography.Text type="danger">{messageOf(rows.error)}</Typography.Text>}
      {rows.data && rows.data.length === 0 && <Empty description={t('dept.empty')} />}
      {rows.data && rows.data.length > 0 && (
        <div style={{ marginBottom: 12 }}>
          <label htmlFor="dept-select" style={{ marginRight: 6 }}>
            {t('dept.title')}
          </label>
          <Select
            id="dept-select"
            style={{ minWidth: 360 }}
            value={current ?? undefined}
            onChange={setSelected}
            options={rows.data.map((r) => ({ value: String(r.id), label: `${r.name}${r.fiscalYear ? `（${r.fiscalYear}）` : ''}` }))}
          />
        </div>
      )}
      {target && (
        <>
          <Card size="small" title={`${target.name} ${target.fiscalYear ?? ''}`}>
            <Typography.Text className="num">
              {t('edit.funds.total')}: {fenToWanText(target.funds.total)} · {t('edit.funds.fiscal')}: {fenToWanText(target.funds.fiscal)} · {t('edit.funds.other')}: {fenToWanText(target.funds.other)}
            </Typography.Text>
          </Card>
          <Card size="small" title={t('dept.tasks')} style={{ marginTop: 12 }}>
            <Table<DepartmentTask>
              size="small"
              pagination={false}
              rowKey={(_, i) => String(i)}
              dataSource={[...target.tasks]}
              columns={[
                { title: t('dept.task'), dataIndex: 'name', width: 220 },
                { title: t('dept.content'), dataIndex: 'content' },
                { title: t('dept.amount'), dataIndex: 'amount', width: 120, className: 'num', render: (v: number | null) => fenToWanText(v) },
                { title: t('dept.fiscal'), dataIndex: 'fiscal', width: 120, className: 'num', render: (v: number | null) => fenToWanText(v) },
              ]}
            />
          </Card>
          <Card size="small" title={t('dept.goals')} style={{ marginTop: 12 }}>
            <List size="small" dataSource={[...target.goals]} renderItem={(g, i) => <List.Item key={i}>{`${i + 1}. ${g}`}</List.Item>} />
          </Card>
          <Card size="small" title={t('dept.indicators')} style={{ marginTop: 12 }}>
            <Table<Indicator>
              size="small"
              pagination={false}
              rowKey={(_, i) => String(i)}
              dataSource={[...target.indicators]}
              columns={[
                { title: t('edit.col.level1'), dataIndex: 'level1', width: 100, render: (v: string | null) => levelText('level1', v) },
                { title: t('edit.col.level2'), dataIndex: 'level2', width: 120, render: (v: string | null) => levelText('level2', v) },
                { title: t('edit.col.name'), dataIndex: 'name' },
                { title: t('edit.col.value'), dataIndex: 'targetText', width: 160 },
              ]}
            />
          </Card>
          {target.measures.length > 0 && (
            <Card size="small" title={t('dept.measures')} style={{ marginTop: 12 }}>
              <List size="small" dataSource={[...target.measures]} renderItem={(m, i) => <List.Item key={i}>{m}</List.Item>} />
            </Card>
          )}
        </>
      )}
      {detail.error && <Typography.Text type="danger">{messageOf(detail.error)}</Typography.Text>}
    </section>
  );
}
