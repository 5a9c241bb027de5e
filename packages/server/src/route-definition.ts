import type { Actor } from '@jixiao/app';
import type { SessionRecord } from '@jixiao/storage';
import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  FastifySchema,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
  RouteGenericInterface,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ServerContext } from './server-context';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    session: SessionRecord | null;
    sessionToken: string | null;
  }
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** `public`: anyone; `session`: a signed-in user (roles are checked by the use case). */
export type RouteAccess = 'public' | 'session';

export type ApiInstance = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, never, ZodTypeProvider>;

export type ApiRequest<S extends FastifySchema> = FastifyRequest<
  RouteGenericInterface,
  RawServerDefault,
  RawRequestDefaultExpression,
  S,
  ZodTypeProvider
>;

export interface RouteSpec<S extends FastifySchema> {
  readonly method: HttpMethod;
  readonly url: string;
  readonly access: RouteAccess;
  /** Exempt from the CSRF check (only login: there is no session yet). */
  readonly csrfExempt?: boolean;
  readonly summary: string;
  readonly tags: readonly string[];
  readonly schema: S;
  handler(request: ApiRequest<S>, reply: FastifyReply, ctx: ServerContext): Promise<unknown>;
}

/** One API endpoint: its identity (for the authorisation matrix) and how to register it. */
export interface RouteDefinition {
  readonly method: HttpMethod;
  readonly url: string;
  readonly access: RouteAccess;
  readonly csrfExempt: boolean;
  readonly spec: RouteSpec<FastifySchema>;
}

export function defineRoute<S extends FastifySchema>(spec: RouteSpec<S>): RouteDefinition {
  return {
    method: spec.method,
    url: spec.url,
    access: spec.access,
    csrfExempt: spec.csrfExempt ?? false,
    spec: spec as unknown as RouteSpec<FastifySchema>,
  };
}

/** The signed-in actor (the route's `session` access guarantees one). */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new Error('route declared access "session" but has no actor');
  return request.actor;
}
