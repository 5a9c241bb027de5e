import type { Row } from '../../import/cell-document';
import { decimalToFen } from '../../model/money';
import type { Narrative, NarrativeCount, NarrativeFigure, Staffing, TrainingItem } from '../model/disclosure';
import { joinNarrativeText, lineAtOffset } from './join-narrative-text';
import { parseChangeClause } from './parse-change-clause';

/** Section headings of the narrative → section keys (layout knowledge as data). */
const SECTIONS: readonly [RegExp, string][] = [
  [/收支预算总体/, 'overall'],
  [/财政拨款收支/, 'fiscal'],
  [/一般公共预算(拨款)?支出明细|一般公共预算当年拨款规模|按(功能|经济)科目分类/, 'general'],
  [/政府性基金预算/, 'governmentFund'],
  [/国有资本经营预算/, 'stateCapital'],
  [/三公/, 'threePublic'],
  [/国有资产/, 'assets'],
  [/政府采购/, 'procurement'],
  [/绩效目标/, 'performance'],
  [/机关运行经费/, 'operatingCosts'],
  [/名词解释/, 'glossary'],
  [/人员情况/, 'staffing'],
  [/预算单位构成/, 'units'],
];
const HEADING = /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+、)/;
const AMOUNT = /([\d,]+(?:\.\d+)?)万元(?!以上|以下)/g;
const LABEL_BREAK = /[，,。；;：:、\n\t]|其中/g;

const COUNT_PATTERNS: readonly [string, RegExp][] = [
  ['assets.vehiclesHeld', /共有车辆(\d+)辆/],
  ['assets.equipmentHeld', /共有车辆\d+辆[，,]\s*单价\d+万元以上的设备(\d+)台/],
  ['assets.vehiclesPlanned', /安排购置车辆(\d+)辆/],
  ['assets.equipmentPlanned', /安排购置单价\d+万元以上的设备(\d+)台/],
  ['units.secondary', /二级预算单位共有(\d+)个/],
];

/** Reads the narrative parts: every 万元 figure with its change clause, counts, the training list, units and staffing. */
export function readNarrative(rows: readonly Row[]): { narrative: Narrative; staffing: Staffing } {
  const joined = joinNarrativeText(rows);
  const text = joined.text;
  const figures: NarrativeFigure[] = [];
  let section = 'other';
  let offset = 0;
  for (const paragraph of text.split('\n')) {
    const start = offset;
    offset += paragraph.length + 1;
    if (HEADING.test(paragraph) && paragraph.length < 40) {
      const hit = SECTIONS.find(([re]) => re.test(paragraph));
      section = hit ? hit[1] : section === 'glossary' ? 'glossary' : section;
      continue;
    }
    if (section === 'glossary' || paragraph.includes('\t')) continue;
    let consumed = 0;
    for (const m of paragraph.matchAll(AMOUNT)) {
      const at = m.index ?? 0;
      if (at < consumed) continue;
      const before = paragraph.slice(0, at);
      let labelStart = 0;
      for (const b of before.matchAll(LABEL_BREAK)) labelStart = (b.index ?? 0) + b[0].length;
      const label = before.slice(labelStart).replace(/^\s*[（(]\d+[)）]\s*/, '').trim();
      const code = /[（(](\d{3,7})[)）]$/.exec(label)?.[1] ?? null;
      const amount = decimalToFen(m[1]!, 'wan');
      if (amount === null) continue;
      const clause = parseChangeClause(paragraph.slice(at + m[0].length));
      const end = at + m[0].length + (clause?.length ?? 0);
      consumed = end;
      figures.push({
        section,
        label,
        code,
        amount,
        amountText: m[1]!,
        direction: clause?.direction ?? null,
        change: clause?.change ?? null,
        changeText: clause?.changeText ?? null,
        rate: clause?.rate ?? null,
        rateText: clause?.rateText ?? null,
        directionWords: clause?.directionWords ?? [],
        reason: clause?.reason ?? null,
        span: [start + labelStart, start + end],
        line: lineAtOffset(joined, start + at),
      });
    }
  }
  const counts: NarrativeCount[] = [];
  for (const [key, re] of COUNT_PATTERNS) {
    const m = re.exec(text);
    if (m) counts.push({ key, value: Number(m[1]), text: m[0], span: [m.index, m.index + m[0].length], line: lineAtOffset(joined, m.index) });
  }
  const emptyTableNotes = [...text.matchAll(/[^。；\n]*空表[^。；\n]*/g)].map((m) => m[0]);
  return {
    narrative: { text, figures, counts, trainingList: readTrainingList(rows), units: readUnitList(rows), emptyTableNotes },
    staffing: readStaffing(text),
  };
}

function readTrainingList(rows: readonly Row[]): TrainingItem[] {
  const headerIndex = rows.findIndex((r) => r.cells.some((c) => /会议.*培训.*名称|培训名称|会议名称/.test(c)));
  if (headerIndex < 0) return [];
  const header = rows[headerIndex]!.cells.map((c) => c.trim());
  const col = (re: RegExp): number => header.findIndex((c) => re.test(c));
  const nameCol = col(/名称/);
  const amountCol = col(/金额/);
  const scale = rows.slice(Math.max(0, headerIndex - 3), headerIndex).some((r) => r.cells.some((c) => /万元/.test(c))) ? 'wan' : 'yuan';
  const out: TrainingItem[] = [];
  for (const row of rows.slice(headerIndex + 1)) {
    const cells = row.cells.map((c) => c.trim());
    if (cells.filter((c) => c !== '').length < 2) break;
    out.push({ name: cells[nameCol] ?? '', period: cells[col(/时间/)] ?? '', people: cells[col(/人数/)] ?? '', amount: decimalToFen(cells[amountCol] ?? '', scale), line: row.loc.line ?? 0 });
  }
  return out;
}

function readUnitList(rows: readonly Row[]): string[] {
  const headerIndex = rows.findIndex((r) => r.cells.some((c) => c.trim() === '单位名称') && r.cells.some((c) => /序号/.test(c)));
  if (headerIndex < 0) return [];
  const nameCol = rows[headerIndex]!.cells.findIndex((c) => c.trim() === '单位名称');
  const out: string[] = [];
  for (const row of rows.slice(headerIndex + 1)) {
    if (row.cells.filter((c) => c.trim() !== '').length < 2) break;
    out.push((row.cells[nameCol] ?? '').trim());
  }
  return out;
}

function readStaffing(text: string): Staffing {
  const num = (re: RegExp): number | null => {
    const m = re.exec(text);
    return m ? Number(m[1]) : null;
  };
  return {
    authorised: num(/人员编制(\d+)人/),
    authorisedAdministrative: num(/行政编制(\d+)人/),
    authorisedInstitution: num(/事业编制(\d+)人/),
    actual: num(/实有人员(\d+)人/),
    actualAdministrative: num(/实有人员\d+人[，,]\s*其中[:：]?行政(\d+)人/),
    actualInstitution: num(/实有人员\d+人[，,]\s*其中[:：]?行政\d+人[，,、]\s*事业(\d+)人/),
    retired: num(/离退休人员(\d+)人/),
  };
}
