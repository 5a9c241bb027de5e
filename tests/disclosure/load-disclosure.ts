import { readFileSync } from 'node:fs';
import { checkDisclosureFile, loadClassificationCatalogue, type DisclosureCheckResult } from '../../packages/app/src/index';

export const SAMPLE_001 = new URL('../../fixtures/samples/001_decf76686d2239b2.txt', import.meta.url);
export const CORRECTED_001 = new URL('./fixtures/001-corrected.txt', import.meta.url);

/** Reads and checks a disclosure file the way the CLI does. */
export async function loadChecked(url: URL): Promise<DisclosureCheckResult> {
  return checkDisclosureFile(new Uint8Array(readFileSync(url)), url.pathname);
}

export { loadClassificationCatalogue };
