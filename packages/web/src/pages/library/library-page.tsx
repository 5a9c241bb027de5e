import { Tabs } from 'antd';
import { useI18n } from '../../i18n/i18n-context';
import { useSession } from '../../auth/use-session';
import { LibraryClustersTab } from './library-clusters-tab';
import { LibraryEntriesTab } from './library-entries-tab';
import { LibraryDashboardTab } from './library-dashboard-tab';
import { LibraryPublicationsTab } from './library-publications-tab';

/** 指标库: common indicators with statistics, curated entries with their workflow, dashboards, publication (admin). */
export function LibraryPage() {
  const { t } = useI18n();
  const { session } = useSession();
  const items = [
    { key: 'clusters', label: t('library.tab.clusters'), children: <LibraryClustersTab /> },
    { key: 'entries', label: t('library.tab.entries'), children: <LibraryEntriesTab /> },
    { key: 'dashboard', label: t('library.tab.dashboard'), children: <LibraryDashboardTab /> },
    ...(session?.user.role === 'admin' ? [{ key: 'publications', label: t('library.tab.publications'), children: <LibraryPublicationsTab /> }] : []),
  ];
  return (
    <section>
      <h1 className="jx-page-title" style={{ fontSize: 18 }}>
        {t('library.title')}
      </h1>
      <Tabs items={items} destroyOnHidden />
    </section>
  );
}
