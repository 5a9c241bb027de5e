import { formatWan, type Fen } from '../../model/money';
import type { NarrativeFigure } from '../model/disclosure';
import type { DepartmentOverview, GlossaryEntry } from './department-budget';

const HEADING = /^([一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分)/;

/** The paragraphs between a heading matching `start` and the next top-level heading. */
function paragraphsUnder(paragraphs: readonly string[], start: RegExp): string[] {
  const i = paragraphs.findIndex((p) => start.test(p) && HEADING.test(p) && p.length < 40);
  if (i < 0) return [];
  const out: string[] = [];
  for (const p of paragraphs.slice(i + 1)) {
    if (/^[一二三四五六七八九十]+、/.test(p) && p.length < 40 && /情况|说明|构成|任务|职责|解释/.test(p)) break;
    if (/^第[一二三四五六七八九十]+部分/.test(p)) break;
    out.push(p);
  }
  return out;
}

const stripNumber = (p: string): string => p.replace(/^\s*\d+[.、．]\s*/, '');

/** 部门概况 as written: founding paragraphs, duties, internal organisation, notes and 工作任务. */
export function readOverview(text: string): DepartmentOverview {
  const paragraphs = text.split('\n').map((p) => p.trim()).filter((p) => p !== '');
  const first = paragraphsUnder(paragraphs, /主要职责及机构设置/);
  const dutiesAt = first.findIndex((p) => /^[（(]一[)）]\s*主要职责/.test(p));
  const orgAt = first.findIndex((p) => /^[（(]二[)）]\s*内设机构/.test(p));
  const establishment = first.slice(0, dutiesAt < 0 ? 0 : dutiesAt);
  const duties = dutiesAt < 0 ? [] : first.slice(dutiesAt + 1, orgAt < 0 ? undefined : orgAt).map(stripNumber);
  const orgPart = orgAt < 0 ? [] : first.slice(orgAt + 1);
  const listStart = orgPart.findIndex((p) => /^\d+[.、．]/.test(p));
  let k = listStart < 0 ? orgPart.length : listStart;
  const organisation: { name: string; duties: string }[] = [];
  while (k < orgPart.length && /^\d+[.、．]/.test(orgPart[k]!)) {
    const body = stripNumber(orgPart[k]!);
    const dot = body.indexOf('。');
    organisation.push({ name: dot > 0 ? body.slice(0, dot) : body, duties: dot > 0 ? body.slice(dot + 1) : '' });
    k++;
  }
  const organisationNotes = orgPart.slice(k);
  return { establishment, duties, organisation, organisationNotes, tasks: paragraphsUnder(paragraphs, /^二、工作任务/) };
}

/** 专业名词解释 entries ("1. 机关运行经费：指…"). */
export function readGlossary(text: string): GlossaryEntry[] | null {
  const paragraphs = text.split('\n').map((p) => p.trim()).filter((p) => p !== '');
  const under = paragraphsUnder(paragraphs, /名词解释/);
  const entries = under.filter((p) => /^\d+[.、．]/.test(p)).map((p) => {
    const body = stripNumber(p);
    const colon = body.search(/[：:]/);
    return { term: colon > 0 ? body.slice(0, colon) : body, definition: colon > 0 ? body.slice(colon + 1) : '' };
  });
  return entries.length > 0 ? entries : null;
}

/**
 * The prior-year amount a narrative figure implies. `exact` is the current amount in fen from its
 * table, when known. The printed change is rounded to 0.01 万元, so the prior year is recovered
 * from the printed rate where that reproduces the printed change; otherwise current ∓ change.
 */
export function priorFromFigure(figure: NarrativeFigure, exact: Fen | null): Fen | null {
  const current = exact ?? figure.amount;
  switch (figure.direction) {
    case 'flat':
      return current;
    case 'incomparable':
      return 0;
    case 'increase':
    case 'decrease': {
      if (figure.change === null) return null;
      const sign = figure.direction === 'increase' ? 1 : -1;
      if (figure.rate !== null && figure.rate > 0 && !(figure.direction === 'decrease' && figure.rate === 10000)) {
        const fromRate = Math.round((current * 10000) / (10000 + sign * figure.rate));
        if (formatWan(Math.abs(current - fromRate)) === formatWan(figure.change)) return fromRate;
      }
      return current - sign * figure.change;
    }
    default:
      return null;
  }
}
