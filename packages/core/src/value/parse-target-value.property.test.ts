import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatValueNumber, formatTargetValue } from './format-target-value';
import { parseTargetValue } from './parse-target-value';
import { MAX_RAW_VALUE_CHARS } from './prepare-value-text';

const read = (text: string) => parseTargetValue(text).target;

const OPS = [['≥', '>='], ['>=', '>='], ['≤', '<='], ['<=', '<='], ['>', '>'], ['<', '<'], ['=', '='], ['', '='], ['不低于', '>='], ['不超过', '<='], ['大于', '>'], ['低于', '<']] as const;
const UNITS = ['人', '次', '%', '元/人/年', '册', '天', '个', '万元', '人次', '平方米', '次/年', '元', '项', '个月', '户', '批次', '万元/年', '场次', 'kb'] as const;

const ops = fc.constantFrom(...OPS);
const units = fc.constantFrom(...UNITS);
/** Numbers as written in forms: up to two decimals. */
const numbers = fc.integer({ min: 0, max: 100_000_000 }).map((cents) => cents / 100);
const spaces = fc.constantFrom('', ' ');

const FULL_WIDTH: Readonly<Record<string, string>> = { '≥': '≧', '≤': '≦', '>=': '＞＝', '<=': '＜＝', '>': '＞', '<': '＜', '=': '＝' };
const toFullWidth = (s: string) => s.replace(/[0-9%.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** Text close to the grammar, so that random strings reach its corners. */
const GRAMMAR_CHARS = [...'≥≤<>=０１0123456789.,%％万亿千元人次年月日天个-—;；:：()（）/\\ <>p&#;提高合计百分之二十两以上内前每季度定性*xX\n\t\u3000⽩'];
const grammarText = fc.array(fc.constantFrom(...GRAMMAR_CHARS), { maxLength: 60 }).map((cs) => cs.join(''));
const anyText = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 100 }), grammarText);

describe('parseTargetValue: properties', () => {
  it('round-trips a rendered operator, number and unit', () => {
    fc.assert(
      fc.property(ops, numbers, units, spaces, spaces, ([written, op], n, unit, s1, s2) => {
        expect(read(`${written}${s1}${formatValueNumber(n)}${s2}${unit}`)).toMatchObject({ op, value: n, unit });
      }),
      { numRuns: 1000 },
    );
  });

  it('multiplies counts by 万 exactly and keeps 万元 as written', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.constantFrom('人', '册', '人次', '户'), (cents, unit) => {
        const n = formatValueNumber(cents / 100);
        expect(read(`≥${n}万${unit}`)).toEqual({ op: '>=', value: cents * 100, unit });
        expect(read(`≤${n}万元`)).toEqual({ op: '<=', value: cents / 100, unit: '万元' });
      }),
    );
  });

  it('reads full-width forms as the half-width ones', () => {
    fc.assert(
      fc.property(fc.constantFrom('≥', '≤', '>=', '<=', '>', '<', '='), numbers, units, (op, n, unit) => {
        const half = `${op}${formatValueNumber(n)}${unit}`;
        const full = `${FULL_WIDTH[op]}${toFullWidth(formatValueNumber(n))}${toFullWidth(unit)}`;
        expect(read(full)).toEqual(read(half));
      }),
      { numRuns: 500 },
    );
  });

  it('the fast path for simple values reads them as the full grammar does', () => {
    const simple = fc.tuple(fc.constantFrom('', '≥', '≤', '>=', '<=', '=>', '>', '<', '='), numbers, fc.constantFrom('', '%', '百分比', '万人', '万元', '万', '亿元', '年', '天', '个月', '元/人/年', '次/年', '人次', '万千米', '提高'));
    fc.assert(
      fc.property(simple, ([op, n, unit]) => {
        const text = `${op}${formatValueNumber(n)}${unit}`;
        // A leading space fails the fast path's anchored pattern; normalisation then trims it.
        expect(parseTargetValue(text)).toEqual(parseTargetValue(` ${text}`));
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on arbitrary text and always says why it read nothing', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const r = parseTargetValue(s);
        expect((r.target === null) !== (r.issue === null)).toBe(true);
        if (r.issue) expect(['empty-value', 'template-placeholder', 'unparsed-value']).toContain(r.issue.code);
        if (r.target && r.target.op !== 'qualitative') {
          expect(Number.isFinite(r.target.value)).toBe(true);
          if (r.target.unit !== null) expect(r.target.unit).toMatch(/^\S+$/);
        }
        if (r.target?.op === 'qualitative') expect(r.target.text.length).toBeGreaterThan(0);
      }),
      { numRuns: 3000 },
    );
  });

  it('reading what formatTargetValue printed gives the same reading', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const t = read(s);
        if (!t) return;
        const shown = formatTargetValue(t);
        const again = read(shown);
        expect(again).not.toBeNull();
        expect(formatTargetValue(again!)).toBe(shown);
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(ops, numbers, units, ([written], n, unit) => {
        const t = read(`${written}${formatValueNumber(n)}${unit}`)!;
        expect(formatTargetValue(read(formatTargetValue(t))!)).toBe(formatTargetValue(t));
      }),
    );
  });

  // Bounded by construction: only the first MAX_RAW_VALUE_CHARS characters are ever read, so a
  // hostile string costs no more than its prefix (speed itself is measured in `npm run bench`).
  it('reads only a bounded prefix of long hostile strings', () => {
    const hostile = ['≥'.repeat(1e6), '1'.repeat(1e6), '1.'.repeat(5e5), '1,'.repeat(5e5), '；1'.repeat(5e5), '<a'.repeat(5e5), '<p>'.repeat(3e5), '百分之'.repeat(3e5), '合计1人;'.repeat(2e5), 'x'.repeat(1e7), '\\geq'.repeat(2e5)];
    for (const h of hostile) {
      expect(parseTargetValue(h)).toEqual(parseTargetValue(h.slice(0, MAX_RAW_VALUE_CHARS)));
    }
  });
});
