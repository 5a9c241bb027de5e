import { DomainError, previewImport, toParseJsonDocument } from '@jixiao/app';
import { actorOf, defineRoute } from '../../route-definition';
import { uploadSlotsOf } from '../../upload-slots';
import { previewImportSchema } from './preview-import.schema';

/**
 * POST /api/imports/preview (multipart, one `file` ≤ 20 MB): parses without writing and returns
 * what was recognised, line by line, under a token valid for 30 minutes.
 */
export const previewImportRoute = defineRoute({
  method: 'POST',
  url: '/api/imports/preview',
  access: 'session',
  summary: '导入预览（不写入）',
  tags: ['imports'],
  schema: previewImportSchema,
  async handler(request, _reply, ctx) {
    const actor = actorOf(request);
    if (!request.isMultipart()) throw new DomainError('unsupported-file', {}, '请以 multipart/form-data 上传文件（字段名 file）');
    // Few uploads are held and parsed at once (429 beyond), whatever the number of clients.
    const release = uploadSlotsOf(ctx).acquire(actor.userId);
    let parsed: Awaited<ReturnType<typeof previewImport>>;
    try {
      const part = await request.file();
      if (!part || part.fieldname !== 'file') throw new DomainError('validation', { field: 'file' }, '请选择要上传的文件（字段名 file）');
      const bytes = new Uint8Array(await part.toBuffer());
      const year = request.query.year;
      parsed = await previewImport(ctx.importTokens, actor, { name: part.filename, bytes }, year ? { fiscalYear: year } : {});
    } finally {
      release();
    }
    const { pending, document } = parsed;
    const json = toParseJsonDocument(document);
    return {
      token: pending.token,
      expiresAt: new Date(pending.expiresAt).toISOString(),
      file: json.file,
      layout: json.layout,
      projects: json.projects,
      departmentTargets: json.departmentTargets,
      issues: json.issues,
      stats: json.stats,
      lines: (document.rows ?? [])
        .filter((r) => r.status !== 'blank')
        .map((r) => ({
          line: r.line ?? null,
          cell: r.cell ?? null,
          page: r.page ?? null,
          text: r.text,
          status: r.status as 'used' | 'boilerplate' | 'unplaced',
        })),
    };
  },
});
