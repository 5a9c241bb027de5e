import { describe, expect, it } from 'vitest';
import { formatTargetValue } from './format-target-value';
import { parseTargetValue } from './parse-target-value';

const read = (text: string) => parseTargetValue(text).target;
const show = (text: string) => {
  const r = parseTargetValue(text);
  return r.target ? formatTargetValue(r.target) : r.issue!.code;
};

/** Every distinct 指标值 of the indicator tables in fixtures/samples (000–003), and how it reads. */
const SAMPLE_VALUES: ReadonlyArray<readonly [string, string]> = [
  ['0.63万元', '= 0.63 万元'], ['10.8万元', '= 10.8 万元'], ['100%', '= 100 %'], ['100.00', '= 100'], ['1000元', '= 1000 元'],
  ['100万元', '= 100 万元'], ['10万元', '= 10 万元'], ['151个', '= 151 个'], ['15万元', '= 15 万元'], ['1场', '= 1 场'],
  ['1条', '= 1 条'], ['1辆', '= 1 辆'], ['1项', '= 1 项'], ['2.14万', '= 2.14 万'], ['2000个', '= 2000 个'], ['2024年', '= 2024 年'],
  ['2024年1-12月', '= 2024年1-12月'], ['2024年内', '≤ 2024 年'], ['2024年度', '= 2024 年'], ['26万', '= 26 万'], ['26人', '= 26 人'],
  ['2个', '= 2 个'], ['300元', '= 300 元'], ['32人', '= 32 人'], ['35条', '= 35 条'], ['386579人', '= 386579 人'],
  ['39万元', '= 39 万元'], ['3项', '= 3 项'], ['4581万元', '= 4581 万元'], ['514.21', '= 514.21'], ['6118.23', '= 6118.23'],
  ['7万', '= 7 万'], ['150000人', '= 150000 人'], ['<=2.50万元', '≤ 2.5 万元'], ['<=5万元', '≤ 5 万元'],
  ['<math>\\geq 90\\%</math>', '≥ 90 %'], ['<math>\\leq 4.5</math>', '≤ 4.5'], ['=0人', '= 0 人'], ['=100%', '= 100 %'],
  ['>=15.60万人', '≥ 156000 人'], ['>=48.10万人', '≥ 481000 人'], ['>=6次', '≥ 6 次'], ['>=95%', '≥ 95 %'],
  ['≤0.45元/度', '≤ 0.45 元/度'], ['≤16096人', '≤ 16096 人'], ['≤197.36元/人/年', '≤ 197.36 元/人/年'], ['≤1年', '≤ 1 年'],
  ['≤25万', '≤ 25 万'], ['≤3.57元/方', '≤ 3.57 元/方'], ['≤30天', '≤ 30 天'], ['≤365天', '≤ 365 天'], ['≤40万元/年', '≤ 40 万元/年'],
  ['≤4400元', '≤ 4400 元'], ['≤4月', '≤ 4 月'], ['≤750元/月', '≤ 750 元/月'], ['≤941家', '≤ 941 家'], ['≥100%', '≥ 100 %'],
  ['≥100百分比', '≥ 100 %'], ['≥10例', '≥ 10 例'], ['≥12批次', '≥ 12 批次'], ['≥1个月', '≥ 1 个月'], ['≥1人', '≥ 1 人'],
  ['≥1年', '≥ 1 年'], ['≥200000度', '≥ 200000 度'], ['≥200平方米', '≥ 200 平方米'], ['≥2600方', '≥ 2600 方'], ['≥2次/年', '≥ 2 次/年'],
  ['≥31万人', '≥ 310000 人'], ['≥42000人次', '≥ 42000 人次'], ['≥5场次', '≥ 5 场次'], ['≥8万册', '≥ 80000 册'], ['≥95%', '≥ 95 %'],
  ['在职党员总工资2%', '= 2 %'], ['每个调查服务费300元', '= 300 元'],
  ['合计46人；在职：14人；临聘人员32人', '合计 = 46 人；在职 = 14 人；临聘人员 = 32 人'],
  ['合计275.21万元；分项：265.9万元；9.31万元', '合计 = 275.21 万元；= 265.9 万元；= 9.31 万元'],
  ['99%；100%；100%；100%；100%；95%；95%；95%', '= 99 %；= 100 %；= 100 %；= 100 %；= 100 %；= 95 %；= 95 %；= 95 %'],
  ['不断提升', '定性：不断提升'], ['不断规范', '定性：不断规范'], ['健全', '定性：健全'], ['全覆盖', '定性：全覆盖'], ['加强', '定性：加强'],
  ['即时', '定性：即时'], ['实现一单制结算', '定性：实现一单制结算'], ['得以保障', '定性：得以保障'], ['成效明显', '定性：成效明显'],
  ['持续', '定性：持续'], ['提高', '定性：提高'], ['明显提高', '定性：明显提高'], ['有所提高', '定性：有所提高'], ['有效控制', '定性：有效控制'],
  ['正常运行', '定性：正常运行'], ['能够保障', '定性：能够保障'], ['逐步提高', '定性：逐步提高'], ['长期', '定性：长期'],
  ['匹配、一致、合理', '定性：匹配、一致、合理'], ['每季度结束后的,', '定性：每季度结束后的'], ['每年度结束后的,', '定性：每年度结束后的'],
  ['要求时限内', '定性：要求时限内'], ['专款专用，保障发放', '定性：专款专用,保障发放'], ['不超预算', '定性：不超预算'],
  ['保障7名我县离休干部住院、门诊医药费100%报销', '定性：保障7名我县离休干部住院、门诊医药费100%报销'],
];

describe('parseTargetValue: the values of the sample documents', () => {
  it.each(SAMPLE_VALUES)('%s → %s', (text, understood) => {
    expect(show(text)).toBe(understood);
  });
});

describe('parseTargetValue: operators', () => {
  it.each([
    ['≥90%', '>='], ['>=90%', '>='], ['=>90%', '>='], ['＞＝90%', '>='], ['≧90%', '>='], ['⩾90%', '>='], ['\\geq 90\\%', '>='],
    ['≤90%', '<='], ['<=90%', '<='], ['＜＝90%', '<='], ['≦90%', '<='], ['\\leq 90\\%', '<='], ['\\le 90%', '<='], ['&le;90%', '<='],
    ['>90%', '>'], ['＞90%', '>'], ['<90%', '<'], ['＜90%', '<'], ['=90%', '='], ['＝90%', '='], ['90%', '='],
    ['不低于90%', '>='], ['不少于90%', '>='], ['至少90%', '>='], ['大于等于90%', '>='], ['大于或等于90%', '>='], ['达到90%以上', '>='],
    ['达到90%', '>='], ['不高于90%', '<='], ['不超过90%', '<='], ['不多于90%', '<='], ['小于等于90%', '<='], ['控制在90%以内', '<='],
    ['大于90%', '>'], ['高于90%', '>'], ['超过90%', '>'], ['小于90%', '<'], ['低于90%', '<'], ['等于90%', '='], ['为90%', '='],
    ['90%以上', '>='], ['90%及以上', '>='], ['90%以内', '<='], ['90%以下', '<='], ['90%左右', '='],
  ])('%s → %s', (text, op) => {
    expect(read(text)).toMatchObject({ op, value: 90, unit: '%' });
  });

  it('reads a label with operator words before the number as the measure', () => {
    expect(read('全民参保率达95%以上')).toEqual({ op: '>=', value: 95, unit: '%' });
    expect(read('达95%以上')).toEqual({ op: '>=', value: 95, unit: '%' });
    expect(read('覆盖率≥95%')).toEqual({ op: '>=', value: 95, unit: '%' });
    expect(read('财政配套30%')).toEqual({ op: '=', value: 30, unit: '%' });
    expect(read('200余人')).toEqual({ op: '>', value: 200, unit: '人' });
  });
});

describe('parseTargetValue: numbers, scales and units', () => {
  it.each([
    ['5,142,114.94元', 5142114.94, '元'],
    ['９５％', 95, '%'],
    ['95 %', 95, '%'],
    ['二次', 2, '次'],
    ['两次/年', 2, '次/年'],
    ['不少于两次', 2, '次'],
    ['三万人', 30000, '人'],
    ['十二个月', 12, '个月'],
    ['百分之九十五', 95, '%'],
    ['百分之95', 95, '%'],
    ['48.10万人', 481000, '人'],
    ['0.07万人次', 700, '人次'],
    ['1.5亿人', 150000000, '人'],
    ['5千人', 5000, '人'],
    ['10万元', 10, '万元'],
    ['7.55万元', 7.55, '万元'],
    ['十万元', 10, '万元'],
    ['1.2亿元', 1.2, '亿元'],
    ['3千元', 3, '千元'],
    ['1.5千米', 1.5, '千米'],
    ['≤4.5万', 4.5, '万'],
    ['≤40万元/年', 40, '万元/年'],
    ['200㎡', 200, '平方米'],
    ['≥3 人次', 3, '人次'],
    ['每月2次', 2, '次/月'],
    ['≤-5%', -5, '%'],
    ['12辆次', 12, '辆次'],
    ['≥100', 100, null],
  ])('%s → %d %s', (text, value, unit) => {
    expect(read(text)).toMatchObject({ value, unit });
  });

  it('scales decimals exactly', () => {
    for (const [text, value] of [['48.10万人', 481000], ['0.1万人', 1000], ['1.0001万人', 10001], ['15.60万人', 156000], ['0.0003亿人', 30000]] as const) {
      expect(read(text)).toMatchObject({ value });
    }
  });
});

describe('parseTargetValue: periods and dates', () => {
  it.each([
    ['2024年', { op: '=', value: 2024, unit: '年', period: { kind: 'year', year: 2024 } }],
    ['2024年内', { op: '<=', value: 2024, unit: '年', period: { kind: 'year', year: 2024 } }],
    ['2024年度', { op: '=', value: 2024, unit: '年', period: { kind: 'year', year: 2024 } }],
    ['2024年底前', { op: '<=', period: { kind: 'year', year: 2024 } }],
    ['2024年1-12月', { op: '=', value: 2024, period: { kind: 'month-range', year: 2024, fromMonth: 1, toMonth: 12 } }],
    ['2024年1月-12月', { op: '=', period: { kind: 'month-range', year: 2024, fromMonth: 1, toMonth: 12 } }],
    ['2024年1月至6月', { period: { kind: 'month-range', fromMonth: 1, toMonth: 6 } }],
    ['2024年12月31日前', { op: '<=', value: 2024, period: { kind: 'date', year: 2024, fromMonth: 12, toMonth: 12, day: 31 } }],
    ['2024.6.30', { op: '=', period: { kind: 'date', year: 2024, fromMonth: 6, day: 30 } }],
    ['2024年6月底前', { op: '<=', period: { kind: 'date', year: 2024, fromMonth: 6 } }],
    ['12月底前', { op: '<=', value: 12, unit: '月', period: { kind: 'date', fromMonth: 12 } }],
    ['2024年1月1日-12月31日', { op: '=', period: { kind: 'date-range', year: 2024, fromMonth: 1, toMonth: 12 } }],
    ['≤4月', { op: '<=', value: 4, unit: '月', period: { kind: 'months' } }],
    ['4个月内', { op: '<=', value: 4, unit: '个月', period: { kind: 'months' } }],
    ['≥1个月', { op: '>=', value: 1, unit: '个月', period: { kind: 'months' } }],
    ['≤30天', { op: '<=', value: 30, unit: '天', period: { kind: 'days' } }],
    ['30个工作日内', { op: '<=', value: 30, unit: '个工作日', period: { kind: 'days' } }],
    ['15日内', { op: '<=', value: 15, unit: '日', period: { kind: 'days' } }],
  ])('%s', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });

  it('keeps recurring deadlines as text with a recurring period', () => {
    expect(read('每季度结束后的,')).toEqual({ op: 'qualitative', text: '每季度结束后的', period: { kind: 'recurring', text: '每季度结束后的' } });
    expect(read('每月')).toMatchObject({ op: 'qualitative', period: { kind: 'recurring' } });
    expect(read('按季度')).toMatchObject({ op: 'qualitative', period: { kind: 'recurring' } });
    expect(read('每个案件都出具认定结果通知')).toEqual({ op: 'qualitative', text: '每个案件都出具认定结果通知' });
    expect(read('及时')).toEqual({ op: 'qualitative', text: '及时' });
  });

  it('does not take impossible months or dates', () => {
    expect(read('2024年13-14月')?.op).not.toBe('=');
    expect(parseTargetValue('2024年2月40日').target).toBeNull();
  });
});

describe('parseTargetValue: composite values', () => {
  it('splits a total and its labelled parts (sample 001)', () => {
    expect(read('合计46人；在职：14人；临聘人员32人')).toEqual({
      op: '=', value: 46, unit: '人',
      parts: [{ label: '在职', op: '=', value: 14, unit: '人' }, { label: '临聘人员', op: '=', value: 32, unit: '人' }],
    });
    expect(read('合计275.21万元；分项：265.9万元；9.31万元')).toEqual({
      op: '=', value: 275.21, unit: '万元',
      parts: [{ label: null, op: '=', value: 265.9, unit: '万元' }, { label: null, op: '=', value: 9.31, unit: '万元' }],
    });
  });

  it('keeps every value of a list for several names, the first as the value', () => {
    const t = read('99%；100%；100%');
    expect(t).toEqual({
      op: '=', value: 99, unit: '%',
      parts: [{ label: null, op: '=', value: 99, unit: '%' }, { label: null, op: '=', value: 100, unit: '%' }, { label: null, op: '=', value: 100, unit: '%' }],
    });
    expect(read('在职14人\n临聘32人')).toMatchObject({ value: 14, parts: [{ label: '在职' }, { label: '临聘' }] });
  });

  it('does not split statements that contain a semicolon', () => {
    expect(read('有所提高；逐步完善')).toEqual({ op: 'qualitative', text: '有所提高;逐步完善' });
  });
});

describe('parseTargetValue: statements, empty cells, placeholders, unreadable values', () => {
  it.each(['有所提高', '得以保障', '实现一单制结算', '健全', '规范', '长期', '提升', '能够保障', '逐步提高', '正常运行', '良', '优', '匹配、一致、合理', '一致', '统一标识', '十分满意'])('%s is qualitative', (text) => {
    expect(read(text)).toEqual({ op: 'qualitative', text });
  });

  it('keeps long sentences with incidental numbers as statements', () => {
    expect(read('保障7名我县离休干部住院、门诊医药费100%报销')).toMatchObject({ op: 'qualitative' });
    expect(read('1.确保2024年完成3项工作')).toMatchObject({ op: 'qualitative' });
    expect(read('定性：有所提高')).toEqual({ op: 'qualitative', text: '有所提高' });
  });

  it.each(['', '   ', '无', '/', '-', '—', '——', '－', '暂无', '不涉及', 'N/A', '<p>&nbsp;</p>'])('%j is empty', (text) => {
    expect(parseTargetValue(text)).toEqual({ target: null, issue: { code: 'empty-value', message: '指标值为空' } });
  });

  it.each(['≥**个', '(≥**个)', '（≥**个）', 'XX%', 'xx%', 'X%', '≥X个', '***', '待填'])('%j is a template placeholder', (text) => {
    const r = parseTargetValue(text);
    expect(r.target).toBeNull();
    expect(r.issue?.code).toBe('template-placeholder');
    expect(r.issue?.message).toMatch(/^指标值仍是模板占位符/);
  });

  it.each(['3-5', '90%-95%', '≥100提供法律服务数量', '100%报销', 'abc', '1/2/3/4/5/6', '≥', '12345678901234567890'])('%j is unreadable', (text) => {
    const r = parseTargetValue(text);
    expect(r.target).toBeNull();
    expect(r.issue?.code).toBe('unparsed-value');
    expect(r.issue?.message).toMatch(/^无法识别的指标值：“/);
  });

  it('reads only the first 200 characters of a long text', () => {
    const t = read('提高'.repeat(5000));
    expect(t).toEqual({ op: 'qualitative', text: '提高'.repeat(100) });
  });
});
