import { describe, expect, it } from 'vitest';
import { decodeEntities } from './decode-entities';
import { htmlToText } from './html-to-text';
import { latexToText } from './latex-to-text';

describe('htmlToText', () => {
  it('keeps the block structure of a sample 003 indicator cell', () => {
    const cell = '<p><b>一、产出指标</b></p> <p><b>(一) 数量指标</b></p> <p>1.离休干部人数 6人</p> <p>2. 离休干部健康检查次数 ≥6次</p>';
    expect(htmlToText(cell)).toBe('一、产出指标\n(一) 数量指标\n1.离休干部人数 6人\n2. 离休干部健康检查次数 ≥6次');
  });

  it('turns <math> LaTeX into symbols (sample 003)', () => {
    expect(htmlToText('<p>1. 政策知晓率 <math>\\geq 90\\%</math></p>')).toBe('1. 政策知晓率 ≥ 90%');
    expect(htmlToText('<math>\\leq 4.5</math>')).toBe('≤ 4.5');
    expect(htmlToText('<MATH>\\ge 3\\text{次}</MATH>')).toBe('≥ 3次');
  });

  it.each([
    ['a<br>b<br/>c', 'a\nb\nc'],
    ['<div>a</div><div>b</div>', 'a\nb'],
    ['<ul><li>一</li><li>二</li></ul>', '一\n二'],
    ['<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>', 'a b\nc'],
    ['<p>&nbsp;</p><p></p><p>x</p>', 'x'],
    ['a &lt;b&gt; &amp; &quot;c&quot; &#8805;1 &#x2264;2', 'a <b> & "c" ≥1 ≤2'],
    ['<span style="color:red">≥<b>90</b>%</span>', '≥90%'],
    ['<5天', '<5天'],
    ['1 < 2 > 0', '1 < 2 > 0'],
    ['x<!-- 注释 -->y', 'xy'],
    ['<style>p{}</style><script>1<2</script>正文', '正文'],
    ['文本<p class="a', '文本'],
    ['&unknown; &#0; &#xD800;', '&unknown; &#0; &#xD800;'],
  ])('%j → %j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('is linear on hostile input', () => {
    const deep = '<div>'.repeat(200_000) + 'x' + '</div>'.repeat(200_000);
    expect(htmlToText(deep)).toBe('x');
    expect(htmlToText('<'.repeat(100_000))).toBe('<'.repeat(100_000));
    expect(htmlToText('<a'.repeat(100_000) + '>z')).toBe('z');
    expect(htmlToText('<math>'.repeat(50_000))).toBe('');
    expect(htmlToText('<!--'.repeat(50_000))).toBe('');
    const big = '<p>≥90%</p>'.repeat(1_000_000);
    expect(htmlToText(big).length).toBe(5 * 1_000_000 - 1);
  });
});

describe('decodeEntities and latexToText', () => {
  it('decode the references used in cells', () => {
    expect(decodeEntities('&ge;95&percnt; &times; &NBSP;x')).toBe('≥95% ×  x');
  });
  it.each([
    ['\\geq 90\\%', '≥ 90%'],
    ['\\leq 4', '≤ 4'],
    ['\\ge5', '≥5'],
    ['\\le{5}', '≤5'],
    ['3\\times 4 \\div 2 \\neq 5', '3× 4 ÷ 2 ≠ 5'],
    ['\\text{人次}', '人次'],
    ['$\\geqslant 1$', '≥ 1'],
    ['\\alpha', 'alpha'],
  ])('%j → %j', (latex, text) => {
    expect(latexToText(latex)).toBe(text);
  });
});
