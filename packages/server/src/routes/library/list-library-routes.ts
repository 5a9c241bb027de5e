import type { RouteDefinition } from '../../route-definition';
import { benchmarkProjectRoute } from './benchmark-project';
import { createEntryRoute } from './create-entry';
import { decideChangeRoute } from './decide-change';
import { getLibraryDashboardRoute } from './get-library-dashboard';
import { listChangeRequestsRoute } from './list-change-requests';
import { listEntriesRoute } from './list-entries';
import { listLibraryRoute } from './list-library';
import { listPublicationsRoute } from './list-publications';
import { publishEntryRoute } from './publish-entry';
import { requestChangeRoute } from './request-change';
import { setPublicationRoute } from './set-publication';
import { suggestForProjectRoute } from './suggest-for-project';
import { suggestIndicatorsRoute } from './suggest-indicators';
import { updateEntryRoute } from './update-entry';

/** The indicator library's endpoints (issue 8): library, suggestions, benchmark, dashboard, curation. */
export function listLibraryRoutes(): readonly RouteDefinition[] {
  return [
    listLibraryRoute,
    suggestIndicatorsRoute,
    suggestForProjectRoute,
    benchmarkProjectRoute,
    getLibraryDashboardRoute,
    listEntriesRoute,
    createEntryRoute,
    updateEntryRoute,
    publishEntryRoute,
    requestChangeRoute,
    listChangeRequestsRoute,
    decideChangeRoute,
    listPublicationsRoute,
    setPublicationRoute,
  ];
}
