import { readFileSync } from 'node:fs';
import { checkDisclosureFile, loadClassificationCatalogue, type DisclosureCheckResult } from '../../packages/app/src/index';
import { parseDepartmentBudget, type DepartmentBudget } from '@jixiao/core';

export const SAMPLE_001 = new URL('../../fixtures/samples/001_decf76686d2239b2.txt', import.meta.url);
export const CORRECTED_001 = new URL('./fixtures/001-corrected.txt', import.meta.url);

/** Reads and checks a disclosure file the way the CLI does. */
export async function loadChecked(url: URL): Promise<DisclosureCheckResult> {
  return checkDisclosureFile(new Uint8Array(readFileSync(url)), url.pathname);
}

export { loadClassificationCatalogue };

export const SMALL_DEPARTMENT = new URL('../../fixtures/disclosure/small-department.json', import.meta.url);

/** `fixtures/disclosure/small-department.json` parsed; throws with the parse errors if it has any. */
export function loadSmallDepartment(): DepartmentBudget {
  const parsed = parseDepartmentBudget(JSON.parse(readFileSync(SMALL_DEPARTMENT, 'utf8')));
  if (parsed.errors.length > 0 || !parsed.budget) throw new Error(`small-department.json: ${parsed.errors.join('; ')}`);
  return parsed.budget;
}
