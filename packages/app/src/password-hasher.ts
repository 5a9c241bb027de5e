/** Port for password hashing (argon2id in the server); the use cases never see a plain algorithm. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}

export const MIN_PASSWORD_LENGTH = 8;
