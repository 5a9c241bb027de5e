import { describe, expect, it } from 'vitest';
import { recognizeDocument, type ImportedDocument } from '@jixiao/core';
import { TRUTH_PROJECTS } from '../support/layout-truth';
import { renderTextLayouts } from '../support/render-text-layouts';

function recognizeText(text: string): ImportedDocument {
  return recognizeDocument({ format: 'txt', rows: text.split('\n').map((l, i) => ({ cells: [l], loc: { line: i + 1 } })), issues: [] }, { file: 'layout.txt' });
}

/** Share of truth indicators found with the same name, category and value text. */
function exactShare(doc: ImportedDocument): number {
  let exact = 0;
  let total = 0;
  for (const truth of TRUTH_PROJECTS) {
    const project = doc.projects.find((p) => p.name === truth.name);
    for (const t of truth.indicators) {
      total++;
      const found = project?.indicators.find((i) => i.name === t.name);
      if (found && found.level1 === t.level1 && found.level2 === t.level2 && found.targetText === t.value) exact++;
    }
  }
  return exact / total;
}

describe('documents in layout families no sample shows', () => {
  for (const layout of renderTextLayouts(TRUTH_PROJECTS)) {
    it(`${layout.id}: both projects, funds exact, ≥95% of indicators exact`, () => {
      const doc = recognizeText(layout.text);
      expect(doc.projects.map((p) => p.name)).toEqual(TRUTH_PROJECTS.map((p) => p.name));
      expect(doc.projects.map((p) => p.funds.total)).toEqual([280_500_000, 36_000_000]);
      expect(exactShare(doc)).toBeGreaterThanOrEqual(0.95);
    });
  }

  it('keeps weights, basis and both targets of the extra-column layout', () => {
    const layout = renderTextLayouts(TRUTH_PROJECTS).find((l) => l.id === 'extra-columns')!;
    const first = recognizeText(layout.text).projects[0]!.indicators[0]!;
    expect(first).toMatchObject({ name: '救助人次', targetText: '≥3500人次', longTermTargetText: '≥3500人次', basis: '历史标准', weight: 5 });
  });

  it('reads actual values and printed scores of a self-evaluation form and reports the stray table tail', () => {
    const layout = renderTextLayouts(TRUTH_PROJECTS).find((l) => l.id === 'self-evaluation-with-tail')!;
    const doc = recognizeText(layout.text);
    expect(doc.layout).toBe('self-evaluation');
    expect(doc.projects[0]!.indicators[0]).toMatchObject({ actualText: '≥3500人次', score: 5 });
    expect(doc.issues.some((i) => i.code === 'unplaced-text' && i.line === 1)).toBe(true);
  });

  it('strips template hints and 必填 marks but keeps them as marks', () => {
    const layout = renderTextLayouts(TRUTH_PROJECTS).find((l) => l.id === 'glued-and-hints')!;
    const p = recognizeText(layout.text).projects[0]!;
    expect(p.indicators[0]!.name).toBe('救助人次');
    expect(p.indicators[0]!.required).toBe(true);
    expect(p.categoryMarks.find((m) => m.level2 === 'quantity')?.required).toBe(true);
  });
});
