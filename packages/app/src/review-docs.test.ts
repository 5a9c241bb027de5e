import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateReviewDocs } from '../../../scripts/generate-review-docs';

describe('docs/review-rules.md', () => {
  it('equals the output generated from the rule registry (run `npx tsx scripts/generate-review-docs.ts`)', () => {
    const committed = readFileSync(new URL('../../../docs/review-rules.md', import.meta.url), 'utf8');
    expect(committed).toBe(generateReviewDocs());
  });
});
