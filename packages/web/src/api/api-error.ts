import { zhCN, type MessageKey } from '../i18n/zh-CN';
import { translate } from '../i18n/translate';

/** An API failure with the server's code and a Chinese message ready to show. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(status: number, code: string, message: string, details: Readonly<Record<string, unknown>> = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

const CODE_BY_STATUS: Readonly<Record<number, string>> = {
  400: 'validation',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  409: 'version-conflict',
  413: 'payload-too-large',
  415: 'unsupported-file',
  422: 'import-failed',
  429: 'rate-limited',
};

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Maps `{error: {code, message, details}}` (or anything else) to an ApiError with a Chinese message. */
export function toApiError(status: number, body: unknown): ApiError {
  const error = isRecord(body) && isRecord(body['error']) ? body['error'] : {};
  const code = typeof error['code'] === 'string' ? error['code'] : (CODE_BY_STATUS[status] ?? 'unknown');
  const details = isRecord(error['details']) ? error['details'] : {};
  const serverMessage = typeof error['message'] === 'string' && error['message'].trim() !== '' ? error['message'] : null;
  const key = `error.${code}` as MessageKey;
  const fallback = key in zhCN ? translate(zhCN, key) : translate(zhCN, 'error.unknown', { status });
  return new ApiError(status, code, serverMessage ?? fallback, details);
}

/** The error raised when the server cannot be reached. */
export function networkError(): ApiError {
  return new ApiError(0, 'network', translate(zhCN, 'error.network'));
}

/** A message to show for any thrown value. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}
