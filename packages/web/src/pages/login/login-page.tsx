import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { Alert, Button, Card, Form, Input, Segmented, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useI18n } from '../../i18n/i18n-context';
import { login } from '../../api/login';
import { messageOf } from '../../api/api-error';
import { SESSION_KEY, useSession } from '../../auth/use-session';

interface LoginForm {
  username: string;
  password: string;
}

/** 登录: username and password; the server's Chinese message on failure (wrong password, locked, 429). */
export function LoginPage() {
  const { t, language, setLanguage } = useI18n();
  const { session } = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (session) return <Navigate to="/" replace />;
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  const onFinish = async (values: LoginForm) => {
    setBusy(true);
    setError(null);
    try {
      const s = await login(values.username, values.password);
      queryClient.setQueryData(SESSION_KEY, s);
      navigate(from === '/login' ? '/' : from, { replace: true });
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="jx-login">
      <Card className="jx-login-card">
        <Typography.Title level={3} style={{ textAlign: 'center', marginBottom: 4 }}>
          {t('login.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          {t('login.subtitle')}
        </Typography.Paragraph>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" data-testid="login-error" />}
        <Form<LoginForm> layout="vertical" size="middle" onFinish={onFinish} requiredMark={false}>
          <Form.Item label={t('login.username')} name="username" rules={[{ required: true, message: t('login.usernameRequired') }]}>
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label={t('login.password')} name="password" rules={[{ required: true, message: t('login.passwordRequired') }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('login.submit')}
          </Button>
        </Form>
        <div style={{ textAlign: 'center', marginTop: 16 }}>
          <Segmented
            aria-label={t('app.language')}
            value={language}
            onChange={(v) => setLanguage(v === 'en' ? 'en' : 'zh-CN')}
            options={[
              { label: '中文', value: 'zh-CN' },
              { label: 'English', value: 'en' },
            ]}
          />
        </div>
      </Card>
    </div>
  );
}
