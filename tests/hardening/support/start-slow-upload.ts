import { request as httpRequest } from 'node:http';
import { multipart } from '../../api/support/multipart';
import type { HttpSession } from './http-session';

export interface SlowUpload {
  /** The answer, once the rest of the body was sent by finish(). */
  readonly response: Promise<{ status: number; body: string }>;
  /** Sends the second half of the body. */
  finish(): void;
}

/**
 * POST /api/imports/preview over a connection of its own, sending only the first half of the
 * multipart body: the request is in flight (its handler running, waiting for the rest) until
 * finish() is called.
 */
export function startSlowUpload(baseUrl: string, session: HttpSession, fileName: string, bytes: Uint8Array): SlowUpload {
  const { payload, headers } = multipart(fileName, bytes);
  const url = new URL(baseUrl);
  const half = Math.floor(payload.length / 2);
  let finish!: () => void;
  const response = new Promise<{ status: number; body: string }>((resolveResponse, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        method: 'POST',
        path: '/api/imports/preview',
        agent: false,
        headers: { ...headers, cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-length': payload.length },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolveResponse({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.write(payload.subarray(0, half));
    finish = () => req.end(payload.subarray(half));
  });
  return { response, finish: () => finish() };
}
