import type { LayoutId, LayoutOptions, Project } from '@jixiao/core';
import { buildProjectViews, formatWanCell } from '@jixiao/core';
import { escapeHtml } from './escape-html';
import { renderHtml } from './render-html';
import { renderPdf, type RenderPdfOptions } from './render-pdf';

export interface RenderBatchOptions extends RenderPdfOptions {
  readonly layoutOptions?: LayoutOptions;
  /** Title of the contents page. */
  readonly title?: string;
}

/** The HTML of a batch: a contents page linking to each project's form, one form per page. */
export function renderBatchHtml(projects: readonly Project[], layout: LayoutId, opts: Omit<RenderBatchOptions, 'renderer' | 'executablePath'> = {}): string {
  const views = buildProjectViews(layout, projects, opts.layoutOptions ?? {});
  const anchors = views.map((_v, i) => `form-${i + 1}`);
  const title = opts.title ?? '项目支出绩效目标汇总';
  const rows = projects
    .map((p, i) => {
      const link = views.length === projects.length ? `<a href="#${anchors[i]}">${escapeHtml(p.name)}</a>` : escapeHtml(p.name);
      return `<tr><td class="center">${i + 1}</td><td class="left">${escapeHtml(p.unit ?? '')}</td><td class="left">${link}</td><td class="right">${formatWanCell(p.funds.total)}</td></tr>`;
    })
    .join('');
  const toc = `<section class="toc"><h1>${escapeHtml(title)}</h1><p class="subtitle" style="text-align:center">共 ${projects.length} 个项目</p><table class="grid"><colgroup><col style="width:8%"><col style="width:30%"><col style="width:47%"><col style="width:15%"></colgroup><thead><tr><th class="center">序号</th><th class="center">单位</th><th class="center">项目名称</th><th class="center">资金总额（万元）</th></tr></thead><tbody>${rows}</tbody></table></section>`;
  return renderHtml(views, { title, preface: toc, anchors });
}

/** One PDF for many projects: a contents page, then one form per project, each on new pages. */
export async function renderBatchPdf(projects: readonly Project[], layout: LayoutId, opts: RenderBatchOptions = {}): Promise<Uint8Array> {
  return renderPdf(renderBatchHtml(projects, layout, opts), opts);
}
