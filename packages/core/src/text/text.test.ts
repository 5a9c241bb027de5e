import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-to-text';
import { normalizeText } from './normalize-text';
import { parseChineseNumber } from './parse-chinese-number';
import { toSimplified } from './to-simplified';

describe('text helpers', () => {
  it('normalizeText folds full-width forms and radical look-alikes', () => {
    expect(normalizeText('  ＞＝９０％ ')).toBe('>=90%');
    expect(normalizeText('明⽩卡')).toBe('明白卡');
    expect(normalizeText('全⺠参保')).toBe('全民参保');
    expect(normalizeText('≧90%')).toBe('≥90%');
  });
  it('htmlToText keeps block structure and converts <math> LaTeX (sample 003)', () => {
    expect(htmlToText('<p><b>一、产出指标</b></p> <p>1. 政策知晓率 <math>\\geq 90\\%</math></p>')).toBe('一、产出指标\n1. 政策知晓率 ≥ 90%');
    expect(htmlToText('a &lt;b&gt; &amp; &#8805;1 &#x2264;2')).toBe('a <b> & ≥1 ≤2');
  });
  it('htmlToText is linear on hostile input', () => {
    const deep = '<div>'.repeat(100_000) + 'x' + '</div>'.repeat(100_000);
    expect(htmlToText(deep)).toBe('x');
    expect(htmlToText('<'.repeat(50_000))).toBe('<'.repeat(50_000));
  });
  it('toSimplified folds traditional budget vocabulary', () => {
    expect(toSimplified('績效指標 產出指標 數量指標 滿意度 項目資金')).toBe('绩效指标 产出指标 数量指标 满意度 项目资金');
  });
  it.each([
    ['二', 2], ['十二', 12], ['二十', 20], ['一百零五', 105], ['一千二百三十四', 1234], ['三点五', 3.5], ['两', 2], ['三万', 30000], ['壹佰贰拾', 120], ['九十五', 95],
  ])('parseChineseNumber(%s) = %d', (text, n) => {
    expect(parseChineseNumber(text)).toBe(n);
  });
  it('parseChineseNumber refuses non-numerals', () => {
    expect(parseChineseNumber('提高')).toBeNull();
  });
});
