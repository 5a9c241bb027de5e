import { DISCLOSURE_EXPORT_FORMATS } from '@jixiao/app';
import { z } from 'zod';
import { idParamsSchema } from '../../schemas/common.schema';

export const exportDisclosureSchema = {
  params: idParamsSchema,
  querystring: z.strictObject({
    format: z.enum(DISCLOSURE_EXPORT_FORMATS).default('pdf').describe('docx | pdf | xlsx | datapackage（zip：datapackage.json + 每表一个 CSV）| html（预览，在浏览器中打开）'),
    version: z.coerce.number().int().min(1).optional().describe('已保存的版本号（默认当前版本；已公开的版本冻结不变）'),
  }),
};
