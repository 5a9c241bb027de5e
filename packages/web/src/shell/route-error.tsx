import { Result, Button } from 'antd';
import { useRouteError } from 'react-router';
import { useI18n } from '../i18n/i18n-context';
import { messageOf } from '../api/api-error';

/** Shown when a page throws. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useI18n();
  return (
    <Result
      status="error"
      title={t('app.pageError', { message: messageOf(error) })}
      extra={<Button onClick={() => window.location.assign('/')}>{t('app.back')}</Button>}
    />
  );
}
