import { describe, expect, it } from 'vitest';
import { diceSimilarity, jaccardSimilarity, toBigrams } from './char-ngrams';
import { extractAmounts } from './extract-amounts';
import { extractCounts } from './extract-counts';
import { extractFormulas } from './extract-formulas';
import { extractYears } from './extract-years';

describe('extractAmounts', () => {
  it('reads 万元, 元 and bare 万 exactly, with spans', () => {
    const text = '申请市级资金 10万元, 党建经费3774054元*0.02=7.548108万元, 金额合计514.21万元, 申请30万用于, 参保人数48.10万人, 印制8万册';
    const a = extractAmounts(text);
    expect(a.map((x) => x.fen)).toEqual([10_000_000, 377_405_400, 7_548_108, 514_210_000, 30_000_000]);
    expect(text.slice(a[0]?.span[0], a[0]?.span[1])).toBe('10万元');
  });
});

describe('extractCounts', () => {
  it('reads people and times, not 人民 or 次数', () => {
    const c = extractCounts('保障7名我县离休干部, 在职党员20人, 订阅2次以上, 参保人数48.10万人, 人民群众, 3次数');
    expect(c.map((x) => `${x.value}${x.unit}`)).toEqual(['7人', '20人', '2次', '481000人']);
  });
});

describe('extractYears', () => {
  it('tells a work period from a prior-year reference', () => {
    const y = extractYears('2023年全年确保完成; 2022年重复参保人数0人; 关于开展2023-2024年度全国比武');
    expect(y.map((x) => [x.year, x.asPeriod])).toEqual([[2023, true], [2022, false], [2023, true], [2024, true]]);
  });
});

describe('extractFormulas', () => {
  it('checks 000 党建经费 and 工会经费 formulas exactly', () => {
    const f = extractFormulas('工资总额为314504.5*12=3774054元, 党建经费3774054元*0.02=7.548108万元; 月工资2100元*130%+500元=3230元, 工会经费=年工资总额3230元*8人*12月*2%=6201.6元');
    expect(f.map((x) => x.correct)).toEqual([true, true, true, true]);
    expect(f[1]?.isMoney).toBe(true);
  });

  it('catches a wrong result and allows printed rounding', () => {
    expect(extractFormulas('314504.5*12=3774504元')[0]?.correct).toBe(false);
    expect(extractFormulas('3774054元*0.02=7.55万元')[0]?.correct).toBe(true);
    expect(extractFormulas('3774054元*0.02=7.56万元')[0]?.correct).toBe(false);
  });
});

describe('similarity', () => {
  it('scores bigram overlap', () => {
    const a = toBigrams('医疗网络故障响应及时率');
    expect(diceSimilarity(a, toBigrams('医疗网络故障响应及时率'))).toBe(1);
    expect(jaccardSimilarity(a, toBigrams('离休干部人数'))).toBe(0);
  });
});
