import { describe, expect, it } from 'vitest';
import { gramToText, toBigramBitmap, toBigrams } from './char-ngrams';

const texts = (grams: Set<number>): string[] => [...grams].map(gramToText).sort();

describe('toBigrams', () => {
  it('pairs the letters and CJK characters, skipping digits, spaces and punctuation', () => {
    expect(texts(toBigrams('参保率≥95%'))).toEqual(['保率', '参保', '率≥'].sort());
    expect(texts(toBigrams('（1）医保 基金，监管'))).toEqual(['保基', '医保', '基金', '监管', '金监'].sort());
  });

  it('gives the unigram of a one-character text and nothing for an empty one', () => {
    expect(texts(toBigrams('（率）'))).toEqual(['率']);
    expect(toBigrams('2024，').size).toBe(0);
  });

  it('adds to the set it is given', () => {
    const into = toBigrams('医保');
    toBigrams('基金', into);
    expect(texts(into)).toEqual(['医保', '基金']);
  });

  it('hashes the same bigrams into the bitmap', () => {
    const a = toBigramBitmap('医保基金');
    const b = toBigramBitmap('（医保）基金2024');
    expect([...a]).toEqual([...b]);
    expect(a.some((w) => w !== 0)).toBe(true);
  });
});
