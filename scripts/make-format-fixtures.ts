/**
 * Builds the binary test fixtures in fixtures/formats/ (run: npx tsx scripts/make-format-fixtures.ts).
 * Deterministic: fixed document dates, fixed zip timestamps, a seeded random generator. Every target
 * document gets a `<file>.truth.json` with the projects as written here (funds in 元, indicator codes
 * from the glossary), against which the recogniser is tested.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import {
  AlignmentType, BorderStyle, Document, Packer, PageBreak, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType,
} from 'docx';
import { chromium } from 'playwright-core';
import { readCentralDirectory } from '../packages/formats/src/inspect-zip';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'fixtures/formats');
const FIXED_DATE = new Date(Date.UTC(2024, 0, 15, 8, 0, 0));

// ---------------------------------------------------------------- data model of the fixtures

interface Indicator {
  readonly level1: string; readonly level2: string; readonly l1Text: string; readonly l2Text: string;
  readonly name: string; readonly target: string;
  readonly basis?: string; readonly prior?: string | number; readonly weight?: number; readonly rule?: string;
  readonly evidence?: string; readonly description?: string; readonly actual?: string; readonly score?: number;
}
interface Project {
  readonly name: string; readonly code?: string; readonly unit: string; readonly lead?: string;
  /** 万元 as printed; converted to 元 for the truth. */
  readonly total: number; readonly fiscal: number; readonly other: number;
  readonly goals: readonly string[]; readonly usage?: string; readonly indicators: readonly Indicator[];
}

const ind = (level1: string, level2: string, l1Text: string, l2Text: string) =>
  (name: string, target: string, extra: Partial<Indicator> = {}): Indicator => ({ level1, level2, l1Text, l2Text, name, target, ...extra });

const qty = ind('output', 'quantity', '产出指标', '数量指标');
const qual = ind('output', 'quality', '产出指标', '质量指标');
const time = ind('output', 'timeliness', '产出指标', '时效指标');
const cost = ind('output', 'cost', '产出指标', '成本指标');
const econCost = ind('cost', 'economicCost', '成本指标', '经济成本指标');
const econ = ind('outcome', 'economicBenefit', '效益指标', '经济效益指标');
const social = ind('outcome', 'socialBenefit', '效益指标', '社会效益指标');
const sustain = ind('outcome', 'sustainability', '效益指标', '可持续影响指标');
const satisfied = ind('satisfaction', 'serviceSatisfaction', '满意度指标', '服务对象满意度指标');
const satisfied002 = ind('satisfaction', 'serviceSatisfaction', '满意度指标', '满意度指标');

const DECLARATIONS: readonly (Project & { date: string; preparer: string; kind: string; period: string })[] = [
  {
    name: '医疗保障政策宣传费', unit: '拉萨市医疗保障局', total: 55, fiscal: 55, other: 0, date: '2023年8月31日',
    preparer: '丁家毅 6569955', kind: '延续性项目', period: '2024年1月1日-12月31日',
    goals: [
      '目标1：根据《拉萨市医疗保障局宣传推广方案》，通过印制宣传册、宣传品、制作宣传视频、广告投放等形式，广泛宣传医保政策。',
      '目标2：全面提升公众对拉萨市医疗保障政策的认知度，提高公众对医疗保障服务的满意度。',
    ],
    indicators: [
      qty('印制宣传册、明白卡', '≥8万册'), qty('局宣传视频条数', '1条'), qty('医保政策短视频', '1条'),
      qty('打击欺诈骗保行为专项行动启动仪式场次', '1场'),
      qual('验收合格率', '100%'),
      time('出租车顶灯投放月数', '≥1个月'), time('完成即时性', '即时'),
      cost('宣传品', '10万元'), cost('宣传册、明白卡', '15万元'), cost('局宣传视频', '5万元'), cost('医保政策短视频', '2万元'),
      cost('打击欺诈骗保行为专项行动启动仪式', '9万元'), cost('户外广告投放(出租车顶灯)', '14万元'),
      social('医保政策知晓率', '≥80%'), social('为参保群众提供实际帮助(义诊、宣讲)', '≥5场次'),
      sustain('与相关行业协会、企事业单位建立长期合作机制', '长期'),
      satisfied('群众满意度', '≥90%'),
    ],
  },
  {
    name: '党建经费', unit: '拉萨市医疗保障局', total: 7.55, fiscal: 7.55, other: 0, date: '2023年8月28日',
    preparer: '次央 6670394', kind: '延续性', period: '2024年',
    goals: [
      '目标1：开展活动、订阅党政报刊2次以上，离退休党员干部2人；',
      '目标2：党员先进性提升、党员意识提高；',
      '目标3：党支部、党员满意度达到90%以上。',
    ],
    indicators: [
      qty('开展活动次数', '≥2次/年'), qty('机关党员人数', '20人'), qty('离退休党员人数', '2人'), qty('订阅党政报刊数', '≥2次'),
      qual('活动开展合法合规性', '100%'), qual('活动参与率', '≥90%'),
      time('活动开展及时率', '≥90%'),
      cost('党建经费标准', '在职党员总工资2%'), cost('离退休干部标准/人', '≤500元'),
      social('党员政治地位、思想觉悟', '有所提高'), social('党员党性意识', '提高'),
      sustain('党员先进性', '提升'),
      satisfied('机关领导满意度', '≥90%'), satisfied('全体党员满意度', '≥90%'),
    ],
  },
];

/** The level-2 rows of the declaration form, in order, with 必填/选填 marks. */
const DECLARATION_GROUPS: readonly { level1: string; level2: string; l1: string; l2: string; mark: string }[] = [
  { level1: 'output', level2: 'quantity', l1: '产出指标', l2: '数量指标', mark: '必填' },
  { level1: 'output', level2: 'quality', l1: '产出指标', l2: '质量指标', mark: '必填' },
  { level1: 'output', level2: 'timeliness', l1: '产出指标', l2: '时效指标', mark: '必填' },
  { level1: 'output', level2: 'cost', l1: '产出指标', l2: '成本指标', mark: '必填' },
  { level1: 'outcome', level2: 'economicBenefit', l1: '效益指标', l2: '经济效益指标', mark: '选填' },
  { level1: 'outcome', level2: 'socialBenefit', l1: '效益指标', l2: '社会效益指标', mark: '必填' },
  { level1: 'outcome', level2: 'ecologicalBenefit', l1: '效益指标', l2: '生态效益指标', mark: '选填' },
  { level1: 'outcome', level2: 'sustainability', l1: '效益指标', l2: '可持续影响指标', mark: '必填' },
  { level1: 'satisfaction', level2: 'serviceSatisfaction', l1: '满意度指标', l2: '服务对象满意度指标', mark: '必填' },
];

const TARGET_TABLES: readonly Project[] = [
  {
    name: '巴财社[2022]105号关于提前下达2023年自治区财政全民参保及医疗服务补助资金', unit: '库尔勒市医疗保障局', lead: '张光学',
    total: 7.5, fiscal: 7.5, other: 0,
    goals: [
      '目标1、围绕提高为民服务质量为重点，社会保险经办机构服务水平明显提高，基本医疗保险参保人数48.10万人，生育保险参保人数15.60万人，基本医疗保险参保率95%。',
      '目标2、提高医保政策知晓率，群众的参保自觉性进一步提高。',
    ],
    indicators: [
      qty('基本医疗保险参保人数', '>=48.10万人', { basis: '历史标准', prior: '48.10万人', weight: 5, rule: '按照正常比例赋分', evidence: '工作资料' }),
      qty('生育保险参保人数', '>=15.60万人', { basis: '计划标准', prior: '15.60万人', weight: 5, rule: '按照正常比例赋分', evidence: '工作资料' }),
      qty('基本医疗保险参保率', '>=95%', { basis: '历史标准', prior: 1, weight: 5, rule: '按照正常比例赋分', evidence: '工作资料' }),
      qty('政策宣传次数', '>=6次', { basis: '历史标准', prior: '17次', weight: 5, rule: '按照正常比例赋分', evidence: '工作资料' }),
      qual('2022年重复参保人数', '=0人', { basis: '行业或国家标准', prior: '0人', weight: 5, rule: '直接赋分', evidence: '工作资料' }),
      qual('2022年虚报参保人数', '=0人', { basis: '行业或国家标准', prior: '0人', weight: 5, rule: '直接赋分', evidence: '工作资料' }),
      time('各项医疗保险基金按时上解', '每季度结束后的15日内', { basis: '行业或国家标准', prior: '达成目标', weight: 5, rule: '直接赋分', evidence: '工作资料' }),
      time('各项社会保险基金决算报送', '每年度结束后的3个月内', { basis: '行业或国家标准', prior: '达成目标', weight: 5, rule: '直接赋分', evidence: '工作资料' }),
      econCost('宣传工作成本', '<=5万元', { basis: '预算支出标准', prior: '无', weight: 10, rule: '按照正常比例赋分', evidence: '原始凭证' }),
      econCost('全民参保及医疗服务补助成本', '<=2.50万元', { basis: '预算支出标准', prior: '3.6万元', weight: 10, rule: '按照正常比例赋分', evidence: '原始凭证' }),
      social('提高医保政策知晓率', '有所提高', { basis: '历史标准', prior: '达成目标', weight: 20, rule: '按评判等级赋分', evidence: '工作资料' }),
      satisfied002('提高基本医疗保险参保群众满意度', '>=95%', { basis: '历史标准', prior: 0.96, weight: 10, rule: '满意度赋分', evidence: '工作资料' }),
    ],
  },
  {
    name: '部门专项-2021-2023年度城乡居民基本医疗保险市级配套资金', unit: '库尔勒市医疗保障局', lead: '王锐',
    total: 6118.23, fiscal: 6000, other: 118.23,
    goals: [
      '目标1：确保全市城乡居民基本医疗保险参保人员（含贫困人员）市级财政配套补助资金；城乡居民参保缴费人数31万人，城乡居民医疗保险筹资标准（市级财政）197.36元/人/年。',
      '目标2：保障城乡居民基本医疗保险基金正常运转，提高享受人员待遇。',
    ],
    indicators: [
      qty('城乡居民参保缴费人数', '≥31万人', { basis: '历史标准', prior: '31.8万人', weight: 14, rule: '按照正常比例赋分', evidence: '工作资料' }),
      qual('城乡居民参保缴费率', '≥95%', { basis: '历史标准', prior: 1, weight: 13, rule: '按照正常比例赋分', evidence: '工作资料' }),
      time('城乡居民享受待遇及时率', '=100%', { basis: '历史标准', prior: 1, weight: 13, rule: '直接赋分', evidence: '工作资料' }),
      econCost('城乡居民医疗保险筹资标准', '≤197.36元/人/年', { basis: '预算支出标准', prior: '183.66元/人/年', weight: 20, rule: '按照正常比例赋分', evidence: '原始凭证' }),
      social('提高享受人员待遇', '提高', { basis: '历史标准', prior: '达成目标', weight: 7, rule: '按评判等级赋分', evidence: '工作资料' }),
      social('提高社会医疗保险保障水平', '提高', { basis: '历史标准', prior: '达成目标', weight: 7, rule: '按评判等级赋分', evidence: '工作资料' }),
      social('提高政策宣传普及率', '≥90%', { basis: '历史标准', prior: 0.92, weight: 6, rule: '按照正常比例赋分', evidence: '工作资料' }),
      satisfied002('参保人员满意度', '≥95%', { basis: '历史标准', prior: 0.98, weight: 10, rule: '满意度赋分', evidence: '工作资料' }),
    ],
  },
];

const XINGLONG: readonly Project[] = [
  {
    name: '劳务派遣人员经费', code: '13082222P00877610001X', unit: '362001兴隆县医疗保障局本级', total: 17.2, fiscal: 17.2, other: 0,
    usage: '劳务派遣人员经费', goals: ['1.对人员工资发放', '2.对人员缴纳养老保险', '3.促进工作顺利开展'],
    indicators: [
      qty('发放工资保险', '≥100百分比', { description: '发放劳务派遣工资保险', basis: '行业规定' }),
      qual('保障发放', '专款专用，保障发放', { description: '专款专用，保障发放', basis: '行业规定' }),
      time('发放及时', '按时发放工资及缴纳保险', { description: '按时发放工资及缴纳保险', basis: '行业规定' }),
      cost('预计成本', '不超预算', { description: '不超预算', basis: '行业规定' }),
      econ('医保业务运转', '保障医保工作正常运行', { description: '保障医保工作正常运行', basis: '行业规定' }),
      social('业务保障能力提升', '保障群众利益', { description: '保障群众利益', basis: '行业规定' }),
      sustain('长期实用性', '工作顺利开展', { description: '工作顺利开展', basis: '行业规定' }),
      satisfied('服务对象满意度', '≥100百分比', { description: '服务对象满意', basis: '行业规定' }),
    ],
  },
  {
    name: '财政对城乡基本医疗保险基金的补助', code: '13082222P00877110001H', unit: '362001兴隆县医疗保障局本级',
    total: 3100, fiscal: 3100, other: 0, usage: '用于城乡居民参保人员待遇支出',
    goals: ['1.落实国家医保政策，确保医保基金安全运行', '2.提高医疗服务实施监控水平'],
    indicators: [
      qty('参保人数', '所有参保人全部配套', { description: '所有参保人全部配套', basis: '配套相关文件' }),
      qual('重复参保人数', '无重复参保', { description: '无重复参保', basis: '配套相关文件' }),
      time('当年各级财政补助资金到位率', '全部到位', { description: '全部到位', basis: '配套相关文件' }),
      cost('虚报参保人数', '无虚报参保人数', { description: '无虚报参保人数', basis: '配套相关文件' }),
      social('享受财政补助覆盖面', '全部享受', { description: '全部享受', basis: '配套相关文件' }),
      sustain('基金滚存结余可支配月数', '≥6个月', { description: '基金滚存结余可支配月数', basis: '配套相关文件' }),
      econ('基本公共服务水平', '确保参保人员全员补助', { description: '确保参保人员全员补助', basis: '配套相关文件' }),
      satisfied('参保对象满意度', '≥93%', { description: '参保对象满意度', basis: '配套相关文件' }),
    ],
  },
];

const SELF_EVALUATION: Project & { executed: number; budgetScore: number } = {
  name: '部门专项-医疗保险业务经费和大楼运行专项经费', unit: '库尔勒市医疗保障局', total: 15, fiscal: 15, other: 0,
  executed: 14.25, budgetScore: 9.5,
  goals: ['确保办公大楼正常运行，保障单位各项医保工作的平稳有序开展，办公大楼用水量2600方，用电量200000度，日常运行维护12次。'],
  indicators: [
    qty('办公大楼用水量', '≥2600方', { actual: '2650方', weight: 6, score: 6 }),
    qty('办公大楼用电量', '≥200000度', { actual: '198000度', weight: 6, score: 5.94 }),
    qty('办公大楼日常运行维护次数', '≥12次', { actual: '12次', weight: 6, score: 6 }),
    qual('保障大楼运行正常', '=100%', { actual: '100%', weight: 6, score: 6 }),
    // The deliberate anomaly: 85% against ≥90% should score 5 × 85/90 = 4.72, the form prints 5.
    qual('政策宣传知晓率', '≥90%', { actual: '85%', weight: 5, score: 5, description: '宣传覆盖面不足，下一年度增加社区宣传场次' }),
    time('资金拨付及时率', '=100%', { actual: '100%', weight: 5, score: 5 }),
    econCost('办公大楼水费成本', '≤3.57元/方', { actual: '3.57元/方', weight: 7, score: 7 }),
    econCost('办公大楼电费成本', '≤0.45元/度', { actual: '0.45元/度', weight: 7, score: 7 }),
    econCost('办公大楼日常运行维护成本', '≤4400元', { actual: '4300元', weight: 6, score: 6 }),
    social('提高我市医疗保险工作质量', '有效提高', { actual: '有效提高', weight: 20, score: 20 }),
    sustain('医保服务保障机制', '长期有效', { actual: '长期有效', weight: 6, score: 6 }),
    satisfied('服务群众的满意度', '≥95%', { actual: '96%', weight: 10, score: 10 }),
  ],
};

// ---------------------------------------------------------------- truth files

const toYuan = (wan: number): number => Math.round(wan * 1_000_000) / 100;

function writeTruth(file: string, projects: readonly Project[], extra: Record<string, unknown> = {}): void {
  const truth = {
    file,
    ...extra,
    projects: projects.map((p) => ({
      name: p.name,
      ...(p.code ? { code: p.code } : {}),
      funds: { total: toYuan(p.total), fiscal: toYuan(p.fiscal), other: toYuan(p.other) },
      indicators: p.indicators.map((i) => ({
        level1: i.level1, level2: i.level2, name: i.name, targetText: i.target,
        ...(i.actual !== undefined ? { actualText: i.actual, weight: i.weight, score: i.score } : {}),
      })),
    })),
  };
  writeFileSync(join(OUT, `${file}.truth.json`), `${JSON.stringify(truth, null, 2)}\n`);
}

// ---------------------------------------------------------------- zip helpers (deterministic)

interface ZipInput { readonly name: string; readonly data: Uint8Array; readonly store?: boolean }

/** Writes a zip with fixed timestamps; every entry deflated unless `store`. */
function writeZip(entries: readonly ZipInput[]): Buffer {
  const dosTime = 0;
  const dosDate = ((2024 - 1980) << 9) | (1 << 5) | 15;
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const body = entry.store ? Buffer.from(entry.data) : deflateRawSync(entry.data, { level: 9 });
    const crc = crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(entry.store ? 0 : 8, 8); local.writeUInt16LE(dosTime, 10); local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc, 14); local.writeUInt32LE(body.length, 18); local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26); local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8); central.writeUInt16LE(entry.store ? 0 : 8, 10); central.writeUInt16LE(dosTime, 12);
    central.writeUInt16LE(dosDate, 14); central.writeUInt32LE(crc, 16); central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(entry.data.length, 24); central.writeUInt16LE(name.length, 28); central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

function readZip(bytes: Uint8Array): ZipInput[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return readCentralDirectory(bytes).map((e) => {
    const start = e.localHeaderOffset + 30 + view.getUint16(e.localHeaderOffset + 26, true) + view.getUint16(e.localHeaderOffset + 28, true);
    const raw = bytes.subarray(start, start + e.compressedSize);
    return { name: e.name, data: e.method === 0 ? raw : inflateRawSync(raw) };
  });
}

/** Re-zips an Office file with fixed timestamps and dates, optionally rewriting parts. */
function normaliseOfficeZip(bytes: Uint8Array, rewrite: (name: string, text: string) => string = (_n, t) => t): Buffer {
  const entries = readZip(bytes).map((e) => {
    if (!/\.(xml|rels)$/.test(e.name)) return e;
    let text = Buffer.from(e.data).toString('utf8');
    text = text.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*/g, '$12024-01-15T08:00:00Z');
    return { name: e.name, data: Buffer.from(rewrite(e.name, text), 'utf8') };
  });
  return writeZip(entries);
}

// ---------------------------------------------------------------- 000-declaration.docx

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

function wordCell(text: string | readonly string[], opts: { rowSpan?: number; columnSpan?: number; bold?: boolean } = {}): TableCell {
  const lines = typeof text === 'string' ? [text] : text;
  return new TableCell({
    children: lines.map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: opts.bold, font: 'SimSun', size: 21 })] })),
    rowSpan: opts.rowSpan, columnSpan: opts.columnSpan, borders: BORDERS, verticalAlign: VerticalAlign.CENTER,
  });
}

function makeDeclarationTable(p: (typeof DECLARATIONS)[number]): Table {
  const rows: TableRow[] = [
    new TableRow({ children: [wordCell('项目名称'), wordCell(p.name, { columnSpan: 4 })] }),
    new TableRow({ children: [wordCell('主管部门及代码'), wordCell(`${p.unit}`, { columnSpan: 2 }), wordCell('实施单位'), wordCell(p.unit)] }),
    new TableRow({ children: [wordCell('项目属性'), wordCell(p.kind, { columnSpan: 2 }), wordCell('项目期'), wordCell(p.period)] }),
    new TableRow({ children: [wordCell('项目资金（万元）', { rowSpan: 3 }), wordCell('年度资金总额：', { columnSpan: 2 }), wordCell(String(p.total), { columnSpan: 2 })] }),
    new TableRow({ children: [wordCell('其中：财政拨款', { columnSpan: 2 }), wordCell(String(p.fiscal), { columnSpan: 2 })] }),
    new TableRow({ children: [wordCell('其他资金', { columnSpan: 2 }), wordCell(String(p.other), { columnSpan: 2 })] }),
    new TableRow({ children: [wordCell('年度总体目标'), wordCell(p.goals, { columnSpan: 4 })] }),
  ];
  const body: { l1: string; l2: string | undefined; groupRows: number; l1Rows: number; name: string; value: string }[] = [];
  for (const group of DECLARATION_GROUPS) {
    const items = p.indicators.filter((i) => i.level1 === group.level1 && i.level2 === group.level2);
    const lines = items.map((i, k) => ({ name: `指标${k + 1}：${i.name}`, value: i.target }));
    // Empty placeholders, as on the printed form: optional groups keep two, the others one.
    const blanks = items.length === 0 ? 2 : group.mark === '必填' && items.length < 3 ? 1 : 0;
    for (let k = 0; k < blanks; k++) lines.push({ name: `指标${items.length + k + 1}：`, value: '' });
    lines.forEach((line, k) => body.push({ l1: group.l1, l2: k === 0 ? `${group.l2}（${group.mark}）` : undefined, groupRows: lines.length, l1Rows: 0, ...line }));
  }
  const l1Counts = new Map<string, number>();
  for (const b of body) l1Counts.set(b.l1, (l1Counts.get(b.l1) ?? 0) + 1);
  rows.push(new TableRow({
    children: [wordCell('绩效指标', { rowSpan: body.length + 1 }), wordCell('一级指标', { bold: true }), wordCell('二级指标', { bold: true }), wordCell('三级指标', { bold: true }), wordCell('指标值', { bold: true })],
  }));
  let previousL1 = '';
  for (const b of body) {
    const cells: TableCell[] = [];
    if (b.l1 !== previousL1) cells.push(wordCell(b.l1, { rowSpan: l1Counts.get(b.l1) }));
    if (b.l2 !== undefined) cells.push(wordCell(b.l2, { rowSpan: b.groupRows }));
    cells.push(wordCell(b.name), wordCell(b.value));
    previousL1 = b.l1;
    rows.push(new TableRow({ children: cells }));
  }
  return new Table({ rows, width: { size: 9000, type: WidthType.DXA }, columnWidths: [1300, 1500, 1900, 2800, 1500] });
}

async function makeDeclarationDocx(): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  DECLARATIONS.forEach((p, k) => {
    const title = (text: string, size = 32): Paragraph =>
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold: size > 24, size, font: 'SimHei' })] });
    if (k > 0) children.push(new Paragraph({ children: [new PageBreak()] }));
    children.push(
      title('拉萨市部门项目支出预算绩效目标申报表'),
      title('（2024年度）', 24),
      new Paragraph(`填报日期：${p.date}`),
      new Paragraph(`填报人及联系电话：${p.preparer}`),
      makeDeclarationTable(p),
      new Paragraph(''),
    );
  });
  const doc = new Document({ creator: 'Jixiao fixtures', title: '项目支出预算绩效目标申报表', sections: [{ children }] });
  return normaliseOfficeZip(await Packer.toBuffer(doc));
}

// ---------------------------------------------------------------- 002-target-table.xlsx

const THIN = { style: 'thin' as const };
const CELL_BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function styleRange(ws: ExcelJS.Worksheet, from: number, to: number, cols: number): void {
  for (let r = from; r <= to; r++) {
    for (let c = 1; c <= cols; c++) {
      const cell = ws.getCell(r, c);
      cell.border = CELL_BORDER;
      cell.alignment = { vertical: 'middle', wrapText: true };
      cell.font = { name: '宋体', size: 10 };
    }
  }
}

/** Merges the rows of each run of equal keys in one column (the 一级/二级 cells). */
function mergeRuns(ws: ExcelJS.Worksheet, firstRow: number, col: number, keys: readonly string[]): void {
  let start = 0;
  for (let k = 1; k <= keys.length; k++) {
    if (k === keys.length || keys[k] !== keys[start]) {
      if (k - start > 1) ws.mergeCells(firstRow + start, col, firstRow + k - 1, col);
      start = k;
    }
  }
}

function addTargetSheet(wb: ExcelJS.Workbook, p: Project, sheetName: string): void {
  const ws = wb.addWorksheet(sheetName, { pageSetup: { paperSize: 9, orientation: 'landscape' } });
  ws.columns = [10, 12, 22, 14, 14, 12, 10, 16, 10].map((width) => ({ width }));
  ws.mergeCells('A1:I1');
  ws.getCell('A1').value = '项目支出绩效目标表';
  ws.getCell('A1').font = { name: '黑体', size: 16, bold: true };
  ws.getCell('A1').alignment = { horizontal: 'center' };
  ws.mergeCells('A2:I2');
  ws.getCell('A2').value = '(2023年)';
  ws.getCell('A2').alignment = { horizontal: 'center' };
  ws.mergeCells('A3:B3'); ws.getCell('A3').value = '预算单位';
  ws.mergeCells('C3:I3'); ws.getCell('C3').value = p.unit;
  ws.mergeCells('A4:B4'); ws.getCell('A4').value = '项目名称';
  ws.mergeCells('C4:F4'); ws.getCell('C4').value = p.name;
  ws.mergeCells('G4:H4'); ws.getCell('G4').value = '项目负责人';
  ws.getCell('I4').value = p.lead ?? '';
  ws.mergeCells('A5:B5'); ws.getCell('A5').value = '项目资金(万元)';
  ws.getCell('C5').value = '年度预算总额:';
  // The total is a formula with its cached result, as Excel saves it (the float sum is not rounded).
  ws.getCell('D5').value = { formula: 'F5+H5', result: p.fiscal + p.other };
  ws.getCell('E5').value = { richText: [{ text: '其中:' }, { text: '财政拨款', font: { bold: true } }] };
  ws.getCell('F5').value = p.fiscal;
  ws.getCell('G5').value = '其他资金:';
  ws.mergeCells('H5:I5'); ws.getCell('H5').value = p.other;
  ws.mergeCells('A6:B6'); ws.getCell('A6').value = '项目总体目标';
  ws.mergeCells('C6:I6'); ws.getCell('C6').value = p.goals.join('\n');
  ws.getRow(6).height = 60;
  const header = ['一级指标', '二级指标', '三级指标', '指标值', '指标值设置依据', '上年完成值', '指标分值权重', '指标赋分规则', '佐证资料'];
  ws.getRow(7).values = header;
  ws.getRow(7).font = { bold: true };
  p.indicators.forEach((i, k) => {
    const row = ws.getRow(8 + k);
    row.values = [i.l1Text, i.l2Text, i.name, i.target, i.basis ?? '', i.prior ?? '', i.weight ?? '', i.rule ?? '', i.evidence ?? ''];
    if (typeof i.prior === 'number') row.getCell(6).numFmt = '0%';
  });
  const last = 7 + p.indicators.length;
  styleRange(ws, 3, last, 9);
  for (const r of [7]) for (let c = 1; c <= 9; c++) ws.getCell(r, c).font = { name: '宋体', size: 10, bold: true };
  mergeRuns(ws, 8, 1, p.indicators.map((i) => i.l1Text));
  mergeRuns(ws, 8, 2, p.indicators.map((i) => `${i.l1Text}/${i.l2Text}`));
  const dateRow = last + 2;
  ws.getCell(dateRow, 1).value = '填报日期';
  ws.getCell(dateRow, 2).value = new Date(Date.UTC(2023, 0, 15));
  ws.getCell(dateRow, 2).numFmt = 'yyyy"年"m"月"d"日"';
}

async function makeTargetTableXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Jixiao fixtures';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  addTargetSheet(wb, TARGET_TABLES[0] as Project, '全民参保及医疗服务');
  const hidden = wb.addWorksheet('填表说明');
  hidden.state = 'hidden';
  hidden.getCell('A1').value = '隐藏的填表说明：此表不应被导入';
  addTargetSheet(wb, TARGET_TABLES[1] as Project, '城乡居民医保配套');
  return normaliseOfficeZip(Buffer.from(await wb.xlsx.writeBuffer()));
}

// ---------------------------------------------------------------- 002-target-table.pdf (Chromium)

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function makeTargetTableHtml(): string {
  const pct = (v: string | number | undefined): string => (typeof v === 'number' ? `${Math.round(v * 100)}%` : (v ?? ''));
  const forms = TARGET_TABLES.map((p) => {
    const rows = p.indicators.map((i, k) => {
      const l1Run = p.indicators.filter((j) => j.l1Text === i.l1Text).length;
      const l2Run = p.indicators.filter((j) => j.l1Text === i.l1Text && j.l2Text === i.l2Text).length;
      const firstL1 = p.indicators.findIndex((j) => j.l1Text === i.l1Text) === k;
      const firstL2 = p.indicators.findIndex((j) => j.l1Text === i.l1Text && j.l2Text === i.l2Text) === k;
      return `<tr>${firstL1 ? `<td rowspan="${l1Run}">${i.l1Text}</td>` : ''}${firstL2 ? `<td rowspan="${l2Run}">${i.l2Text}</td>` : ''}` +
        `<td>${esc(i.name)}</td><td>${esc(i.target)}</td><td>${i.basis}</td><td>${pct(i.prior)}</td><td>${i.weight}</td><td>${i.rule}</td><td>${i.evidence}</td></tr>`;
    }).join('\n');
    return `<section><h1>项目支出绩效目标表</h1><p class="year">(2023年)</p><table>
<tr><td colspan="2">预算单位</td><td colspan="7">${p.unit}</td></tr>
<tr><td colspan="2">项目名称</td><td colspan="4">${esc(p.name)}</td><td colspan="2">项目负责人</td><td>${p.lead}</td></tr>
<tr><td colspan="2">项目资金(万元)</td><td>年度预算总额:</td><td>${p.total}</td><td>其中:财政拨款</td><td>${p.fiscal}</td><td>其他资金:</td><td colspan="2">${p.other}</td></tr>
<tr><td colspan="2">项目总体目标</td><td colspan="7">${p.goals.map(esc).join('<br>')}</td></tr>
<tr class="head"><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td><td>指标值设置依据</td><td>上年完成值</td><td>指标分值权重</td><td>指标赋分规则</td><td>佐证资料</td></tr>
${rows}
</table></section>`;
  });
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
body { font-family: 'Noto Serif CJK SC', 'Noto Sans CJK SC', serif; font-size: 10pt; margin: 0; }
section { page-break-after: always; }
h1 { text-align: center; font-size: 16pt; margin: 0 0 4pt; } .year { text-align: center; margin: 0 0 8pt; }
table { border-collapse: collapse; width: 100%; } td { border: 0.75pt solid #000; padding: 3pt 6pt; vertical-align: middle; }
tr.head td { font-weight: bold; text-align: center; }
</style></head><body>${forms.join('\n')}</body></html>`;
}

async function makeTargetTablePdf(): Promise<Buffer> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    const page = await browser.newPage();
    await page.setContent(makeTargetTableHtml(), { waitUntil: 'load' });
    const pdf = await page.pdf({ format: 'A4', landscape: true, margin: { top: '12mm', bottom: '12mm', left: '10mm', right: '10mm' } });
    return fixPdfDates(Buffer.from(pdf));
  } finally {
    await browser.close();
  }
}

/** Replaces the creation/modification dates with a fixed one of the same length (xref stays valid). */
function fixPdfDates(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1');
  const fixed = text.replace(/\/(CreationDate|ModDate) \(D:([0-9]{14})([^)]*)\)/g, (_m, key: string, _d: string, tz: string) =>
    `/${key} (D:20240115080000${'Z'.padEnd(tz.length, ' ').slice(0, tz.length)})`);
  return Buffer.from(fixed, 'latin1');
}

// ---------------------------------------------------------------- 004-target-table.html

function makeXinglongHtml(): string {
  const forms = XINGLONG.map((p, k) => {
    const l1Rows = (l1: string): number => p.indicators.filter((i) => i.l1Text === l1).length;
    const rows = p.indicators.map((i, n) => {
      const first = p.indicators.findIndex((j) => j.l1Text === i.l1Text) === n;
      const target = esc(i.target).replace('≥', '&ge;');
      return `  <tr>${first ? `<td rowspan="${l1Rows(i.l1Text)}">${i.l1Text}</td>` : ''}<td>${i.l2Text}</td><td>${esc(i.name)}</td>` +
        `<td colspan="2">${esc(i.description ?? '')}</td><td>${target}</td><td>${esc(i.basis ?? '')}</td></tr>`;
    }).join('\n');
    return `<h2><a name="_Toc_4_4_000000000${4 + k}"></a>${k + 1}.${p.name}绩效目标表</h2>
<p>${p.unit}&nbsp;&nbsp;&nbsp;&nbsp;单位：万元</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
  <tr><td>项目编码</td><td colspan="2">${p.code}</td><td>项目名称</td><td colspan="3">${esc(p.name)}</td></tr>
  <tr><td rowspan="2">预算规模及资金用途</td><td>预算数</td><td>${p.total.toFixed(2)}</td><td>其中：财政&nbsp;&nbsp;&nbsp; 资金</td><td>${p.fiscal.toFixed(2)}</td><td>其他资金</td><td>&nbsp;</td></tr>
  <tr><td colspan="6">${esc(p.usage ?? '')}</td></tr>
  <tr><td rowspan="2">资金支出计划（%）</td><td colspan="2">3月底</td><td>6月底</td><td>10月底</td><td colspan="2">12月底</td></tr>
  <tr><td colspan="2">25%</td><td>50%</td><td>75%</td><td colspan="2">100%</td></tr>
  <tr><td>绩效目标</td><td colspan="6">${p.goals.map((g) => `<p class="MsoNormal">${esc(g)}</p>`).join('\n')}</td></tr>
  <tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th colspan="2">绩效指标描述</th><th>指标值</th><th>指标值确定依据</th></tr>
${rows}
</table>`;
  });
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>兴隆县医疗保障局2024年部门预算绩效目标</title>
<style>td, th { border: 1px solid #000; padding: 2px 4px; } p.MsoNormal { margin: 0; }</style>
<script>window.dataLayer = window.dataLayer || []; /* <td>not a cell</td> */</script>
</head>
<body>
<!-- 由 Word 另存为网页 -->
<h1>兴隆县医疗保障局2024年项目绩效目标表</h1>
${forms.join('\n<p>&nbsp;</p>\n')}
</body>
</html>
`;
}

// ---------------------------------------------------------------- self-evaluation.xlsx

async function makeSelfEvaluationXlsx(): Promise<Buffer> {
  const p = SELF_EVALUATION;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Jixiao fixtures';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const ws = wb.addWorksheet('自评表');
  ws.columns = [10, 12, 16, 22, 14, 14, 8, 8, 24].map((width) => ({ width }));
  ws.mergeCells('A1:I1'); ws.getCell('A1').value = '项目支出绩效自评表';
  ws.getCell('A1').font = { name: '黑体', size: 16, bold: true }; ws.getCell('A1').alignment = { horizontal: 'center' };
  ws.mergeCells('A2:I2'); ws.getCell('A2').value = '（2023年度）'; ws.getCell('A2').alignment = { horizontal: 'center' };
  ws.mergeCells('A3:B3'); ws.getCell('A3').value = '项目名称';
  ws.mergeCells('C3:I3'); ws.getCell('C3').value = p.name;
  ws.mergeCells('A4:B4'); ws.getCell('A4').value = '主管部门';
  ws.mergeCells('C4:E4'); ws.getCell('C4').value = p.unit;
  ws.getCell('F4').value = '实施单位';
  ws.mergeCells('G4:I4'); ws.getCell('G4').value = p.unit;
  ws.mergeCells('A5:B8'); ws.getCell('A5').value = '项目资金（万元）';
  const putRow = (r: number, from: number, values: readonly (string | number)[]): void =>
    values.forEach((v, k) => { ws.getCell(r, from + k).value = v; });
  putRow(5, 3, ['', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']);
  const rate = p.executed / p.total;
  const money = [
    ['年度资金总额', p.total, p.total, p.executed, 10, rate, p.budgetScore],
    ['其中：当年财政拨款', p.fiscal, p.fiscal, p.executed, '—', rate, '—'],
    ['上年结转资金', 0, 0, 0, '—', '—', '—'],
  ];
  money.forEach((m, k) => {
    const r = 6 + k;
    putRow(r, 3, m);
  });
  ws.getCell('F6').value = { formula: 'F7+F8', result: p.executed };
  ws.mergeCells('A9:A10'); ws.getCell('A9').value = '年度总体目标';
  ws.mergeCells('B9:E9'); ws.getCell('B9').value = '预期目标';
  ws.mergeCells('F9:I9'); ws.getCell('F9').value = '实际完成情况';
  ws.mergeCells('B10:E10'); ws.getCell('B10').value = p.goals.join('\n');
  ws.mergeCells('F10:I10'); ws.getCell('F10').value = '办公大楼全年正常运行，用水2650方，用电198000度，日常维护12次；政策宣传知晓率85%。';
  ws.getRow(10).height = 48;
  putRow(11, 1, ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']);
  p.indicators.forEach((i, k) => {
    putRow(12 + k, 2, [i.l1Text, i.l2Text, i.name, i.target, i.actual ?? '', i.weight ?? '', i.score ?? '', i.description ?? '']);
  });
  // Excel keeps the binary float of a computed score: 6 × 0.99 is 5.9399999999999995, shown as 5.94.
  ws.getCell('H13').value = { formula: '6*0.99', result: 6 * 0.99 };
  const last = 11 + p.indicators.length;
  ws.mergeCells(11, 1, last, 1);
  mergeRuns(ws, 12, 2, p.indicators.map((i) => i.l1Text));
  mergeRuns(ws, 12, 3, p.indicators.map((i) => `${i.l1Text}/${i.l2Text}`));
  const total = last + 1;
  ws.mergeCells(total, 1, total, 6); ws.getCell(total, 1).value = '总分';
  const weights = p.indicators.reduce((n, i) => n + (i.weight ?? 0), 10);
  const scores = p.indicators.reduce((n, i) => n + (i.score ?? 0), p.budgetScore);
  ws.getCell(total, 7).value = { formula: `SUM(G12:G${last})+G6`, result: weights };
  ws.getCell(total, 8).value = { formula: `SUM(H12:H${last})+I6`, result: scores };
  styleRange(ws, 3, total, 9);
  for (let r = 6; r <= 8; r++) ws.getCell(r, 8).numFmt = '0%';
  return normaliseOfficeZip(Buffer.from(await wb.xlsx.writeBuffer()));
}

// ---------------------------------------------------------------- text encodings

let gbTable: Map<string, number[]> | undefined;

/** Encodes to GB18030 by inverting the platform decoder (2-byte GBK range, then 4-byte sequences). */
function encodeGb18030(text: string): Buffer {
  if (!gbTable) {
    gbTable = new Map();
    const decoder = new TextDecoder('gb18030');
    for (let a = 0x81; a <= 0xfe; a++) {
      for (let b = 0x40; b <= 0xfe; b++) {
        if (b === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([a, b]));
        if (ch.length === 1 && ch !== '\ufffd' && !gbTable.has(ch)) gbTable.set(ch, [a, b]);
      }
    }
    for (let a = 0x81; a <= 0x84; a++) for (let b = 0x30; b <= 0x39; b++) for (let c = 0x81; c <= 0xfe; c++) for (let d = 0x30; d <= 0x39; d++) {
      const ch = decoder.decode(new Uint8Array([a, b, c, d]));
      if (ch.length === 1 && ch !== '\ufffd' && !gbTable.has(ch)) gbTable.set(ch, [a, b, c, d]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (code < 0x80) out.push(code);
    else {
      const bytes = gbTable.get(ch);
      if (!bytes) throw new Error(`GB18030: no encoding for ${ch}`);
      out.push(...bytes);
    }
  }
  return Buffer.from(out);
}

const TRADITIONAL_TEXT = `項目支出績效目標表
(2023年)
預算單位\t\t庫爾勒市醫療保障局
項目名稱\t\t部門專項-醫療保險業務經費和大樓運行專項經費\t\t\t項目負責人\t\t張光學
項目資金(萬元)\t\t年度預算總額:\t15\t其中:財政撥款\t15\t其他資金:\t0
項目總體目標\t\t目標1. 確保辦公大樓正常運行，保障單位各項醫保工作的平穩有序開展。目標2. 正確合理使用資金，更好地為廣大參保群眾服務。
一級指標\t二級指標\t三級指標\t指標值\t指標值設置依據\t上年完成值\t指標分值權重\t指標賦分規則\t佐證資料
產出指標\t數量指標\t辦公大樓用水量\t≥2600方\t歷史標準\t1973方\t6\t按照正常比例賦分\t原始憑證
\t\t辦公大樓日常運行維護次數\t≥12次\t計劃標準\t12次\t6\t按照正常比例賦分\t工作資料
\t質量指標\t保障大樓運行正常\t=100%\t歷史標準\t100%\t6\t直接賦分\t工作資料
\t時效指標\t資金撥付及時率\t=100%\t計劃標準\t100%\t5\t直接賦分\t工作資料
成本指標\t經濟成本指標\t辦公大樓水費成本\t≤3.57元/方\t預算支出標準\t3.57元/方\t7\t按照正常比例賦分\t原始憑證
效益指標\t社會效益指標\t提高我市醫療保險工作質量\t有效提高\t歷史標準\t有效提高\t20\t按評判等級賦分\t工作資料
滿意度指標\t滿意度指標\t服務群眾的滿意度\t≥95%\t歷史標準\t96%\t10\t滿意度賦分\t工作資料
`;

const TRADITIONAL_TRUTH: Project = {
  name: '部門專項-醫療保險業務經費和大樓運行專項經費', unit: '庫爾勒市醫療保障局', total: 15, fiscal: 15, other: 0, goals: [],
  indicators: [
    qty('辦公大樓用水量', '≥2600方'), qty('辦公大樓日常運行維護次數', '≥12次'), qual('保障大樓運行正常', '=100%'),
    time('資金撥付及時率', '=100%'), econCost('辦公大樓水費成本', '≤3.57元/方'), social('提高我市醫療保險工作質量', '有效提高'),
    satisfied002('服務群眾的滿意度', '≥95%'),
  ],
};

// ---------------------------------------------------------------- hostile files

function makeRandomBytes(length: number, seed: number): Buffer {
  const out = Buffer.alloc(length);
  let x = seed >>> 0;
  for (let i = 0; i < length; i++) {
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;

/** An .xlsx whose sheet part inflates from about 20 KB to 20 MB of zeros (ratio ~1000:1). */
function makeZipBombXlsx(): Buffer {
  const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');
  return writeZip([
    { name: '[Content_Types].xml', data: utf8(CONTENT_TYPES) },
    { name: '_rels/.rels', data: utf8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>') },
    { name: 'xl/workbook.xml', data: utf8('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Sheet1" sheetId="1"/></sheets></workbook>') },
    { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(20 * 1024 * 1024, 0x30) },
  ]);
}

/** The 002 workbook with a "billion laughs" DOCTYPE put into its shared strings. */
function makeEntitiesXlsx(clean: Buffer): Buffer {
  const laughs = '<!DOCTYPE sst [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>';
  return normaliseOfficeZip(clean, (name, text) =>
    name === 'xl/sharedStrings.xml' ? text.replace(/^(<\?xml[^>]*\?>)/, `$1${laughs}`).replace('<t>预算单位</t>', '<t>&lol3;</t>') : text);
}

/** An OLE compound file header (a legacy .doc) followed by zero sectors. */
function makeLegacyDoc(): Buffer {
  const header = Buffer.alloc(1536, 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 0x18); header.writeUInt16LE(0x0003, 0x1a); header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e); header.writeUInt16LE(6, 0x20);
  return header;
}

/** 10,000 unclosed nested tables and 10,000 unclosed divs around one sentence. */
function makeDeepHtml(): string {
  return `<html><body>${'<div>'.repeat(10_000)}${'<table><tr><td>'.repeat(10_000)}深层嵌套的单元格文字</body></html>\n`;
}

/** A one-page PDF with only vector drawing (the ruling of a form), as a scan without OCR looks. */
function makeNoTextPdf(): Buffer {
  const lines: string[] = ['0.5 w'];
  for (let y = 700; y >= 300; y -= 40) lines.push(`50 ${y} m 545 ${y} l S`);
  for (const x of [50, 150, 250, 400, 545]) lines.push(`${x} 700 m ${x} 300 l S`);
  lines.push('0.85 g 60 720 475 40 re f');
  const stream = lines.join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, k) => {
    offsets.push(pdf.length);
    pdf += `${k + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const write = (name: string, data: string | Uint8Array): void => writeFileSync(join(OUT, name), data);

  const docx = await makeDeclarationDocx();
  write('000-declaration.docx', docx);
  writeTruth('000-declaration.docx', DECLARATIONS);

  const xlsx = await makeTargetTableXlsx();
  write('002-target-table.xlsx', xlsx);
  writeTruth('002-target-table.xlsx', TARGET_TABLES);

  const pdf = await makeTargetTablePdf();
  write('002-target-table.pdf', pdf);
  writeTruth('002-target-table.pdf', TARGET_TABLES);

  write('004-target-table.html', makeXinglongHtml());
  writeTruth('004-target-table.html', XINGLONG);

  write('self-evaluation.xlsx', await makeSelfEvaluationXlsx());
  writeTruth('self-evaluation.xlsx', [SELF_EVALUATION], {
    selfEvaluation: {
      budget: { initial: toYuan(SELF_EVALUATION.total), annual: toYuan(SELF_EVALUATION.total), executed: toYuan(SELF_EVALUATION.executed), weight: 10, executionRate: 0.95, score: SELF_EVALUATION.budgetScore },
      totalWeight: 100,
      totalScore: 99.44,
      anomalies: [{ indicator: '政策宣传知晓率', targetText: '≥90%', actualText: '85%', weight: 5, printedScore: 5, expectedScore: 4.72, note: '未达到 ≥ 目标却得满分' }],
    },
  });

  const sample002 = readFileSync(join(ROOT, 'fixtures/samples/002_958eda048e829117.txt'), 'utf8');
  write('002-gb18030.txt', encodeGb18030(sample002));
  write('002-utf16le-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample002.replace(/\n/g, '\r\n'), 'utf16le')]));
  write('traditional.txt', TRADITIONAL_TEXT);
  writeTruth('traditional.txt', [TRADITIONAL_TRUTH]);

  write('empty.txt', '');
  write('random.bin', makeRandomBytes(4096, 20240115));
  write('truncated.docx', docx.subarray(0, 3072));
  write('zip-bomb.xlsx', makeZipBombXlsx());
  write('xml-entities.xlsx', makeEntitiesXlsx(xlsx));
  write('legacy.doc', makeLegacyDoc());
  write('deep-nesting.html', makeDeepHtml());
  write('no-text.pdf', makeNoTextPdf());
  write('truncated.pdf', pdf.subarray(0, Math.floor(pdf.length / 3)));
  console.log(`fixtures written to ${OUT}`);
}

await main();
