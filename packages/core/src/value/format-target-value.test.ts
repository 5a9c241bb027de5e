import { describe, expect, it } from 'vitest';
import { formatValueNumber, formatTargetValue } from './format-target-value';
import { parseTargetValue } from './parse-target-value';

describe('formatTargetValue', () => {
  it.each([
    ['≥8万册', '≥ 80000 册'],
    ['≤197.36元/人/年', '≤ 197.36 元/人/年'],
    ['100%', '= 100 %'],
    ['≥100', '≥ 100'],
    ['有所提高', '定性：有所提高'],
    ['2024年内', '≤ 2024 年'],
    ['2024年1月-12月', '= 2024年1-12月'],
    ['2024年12月31日前', '≤ 2024年12月31日'],
    ['12月底前', '≤ 12月底'],
    ['在职14人；临聘32人', '在职 = 14 人；临聘 = 32 人'],
    ['合计46人；在职：14人；临聘人员32人', '合计 = 46 人；在职 = 14 人；临聘人员 = 32 人'],
  ])('%s → %s', (text, shown) => {
    const t = parseTargetValue(text).target!;
    expect(formatTargetValue(t)).toBe(shown);
    expect(formatTargetValue(parseTargetValue(shown).target!)).toBe(shown);
  });

  it('prints numbers without exponents', () => {
    expect(formatValueNumber(1e21)).toBe('1000000000000000000000');
    expect(formatValueNumber(1.5e-7)).toBe('0.00000015');
    expect(formatValueNumber(-2.5e-8)).toBe('-0.000000025');
    expect(formatValueNumber(481000)).toBe('481000');
  });
});
