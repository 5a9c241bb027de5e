import { Result, Tabs } from 'antd';
import { useI18n } from '../../i18n/i18n-context';
import { useSession } from '../../auth/use-session';
import { UnitsTab } from './units-tab';
import { UsersTab } from './users-tab';

/** 管理: units (tree) and users, administrators only. */
export function AdminPage() {
  const { t } = useI18n();
  const { session } = useSession();
  if (session?.user.role !== 'admin') return <Result status="403" title={t('app.forbidden')} />;
  return (
    <section>
      <h1 className="jx-page-title">{t('admin.title')}</h1>
      <Tabs
        items={[
          { key: 'users', label: t('admin.users'), children: <UsersTab /> },
          { key: 'units', label: t('admin.units'), children: <UnitsTab /> },
        ]}
      />
    </section>
  );
}
