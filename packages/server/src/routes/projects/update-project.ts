import type { Project } from '@jixiao/core';
import { saveProject } from '@jixiao/app';
import { actorOf, defineRoute } from '../../route-definition';
import { updateProjectSchema } from './update-project.schema';

/** PUT /api/projects/:id: optimistic save; 409 `version-conflict` (with the current version), `frozen` or `not-editable`. */
export const updateProjectRoute = defineRoute({
  method: 'PUT',
  url: '/api/projects/:id',
  access: 'session',
  summary: '保存项目（版本检查）',
  tags: ['projects'],
  schema: updateProjectSchema,
  async handler(request, _reply, ctx) {
    const { version, project, changeNote } = request.body;
    const saved = await saveProject(ctx.db, actorOf(request), request.params.id, version, project as Project, changeNote ?? null);
    return { version: saved.version };
  },
});
