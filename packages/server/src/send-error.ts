import { DOMAIN_ERRORS, DomainError, isDomainError, toDomainError, type DomainErrorCode } from '@jixiao/app';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';

/** Fastify and plugin error codes → domain codes (everything else is a 500). */
const FRAMEWORK_CODES: Readonly<Record<string, { code: DomainErrorCode; message: string }>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'payload-too-large', message: '请求内容过大' },
  FST_REQ_FILE_TOO_LARGE: { code: 'payload-too-large', message: '文件过大，上限 20 MB' },
  FST_FILES_LIMIT: { code: 'payload-too-large', message: '一次只能上传一个文件' },
  FST_PARTS_LIMIT: { code: 'payload-too-large', message: '上传的表单字段过多' },
  FST_FIELDS_LIMIT: { code: 'payload-too-large', message: '上传的表单字段过多' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'unsupported-file', message: '不支持的请求内容类型' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: { code: 'unsupported-file', message: '请以 multipart/form-data 上传文件' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'validation', message: '请求内容为空' },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'validation', message: '请求内容不是有效的 JSON' },
  FST_ERR_VALIDATION: { code: 'validation', message: DOMAIN_ERRORS.validation.message },
};

/** The error handler: every failure leaves as `{error: {code, message, details}}` with the table's status. */
export function sendError(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const domain = toApiError(error);
  if (domain.status >= 500) request.log.error({ err: error }, 'request failed');
  if (domain.code === 'rate-limited' && typeof domain.params.retryAfterSeconds === 'number') {
    reply.header('retry-after', String(domain.params.retryAfterSeconds));
  }
  const details = Object.keys(domain.params).length > 0 ? domain.params : undefined;
  return reply
    .code(domain.status)
    .type('application/json; charset=utf-8')
    .send(JSON.stringify({ error: { code: domain.code, message: domain.message, ...(details ? { details } : {}) } }));
}

function toApiError(error: unknown): DomainError {
  const mapped = toDomainError(error);
  if (isDomainError(mapped)) return mapped;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues = error.validation.map((v) => ({ path: v.instancePath || '/', message: v.message ?? '' }));
    const where = issues[0] ? `（${issues[0].path}：${issues[0].message}）` : '';
    return new DomainError('validation', { issues, context: error.validationContext }, `请求内容不符合要求${where}`);
  }
  if (isResponseSerializationError(error)) return new DomainError('internal');
  const fe = error as Partial<FastifyError>;
  const known = fe.code ? FRAMEWORK_CODES[fe.code] : undefined;
  if (known) return new DomainError(known.code, {}, known.message);
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    if (fe.statusCode === 413) return new DomainError('payload-too-large');
    if (fe.statusCode === 415) return new DomainError('unsupported-file');
    if (fe.statusCode === 404) return new DomainError('not-found');
    return new DomainError('validation', {}, fe.message ? `请求无效：${fe.message}` : DOMAIN_ERRORS.validation.message);
  }
  return new DomainError('internal');
}
