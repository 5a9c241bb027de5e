import { dashboardSchema } from '../../schemas/library.schema';

export const getLibraryDashboardSchema = { response: { 200: dashboardSchema } };
