import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from './parse-chinese-number';

describe('parseChineseNumber', () => {
  it.each([
    ['二', 2], ['十', 10], ['十二', 12], ['二十', 20], ['九十五', 95], ['一百零五', 105], ['一百一十', 110], ['一千二百三十四', 1234],
    ['一千零一十', 1010], ['三点五', 3.5], ['零点五', 0.5], ['两', 2], ['两千', 2000], ['〇', 0], ['零', 0], ['三万', 30000],
    ['十万', 100000], ['一万二千', 12000], ['一万零五', 10005], ['五千万', 50000000], ['一亿三千万', 130000000], ['三亿', 300000000],
    ['壹佰贰拾', 120], ['叁仟肆佰伍拾陆', 3456], ['玖拾', 90], ['二〇二四', 2024], [' 十二 ', 12],
  ])('%s → %d', (text, n) => {
    expect(parseChineseNumber(text)).toBe(n);
  });

  it.each(['', '提高', '一致', '十十', '百分之九十五', '三点', '点五', '12', '二x', '万万'])('%j is not a numeral', (text) => {
    expect(parseChineseNumber(text)).toBeNull();
  });

  it('reads back every integer written the standard way', () => {
    const digits = '零一二三四五六七八九';
    const write = (n: number): string => {
      if (n === 0) return '零';
      const section = (v: number): string => {
        let out = '';
        let zero = false;
        for (const [unit, size] of [['千', 1000], ['百', 100], ['十', 10], ['', 1]] as const) {
          const d = Math.floor(v / size) % 10;
          if (d === 0) {
            zero = out !== '';
            continue;
          }
          if (zero) out += '零';
          zero = false;
          out += digits[d] + unit;
        }
        return out;
      };
      const high = Math.floor(n / 10000);
      const low = n % 10000;
      if (high === 0) return section(low);
      return section(high) + '万' + (low === 0 ? '' : (low < 1000 ? '零' : '') + section(low));
    };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), (n) => {
        expect(parseChineseNumber(write(n))).toBe(n);
      }),
    );
  });
});
