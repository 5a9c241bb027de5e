import type { Project } from '@jixiao/core';
import { createProject } from '@jixiao/app';
import { actorOf, defineRoute } from '../../route-definition';
import { createProjectSchema } from './create-project.schema';

/** POST /api/projects: a new draft in the user's own unit. */
export const createProjectRoute = defineRoute({
  method: 'POST',
  url: '/api/projects',
  access: 'session',
  summary: '新建项目（草稿）',
  tags: ['projects'],
  schema: createProjectSchema,
  async handler(request, reply, ctx) {
    const stored = await createProject(ctx.db, actorOf(request), request.body.project as Project);
    reply.code(201);
    return { id: stored.id, version: stored.version };
  },
});
