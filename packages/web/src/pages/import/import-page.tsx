import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert, App, Button, Space, Spin, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n-context';
import { previewImport } from '../../api/preview-import';
import { confirmImport } from '../../api/confirm-import';
import { cancelImport } from '../../api/cancel-import';
import { messageOf } from '../../api/api-error';
import type { ImportPreview } from '../../api/api-types';
import { ImportPreviewView } from './import-preview-view';

const ACCEPT = '.txt,.docx,.xlsx,.html,.htm,.pdf';

/** 导入: upload a document, check the preview (nothing written), then 确认导入 or 取消. */
export function ImportPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const upload = async (file: File) => {
    setBusy(true);
    setError(null);
    setPreview(null);
    try {
      setPreview(await previewImport(file));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const confirm = async () => {
    if (!preview) return;
    setBusy(true);
    try {
      const r = await confirmImport(preview.token);
      message.success(t('import.confirmed', { created: r.created, updated: r.updated, unchanged: r.unchanged }));
      void queryClient.invalidateQueries({ queryKey: ['projects'] });
      setPreview(null);
      navigate('/projects');
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const cancel = async () => {
    if (!preview) return;
    try {
      await cancelImport(preview.token);
    } catch {
      /* an expired token writes nothing either */
    }
    setPreview(null);
    message.info(t('import.cancelled'));
  };

  return (
    <section>
      <h1 className="jx-page-title">{t('import.title')}</h1>
      {!preview && (
        <Upload.Dragger
          accept={ACCEPT}
          multiple={false}
          showUploadList={false}
          disabled={busy}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('import.drop')}</p>
          <p className="ant-upload-hint">{t('import.hint')}</p>
        </Upload.Dragger>
      )}
      {busy && <Spin description={t('import.parsing')} style={{ display: 'block', margin: 16 }} />}
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 12 }} role="alert" data-testid="import-error" />}
      {preview && (
        <>
          <Space style={{ marginBottom: 12 }}>
            <Button type="primary" onClick={confirm} loading={busy}>
              {t('import.confirm')}
            </Button>
            <Button onClick={cancel} disabled={busy}>
              {t('import.cancel')}
            </Button>
            <span>{preview.file}</span>
          </Space>
          <ImportPreviewView preview={preview} />
        </>
      )}
    </section>
  );
}
