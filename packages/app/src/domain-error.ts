import { isStorageError } from '@jixiao/storage';

/** Every error code a use case may raise, with its HTTP status, CLI exit code and default message. */
export const DOMAIN_ERRORS = {
  validation: { status: 400, exitCode: 2, message: '请求内容不符合要求' },
  unauthenticated: { status: 401, exitCode: 3, message: '请先登录' },
  'invalid-credentials': { status: 401, exitCode: 3, message: '用户名或密码错误' },
  forbidden: { status: 403, exitCode: 4, message: '没有执行此操作的权限' },
  csrf: { status: 403, exitCode: 4, message: '请求缺少有效的安全令牌（CSRF），请刷新页面后重试' },
  'not-found': { status: 404, exitCode: 5, message: '未找到所请求的内容' },
  'version-conflict': { status: 409, exitCode: 6, message: '内容已被他人修改，请查看最新版本后再保存' },
  'invalid-transition': { status: 409, exitCode: 6, message: '当前状态下不能执行此操作' },
  frozen: { status: 409, exitCode: 6, message: '已批复的绩效目标已冻结，如需修改请先申请调整' },
  'not-editable': { status: 409, exitCode: 6, message: '审核中或已办结的绩效目标不能修改' },
  conflict: { status: 409, exitCode: 6, message: '与现有数据冲突' },
  'payload-too-large': { status: 413, exitCode: 2, message: '上传内容过大' },
  'unsupported-file': { status: 415, exitCode: 2, message: '不支持的文件类型' },
  'import-failed': { status: 422, exitCode: 2, message: '文件中未能识别出绩效目标' },
  'rate-limited': { status: 429, exitCode: 7, message: '操作过于频繁，请稍后再试' },
  internal: { status: 500, exitCode: 1, message: '服务器内部错误' },
} as const satisfies Record<string, { status: number; exitCode: number; message: string }>;

export type DomainErrorCode = keyof typeof DOMAIN_ERRORS;

/** The one error type of the use cases: a stable code, params for the caller and a Chinese message. */
export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly params: Readonly<Record<string, unknown>>;

  constructor(code: DomainErrorCode, params: Readonly<Record<string, unknown>> = {}, message?: string) {
    super(message ?? DOMAIN_ERRORS[code].message);
    this.name = 'DomainError';
    this.code = code;
    this.params = params;
  }

  get status(): number {
    return DOMAIN_ERRORS[this.code].status;
  }

  get exitCode(): number {
    return DOMAIN_ERRORS[this.code].exitCode;
  }
}

export function isDomainError(e: unknown, code?: DomainErrorCode): e is DomainError {
  return e instanceof DomainError && (code === undefined || e.code === code);
}

/** Storage errors the caller can act on become domain errors; anything else is returned unchanged. */
export function toDomainError(e: unknown): unknown {
  if (!isStorageError(e)) return e;
  switch (e.code) {
    case 'not-found':
      return new DomainError('not-found', e.params);
    case 'version-conflict':
      return new DomainError('version-conflict', e.params);
    case 'invalid-argument':
      return new DomainError('validation', e.params, invalidArgumentMessage(e.params));
  }
}

function invalidArgumentMessage(params: Readonly<Record<string, unknown>>): string {
  if (params.field === 'username' && params.reason === 'taken') return '用户名已存在';
  if (params.field === 'code' && params.reason === 'taken') return '单位编码已被其他单位使用';
  if (params.field === 'parentId' && params.reason === 'cycle') return '不能把单位移到它自己或它的下级单位之下';
  return DOMAIN_ERRORS.validation.message;
}
