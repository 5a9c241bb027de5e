import type { Actor } from './actor';
import { DomainError } from './domain-error';
import type { Role } from './role';

/** Throws `forbidden` unless the actor has one of the roles. */
export function requireRole(actor: Actor, roles: readonly Role[]): void {
  if (!roles.includes(actor.role)) throw new DomainError('forbidden', { role: actor.role });
}
