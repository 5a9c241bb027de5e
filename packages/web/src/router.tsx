import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { AppShell } from './shell/app-shell';
import { HomeRedirect } from './shell/home-redirect';
import { RouteError } from './shell/route-error';
import { LoginPage } from './pages/login/login-page';

// Every page after login is its own chunk; the first load is login + shell only.
const ProjectListPage = lazy(() => import('./pages/projects/project-list-page').then((m) => ({ default: m.ProjectListPage })));
const ProjectEditPage = lazy(() => import('./pages/edit/project-edit-page').then((m) => ({ default: m.ProjectEditPage })));
const ImportPage = lazy(() => import('./pages/import/import-page').then((m) => ({ default: m.ImportPage })));
const ReviewQueuePage = lazy(() => import('./pages/review/review-queue-page').then((m) => ({ default: m.ReviewQueuePage })));
const HistoryPage = lazy(() => import('./pages/history/history-page').then((m) => ({ default: m.HistoryPage })));
const DepartmentPage = lazy(() => import('./pages/department/department-page').then((m) => ({ default: m.DepartmentPage })));
const AdminPage = lazy(() => import('./pages/admin/admin-page').then((m) => ({ default: m.AdminPage })));
const DisclosurePage = lazy(() => import('./pages/disclosure/disclosure-page').then((m) => ({ default: m.DisclosurePage })));
const DashboardPage = lazy(() => import('./pages/dashboard/dashboard-page').then((m) => ({ default: m.DashboardPage })));
const SelfEvaluationPage = lazy(() => import('./pages/self-evaluation/self-evaluation-page').then((m) => ({ default: m.SelfEvaluationPage })));
const ProjectMonitoringPage = lazy(() => import('./pages/monitoring/project-monitoring-page').then((m) => ({ default: m.ProjectMonitoringPage })));
const MonitoringOverviewPage = lazy(() => import('./pages/monitoring/monitoring-overview-page').then((m) => ({ default: m.MonitoringOverviewPage })));
const LibraryPage = lazy(() => import('./pages/library/library-page').then((m) => ({ default: m.LibraryPage })));

/** The app's routes. */
export function createAppRouter() {
  return createBrowserRouter([
    { path: '/login', element: <LoginPage />, errorElement: <RouteError /> },
    {
      path: '/',
      element: <AppShell />,
      errorElement: <RouteError />,
      children: [
        { index: true, element: <HomeRedirect /> },
        { path: 'projects', element: <ProjectListPage /> },
        { path: 'projects/:id', element: <ProjectEditPage /> },
        { path: 'projects/:id/history', element: <HistoryPage /> },
        { path: 'projects/:id/monitoring', element: <ProjectMonitoringPage /> },
        { path: 'projects/:id/self-evaluation', element: <SelfEvaluationPage /> },
        { path: 'monitoring', element: <MonitoringOverviewPage /> },
        { path: 'import', element: <ImportPage /> },
        { path: 'review', element: <ReviewQueuePage /> },
        { path: 'department', element: <DepartmentPage /> },
        { path: 'dashboard', element: <DashboardPage /> },
        { path: 'library', element: <LibraryPage /> },
        { path: 'admin', element: <AdminPage /> },
        { path: 'disclosure', element: <DisclosurePage /> },
        { path: '*', element: <HomeRedirect /> },
      ],
    },
  ]);
}
