import { editCuratedEntry } from '@jixiao/app';
import type { LibraryEntryFields } from '@jixiao/storage';
import { actorOf, defineRoute } from '../../route-definition';
import { updateEntrySchema } from './update-entry.schema';

/** PUT /api/library/entries/:id (admin): edits a draft entry; a published one is locked (409). */
export const updateEntryRoute = defineRoute({
  method: 'PUT',
  url: '/api/library/entries/:id',
  access: 'session',
  summary: '修改草稿条目（已发布条目须走变更申请）',
  tags: ['library'],
  schema: updateEntrySchema,
  async handler(request, _reply, ctx) {
    return editCuratedEntry(ctx.db, actorOf(request), request.params.id, request.body.version, request.body.fields as Partial<LibraryEntryFields>);
  },
});
