import { useState } from 'react';
import { Button, Dropdown, Select, Space } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useI18n } from '../i18n/i18n-context';

export const EXPORT_LAYOUTS = ['declaration-000', 'target-table-002', 'target-table-004', 'disclosure-list-003'] as const;
export type ExportLayout = (typeof EXPORT_LAYOUTS)[number];
const FORMATS = ['pdf', 'docx', 'xlsx', 'html'] as const;

/**
 * 导出: a layout choice and a format menu; the file comes from the API (the session cookie
 * authorises the download, the server applies the same visibility rules as the pages).
 */
export function ExportMenu({ href, testId }: { href: (format: string, layout: ExportLayout) => string; testId?: string }) {
  const { t } = useI18n();
  const [layout, setLayout] = useState<ExportLayout>('declaration-000');
  return (
    <Space.Compact data-testid={testId}>
      <Select<ExportLayout>
        aria-label={t('export.layout')}
        value={layout}
        onChange={setLayout}
        style={{ width: 190 }}
        options={EXPORT_LAYOUTS.map((l) => ({ value: l, label: t(`export.layout.${l}`) }))}
      />
      <Dropdown
        menu={{
          items: FORMATS.map((f) => ({ key: f, label: t(`export.format.${f}`) })),
          onClick: ({ key }) => {
            window.location.href = href(key, layout);
          },
        }}
      >
        <Button icon={<DownloadOutlined />}>{t('export.button')}</Button>
      </Dropdown>
    </Space.Compact>
  );
}
