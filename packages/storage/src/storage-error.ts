export type StorageErrorCode = 'version-conflict' | 'not-found' | 'invalid-argument';

/**
 * A storage failure the caller can act on, shaped like the domain's `DomainError`: a string code
 * plus params (e.g. `{ currentVersion }` for `version-conflict`), mapped to HTTP/CLI by the caller.
 */
export class StorageError extends Error {
  readonly code: StorageErrorCode;
  readonly params: Readonly<Record<string, unknown>>;

  constructor(code: StorageErrorCode, params: Readonly<Record<string, unknown>> = {}, message?: string) {
    super(message ?? `${code} ${JSON.stringify(params)}`);
    this.name = 'StorageError';
    this.code = code;
    this.params = params;
  }
}

export function isStorageError(e: unknown, code?: StorageErrorCode): e is StorageError {
  return e instanceof StorageError && (code === undefined || e.code === code);
}
