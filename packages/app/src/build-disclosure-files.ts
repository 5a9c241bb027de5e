import {
  budgetFromDisclosure,
  generateDisclosure,
  parseDepartmentBudget,
  readDisclosure,
  recognizeDocument,
  renderDisclosureText,
  toDisclosureRows,
  type BudgetFromDisclosureIssue,
  type DepartmentBudget,
  type GeneratedDisclosure,
  type GenerationTemplateId,
} from '@jixiao/core';
import { readDocument } from '@jixiao/formats';
import { buildDisclosureDataPackage, renderDisclosureDocx, renderDisclosurePdf, renderDisclosureXlsx, type RenderPdfOptions } from '@jixiao/render';
import { loadClassificationCatalogue } from './check-disclosure';
import { DomainError } from './domain-error';

export const DISCLOSURE_BUILD_FORMATS = ['docx', 'pdf', 'xlsx', 'datapackage', 'txt', 'json'] as const;
export type DisclosureBuildFormat = (typeof DISCLOSURE_BUILD_FORMATS)[number];

/** A published disclosure file (txt, docx, pdf, xlsx, html) read back into a department budget. */
export async function readBudgetFromDisclosureFile(bytes: Uint8Array, fileName: string): Promise<{ budget: DepartmentBudget; issues: BudgetFromDisclosureIssue[] }> {
  const doc = await readDocument(bytes, fileName);
  if (doc.rows.length === 0) throw new DomainError('import-failed', {}, `无法读取文件“${fileName}”：${doc.issues.map((i) => i.message).join('；') || '文件中没有文字'}`);
  const imported = recognizeDocument(doc, { file: fileName });
  const disclosure = readDisclosure(toDisclosureRows(doc), { targets: imported });
  if (disclosure.tables.length === 0 && disclosure.catalogue.length === 0) throw new DomainError('import-failed', {}, `文件“${fileName}”中没有找到部门预算公开的报表（表1…表16）或报表目录`);
  return budgetFromDisclosure(disclosure, imported);
}

/** Line and column (1-based) of a character offset in a text. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/**
 * A budget JSON file (DepartmentBudget, schemaVersion 1). Bad JSON is refused with its line and
 * column; a wrong shape with the JSON path of every problem (lines[3].amount …), in Chinese.
 */
export function readBudgetJson(text: string, fileName = '预算 JSON'): DepartmentBudget {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    const where = at ? lineAndColumn(text.replace(/^\uFEFF/, ''), Number(at[1])) : null;
    const detail = text.trim() === '' ? '文件为空' : /Unexpected end/.test(message) ? '内容不完整（括号或引号未闭合）' : '语法错误';
    throw new DomainError('validation', where ? { line: where.line, column: where.column } : {}, `${fileName} 不是有效的 JSON：${where ? `第 ${where.line} 行第 ${where.column} 列` : ''}${detail}（${message}）`);
  }
  const { budget, errors } = parseDepartmentBudget(value);
  if (!budget) throw new DomainError('validation', { errors }, `${fileName} 不符合部门预算数据格式：${errors.join('；')}`);
  return budget;
}

export interface BuiltDisclosureFile {
  /** Path relative to the output (a single file: ''; a data package: 'datapackage.json', 'data/table-1.csv' …). */
  readonly path: string;
  readonly bytes: Uint8Array;
}

/** Generates a budget's disclosure with its year's catalogue and renders it in one format. */
export async function buildDisclosureFiles(
  budget: DepartmentBudget,
  options: { template: GenerationTemplateId; format: DisclosureBuildFormat; catalogueRoot?: string; pdf?: RenderPdfOptions },
): Promise<{ generated: GeneratedDisclosure; files: BuiltDisclosureFile[]; messages: string[] }> {
  const { catalogue, errors } = await loadClassificationCatalogue(budget.fiscalYear, options.catalogueRoot);
  const generated = generateDisclosure(budget, { template: options.template, catalogue });
  const utf8 = (s: string) => new TextEncoder().encode(s);
  const single = (bytes: Uint8Array): BuiltDisclosureFile[] => [{ path: '', bytes }];
  const files =
    options.format === 'docx' ? single(await renderDisclosureDocx(generated))
    : options.format === 'pdf' ? single(await renderDisclosurePdf(generated, options.pdf))
    : options.format === 'xlsx' ? single(await renderDisclosureXlsx(generated))
    : options.format === 'txt' ? single(utf8(renderDisclosureText(generated)))
    : options.format === 'json' ? single(utf8(`${JSON.stringify(budget, null, 2)}\n`))
    : buildDisclosureDataPackage(generated).map((f) => ({ path: f.path, bytes: utf8(f.content) }));
  return { generated, files, messages: [...errors] };
}
