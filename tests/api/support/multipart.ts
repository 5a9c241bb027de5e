import { randomBytes } from 'node:crypto';

/** A multipart/form-data body with one file field, for inject(). */
export function multipart(fileName: string, bytes: Uint8Array, field = 'file'): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----jixiao${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${encodeURIComponent(fileName)}"; filename*=UTF-8''${encodeURIComponent(fileName)}\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, Buffer.from(bytes), tail]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
