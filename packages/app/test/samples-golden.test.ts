import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPECTED_DIR, SAMPLE_FILES, parseSample } from './sample-fixtures';

// Golden files pin the full parse of every sample; regenerate with `npx tsx scripts/update-golden.ts`
// and read the diff before committing it.
describe('sample documents import completely (golden files)', () => {
  for (const file of SAMPLE_FILES) {
    it(file, async () => {
      const doc = await parseSample(file);
      const expectedPath = join(EXPECTED_DIR, file.replace(/\.txt$/, '.json'));
      expect(existsSync(expectedPath), `missing golden file ${expectedPath}`).toBe(true);
      expect(JSON.parse(JSON.stringify(doc))).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }
});
