import { describe, expect, it } from 'vitest';
import { computeContentFingerprint } from './compute-content-fingerprint';

describe('computeContentFingerprint', () => {
  it('ignores source locations but not raw text fields named source', () => {
    const a = { name: 'x', source: { line: 1 }, indicators: [{ name: 'y', source: { line: 5 } }], raw: { source: '文件' } };
    const b = { name: 'x', source: { line: 9 }, indicators: [{ name: 'y', source: { line: 12 } }], raw: { source: '文件' } };
    expect(computeContentFingerprint(a)).toBe(computeContentFingerprint(b));
    expect(computeContentFingerprint({ ...b, raw: { source: '别的' } })).not.toBe(computeContentFingerprint(a));
  });
});
