import type { TruthProject } from './layout-truth';

/** One text rendering of the truth projects in a layout family no sample shows exactly. */
export interface TextLayout {
  readonly id: string;
  readonly text: string;
}

type Row = string[];

function header(p: TruthProject): Row[] {
  return [
    ['项目名称', p.name],
    ['预算单位', p.unit],
    ['项目资金(万元)', '年度资金总额', p.fundsWan, '其中:财政拨款', p.fundsWan, '其他资金', '0'],
    ['年度总体目标', p.goals.map((g, i) => `目标${i + 1}：${g}`).join('；')],
  ];
}

function grid(p: TruthProject, repeatCategories: boolean): Row[] {
  const rows: Row[] = [['一级指标', '二级指标', '三级指标', '指标值']];
  let l1 = '';
  let l2 = '';
  for (const i of p.indicators) {
    rows.push([repeatCategories || i.level1Text !== l1 ? i.level1Text : '', repeatCategories || i.level2Text !== l2 ? i.level2Text : '', i.name, i.value]);
    l1 = i.level1Text;
    l2 = i.level2Text;
  }
  return rows;
}

function form(p: TruthProject, repeat = false): Row[] {
  return [['项目支出绩效目标表'], ['(2024年度)'], ...header(p), ...grid(p, repeat)];
}

const joinRows = (rows: Row[], sep: string) => rows.map((r) => r.join(sep)).join('\n');

/** Renders the truth in many layouts; each id names the layout feature it exercises. */
export function renderTextLayouts(projects: TruthProject[]): TextLayout[] {
  const all = (f: (p: TruthProject) => Row[]) => projects.flatMap((p) => [...f(p), []]);
  const layouts: TextLayout[] = [];
  layouts.push({ id: 'tabs', text: joinRows(all((p) => form(p)), '\t') });
  layouts.push({ id: 'pipes', text: all((p) => form(p)).map((r) => (r.length ? `| ${r.join(' | ')} |` : '')).join('\n') });
  layouts.push({ id: 'spaces', text: all((p) => form(p, true)).map((r) => r.join('   ')).join('\n') });
  // One cell per line with no row structure at all (text copied out of a PDF viewer).
  layouts.push({ id: 'cell-per-line', text: all((p) => form(p, true)).flatMap((r) => r.filter((c) => c)).join('\n') });
  // A Word table saved as text: each cell on its own line behind a tab, rows ended by a blank line.
  layouts.push({ id: 'word-cells', text: all((p) => form(p)).map((r) => (r.length > 1 ? `${r.map((c) => `\t${c}`).join('\n')}\n` : r.join(''))).join('\n') });
  // Header labels broken over lines (rotated cells) and page furniture between rows.
  layouts.push({
    id: 'rotated-and-boilerplate',
    text: projects
      .map((p) => {
        const g = grid(p, false);
        return [
          '扫描全能王 创建',
          ...header(p).map((r) => r.join('\t')),
          `绩效\t${g[0]!.join('\t')}`,
          ...g.slice(1, 4).map((r) => `指标\t${r.join('\t')}`),
          '第 1 页 共 2 页',
          ...g.slice(4).map((r) => `\t${r.join('\t')}`),
          '',
        ].join('\n');
      })
      .join('\n'),
  });
  // Labels glued to their values, template hints left in names, numbered indicator names.
  layouts.push({
    id: 'glued-and-hints',
    text: projects
      .map((p) =>
        [
          `项目名称${p.name}`,
          `预算单位：${p.unit}`,
          `项目资金(万元)\t年度资金总额:${p.fundsWan}`,
          `年度总体目标：${p.goals.join('；')}`,
          '绩效指标\t一级指标\t二级指标\t三级指标\t指标值',
          ...p.indicators.map((i, k) => `\t${i.level1Text}\t${i.level2Text} (必填)\t指标${k + 1}: ${i.name}(≥**个)\t${i.value}`),
          '',
        ].join('\n'),
      )
      .join('\n'),
  });
  // Extra columns: 指标性质 / 指标值 / 度量单位 as three cells, 中期 and 年度 side by side, weights.
  layouts.push({
    id: 'extra-columns',
    text: projects
      .map((p) =>
        [
          ...header(p).map((r) => r.join('\t')),
          '一级指标\t二级指标\t三级指标\t中期指标值\t年度指标值\t指标值设置依据\t指标分值权重',
          ...p.indicators.map((i) => [i.level1Text, i.level2Text, i.name, i.value, i.value, i.basis ?? '', String(i.weight ?? '')].join('\t')),
          '',
        ].join('\n'),
      )
      .join('\n'),
  });
  // A form written as prose: labels with colons, the indicators as a numbered outline.
  const cn = ['一', '二', '三', '四'];
  layouts.push({
    id: 'prose-outline',
    text: projects
      .map((p) => {
        const lines = [`项目名称：${p.name}`, `预算单位：${p.unit}`, `年度资金总额：${p.fundsWan}万元`, `年度绩效目标：${p.goals.join('；')}`, '绩效指标：'];
        const level1s = [...new Set(p.indicators.map((i) => i.level1Text))];
        level1s.forEach((l1, k) => {
          lines.push(`${cn[k]}、${l1}`);
          const level2s = [...new Set(p.indicators.filter((i) => i.level1Text === l1).map((i) => i.level2Text))];
          level2s.forEach((l2, j) => {
            const items = p.indicators.filter((i) => i.level1Text === l1 && i.level2Text === l2);
            lines.push(`(${cn[j]})${l2}：${items.map((i) => (/\d/.test(i.value) ? `${i.name}${i.value}` : `${i.name}：${i.value}`)).join('；')}`);
          });
        });
        return [...lines, ''].join('\n');
      })
      .join('\n'),
  });
  // 指标性质 / 指标值 / 度量单位 as three cells (provincial system exports).
  layouts.push({
    id: 'nature-value-unit',
    text: projects
      .map((p) =>
        [
          ...header(p).map((r) => r.join('\t')),
          '一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位',
          ...p.indicators.map((i) => {
            const m = /^(≥|≤)?(\d+(?:\.\d+)?)(.*)$/.exec(i.value);
            const cells = m ? [m[1] ?? '', m[2]!, m[3]!] : ['定性', i.value, ''];
            return [i.level1Text, i.level2Text, i.name, ...cells].join('\t');
          }),
          '',
        ].join('\n'),
      )
      .join('\n'),
  });
  // Self-evaluation columns, and the tail of a previous table before the first form.
  layouts.push({
    id: 'self-evaluation-with-tail',
    text: [
      '\t\t上年度结转项目满意度\t≥90%',
      '\t\t\t',
      ...projects.flatMap((p) => [
        '项目支出绩效自评表',
        ...header(p).map((r) => r.join('\t')),
        '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
        ...p.indicators.map((i) => [i.level1Text, i.level2Text, i.name, i.value, i.value, String(i.weight ?? ''), String(i.weight ?? ''), ''].join('\t')),
        '',
      ]),
    ].join('\n'),
  });
  return layouts;
}
