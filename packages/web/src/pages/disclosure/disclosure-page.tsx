import { useState } from 'react';
import { Alert, App, Button, Empty, InputNumber, Select, Space, Spin, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { GenerationTemplateId } from '@jixiao/core';
import { messageOf } from '../../api/api-error';
import { createDisclosure, getDisclosure, listDisclosures } from '../../api/disclosure-api';
import { useSession } from '../../auth/use-session';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/zh-CN';
import { DisclosureWorkspace } from './disclosure-workspace';
import { DISCLOSURE_CSS } from './disclosure-css';

const EDITOR_ROLES = ['preparer', 'unit_head', 'dept_reviewer'];
const PUBLISHER_ROLES = ['unit_head', 'dept_reviewer'];

/** 部门预算公开: pick a department and year, then open (or create) its disclosure workspace. */
export function DisclosurePage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { session } = useSession();
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: ['disclosures'], queryFn: () => listDisclosures() });
  const [unitId, setUnitId] = useState<string | null>(null);
  const [year, setYear] = useState<number>(() => new Date().getFullYear());
  const [template, setTemplate] = useState<GenerationTemplateId>('shaanxi-16');
  const [creating, setCreating] = useState(false);
  const departments = list.data?.departments ?? [];
  const department = unitId ?? departments[0]?.id ?? null;
  const existing = list.data?.disclosures.find((d) => d.unitId === department && d.fiscalYear === year) ?? null;
  const workspace = useQuery({ queryKey: ['disclosure', existing?.id], queryFn: () => getDisclosure(existing!.id), enabled: existing !== null, staleTime: 0 });
  const role = session?.user.role ?? 'auditor';
  const departmentName = departments.find((d) => d.id === department)?.name ?? '';

  const create = async () => {
    if (!department) return;
    setCreating(true);
    try {
      const created = await createDisclosure(department, year, template);
      queryClient.setQueryData(['disclosure', created.disclosure.id], created);
      await queryClient.invalidateQueries({ queryKey: ['disclosures'] });
    } catch (e) {
      message.error(messageOf(e));
    } finally {
      setCreating(false);
    }
  };

  return (
    <section>
      <style>{DISCLOSURE_CSS}</style>
      <h1 className="jx-page-title">{t('disclosure.title')}</h1>
      {list.error && <Alert type="error" message={messageOf(list.error)} />}
      {list.isPending && <Spin />}
      {list.data && departments.length === 0 && <Empty description={t('disclosure.noDepartments')} />}
      {departments.length > 0 && (
        <Space wrap style={{ marginBottom: 10 }}>
          <label htmlFor="disclosure-department">{t('disclosure.department')}</label>
          <Select id="disclosure-department" style={{ minWidth: 280 }} value={department ?? undefined} onChange={setUnitId} options={departments.map((d) => ({ value: d.id, label: `${d.code ?? ''} ${d.name}`.trim() }))} />
          <label htmlFor="disclosure-year">{t('disclosure.year')}</label>
          <InputNumber id="disclosure-year" min={1990} max={2100} precision={0} value={year} onChange={(v) => typeof v === 'number' && setYear(v)} />
          {list.data?.disclosures
            .filter((d) => d.unitId === department)
            .map((d) => (
              <Button key={d.id} size="small" type={d.fiscalYear === year ? 'primary' : 'default'} onClick={() => setYear(d.fiscalYear)}>
                {d.fiscalYear} · {t(`disclosure.status.${d.status}` as MessageKey)}
              </Button>
            ))}
        </Space>
      )}
      {department && !list.isPending && existing === null && (
        <div className="jx-disclosure-create">
          <Typography.Paragraph>{t('disclosure.notCreated', { department: departmentName, year })}</Typography.Paragraph>
          {EDITOR_ROLES.includes(role) && (
            <Space>
              <label htmlFor="disclosure-new-template">{t('disclosure.template')}</label>
              <Select
                id="disclosure-new-template"
                style={{ width: 260 }}
                value={template}
                onChange={setTemplate}
                options={(['shaanxi-16', 'core-8'] as const).map((x) => ({ value: x, label: t(`disclosure.template.${x}` as MessageKey) }))}
              />
              <Button type="primary" loading={creating} onClick={() => void create()}>
                {t('disclosure.create', { year })}
              </Button>
            </Space>
          )}
        </div>
      )}
      {existing && workspace.isPending && <Spin />}
      {workspace.error && <Alert type="error" message={messageOf(workspace.error)} />}
      {existing && workspace.data && workspace.data.disclosure.id === existing.id && (
        <DisclosureWorkspace key={existing.id} initial={workspace.data} canPublishRole={PUBLISHER_ROLES.includes(role)} />
      )}
    </section>
  );
}
