import { DEFAULT_LOGIN_POLICY, type LoginPolicy } from '@jixiao/app';

export interface ServerConfig {
  /** Folder of the built web app (packages/web/dist); when missing, `/` explains how to build it. */
  readonly webDistDir: string;
  /** Mark the session cookie Secure (set when served over https, directly or behind a proxy). */
  readonly secureCookies: boolean;
  /** Trust X-Forwarded-* from a reverse proxy (client address for the login rate limit). */
  readonly trustProxy: boolean;
  readonly sessionTtlMs: number;
  readonly loginPolicy: LoginPolicy;
  /** JSON body limit in bytes. */
  readonly bodyLimit: number;
  /** Upload limit in bytes (multipart, one file). */
  readonly uploadLimit: number;
  /** Fastify logger (off in tests). */
  readonly logger: boolean;
}

export const DEFAULT_SERVER_CONFIG: ServerConfig = {
  webDistDir: 'packages/web/dist',
  secureCookies: false,
  trustProxy: false,
  sessionTtlMs: 12 * 60 * 60_000,
  loginPolicy: DEFAULT_LOGIN_POLICY,
  bodyLimit: 2 * 1024 * 1024,
  uploadLimit: 20 * 1024 * 1024,
  logger: false,
};

/** Settings from the environment: JIXIAO_SECURE_COOKIES=1, JIXIAO_TRUST_PROXY=1, JIXIAO_WEB_DIST. */
export function readServerConfig(env: Readonly<Record<string, string | undefined>> = process.env): Partial<ServerConfig> {
  return {
    ...(env.JIXIAO_WEB_DIST ? { webDistDir: env.JIXIAO_WEB_DIST } : {}),
    secureCookies: env.JIXIAO_SECURE_COOKIES === '1',
    trustProxy: env.JIXIAO_TRUST_PROXY === '1',
  };
}
