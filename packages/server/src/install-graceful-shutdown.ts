import type { FastifyInstance } from 'fastify';

/**
 * On SIGTERM/SIGINT: stop accepting connections, let in-flight requests finish (Fastify's close
 * waits for them; new requests get 503), then run `onClosed` (close the database). A second
 * signal exits at once.
 */
export function installGracefulShutdown(app: FastifyInstance, onClosed: () => Promise<void>, log: (s: string) => void = console.log): void {
  let closing = false;
  const shutdown = (signal: string): void => {
    if (closing) process.exit(1);
    closing = true;
    log(`收到 ${signal}，正在等待进行中的请求完成后关闭……`);
    app
      .close()
      .then(onClosed)
      .then(
        () => process.exit(0),
        (e: unknown) => {
          console.error(e);
          process.exit(1);
        },
      );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}
