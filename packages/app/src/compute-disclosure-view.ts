import {
  checkDepartmentBudget,
  createDisclosureFinding,
  generateDisclosure,
  type DepartmentBudget,
  type DisclosureFinding,
  type GeneratedDisclosure,
  type ClassificationCatalogue,
  type GenerationTemplateId,
} from '@jixiao/core';
import { loadClassificationCatalogue } from './check-disclosure';

/** The generated tables and narrative of a budget with its pre-publication findings. */
export interface DisclosureView {
  /** Null when generation itself failed (then a finding says why). */
  readonly generated: GeneratedDisclosure | null;
  readonly findings: readonly DisclosureFinding[];
  readonly errorCount: number;
  readonly warningCount: number;
  /** Messages about the inputs (no catalogue for the year …). */
  readonly messages: readonly string[];
}

/**
 * Generates every table of the template and runs the checks with the year's classification
 * catalogue. Fails closed: a generator or checker that throws becomes an error finding, so a
 * budget that cannot be generated can never be published.
 */
export async function computeDisclosureView(budget: DepartmentBudget, template: GenerationTemplateId): Promise<DisclosureView> {
  const loaded = await loadCatalogueForYear(budget.fiscalYear);
  const catalogue = loaded.catalogue;
  const findings: DisclosureFinding[] = [];
  let generated: GeneratedDisclosure | null = null;
  try {
    generated = generateDisclosure(budget, { template, catalogue });
  } catch (error) {
    findings.push(failedFinding('generate', '生成公开表格', error));
  }
  try {
    findings.push(...checkDepartmentBudget(budget, { template, catalogue }));
  } catch (error) {
    findings.push(failedFinding('check-budget', '公开前检查', error));
  }
  const errorCount = findings.filter((f) => f.severity === 'error').length;
  return { generated, findings, errorCount, warningCount: findings.filter((f) => f.severity === 'warning').length, messages: loaded.errors };
}

/**
 * The year's classification catalogue; a year without one (the budget is usually prepared before
 * the new catalogue is published) is checked with the latest of the five years before it, and the
 * messages say so. No catalogue at all → null and the message of the missing year.
 */
export async function loadCatalogueForYear(year: number): Promise<{ catalogue: ClassificationCatalogue | null; errors: readonly string[] }> {
  const own = await loadClassificationCatalogue(year);
  if (own.catalogue) return own;
  for (let earlier = year - 1; earlier >= year - 5; earlier--) {
    const loaded = await loadClassificationCatalogue(earlier);
    if (loaded.catalogue) return { catalogue: loaded.catalogue, errors: [`没有 ${year} 年的政府收支分类科目目录，按 ${earlier} 年的科目目录生成和检查，请在 ${year} 年目录发布后核对科目`] };
  }
  return own;
}

function failedFinding(rule: string, what: string, error: unknown): DisclosureFinding {
  return createDisclosureFinding({
    rule,
    message: `${what}未能完成：${error instanceof Error ? error.message : String(error)}`,
    suggestion: '检查预算数据是否完整；此项未完成前不能公开。',
    tables: [],
    evidence: { cannotRun: true },
  });
}
