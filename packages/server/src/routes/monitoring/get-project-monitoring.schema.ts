import { idParamsSchema } from '../../schemas/common.schema';
import { monitoringViewSchema } from './monitoring-view.schema';

export const getProjectMonitoringSchema = { params: idParamsSchema, response: { 200: monitoringViewSchema } };
