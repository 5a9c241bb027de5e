import type { RouteDefinition } from './route-definition';
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
import { createUserRoute } from './routes/users/create-user';
import { listUsersRoute } from './routes/users/list-users';
import { updateUserRoute } from './routes/users/update-user';

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
    listUsersRoute,
    createUserRoute,
    updateUserRoute,
    listAuditRoute,
    verifyAuditRoute,
    exportProjectRoute,
    exportBatchRoute,
  ];
}
