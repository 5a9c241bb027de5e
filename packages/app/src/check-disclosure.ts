import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { recognizeDocument } from '@jixiao/core';
import { readDocument } from '@jixiao/formats';
// The disclosure module is not yet re-exported from @jixiao/core's index (outside this change's files).
import {
  buildClassificationCatalogue,
  checkDisclosure,
  readDisclosure,
  toDisclosureRows,
  type ClassificationCatalogue,
  type Disclosure,
  type DisclosureFinding,
} from '@jixiao/core';

const CATALOGUE_ROOT = fileURLToPath(new URL('../../../fixtures/catalogues/', import.meta.url));

export interface LoadedCatalogue {
  readonly catalogue: ClassificationCatalogue | null;
  readonly errors: readonly string[];
}

/** Loads fixtures/catalogues/<year>/*.csv; a missing year gives a null catalogue and a message. */
export async function loadClassificationCatalogue(year: number, root: string = CATALOGUE_ROOT): Promise<LoadedCatalogue> {
  const dir = `${root.replace(/\/?$/, '/')}${year}/`;
  try {
    const [functionCodes, deptEconomic, govEconomic, crosswalk] = await Promise.all(
      ['function-codes.csv', 'dept-economic.csv', 'gov-economic.csv', 'economic-crosswalk.csv'].map((f) => readFile(dir + f, 'utf8')),
    );
    return buildClassificationCatalogue(year, { functionCodes: functionCodes!, deptEconomic: deptEconomic!, govEconomic: govEconomic!, crosswalk: crosswalk! });
  } catch {
    return { catalogue: null, errors: [`没有 ${year} 年的政府收支分类科目目录（${dir}）`] };
  }
}

export interface DisclosureCheckResult {
  /** 'unreadable': the file could not be read; 'no-disclosure': no disclosure tables or narrative found. */
  readonly status: 'checked' | 'unreadable' | 'no-disclosure';
  readonly file: string;
  readonly disclosure: Disclosure | null;
  readonly findings: readonly DisclosureFinding[];
  readonly messages: readonly string[];
}

/** Reads a disclosure file, reuses the importer's reading of the target tables, and runs the pre-publication checks. */
export async function checkDisclosureFile(bytes: Uint8Array, fileName: string, options: { fiscalYear?: number; catalogueRoot?: string } = {}): Promise<DisclosureCheckResult> {
  const doc = await readDocument(bytes, fileName);
  if (doc.rows.length === 0) return { status: 'unreadable', file: fileName, disclosure: null, findings: [], messages: doc.issues.map((i) => i.message) };
  const imported = recognizeDocument(doc, { file: fileName });
  const disclosure = readDisclosure(toDisclosureRows(doc), { targets: imported });
  if (disclosure.tables.length === 0 && disclosure.catalogue.length === 0)
    return { status: 'no-disclosure', file: fileName, disclosure, findings: [], messages: ['文件中没有找到部门预算公开的报表（表1…表16）或报表目录'] };
  const year = options.fiscalYear ?? disclosure.fiscalYear;
  const loaded = year ? await loadClassificationCatalogue(year, options.catalogueRoot) : { catalogue: null, errors: ['无法确定预算年度'] };
  const findings = checkDisclosure(disclosure, { catalogue: loaded.catalogue });
  return { status: 'checked', file: fileName, disclosure, findings, messages: [...loaded.errors] };
}
