import { describe, expect, it } from 'vitest';
import { canonicalizeJson } from './canonicalize-json';

describe('canonicalizeJson', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(canonicalizeJson({ b: 1, a: { d: [3, { z: 1, y: undefined }], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,{"z":1}]},"b":1}',
    );
    expect(canonicalizeJson(undefined)).toBe('null');
  });

  it('orders keys by UTF-16 code units, like sort(), for short and long key lists', () => {
    expect(canonicalizeJson({ 年度: 1, Z: 2, a: 3, B: 4, _: 5, 指标: 6, a1: 7, A: 8 })).toBe('{"A":8,"B":4,"Z":2,"_":5,"a":3,"a1":7,"年度":1,"指标":6}');
    const many = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`k${(i * 7) % 40}`, i]));
    const sorted = Object.keys(many).sort();
    expect(Object.keys(JSON.parse(canonicalizeJson(many)) as object)).toEqual(sorted);
    expect(canonicalizeJson(many).indexOf('"k0"')).toBeLessThan(canonicalizeJson(many).indexOf('"k1"'));
    expect(canonicalizeJson(many).indexOf('"k19"')).toBeLessThan(canonicalizeJson(many).indexOf('"k2"'));
  });
});
