import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, toParseJsonDocument, type ParseJsonDocument } from '../src/index';

export const SAMPLES_DIR = join(import.meta.dirname, '../../../fixtures/samples');
export const EXPECTED_DIR = join(import.meta.dirname, '../../../fixtures/expected');

export const SAMPLE_FILES = readdirSync(SAMPLES_DIR).filter((f) => f.endsWith('.txt')).sort();

export async function parseSample(file: string): Promise<ParseJsonDocument> {
  const bytes = new Uint8Array(readFileSync(join(SAMPLES_DIR, file)));
  return toParseJsonDocument(await parseDocument(bytes, file));
}
