import { DomainError, importDisclosureFile } from '@jixiao/app';
import { toDisclosureWorkspaceView } from '../../mappers/to-disclosure-workspace-view';
import { actorOf, defineRoute } from '../../route-definition';
import { importDisclosureSchema } from './import-disclosure.schema';

/**
 * POST /api/disclosures/:id/import?version=N (multipart, one `file`): reads a published disclosure
 * (such as last year's) into budget lines, saved as a new draft version; 422 and nothing written
 * when the file holds no readable disclosure.
 */
export const importDisclosureRoute = defineRoute({
  method: 'POST',
  url: '/api/disclosures/:id/import',
  access: 'session',
  summary: '从公开文件导入预算行',
  tags: ['disclosures'],
  schema: importDisclosureSchema,
  async handler(request, _reply, ctx) {
    if (!request.isMultipart()) throw new DomainError('unsupported-file', {}, '请以 multipart/form-data 上传文件（字段名 file）');
    const part = await request.file();
    if (!part || part.fieldname !== 'file') throw new DomainError('validation', { field: 'file' }, '请选择要上传的文件（字段名 file）');
    const bytes = new Uint8Array(await part.toBuffer());
    const result = await importDisclosureFile(ctx.db, actorOf(request), request.params.id, request.query.version, { name: part.filename, bytes });
    return { workspace: toDisclosureWorkspaceView(result.workspace), lineCount: result.lineCount, issues: result.issues.map((i) => ({ ...i, tables: [...i.tables] })) };
  },
});
