import { describe, expect, it } from 'vitest';
import { computeRateRange } from './yoy-arithmetic';

describe('computeRateRange', () => {
  it('allows 001 机关运行经费 67.02% (9.32万元 exact 93,246.85 元, +3.74万元)', () => {
    const [lo, hi] = computeRateRange([9324685, 9324685], [3740000 - 5000, 3740000 + 5000], 'increase');
    expect(lo).toBeLessThan(67.02);
    expect(hi).toBeGreaterThan(67.02);
  });
  it('rejects a rate the numbers cannot give (514.21, −138.44 → 21.21%, not 25.00%)', () => {
    const [lo, hi] = computeRateRange([514211494, 514211494], [138440000 - 5000, 138440000 + 5000], 'decrease');
    expect(lo).toBeLessThan(21.215);
    expect(hi).toBeGreaterThan(21.205);
    expect(hi).toBeLessThan(25);
  });
});
