import { decimalToFen } from '../model/money';
import type { Fen } from '../model/money';
import type { Project, ProjectKind, SpendingCheckpoint } from '../model/project';
import type { ProjectField } from './layout-view';
import { formatProjectField } from './field-text';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** 万元 text (`55`, `7.55万元`, `27.14万`) → fen; null when empty or not a number. */
export function parseWanText(text: string): Fen | null {
  return decimalToFen(text.replace(/万元?$/, '').trim(), 'wan');
}

function kindOf(text: string): ProjectKind | null {
  if (/新增|新/.test(text)) return 'new';
  if (/延续/.test(text)) return 'continuing';
  if (/经常/.test(text)) return 'recurring';
  return null;
}

const orNull = (s: string): string | null => (s === '' ? null : s);

/**
 * Whether `text` (as read from an edited sheet) means something else than the stored value of
 * `field`. Money counts as unchanged when it is the same number of fen or prints the same.
 */
export function isProjectFieldChanged(project: Project, field: ProjectField, text: string): boolean {
  const before = formatProjectField(project, field);
  if (before === text) return false;
  if (field.startsWith('funds.')) {
    const fen = parseWanText(text);
    const key = field.slice('funds.'.length) as 'total' | 'fiscal' | 'other';
    return !(fen !== null && fen === project.funds[key]) && !(text === '' && project.funds[key] === null);
  }
  if (field === 'goals') return project.goals.join('\n') !== text.split('\n').map((s) => s.trim()).filter((s) => s).join('\n');
  return true;
}

/** Applies the edited text of one field to a draft project. Returns a Chinese problem text when it cannot. */
export function applyProjectField(draft: Mutable<Project>, field: ProjectField, text: string): string | null {
  switch (field) {
    case 'name':
      draft.name = text;
      return null;
    case 'code':
      draft.code = orNull(text);
      return null;
    case 'unit':
      draft.unit = orNull(text);
      return null;
    case 'unitWithCode': {
      const m = /^(\d*)(.*)$/s.exec(text);
      draft.unitCode = orNull(m?.[1] ?? '');
      draft.unit = orNull((m?.[2] ?? '').trim());
      return null;
    }
    case 'departmentWithCode': {
      const m = /^(.*?)(\d*)$/s.exec(text);
      draft.department = orNull((m?.[1] ?? '').trim());
      draft.departmentCode = orNull(m?.[2] ?? '');
      return null;
    }
    case 'implementingUnit':
      draft.implementingUnit = orNull(text);
      return null;
    case 'kind':
      draft.kind = kindOf(text);
      draft.raw = { ...draft.raw, kind: text };
      return null;
    case 'period':
      draft.period = orNull(text);
      return null;
    case 'projectLead':
      draft.projectLead = orNull(text);
      return null;
    case 'preparedOn':
      draft.preparedOn = orNull(text);
      return null;
    case 'preparerWithPhone': {
      const m = /^(.*?)\s*([\d-]{5,})?$/s.exec(text);
      draft.preparer = orNull((m?.[1] ?? '').trim());
      draft.preparerPhone = m?.[2] ?? null;
      return null;
    }
    case 'funds.total':
    case 'funds.fiscal':
    case 'funds.other': {
      const fen = parseWanText(text);
      if (text !== '' && fen === null) return `“${text}”不是金额（万元）`;
      draft.funds = { ...draft.funds, [field.slice('funds.'.length)]: fen };
      return null;
    }
    case 'purpose':
      draft.purpose = orNull(text);
      return null;
    case 'goals':
      draft.goals = text.split('\n').map((s) => s.trim()).filter((s) => s);
      return null;
    default: {
      const month = Number(field.slice('spendingPlan.'.length));
      const rest = draft.spendingPlan.filter((c) => c.month !== month);
      if (text === '') {
        draft.spendingPlan = rest;
        return null;
      }
      const percent = Number(text.replace(/[%％\s]/g, ''));
      if (!Number.isFinite(percent)) return `“${text}”不是百分比`;
      const next: SpendingCheckpoint[] = [...rest, { month, percent }].sort((a, b) => a.month - b.month);
      draft.spendingPlan = next;
      return null;
    }
  }
}
