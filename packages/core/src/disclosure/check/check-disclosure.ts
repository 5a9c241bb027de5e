import type { ClassificationCatalogue } from '../model/classification-catalogue';
import type { Disclosure } from '../model/disclosure';
import { createDisclosureFinding, type DisclosureCheck, type DisclosureFinding } from './disclosure-check';
import { DISCLOSURE_CHECKS } from './disclosure-checks';

export interface CheckDisclosureOptions {
  readonly catalogue?: ClassificationCatalogue | null;
  readonly checks?: readonly DisclosureCheck[];
}

/**
 * Runs every pre-publication check on a disclosure. Fails closed: a check that throws, and every
 * table the reader could not read, becomes a finding instead of silence.
 */
export function checkDisclosure(disclosure: Disclosure, options: CheckDisclosureOptions = {}): DisclosureFinding[] {
  const ctx = { disclosure, catalogue: options.catalogue ?? null };
  const out: DisclosureFinding[] = disclosure.readProblems.map((p) =>
    createDisclosureFinding({ rule: 'read-tables', message: `无法核对：${p.message}`, tables: [p.table], evidence: { cannotRun: true, line: p.line } }),
  );
  for (const check of options.checks ?? DISCLOSURE_CHECKS) {
    try {
      out.push(...check.run(ctx));
    } catch (error) {
      out.push(createDisclosureFinding({ rule: check.id, message: `检查“${check.title}”未能完成：${error instanceof Error ? error.message : String(error)}`, tables: [], evidence: { cannotRun: true } }));
    }
  }
  return out;
}
