import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize-text';

describe('normalizeText', () => {
  it.each([
    ['  ＞＝９０％ ', '>=90%'],
    ['≧90%', '≥90%'],
    ['≦４月', '≤4月'],
    ['明⽩卡', '明白卡'],
    ['全⺠参保', '全民参保'],
    ['项目资金（万元）：７．５', '项目资金(万元):7.5'],
    ['95\u00a0%', '95 %'],
    ['有所\u3000\u3000提高', '有所 提高'],
    ['a\t \tb', 'a b'],
    ['一行 \r\n  二行 ', '一行\n二行'],
    ['①', '1'],
    ['200㎡', '200m2'],
    ['绩效目标', '绩效目标'],
    ['>=48.10万人', '>=48.10万人'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('returns plain text unchanged (same string)', () => {
    const s = '≥8万册';
    expect(normalizeText(s)).toBe(s);
  });

  it('is linear on long input', () => {
    const long = '９０％\u3000'.repeat(500_000);
    expect(normalizeText(long).length).toBe(4 * 500_000 - 1);
  });
});
