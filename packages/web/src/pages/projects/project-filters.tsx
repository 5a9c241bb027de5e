import { Input, InputNumber, Select, Space, TreeSelect } from 'antd';
import { LEVEL2_CODES } from '@jixiao/core';
import { useI18n } from '../../i18n/i18n-context';
import { PROJECT_STATUSES, type ProjectQuery } from '../../api/api-types';
import type { MessageKey } from '../../i18n/zh-CN';
import { useUnits } from '../../shared/use-units';
import { buildUnitTree } from '../../shared/build-unit-tree';

/** Filters of the project list: 单位, 年度, 状态, 审核等级, 指标类别 and a search box; each with a label. */
export function ProjectFilters({ value, onChange }: { value: ProjectQuery; onChange: (next: ProjectQuery) => void }) {
  const { t } = useI18n();
  const units = useUnits();
  const set = (patch: Partial<ProjectQuery>) => onChange({ ...value, ...patch, offset: 0 });
  const label = (text: string, id: string) => (
    <label htmlFor={id} style={{ color: '#595959', marginRight: 4 }}>
      {text}
    </label>
  );
  return (
    <Space wrap size={[12, 8]} className="jx-no-print" style={{ marginBottom: 12 }}>
      <span>
        {label(t('list.unit'), 'f-unit')}
        <TreeSelect
          id="f-unit"
          style={{ width: 200 }}
          allowClear
          showSearch
          treeNodeFilterProp="title"
          placeholder={t('list.all')}
          treeDefaultExpandAll
          value={value.unitId == null ? undefined : String(value.unitId)}
          treeData={buildUnitTree(units)}
          onChange={(v: string | undefined) => set({ unitId: v ?? undefined })}
        />
      </span>
      <span>
        {label(t('list.year'), 'f-year')}
        <InputNumber id="f-year" style={{ width: 90 }} min={2000} max={2100} value={value.year ?? null} onChange={(v) => set({ year: v ?? undefined })} />
      </span>
      <span>
        {label(t('list.status'), 'f-status')}
        <Select
          id="f-status"
          style={{ width: 130 }}
          allowClear
          placeholder={t('list.all')}
          value={value.status}
          onChange={(v) => set({ status: v ?? undefined })}
          options={PROJECT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}` as MessageKey) }))}
        />
      </span>
      <span>
        {label(t('list.grade'), 'f-grade')}
        <Select
          id="f-grade"
          style={{ width: 90 }}
          allowClear
          placeholder={t('list.all')}
          value={value.grade}
          onChange={(v) => set({ grade: v ?? undefined })}
          options={(['excellent', 'good', 'fair', 'poor'] as const).map((g) => ({ value: g, label: t(`grade.${g}`) }))}
        />
      </span>
      <span>
        {label(t('list.level2'), 'f-level2')}
        <Select
          id="f-level2"
          style={{ width: 150 }}
          allowClear
          placeholder={t('list.all')}
          value={value.level2}
          onChange={(v) => set({ level2: v ?? undefined })}
          options={LEVEL2_CODES.map((c) => ({ value: c, label: t(`level2.${c}` as MessageKey) }))}
        />
      </span>
      <Input.Search
        aria-label={t('list.search')}
        placeholder={t('list.search')}
        allowClear
        style={{ width: 240 }}
        defaultValue={value.q}
        onSearch={(q) => set({ q: q.trim() || undefined })}
      />
    </Space>
  );
}
