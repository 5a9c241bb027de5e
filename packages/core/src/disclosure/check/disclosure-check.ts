import type { EvidenceValue, Finding, FindingSeverity } from '../../review/finding';
import type { ClassificationCatalogue } from '../model/classification-catalogue';
import type { Disclosure } from '../model/disclosure';

/** A review finding about a disclosure, naming the tables on both sides of the mismatch. */
export interface DisclosureFinding extends Finding {
  readonly tables: readonly string[];
}

export interface DisclosureCheckContext {
  readonly disclosure: Disclosure;
  /** The year's classification catalogue, or null when none was loaded (checks needing it report that). */
  readonly catalogue: ClassificationCatalogue | null;
}

/** One pre-publication check of disclosure-checks.md, as a registry entry. */
export interface DisclosureCheck {
  /** Stable kebab-case id. */
  readonly id: string;
  /** Number of the check in disclosure-checks.md (1–19). */
  readonly clause: number;
  readonly title: string;
  readonly run: (ctx: DisclosureCheckContext) => DisclosureFinding[];
}

export interface DisclosureFindingInput {
  readonly rule: string;
  readonly severity?: FindingSeverity;
  readonly message: string;
  readonly suggestion?: string;
  readonly tables: readonly string[];
  readonly field?: string;
  readonly evidence: Readonly<Record<string, EvidenceValue>>;
}

/** Builds a finding in the review finding shape, category disclosure-mismatch. */
export function createDisclosureFinding(input: DisclosureFindingInput): DisclosureFinding {
  const severity = input.severity ?? 'error';
  return {
    rule: input.rule,
    category: 'disclosure-mismatch',
    severity,
    dimension: input.tables.length === 0 || input.rule === 'template-tables' ? '完整性' : '适当性',
    blocking: severity === 'error',
    message: input.message,
    suggestion: input.suggestion ?? '核对两处数字的来源，改正有误的一处后重新生成公开文件。',
    location: { project: null, indicator: null, field: input.field ?? input.tables.join('/') },
    tables: input.tables,
    evidence: input.evidence,
  };
}

/** The finding a check gives when a table or number it needs is missing (fail closed). */
export function createCannotRunFinding(rule: string, tables: readonly string[], what: string): DisclosureFinding {
  return createDisclosureFinding({
    rule,
    severity: 'warning',
    message: `无法核对：${what}`,
    suggestion: '补齐缺少的表格或数字后重新检查；在此之前不能认为这一项已经通过。',
    tables,
    evidence: { cannotRun: true, missing: what },
  });
}
