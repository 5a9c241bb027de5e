import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '@jixiao/app';

const DIR = join(import.meta.dirname, '../../fixtures/formats');

interface Truth {
  projects: { name: string; funds: { total: number | null }; indicators: { level1: string; level2: string; name: string; targetText: string }[] }[];
}

// Documents built by hand in the samples' layouts, in Word, Excel, HTML, PDF and other encodings.
const truths = readdirSync(DIR).filter((f) => f.endsWith('.truth.json'));

describe('documents in every supported format import against their truth', () => {
  for (const truthFile of truths) {
    const file = truthFile.replace(/\.truth\.json$/, '');
    it(`${file}: every project, funds exact, ≥95% of indicators exact`, async () => {
      const truth = JSON.parse(readFileSync(join(DIR, truthFile), 'utf8')) as Truth;
      const doc = await parseDocument(new Uint8Array(readFileSync(join(DIR, file))), file);
      expect(doc.projects.map((p) => p.name)).toEqual(truth.projects.map((p) => p.name));
      expect(doc.projects.map((p) => (p.funds.total === null ? null : p.funds.total / 100))).toEqual(truth.projects.map((p) => p.funds.total));
      let exact = 0;
      let total = 0;
      const misses: string[] = [];
      truth.projects.forEach((tp, k) => {
        for (const ti of tp.indicators) {
          total++;
          const got = doc.projects[k]?.indicators.find((i) => i.name === ti.name);
          if (got && got.level1 === ti.level1 && got.level2 === ti.level2 && got.targetText === ti.targetText) exact++;
          else misses.push(`${ti.name}: ${JSON.stringify(got ? [got.level1, got.level2, got.targetText] : null)}`);
        }
      });
      expect(exact / total, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    });
  }
});
