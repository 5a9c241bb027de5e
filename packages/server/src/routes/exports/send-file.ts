import type { ExportedFile } from '@jixiao/app';
import type { FastifyReply } from 'fastify';

/** Sends an exported file as a download (RFC 5987 file name for Chinese names). */
export function sendFile(reply: FastifyReply, file: ExportedFile): FastifyReply {
  const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_');
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .header('cache-control', 'no-store')
    .send(Buffer.from(file.bytes));
}
