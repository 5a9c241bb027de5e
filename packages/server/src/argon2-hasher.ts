import { hash, verify } from '@node-rs/argon2';
import type { PasswordHasher } from '@jixiao/app';

/**
 * argon2id (the library's default algorithm; hashes start with `$argon2id$`) with OWASP's
 * recommended setting m = 19 MiB, t = 2, p = 1.
 */
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function createArgon2Hasher(): PasswordHasher {
  return {
    hash: (password) => hash(password, OPTIONS),
    verify: async (stored, password) => {
      try {
        return await verify(stored, password);
      } catch {
        return false;
      }
    },
  };
}
