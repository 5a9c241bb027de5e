import { describe, expect, it } from 'vitest';
import { splitLine, splitTextRows } from './split-text-rows';

describe('splitLine', () => {
  it('splits on tabs, keeping empty merged cells', () => {
    expect(splitLine('\t\t\t指标2: 局宣传视频条数\t1条')).toEqual(['', '', '', '指标2: 局宣传视频条数', '1条']);
  });
  it('splits on pipes and drops the outer ones', () => {
    expect(splitLine('| 产出指标 | 数量指标 | 救助人次 | ≥3500人次 |')).toEqual(['产出指标', '数量指标', '救助人次', '≥3500人次']);
  });
  it('treats a markdown rule as an empty row', () => {
    expect(splitLine('|---|---|---|')).toEqual(['']);
  });
  it('splits on runs of two or more spaces but not on single spaces', () => {
    expect(splitLine('经济效益 指标   医保政策知晓率   ≥80%')).toEqual(['经济效益 指标', '医保政策知晓率', '≥80%']);
  });
});

describe('splitTextRows', () => {
  it('rebuilds rows of a Word table saved one cell per line (sample 004 layout)', () => {
    const text = ['\t项目编码', '\t13082222P00877610001X', '\t', '\t项目名称', '\t劳务派遣人员经费', '', '\t绩效目标', '\t1.对人员工资发放', '2.对人员缴纳养老保险', '', ...Array.from({ length: 8 }, () => '\tx\n')].join('\n');
    const rows = splitTextRows(text);
    expect(rows[0]!.cells).toEqual(['项目编码', '13082222P00877610001X', '', '项目名称', '劳务派遣人员经费']);
    expect(rows[0]!.loc).toEqual({ line: 1, endLine: 5 });
    expect(rows[1]!.cells).toEqual(['绩效目标', '1.对人员工资发放\n2.对人员缴纳养老保险']);
  });
});
