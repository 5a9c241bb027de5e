import { describe, expect, it } from 'vitest';
import { classifyQualitativeActual, findScoreBand, proposeQualitativeScore, validateQualitativeScore } from './qualitative-band';

describe('R-SE-03 定性 bands 达成 [0.8w,w] / 部分达成 [0.6w,0.8w) / 未达成 [0,0.6w)', () => {
  it('validates the band edges', () => {
    expect(validateQualitativeScore('achieved', 8, 10)).toBe(true);
    expect(validateQualitativeScore('achieved', 10, 10)).toBe(true);
    expect(validateQualitativeScore('achieved', 10.01, 10)).toBe(false);
    expect(validateQualitativeScore('achieved', 7.99, 10)).toBe(false);
    expect(validateQualitativeScore('partial', 7.99, 10)).toBe(true);
    expect(validateQualitativeScore('partial', 8, 10)).toBe(false);
    expect(validateQualitativeScore('partial', 6, 10)).toBe(true);
    expect(validateQualitativeScore('partial', 5.99, 10)).toBe(false);
    expect(validateQualitativeScore('missed', 5.99, 10)).toBe(true);
    expect(validateQualitativeScore('missed', 0, 10)).toBe(true);
    expect(validateQualitativeScore('missed', -0.01, 10)).toBe(false);
    expect(validateQualitativeScore('missed', 6, 10)).toBe(false);
    expect(validateQualitativeScore('partial', 4.2, 7)).toBe(true);
    expect(validateQualitativeScore('achieved', 5.6, 7)).toBe(true);
  });
  it('finds the band of a score and proposes w, 0.7w, 0.3w', () => {
    expect(findScoreBand(16, 20)).toBe('achieved');
    expect(findScoreBand(12, 20)).toBe('partial');
    expect(findScoreBand(11.99, 20)).toBe('missed');
    expect(proposeQualitativeScore('achieved', 20)).toBe(20);
    expect(proposeQualitativeScore('partial', 20)).toBeCloseTo(14, 10);
    expect(proposeQualitativeScore('missed', 20)).toBeCloseTo(6, 10);
  });
  it('reads the band from the actual text', () => {
    expect(classifyQualitativeActual('达成年度指标')).toBe('achieved');
    expect(classifyQualitativeActual('长期有效')).toBe('achieved');
    expect(classifyQualitativeActual('部分达成年度指标并具有一定效果')).toBe('partial');
    expect(classifyQualitativeActual('基本实现')).toBe('partial');
    expect(classifyQualitativeActual('未达成年度指标且效果较差')).toBe('missed');
    expect(classifyQualitativeActual('未完成')).toBe('missed');
    expect(classifyQualitativeActual('无')).toBe('missed');
    expect(classifyQualitativeActual('—')).toBeNull();
    expect(classifyQualitativeActual('')).toBeNull();
  });
});
