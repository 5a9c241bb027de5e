import { formatWan, type Fen } from '../../model/money';
import { sumAmounts, type BudgetFacts } from './budget-facts';
import { FISCAL_SOURCES, FUND_SOURCE_LABELS, type FundSource, type GlossaryEntry, type ThreePublicKey } from './department-budget';
import { describeChange } from './describe-change';
import type { GeneratedNarrativeSection } from './generated-disclosure';

/** The standard 专业名词解释 (as 001 prints it). */
export const DEFAULT_GLOSSARY: readonly GlossaryEntry[] = [
  { term: '机关运行经费', definition: '指各部门的公用经费，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、专用材料及一般设备购置费、办公用房水电费、办公用房取暖费、办公用房物业管理费、公务用车运行维护费以及其他费用。' },
  {
    term: '“三公”经费',
    definition:
      '包括因公出国（境）费、公务接待费、公务用车购置及运行维护费。其中，因公出国（境）费反映单位公务出国（境）的国际旅费、国外城市间交通费、住宿费、伙食费、培训费、公杂费等支出；公务用车购置及运行维护费反映单位公务用车车辆购置支出（含车辆购置税）、燃料费、维修费、过路过桥费、保险费、安全奖励费用等支出；公务接待费反映单位按规定开展的各类公务接待（含外宾接待）支出。',
  },
  { term: '基本支出', definition: '指为保障机构正常运转、完成日常工作任务而发生的各项支出。' },
  { term: '项目支出', definition: '指单位为完成特定的行政工作任务或事业发展目标所发生的各项支出。' },
  { term: '财政拨款收入', definition: '指本级财政当年拨付的资金。' },
  { term: '公用经费', definition: '指为完成特定的行政工作任务或事业发展目标用于设备设施的维持性费用支出，以及直接用于公务活动的支出，具体包括公务费、业务费、修缮费、设备购置费、其他费用等。' },
  { term: '工资福利支出', definition: '反映开支的在职职工和编制外长期聘用人员的各类劳动报酬，以及上述人员缴纳的各项社会保险费等。' },
];

const PART1 = '第一部分 部门概况';
const PART2 = '第二部分 收支情况';
const PART3 = '第三部分 其他情况';
const w = (fen: Fen): string => `${formatWan(fen)}万元`;
const numbered = (text: string, k: number): string => (/^\s*(\d+[.、．]|[（(]?[一二三四五六七八九十]+[、）)])/.test(text) ? text : `${k + 1}. ${text}`);

/** Ends a list of clauses: '；' between items, '。' after the last. */
function listItems(items: readonly string[]): string[] {
  return items.map((t, k) => `${t}${k === items.length - 1 ? '。' : '；'}`);
}

/** The narrative sections, with every number computed from the budget and the entered reasons. */
export function buildNarrative(facts: BudgetFacts): GeneratedNarrativeSection[] {
  const b = facts.budget;
  const y = b.fiscalYear;
  const lines = facts.lines;
  const general = lines.filter((l) => l.source === 'generalBudget');
  const G = sumAmounts(general);
  const gClause = describeChange(G, facts.prior('generalBudget'), facts.reason('generalBudget'));
  const sections: GeneratedNarrativeSection[] = [];
  const add = (key: string, part: string, title: string, paragraphs: readonly string[], table: GeneratedNarrativeSection['table'] = null) => sections.push({ key, part, title, paragraphs, table });
  const short = b.department.name.replace(/[（(]汇总[)）]$/, '');

  add('overview', PART1, '一、主要职责及机构设置', [
    ...b.overview.establishment,
    '（一）主要职责。',
    ...(b.overview.duties.length > 0 ? b.overview.duties.map(numbered) : ['（未填写）']),
    '（二）内设机构。',
    ...(b.overview.organisation.length > 0 ? [`根据上述职责，${short}设下列内设机构：`, ...b.overview.organisation.map((o, k) => numbered(`${o.name}。${o.duties}`, k))] : ['（未填写）']),
    ...b.overview.organisationNotes,
  ]);
  add('tasks', PART1, '二、工作任务', b.overview.tasks.length > 0 ? b.overview.tasks : ['（未填写）']);
  const secondary = b.units.length;
  add(
    'units',
    PART1,
    '三、预算单位构成',
    [`从预算单位构成看，本部门的部门预算包括${b.units.map((u) => u.name).join('、') || '部门本级'}预算。`, `纳入本部门当年预算编制范围的二级预算单位共有${secondary}个，包括：`],
    { title: null, moneyUnit: null, header: ['序号', '单位名称', '拟变动情况'], rows: b.units.map((u, k) => [String(k + 1), u.name, u.change || '无']) },
  );
  const s = b.staffing;
  const n = (v: number | null) => (v === null ? '—' : String(v));
  add('staffing', PART1, '四、人员情况说明', [
    `截止上年底，本部门人员编制${n(s.authorised)}人，其中行政编制${n(s.authorisedAdministrative)}人，事业编制${n(s.authorisedInstitution)}人；实有人员${n(s.actual)}人，其中行政${n(s.actualAdministrative)}人，事业${n(s.actualInstitution)}人。单位管理的离退休人员${n(s.retired)}人。`,
  ]);

  // 五、收支说明 (a heading of its own, as 001 prints it, with (一)…(五) under it)
  add('incomeExpenditure', PART2, '五、收支说明', []);
  const current = lines.filter((l) => l.source !== 'priorCarryover');
  const total = sumAmounts(lines);
  const sources = (Object.keys(FUND_SOURCE_LABELS) as FundSource[]).filter((src) => lines.some((l) => l.source === src));
  const sourceItems = (suffix: string) =>
    sources.map((src) => {
      const amount = sumAmounts(lines.filter((l) => l.source === src));
      const scope = src === 'generalBudget' || src === 'governmentFund' || src === 'stateCapital' ? src : null;
      return `${FUND_SOURCE_LABELS[src]}${suffix}${w(amount)}${scope ? describeChange(amount, facts.prior(scope), facts.reason(scope)) : ''}`;
    });
  const totalClause = sources.length > 1 ? describeChange(total, facts.prior('total'), facts.reason('total')) : '';
  const overall = (side: string) => `本部门${y}年预算${side}${w(side === '收入' ? sumAmounts(current) + sumAmounts(lines.filter((l) => l.source === 'priorCarryover')) : total)}${totalClause}${sources.length > 0 ? `，其中：${sourceItems('').join('；')}` : ''}`;
  add('overall', PART2, '（一）收支预算总体情况', [`按照综合预算的原则，本部门所有收入和支出均纳入部门预算管理。${overall('收入')}；${overall('支出')}。`]);
  const fiscal = lines.filter((l) => (FISCAL_SOURCES as readonly FundSource[]).includes(l.source));
  const F = sumAmounts(fiscal);
  const fiscalItems = (kind: string) =>
    FISCAL_SOURCES.filter((src) => fiscal.some((l) => l.source === src) || src === 'generalBudget').map((src) => {
      const amount = sumAmounts(fiscal.filter((l) => l.source === src));
      return `${FUND_SOURCE_LABELS[src]}${kind}${w(amount)}${describeChange(amount, facts.prior(src), facts.reason(src))}`;
    });
  add('fiscal', PART2, '（二）财政拨款收支情况', [`${y}年，本部门当年财政拨款收入${w(F)}，其中：${fiscalItems('收入').join('；')}；本部门${y}年财政拨款支出${w(F)}，其中：${fiscalItems('支出').join('；')}。`]);

  const functionCodes = [...new Set([...general.map((l) => l.functionCode), ...b.changes.filter((c) => c.scope === 'function' && c.code?.length === 7).map((c) => c.code!)])].sort();
  const fnItems = functionCodes.map((code, k) => {
    const amount = sumAmounts(general.filter((l) => l.functionCode === code));
    return `（${k + 1}）${facts.functionName(code)}（${code}）${w(amount)}${describeChange(amount, facts.prior('function', code), facts.reason('function', code))}`;
  });
  const classes = (codes: readonly string[], scope: 'deptEconomic' | 'govEconomic', name: (c: string) => string, of: (c: string) => Fen) =>
    [...new Set([...codes, ...b.changes.filter((c) => c.scope === scope && c.code?.length === 3).map((c) => c.code!)])]
      .sort()
      .map((code) => `${name(code)}（${code}）${w(of(code))}${describeChange(of(code), facts.prior(scope, code), facts.reason(scope, code))}`);
  const deptItems = classes(general.map((l) => l.deptEconomicCode.slice(0, 3)), 'deptEconomic', facts.deptEconomicName, (c) => sumAmounts(general.filter((l) => l.deptEconomicCode.startsWith(c))));
  const govItems = classes(general.map((l) => (l.gov ?? '').slice(0, 3)).filter((c) => c !== ''), 'govEconomic', facts.govEconomicName, (c) => sumAmounts(general.filter((l) => (l.gov ?? '').startsWith(c))));
  const lead = `${y}年，本部门当年一般公共预算支出${w(G)}，其中：`;
  add('general', PART2, '（三）一般公共预算拨款支出明细情况', [
    '1、一般公共预算当年拨款规模变化情况',
    `${y}年，本部门当年一般公共预算拨款支出${w(G)}${gClause}。`,
    '2、支出按功能科目分类的明细情况',
    lead,
    ...listItems(fnItems),
    '3、支出按经济科目分类的明细情况',
    '（1）按照部门预算支出经济分类的类级科目说明',
    lead,
    ...listItems(deptItems),
    '（2）按照政府预算支出经济分类的类级科目说明',
    lead,
    ...listItems(govItems),
  ]);
  const fund = sumAmounts(lines.filter((l) => l.source === 'governmentFund'));
  add('governmentFund', PART2, '（四）政府性基金预算支出情况', [
    fund === 0 && !facts.prior('governmentFund') ? '本部门无当年政府性基金预算收支，并已公开空表。' : `${y}年，本部门当年政府性基金预算拨款支出${w(fund)}${describeChange(fund, facts.prior('governmentFund'), facts.reason('governmentFund'))}。`,
  ]);
  const capital = sumAmounts(lines.filter((l) => l.source === 'stateCapital'));
  add('stateCapital', PART2, '（五）国有资本经营预算拨款收支情况', [
    capital === 0 && !facts.prior('stateCapital') ? '本部门无当年国有资本经营预算收支，并在财政拨款收支总体情况表中列示。' : `${y}年，本部门当年国有资本经营预算拨款支出${w(capital)}${describeChange(capital, facts.prior('stateCapital'), facts.reason('stateCapital'))}。`,
  ]);

  // 六、三公
  const item = (k: ThreePublicKey) => facts.threePublicAmount(k);
  const tp = item('overseasTravel') + item('reception') + item('vehicleOperation') + item('vehiclePurchase');
  const tpClause = (k: ThreePublicKey) => describeChange(item(k), facts.prior(k), facts.reason(k));
  const trainingRows = [...b.meetings, ...b.trainings];
  add(
    'threePublic',
    PART3,
    '六、“三公”经费及会议费、培训费情况说明',
    [
      `${y}年，本部门当年一般公共预算“三公”经费预算支出${w(tp)}${describeChange(tp, facts.prior('threePublic'), facts.reason('threePublic'))}。其中：`,
      `因公出国（境）经费${w(item('overseasTravel'))}${tpClause('overseasTravel')}；`,
      `公务接待费${w(item('reception'))}${tpClause('reception')}；`,
      `公务用车运行维护费${w(item('vehicleOperation'))}${tpClause('vehicleOperation')}；`,
      `公务用车购置费${w(item('vehiclePurchase'))}${tpClause('vehiclePurchase')}。`,
      `${y}年，本部门当年一般公共预算会议费预算支出${w(item('meetings'))}${tpClause('meetings')}。`,
      `${y}年，本部门当年一般公共预算培训费预算支出${w(item('training'))}${tpClause('training')}。`,
    ],
    { title: '会议费培训费明细表', moneyUnit: '万元', header: ['序号', '会议/培训名称', '时间', '人数', '金额', '备注'], rows: trainingRows.map((t, k) => [String(k + 1), t.name, t.period, t.people, formatWan(t.amount), t.note]) },
  );
  const assets = b.assets.items;
  const countOf = (kind: 'vehicle' | 'equipment', status: 'held' | 'planned') =>
    assets.filter((a) => a.kind === kind && a.status === status && (kind === 'vehicle' || a.unitPrice > 20_000_000)).reduce((s2, a) => s2 + a.quantity, 0);
  add('assets', PART3, '七、国有资产占有使用及资产购置情况说明', [
    `截止上年底，本部门所属预算单位共有车辆${countOf('vehicle', 'held')}辆，单价20万元以上的设备${countOf('equipment', 'held')}台（套）。当年部门预算安排购置车辆${countOf('vehicle', 'planned')}辆；安排购置单价20万元以上的设备${countOf('equipment', 'planned')}台（套）。`,
  ]);
  const proc = b.procurement;
  const procOf = (kind: string) => sumAmounts(proc.filter((p) => p.kind === kind));
  add('procurement', PART3, '八、政府采购情况说明', [
    `${y}年当年本部门政府采购预算共${w(sumAmounts(proc))}，其中政府采购货物类预算${w(procOf('goods'))}、政府采购服务类预算${w(procOf('services'))}、政府采购工程类预算${w(procOf('works'))}（详见公开报表中的政府采购表）。`,
  ]);
  const projectLines = lines.filter((l) => l.kind === 'project');
  const projectNames = [...new Set(projectLines.map((l) => l.projectName ?? ''))];
  const covered = projectNames.filter((p) => b.projectTargets.some((t) => t.projectName === p));
  const coverage = projectNames.length > 0 && covered.length === projectNames.length ? '本部门绩效目标管理全覆盖' : `本部门${projectNames.length}个专项业务经费项目中${covered.length}个编制了绩效目标`;
  const projectOf = (src: FundSource) => sumAmounts(projectLines.filter((l) => l.source === src));
  add('performance', PART3, '九、绩效目标情况说明', [
    `${y}年${coverage}，涉及当年一般公共预算当年拨款${w(projectOf('generalBudget'))}，当年政府性基金预算当年拨款${w(projectOf('governmentFund'))}，当年国有资本经营预算拨款${w(projectOf('stateCapital'))}（详见公开报表中的绩效目标表）。`,
  ]);
  add('operatingCosts', PART3, '十、机关运行经费安排情况说明', [
    `${y}年，本部门当年机关运行经费预算安排${w(facts.operatingCosts)}${describeChange(facts.operatingCosts, facts.prior('operatingCosts'), facts.reason('operatingCosts'))}。`,
  ]);
  add('glossary', PART3, '十一、专业名词解释', (b.glossary ?? DEFAULT_GLOSSARY).map((g, k) => `${k + 1}. ${g.term}：${g.definition}`));
  return sections;
}
