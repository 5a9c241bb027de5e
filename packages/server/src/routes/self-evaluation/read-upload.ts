import { DomainError } from '@jixiao/app';
import type { FastifyRequest } from 'fastify';

/** The one uploaded `file` of a multipart request. */
export async function readUpload(request: FastifyRequest): Promise<{ name: string; bytes: Uint8Array }> {
  if (!request.isMultipart()) throw new DomainError('unsupported-file', {}, '请以 multipart/form-data 上传文件（字段名 file）');
  const part = await request.file();
  if (!part || part.fieldname !== 'file') throw new DomainError('validation', { field: 'file' }, '请选择要上传的文件（字段名 file）');
  return { name: part.filename, bytes: new Uint8Array(await part.toBuffer()) };
}
