import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { sendError } from './send-error';
import { DomainError } from '@jixiao/app';

const MISSING_WEB_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>Jixiao 绩效</title></head>
<body><h1>Jixiao 绩效</h1>
<p>网页前端尚未构建。请在项目目录运行 <code>npm run build:web</code>，然后重新启动服务（或直接运行 <code>npm start</code>，它会自动构建）。</p>
<p>接口文档见 <a href="/api/docs">/api/docs</a>。</p></body></html>`;

/**
 * Serves the built web app with an SPA fallback: any GET outside /api that matches no file gets
 * index.html. Without a build, those paths answer a Chinese page saying how to build it. Unknown
 * /api paths answer the JSON 404.
 */
export async function registerWebApp(app: FastifyInstance, webDistDir: string): Promise<void> {
  const root = resolve(webDistDir);
  const built = existsSync(resolve(root, 'index.html'));
  if (built) await app.register(fastifyStatic, { root, prefix: '/', wildcard: true, index: ['index.html'] });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (path === '/api' || path.startsWith('/api/') || (request.method !== 'GET' && request.method !== 'HEAD')) {
      return sendError(new DomainError('not-found', {}, '接口不存在'), request, reply);
    }
    if (built) return reply.type('text/html; charset=utf-8').sendFile('index.html');
    return reply.code(path === '/' ? 200 : 404).type('text/html; charset=utf-8').send(MISSING_WEB_PAGE);
  });
}
