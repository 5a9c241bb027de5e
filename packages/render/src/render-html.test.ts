import { describe, expect, it } from 'vitest';
import { buildDepartmentView, buildProjectViews } from '@jixiao/core';
import { renderHtml } from './render-html';
import { renderBatchHtml } from './render-batch-pdf';
import { HOSTILE_PROJECT, LIANHU_001, MENYUAN_003, PROPAGANDA_000, RESIDENTS_002, DISPATCH_004 } from './test-fixtures';

describe('renderHtml', () => {
  it('escapes every text: a script in a project name is inert', () => {
    const html = renderHtml(buildProjectViews('declaration-000', [HOSTILE_PROJECT]));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;医保宣传&amp;&quot;费&quot;');
    expect(html).toContain("Content-Security-Policy");
  });

  it('prints A4 with repeated thead, unsplittable rows and the CJK font stack', () => {
    const html = renderHtml(buildProjectViews('declaration-000', [PROPAGANDA_000], { region: '拉萨市' }));
    expect(html).toMatch(/@page \{ size: A4 portrait/);
    expect(html).toContain('display: table-header-group');
    expect(html).toContain('page-break-inside: avoid');
    expect(html).toContain('Noto Sans CJK SC');
    expect(html).toContain('Noto Serif CJK SC');
    expect(html).toContain('<thead><tr><th class="center label cont-below"></th>');
    expect(html).toMatch(/<td class="center label cont-above" rowspan="19">绩效指标<\/td>/);
    expect(html).toContain('数量指标（必填）');
    for (const i of PROPAGANDA_000.indicators) expect(html).toContain(i.name.replace(/&/g, '&amp;'));
  });

  it('renders every layout and starts each form on a new page', () => {
    const views = [
      ...buildProjectViews('target-table-002', [RESIDENTS_002]),
      ...buildProjectViews('target-table-004', [DISPATCH_004]),
      ...buildProjectViews('disclosure-list-003', MENYUAN_003),
      buildDepartmentView(LIANHU_001),
    ];
    const html = renderHtml(views);
    expect(html.match(/<section class="form/g)).toHaveLength(4);
    expect(html).toContain('.form + .form');
    expect(html).toContain('class="form landscape"');
    expect(html).toContain('一、产出指标<br>（一）数量指标<br>1. 离休干部人数 6人');
  });

  it('batch HTML has a contents page linking to each form', () => {
    const html = renderBatchHtml([PROPAGANDA_000, RESIDENTS_002], 'declaration-000');
    expect(html).toContain('<a href="#form-1">医疗保障政策宣传费</a>');
    expect(html).toContain('id="form-2"');
    expect(html).toContain('<th class="center">序号</th>');
  });
});
