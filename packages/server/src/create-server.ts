import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import { createImportTokenStore, createLoginThrottle, generatePassword, type Db, type PasswordHasher } from '@jixiao/app';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { createArgon2Hasher } from './argon2-hasher';
import { createAuthHook } from './authenticate-request';
import { listRouteDefinitions } from './list-route-definitions';
import { registerApiDocs } from './register-api-docs';
import { registerWebApp } from './register-web-app';
import type { ApiInstance } from './route-definition';
import { sendError } from './send-error';
import { DEFAULT_SERVER_CONFIG, type ServerConfig } from './server-config';
import type { ServerContext } from './server-context';

export interface CreateServerOptions {
  readonly db: Db;
  /** Read-only queries (lists, review queue, reports); default `db`. Pass `Database.readDb` for a replica. */
  readonly readDb?: Db;
  readonly config?: Partial<ServerConfig>;
  /** Password hashing (default argon2id). */
  readonly hasher?: PasswordHasher;
}

/**
 * The Jixiao web server: JSON API under /api (zod-validated, OpenAPI at /api/docs), session
 * cookie + CSRF header auth, helmet with a strict CSP, the built web app with SPA fallback.
 */
export async function createServer(options: CreateServerOptions): Promise<FastifyInstance> {
  const config: ServerConfig = { ...DEFAULT_SERVER_CONFIG, ...options.config };
  const hasher = options.hasher ?? createArgon2Hasher();
  const ctx: ServerContext = {
    db: options.db,
    readDb: options.readDb ?? options.db,
    hasher,
    throttle: createLoginThrottle(config.loginPolicy),
    importTokens: createImportTokenStore(),
    config,
    dummyHash: await hasher.hash(generatePassword()),
  };
  const app = Fastify({
    logger: config.logger,
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler((error, request, reply) => sendError(error, request, reply));
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);
  app.decorateRequest('sessionToken', null);

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        // antd (CSS-in-JS) and Swagger UI set inline styles; scripts stay strictly 'self'.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(config.secureCookies ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    hsts: config.secureCookies,
  });
  await app.register(cookie);
  await app.register(multipart, {
    limits: { fileSize: config.uploadLimit, files: 1, fields: 5, parts: 6, headerPairs: 100 },
  });
  await registerApiDocs(app);

  await app.register(async (api: ApiInstance) => {
    for (const route of listRouteDefinitions()) {
      const { spec } = route;
      api.route({
        method: route.method,
        url: route.url,
        schema: { ...spec.schema, summary: spec.summary, tags: [...spec.tags] },
        onRequest: createAuthHook(ctx, route),
        handler: (request, reply) => spec.handler(request, reply, ctx),
      });
    }
  });
  await registerWebApp(app, config.webDistDir);
  return app;
}
