import { Suspense } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { Button, Layout, Menu, Segmented, Spin, Tag } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useI18n } from '../i18n/i18n-context';
import { useSession, SESSION_KEY } from '../auth/use-session';
import { navFor, type NavKey } from '../auth/role-access';
import { logout } from '../api/logout';
import type { MessageKey } from '../i18n/zh-CN';

const PATHS: Readonly<Record<NavKey, string>> = {
  projects: '/projects',
  import: '/import',
  review: '/review',
  department: '/department',
  dashboard: '/dashboard',
  monitoring: '/monitoring',
  library: '/library',
  admin: '/admin',
  disclosure: '/disclosure',
};

/** The logged-in frame: top bar (user, role, unit, language, 退出) and a left menu of what the role may use. */
export function AppShell() {
  const { t, language, setLanguage } = useI18n();
  const { session, loading } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  if (loading) return <Spin fullscreen description={t('app.loading')} />;
  if (!session) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  const { user } = session;
  const nav = navFor(user.role);
  const selected = nav.find((k) => location.pathname.startsWith(PATHS[k])) ?? (location.pathname.startsWith('/projects') ? 'projects' : undefined);
  const onLogout = async () => {
    try {
      await logout();
    } finally {
      queryClient.setQueryData(SESSION_KEY, null);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
      navigate('/login', { replace: true });
    }
  };
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header className="jx-header" role="banner">
        <span className="jx-brand">{t('app.title')}</span>
        <span data-testid="current-user">{user.displayName}</span>
        <Tag color="blue" data-testid="current-role">{t(`role.${user.role}` as MessageKey)}</Tag>
        {user.unitName && <span style={{ color: '#595959' }}>{user.unitName}</span>}
        <Segmented
          aria-label={t('app.language')}
          size="small"
          value={language}
          onChange={(v) => setLanguage(v === 'en' ? 'en' : 'zh-CN')}
          options={[
            { label: '中文', value: 'zh-CN' },
            { label: 'English', value: 'en' },
          ]}
        />
        <Button size="small" onClick={onLogout}>
          {t('app.logout')}
        </Button>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={168} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
          <nav aria-label={t('app.title')}>
            <Menu
              mode="inline"
              selectedKeys={selected ? [selected] : []}
              items={nav.map((k) => ({ key: k, label: t(`nav.${k}` as MessageKey) }))}
              onClick={({ key }) => navigate(PATHS[key as NavKey])}
              style={{ borderInlineEnd: 'none' }}
            />
          </nav>
        </Layout.Sider>
        <Layout.Content className="jx-content" role="main">
          <Suspense fallback={<Spin description={t('app.loading')} />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
