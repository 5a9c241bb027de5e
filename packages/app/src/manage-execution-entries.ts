import { readPaymentAmount, readPaymentDate } from '@jixiao/core';
import { deleteExecutionEntry, insertExecutionEntries, type ExecutionEntry } from '@jixiao/storage';
import type { Actor } from './actor';
import type { Db } from './db';
import { DomainError, toDomainError } from './domain-error';
import { loadMonitoredProject } from './project-monitoring';

/** Adds one typed-in execution entry (date, amount in 元 as text or fen, note). */
export async function addExecutionEntry(
  db: Db,
  actor: Actor,
  projectId: string,
  input: { readonly paidOn: string; readonly amountYuan?: string; readonly amount?: number; readonly note?: string },
): Promise<ExecutionEntry> {
  await loadMonitoredProject(db, actor, projectId, true);
  const paidOn = readPaymentDate(input.paidOn);
  if (!paidOn) throw new DomainError('validation', { field: 'paidOn' }, `支付日期“${input.paidOn}”无法识别，应写作 2024-03-15`);
  const amount = input.amount ?? (input.amountYuan !== undefined ? readPaymentAmount(input.amountYuan, 'yuan') : null);
  if (amount == null || !Number.isSafeInteger(amount) || amount === 0) {
    throw new DomainError('validation', { field: 'amount' }, `金额“${input.amountYuan ?? String(input.amount ?? '')}”不是精确到分的非零元数`);
  }
  const [entry] = await insertExecutionEntries(db, projectId, [{ paidOn, amount, note: (input.note ?? '').trim() }], { source: 'manual', actor: actor.username });
  return entry!;
}

/** Deletes one execution entry of the project. */
export async function removeExecutionEntry(db: Db, actor: Actor, projectId: string, entryId: string): Promise<void> {
  await loadMonitoredProject(db, actor, projectId, true);
  try {
    await deleteExecutionEntry(db, projectId, entryId, actor.username);
  } catch (e) {
    throw toDomainError(e);
  }
}
