import { describe, expect, it } from 'vitest';
import { parseMoney } from './parse-money';

describe('parseMoney (amounts as printed in the samples)', () => {
  it.each([
    ['55', 'wan', 55_000_000],
    ['7.55万元', 'yuan', 7_550_000],
    ['27.14万', null, 27_140_000],
    ['5,142,114.94', 'yuan', 514_211_494],
    ['0.26万', null, 260_000],
    ['3,360.00元', 'wan', 336_000],
    ['0', 'wan', 0],
    ['7.548108万元', null, 7_548_108],
  ] as const)('%s (%s) → %d fen', (text, scale, fen) => {
    expect(parseMoney(text, scale).fen).toBe(fen);
  });
  it('gives null for an empty cell and refuses text', () => {
    expect(parseMoney('', 'wan')).toEqual({ fen: null, assumedScale: false, ok: true });
    expect(parseMoney('支出功能分类科目', 'yuan').ok).toBe(false);
  });
  it('says when the scale was assumed', () => {
    expect(parseMoney('17.20', null)).toMatchObject({ fen: 17_200_000, assumedScale: true });
  });
});
