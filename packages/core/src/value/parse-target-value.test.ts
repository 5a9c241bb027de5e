import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTargetValue } from './format-target-value';
import { parseTargetValue } from './parse-target-value';

const q = (text: string) => parseTargetValue(text).target;

describe('parseTargetValue: values found in the sample documents', () => {
  it.each([
    ['≥8万册', { op: '>=', value: 80000, unit: '册' }],
    ['>=48.10万人', { op: '>=', value: 481000, unit: '人' }],
    ['=0人', { op: '=', value: 0, unit: '人' }],
    ['≤197.36元/人/年', { op: '<=', value: 197.36, unit: '元/人/年' }],
    ['100%', { op: '=', value: 100, unit: '%' }],
    ['≥100百分比', { op: '>=', value: 100, unit: '%' }],
    ['<math>\\geq 90\\%</math>', { op: '>=', value: 90, unit: '%' }],
    ['≥2次/年', { op: '>=', value: 2, unit: '次/年' }],
    ['≤4月', { op: '<=', value: 4, unit: '月' }],
    ['10万元', { op: '=', value: 10, unit: '万元' }],
    ['7.55万元', { op: '=', value: 7.55, unit: '万元' }],
    ['≤4.5万', { op: '<=', value: 4.5, unit: '万' }],
    ['≤750元/月', { op: '<=', value: 750, unit: '元/月' }],
    ['150000人', { op: '=', value: 150000, unit: '人' }],
    ['≥200平方米', { op: '>=', value: 200, unit: '平方米' }],
    ['≥1个月', { op: '>=', value: 1, unit: '个月' }],
    ['≤365', { op: '<=', value: 365, unit: null }],
    ['达95%以上', { op: '>=', value: 95, unit: '%' }],
    ['95%以上', { op: '>=', value: 95, unit: '%' }],
    ['在职党员总工资2%', { op: '=', value: 2, unit: '%' }],
    ['二次', { op: '=', value: 2, unit: '次' }],
    ['百分之九十五', { op: '=', value: 95, unit: '%' }],
    ['≧９０％', { op: '>=', value: 90, unit: '%' }],
    ['＞＝３次', { op: '>=', value: 3, unit: '次' }],
    ['＜5天', { op: '<', value: 5, unit: '天' }],
    ['不低于90%', { op: '>=', value: 90, unit: '%' }],
    ['不超过30天', { op: '<=', value: 30, unit: '天' }],
  ])('%s', (text, expected) => {
    expect(q(text)).toMatchObject(expected);
  });

  it('reads years, month ranges and dates as periods', () => {
    expect(q('2024年内')).toMatchObject({ op: '<=', value: 2024, unit: '年', period: { kind: 'year', year: 2024 } });
    expect(q('2024年度')).toMatchObject({ op: '=', value: 2024, period: { kind: 'year' } });
    expect(q('2024年1-12月')).toMatchObject({ period: { kind: 'month-range', year: 2024, fromMonth: 1, toMonth: 12 } });
    expect(q('2024年12月31日前')).toMatchObject({ op: '<=', period: { kind: 'date', year: 2024 } });
    expect(q('30个工作日内')).toMatchObject({ op: '<=', value: 30, unit: '个工作日', period: { kind: 'days' } });
  });

  it('reads composite values with their labelled parts', () => {
    expect(q('合计46人；在职：14人；临聘人员32人')).toEqual({
      op: '=', value: 46, unit: '人',
      parts: [{ label: '在职', op: '=', value: 14, unit: '人' }, { label: '临聘人员', op: '=', value: 32, unit: '人' }],
    });
    const rates = q('99%；100%；100%');
    expect(rates).toMatchObject({ value: 99, unit: '%' });
    expect(rates && 'parts' in rates ? rates.parts?.length : 0).toBe(3);
  });

  it('keeps statements as qualitative targets', () => {
    for (const t of ['有所提高', '得以保障', '实现一单制结算', '健全', '长期', '每季度结束后的,', '即时', '匹配、一致、合理', '按协议要求及时完成村所网络连接及服务']) {
      expect(q(t)).toMatchObject({ op: 'qualitative' });
    }
    expect(q('保障7名我县离休干部住院、门诊医药费100%报销')).toMatchObject({ op: 'qualitative' });
  });

  it('reports empty values and template placeholders', () => {
    expect(parseTargetValue('').issue?.code).toBe('empty-value');
    expect(parseTargetValue(' / ').issue?.code).toBe('empty-value');
    expect(parseTargetValue('≥**个').issue?.code).toBe('template-placeholder');
    expect(parseTargetValue('XX%').issue?.code).toBe('template-placeholder');
    expect(parseTargetValue('3-5').issue?.code).toBe('unparsed-value');
  });

  it('formats what it understood', () => {
    expect(formatTargetValue(q('≥8万册')!)).toBe('≥ 80000 册');
    expect(formatTargetValue(q('有所提高')!)).toBe('定性：有所提高');
  });
});

describe('parseTargetValue: properties', () => {
  const ops = fc.constantFrom(['≥', '>='], ['≤', '<='], ['>', '>'], ['<', '<'], ['=', '=']);
  const units = fc.constantFrom('人', '次', '%', '元/人/年', '册', '天', '个', '万元', '人次');
  const numbers = fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 100);

  it('round-trips rendered operator, number and unit', () => {
    fc.assert(
      fc.property(ops, numbers, units, ([sym, op], n, unit) => {
        expect(q(`${sym}${n}${unit}`)).toMatchObject({ op, value: n, unit });
      }),
    );
  });

  it('reads full-width forms like half-width ones', () => {
    const toFull = (s: string) => s.replace(/[0-9%.=<>]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(ops, numbers, units, ([sym], n, unit) => {
        expect(q(toFull(`${sym}${n}${unit}`))).toEqual(q(`${sym}${n}${unit}`));
      }),
    );
  });

  it('never throws on arbitrary text and formatting what it read is stable', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const r = parseTargetValue(s);
        if (r.target && r.target.op !== 'qualitative') {
          const again = q(formatTargetValue(r.target).replace(/ /g, ''));
          expect(again).toMatchObject({ op: r.target.op, value: r.target.value });
        }
      }),
      { numRuns: 2000 },
    );
  });
});
