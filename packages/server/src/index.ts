export { createServer, type CreateServerOptions } from './create-server';
export { DEFAULT_SERVER_CONFIG, readServerConfig, type ServerConfig } from './server-config';
export { createArgon2Hasher } from './argon2-hasher';
export { installGracefulShutdown } from './install-graceful-shutdown';
export { listRouteDefinitions } from './list-route-definitions';
export { SESSION_COOKIE, CSRF_HEADER } from './authenticate-request';
export type { RouteDefinition, RouteAccess, HttpMethod } from './route-definition';
