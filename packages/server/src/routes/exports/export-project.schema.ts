import { EXPORT_FORMATS } from '@jixiao/app';
import { LAYOUTS, type LayoutId } from '@jixiao/core';
import { z } from 'zod';
import { idParamsSchema } from '../../schemas/common.schema';

export const layoutIdSchema = z.enum(Object.keys(LAYOUTS) as [LayoutId, ...LayoutId[]]).default('declaration-000');
export const exportFormatSchema = z.enum(EXPORT_FORMATS).default('pdf');

export const exportProjectSchema = {
  params: idParamsSchema,
  querystring: z.strictObject({ format: exportFormatSchema, layout: layoutIdSchema }),
};
