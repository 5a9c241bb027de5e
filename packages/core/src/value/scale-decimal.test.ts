import { describe, expect, it } from 'vitest';
import { scaleDecimal } from './scale-decimal';

describe('scaleDecimal', () => {
  it.each([
    ['48.10', 4, 481000], ['48.1', 4, 481000], ['0.07', 4, 700], ['1.0001', 4, 10001], ['15.60', 4, 156000], ['8', 4, 80000],
    ['0.0003', 8, 30000], ['1,234.5', 3, 1234500], ['1.23456', 4, 12345.6], ['-1.5', 4, -15000],
  ])('%s × 10^%d = %d', (text, power, value) => {
    expect(scaleDecimal(text, power)).toBe(value);
  });
});
