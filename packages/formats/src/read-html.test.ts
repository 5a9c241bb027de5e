import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeHtmlEntities } from './decode-html-entities';
import { readHtml } from './read-html';
import { tokenizeHtml } from './tokenize-html';

const fixture = (name: string): string => readFileSync(new URL(`../../../fixtures/formats/${name}`, import.meta.url), 'utf8');
const cellsOf = (html: string): string[][] => readHtml(html).rows.map((row) => [...row.cells]);

describe('readHtml', () => {
  it('expands rowspan and colspan into an aligned grid', () => {
    const html = `<table>
      <tr><td rowspan="2">产出指标</td><td colspan="2">数量指标</td><td>≥8万册</td></tr>
      <tr><td>A</td><td rowspan="2">B</td><td>C</td></tr>
      <tr><td>D</td><td>E</td><td>F</td></tr>
    </table>`;
    expect(cellsOf(html)).toEqual([
      ['产出指标', '数量指标', '', '≥8万册'],
      ['', 'A', 'B', 'C'],
      ['D', 'E', '', 'F'],
    ]);
  });

  it('turns <p> and <br> inside a cell into line breaks and blocks outside tables into rows', () => {
    const html = '<h1>绩效目标表</h1>单位：万元<br>预算单位：<b>医保局</b><table><tr><td><p>目标1</p><p></p><p>目标2<br/>续</p></td></tr></table><div>附注</div>';
    const doc = readHtml(html);
    expect(doc.rows.map((r) => r.cells)).toEqual([['绩效目标表'], ['单位：万元'], ['预算单位：医保局'], ['目标1\n目标2\n续'], ['附注']]);
    expect(doc.rows[3]?.loc).toEqual({ cell: '表1 第1行第1列' });
  });

  it('decodes entities and drops script, style and comments', () => {
    const html = '<style>td{x:1}</style><script>var s="<td>x</td>";</script><!-- <td>c</td> --><table><tr><td>&ge;90&#37;&nbsp;</td><td>A&amp;B &lt;C&gt; &#x2264;5 &unknown;</td></tr></table>';
    expect(cellsOf(html)).toEqual([['≥90%', 'A&B <C> ≤5 &unknown;']]);
  });

  it('tolerates unclosed cells, rows and tables', () => {
    expect(cellsOf('<table><tr><td>一<td>二<tr><td>三')).toEqual([['一', '二'], ['三']]);
    expect(cellsOf('<td>孤立单元格</td>')).toEqual([['孤立单元格']]);
  });

  it('reads a nested table as its own rows, before the row that holds it', () => {
    const html = '<table><tr><td>外</td><td><table><tr><td>内1</td><td>内2</td></tr></table>说明</td></tr></table>';
    const doc = readHtml(html);
    expect(doc.rows.map((r) => [r.cells, r.loc.cell])).toEqual([
      [['内1', '内2'], '表2 第1行第1列'],
      [['外', '说明'], '表1 第1行第1列'],
    ]);
  });

  it('handles 100,000-deep nesting in bounded time with a nesting issue', () => {
    const deep = `${'<div><table><tr><td>'.repeat(100_000)}最深处${'</td></tr></table></div>'.repeat(100_000)}<p>之后</p>`;
    const doc = readHtml(deep);
    expect(doc.issues.map((i) => i.code)).toEqual(['nesting-too-deep']);
    expect(doc.rows.some((r) => r.cells.some((c) => c.includes('最深处')))).toBe(true);
    expect(doc.rows.at(-1)?.cells).toEqual(['之后']);
  });

  it('reads the deep-nesting fixture (unclosed tags) and returns', () => {
    const doc = readHtml(fixture('deep-nesting.html'));
    expect(doc.issues.map((i) => i.code)).toContain('nesting-too-deep');
    expect(doc.rows.some((r) => r.cells.some((c) => c.includes('深层嵌套的单元格文字')))).toBe(true);
  });

  it('reads the 004 layout fixture', () => {
    const doc = readHtml(fixture('004-target-table.html'));
    expect(doc.issues).toEqual([]);
    expect(doc.rows).toHaveLength(35);
    const texts = doc.rows.map((r) => r.cells);
    expect(texts).toContainEqual(['1.劳务派遣人员经费绩效目标表']);
    const budget = doc.rows.find((r) => r.cells[0] === '预算规模及资金用途');
    expect(budget?.cells).toEqual(['预算规模及资金用途', '预算数', '17.20', '其中：财政 资金', '17.20', '其他资金', '']);
    const usage = doc.rows[doc.rows.indexOf(budget as (typeof doc.rows)[number]) + 1];
    expect(usage?.cells).toEqual(['', '劳务派遣人员经费', '', '', '', '', '']);
    const plan = doc.rows.find((r) => r.cells[1] === '25%');
    expect(plan?.cells).toEqual(['', '25%', '', '50%', '75%', '100%', '']);
    const output = doc.rows.find((r) => r.cells[2] === '发放工资保险');
    expect(output?.cells).toEqual(['产出指标', '数量指标', '发放工资保险', '发放劳务派遣工资保险', '', '≥100百分比', '行业规定']);
    const quality = doc.rows.find((r) => r.cells[2] === '保障发放');
    expect(quality?.cells[0]).toBe('');
    expect(doc.rows.find((r) => r.cells[0] === '绩效目标')?.cells[1]).toBe('1.对人员工资发放\n2.对人员缴纳养老保险\n3.促进工作顺利开展');
    expect(texts.flat().join('')).not.toContain('dataLayer');
  });
});

describe('tokenizeHtml', () => {
  it('reads attributes with quotes containing > and counts source lines', () => {
    const tokens = [...tokenizeHtml('<p>\n<td title="a > b" colspan=2 rowSpan=\'3\'>x</td>')];
    expect(tokens[2]).toEqual({ type: 'start', name: 'td', attrs: { title: 'a > b', colspan: '2', rowspan: '3' }, line: 2 });
  });
});

describe('decodeHtmlEntities', () => {
  it('decodes named and numeric references and replaces invalid code points', () => {
    expect(decodeHtmlEntities('&ldquo;医保&rdquo;&#8805;&#x1F600;&#0;&#xD800;')).toBe('“医保”≥😀\ufffd\ufffd');
  });
});
