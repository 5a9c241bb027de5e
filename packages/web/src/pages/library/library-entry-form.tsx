import { Form, Input, Select } from 'antd';
import type { FormInstance } from 'antd';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/zh-CN';
import type { LibraryEntryFields } from '../../api/library-types';

const LEVEL2 = ['quantity', 'quality', 'timeliness', 'cost', 'economicBenefit', 'socialBenefit', 'ecologicalBenefit', 'sustainability', 'serviceSatisfaction'] as const;
const LEVEL1_OF: Readonly<Record<string, string>> = {
  quantity: 'output',
  quality: 'output',
  timeliness: 'output',
  cost: 'output',
  economicBenefit: 'outcome',
  socialBenefit: 'outcome',
  ecologicalBenefit: 'outcome',
  sustainability: 'outcome',
  serviceSatisfaction: 'satisfaction',
};

export interface EntryFormValues {
  name: string;
  level2: string | null;
  definition: string;
  formula?: string;
  unit?: string;
  direction: 'higher' | 'lower' | 'neutral';
  valueBasis?: string;
  source?: string;
}

/** Form values → entry fields (empty text → null, level 1 from level 2). */
export function toEntryFields(v: EntryFormValues): LibraryEntryFields {
  const text = (s: string | undefined) => (s && s.trim() !== '' ? s.trim() : null);
  return {
    name: v.name.trim(),
    level1: v.level2 ? (LEVEL1_OF[v.level2] ?? null) : null,
    level2: v.level2 ?? null,
    definition: v.definition.trim(),
    formula: text(v.formula),
    unit: text(v.unit),
    direction: v.direction,
    valueBasis: text(v.valueBasis),
    source: text(v.source),
  };
}

/** The fields of a curated entry (定义、公式、单位、方向、取值依据、来源). */
export function LibraryEntryForm({ form, initial }: { form: FormInstance<EntryFormValues>; initial?: Partial<EntryFormValues> }) {
  const { t } = useI18n();
  const required = [{ required: true, whitespace: true, message: t('library.fieldRequired') }];
  return (
    <Form form={form} layout="vertical" size="small" initialValues={{ direction: 'higher', level2: null, ...initial }}>
      <Form.Item name="name" label={t('library.entry.name')} rules={required}>
        <Input id="entry-name" />
      </Form.Item>
      <Form.Item name="level2" label={t('library.entry.level')}>
        <Select allowClear options={LEVEL2.map((l) => ({ value: l, label: t(`level2.${l}` as MessageKey) }))} />
      </Form.Item>
      <Form.Item name="definition" label={t('library.entry.definition')} rules={required}>
        <Input.TextArea id="entry-definition" autoSize={{ minRows: 2 }} />
      </Form.Item>
      <Form.Item name="formula" label={t('library.entry.formula')}>
        <Input id="entry-formula" />
      </Form.Item>
      <Form.Item name="unit" label={t('library.entry.unit')}>
        <Input id="entry-unit" style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="direction" label={t('library.entry.direction')}>
        <Select options={(['higher', 'lower', 'neutral'] as const).map((d) => ({ value: d, label: t(`library.direction.${d}`) }))} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="valueBasis" label={t('library.entry.valueBasis')}>
        <Input.TextArea autoSize={{ minRows: 1 }} />
      </Form.Item>
      <Form.Item name="source" label={t('library.entry.source')}>
        <Input />
      </Form.Item>
    </Form>
  );
}

/** Entry fields → initial form values. */
export function toFormValues(e: LibraryEntryFields): EntryFormValues {
  return {
    name: e.name,
    level2: e.level2,
    definition: e.definition,
    formula: e.formula ?? '',
    unit: e.unit ?? '',
    direction: e.direction,
    valueBasis: e.valueBasis ?? '',
    source: e.source ?? '',
  };
}
