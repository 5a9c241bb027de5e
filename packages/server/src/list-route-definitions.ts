import type { RouteDefinition } from './route-definition';
import { addExecutionEntryRoute } from './routes/monitoring/add-execution-entry';
import { deleteExecutionEntryRoute } from './routes/monitoring/delete-execution-entry';
import { exportMonitoringRoute } from './routes/monitoring/export-monitoring';
import { getMonitoringOverviewRoute } from './routes/monitoring/get-monitoring-overview';
import { getProjectMonitoringRoute } from './routes/monitoring/get-project-monitoring';
import { importPaymentsRoute } from './routes/monitoring/import-payments';
import { saveCheckpointRoute } from './routes/monitoring/save-checkpoint';
import { saveMonitoringPlanRoute } from './routes/monitoring/save-monitoring-plan';
import { getMeRoute } from './routes/auth/get-me';
import { logInRoute } from './routes/auth/log-in';
import { logOutRoute } from './routes/auth/log-out';
import { listAuditRoute } from './routes/audit/list-audit';
import { verifyAuditRoute } from './routes/audit/verify-audit';
import { getDepartmentTargetRoute } from './routes/department-targets/get-department-target';
import { listDepartmentTargetsRoute } from './routes/department-targets/list-department-targets';
import { cancelImportRoute } from './routes/imports/cancel-import';
import { confirmImportRoute } from './routes/imports/confirm-import';
import { previewImportRoute } from './routes/imports/preview-import';
import { addCommentRoute } from './routes/projects/add-comment';
import { createProjectRoute } from './routes/projects/create-project';
import { getProjectRoute } from './routes/projects/get-project';
import { getVersionRoute } from './routes/projects/get-version';
import { listCommentsRoute } from './routes/projects/list-comments';
import { listProjectsRoute } from './routes/projects/list-projects';
import { listVersionsRoute } from './routes/projects/list-versions';
import { transitionProjectRoute } from './routes/projects/transition-project';
import { updateProjectRoute } from './routes/projects/update-project';
import { listReviewQueueRoute } from './routes/review/list-review-queue';
import { exportBatchRoute } from './routes/exports/export-batch';
import { exportProjectRoute } from './routes/exports/export-project';
import { getHealthRoute } from './routes/system/get-health';
import { createUnitRoute } from './routes/units/create-unit';
import { listUnitsRoute } from './routes/units/list-units';
import { updateUnitRoute } from './routes/units/update-unit';
import { getUnitMonitoringProfileRoute } from './routes/units/get-unit-monitoring-profile';
import { saveUnitMonitoringProfileRoute } from './routes/units/save-unit-monitoring-profile';
import { createUserRoute } from './routes/users/create-user';
import { listUsersRoute } from './routes/users/list-users';
import { updateUserRoute } from './routes/users/update-user';
import { getSelfEvaluationRoute } from './routes/self-evaluation/get-self-evaluation';
import { saveSelfEvaluationRoute } from './routes/self-evaluation/save-self-evaluation';
import { importProjectSelfEvaluationRoute } from './routes/self-evaluation/import-project-self-evaluation';
import { importSelfEvaluationRoute } from './routes/self-evaluation/import-self-evaluation';
import { overrideScoreRoute } from './routes/self-evaluation/override-score';
import { exportSelfEvaluationRoute } from './routes/self-evaluation/export-self-evaluation';
import { summarizeSelfEvaluationsRoute } from './routes/self-evaluation/summarize-self-evaluations';
import { listLibraryRoutes } from './routes/library/list-library-routes';
import { createDisclosureRoute } from './routes/disclosures/create-disclosure';
import { exportDisclosureRoute } from './routes/disclosures/export-disclosure';
import { getDisclosureRoute } from './routes/disclosures/get-disclosure';
import { importDisclosureRoute } from './routes/disclosures/import-disclosure';
import { listDisclosureVersionsRoute } from './routes/disclosures/list-disclosure-versions';
import { listDisclosuresRoute } from './routes/disclosures/list-disclosures';
import { previewDisclosureRoute } from './routes/disclosures/preview-disclosure';
import { publishDisclosureRoute } from './routes/disclosures/publish-disclosure';
import { updateDisclosureRoute } from './routes/disclosures/update-disclosure';

/** Every API endpoint. The authorisation-matrix test fails when one here has no matrix entry. */
export function listRouteDefinitions(): readonly RouteDefinition[] {
  return [
    getHealthRoute,
    logInRoute,
    logOutRoute,
    getMeRoute,
    listProjectsRoute,
    createProjectRoute,
    getProjectRoute,
    updateProjectRoute,
    transitionProjectRoute,
    listVersionsRoute,
    getVersionRoute,
    listCommentsRoute,
    addCommentRoute,
    listReviewQueueRoute,
    previewImportRoute,
    confirmImportRoute,
    cancelImportRoute,
    listDepartmentTargetsRoute,
    getDepartmentTargetRoute,
    listUnitsRoute,
    createUnitRoute,
    updateUnitRoute,
    getUnitMonitoringProfileRoute,
    saveUnitMonitoringProfileRoute,
    listUsersRoute,
    createUserRoute,
    updateUserRoute,
    listAuditRoute,
    verifyAuditRoute,
    exportProjectRoute,
    exportBatchRoute,
    getProjectMonitoringRoute,
    saveMonitoringPlanRoute,
    addExecutionEntryRoute,
    deleteExecutionEntryRoute,
    importPaymentsRoute,
    saveCheckpointRoute,
    exportMonitoringRoute,
    getMonitoringOverviewRoute,
    getSelfEvaluationRoute,
    saveSelfEvaluationRoute,
    importProjectSelfEvaluationRoute,
    importSelfEvaluationRoute,
    overrideScoreRoute,
    exportSelfEvaluationRoute,
    summarizeSelfEvaluationsRoute,
    ...listLibraryRoutes(),
    listDisclosuresRoute,
    createDisclosureRoute,
    getDisclosureRoute,
    updateDisclosureRoute,
    previewDisclosureRoute,
    publishDisclosureRoute,
    listDisclosureVersionsRoute,
    importDisclosureRoute,
    exportDisclosureRoute,
  ];
}
