import type { Level1, Level2 } from '../model/taxonomy';
import { LEVEL1_HEADINGS, LEVEL2_HEADINGS } from '../lexicon/categories';
import { COLUMN_HEADERS, type ColumnRole } from '../lexicon/columns';
import { FIELD_LABELS, type FieldRole } from '../lexicon/fields';
import { FORM_TITLES, type FormKind } from '../lexicon/documents';
import { compactKey, type CompactKey } from './compact-key';

const level1Map = new Map<string, Level1>(LEVEL1_HEADINGS);
const level2Map = new Map<string, Level2>(LEVEL2_HEADINGS);
const columnMap = new Map<string, ColumnRole>(COLUMN_HEADERS);
const fieldMap = new Map<string, FieldRole>(FIELD_LABELS.map(([k, v]) => [k.replace(/:/g, ''), v]));
const FIRST_CHARS = new Set(FIELD_LABELS.map(([k]) => k.charAt(0)));
/** Field labels longest first, for labels glued to their value (`项目名称医疗保障政策宣传费`). */
const fieldPrefixes = [...FIELD_LABELS]
  .map(([k, v]) => [k.replace(/:/g, ''), v] as const)
  .filter(([k]) => k.length >= 4)
  .sort((a, b) => b[0].length - a[0].length);

/**
 * Lexicon matches are pure functions of a cell's text, and documents repeat the same texts
 * (`产出指标`, `指标1:`, empty template rows) thousands of times: remember recent answers.
 */
function memoize<R>(fn: (text: string) => R, limit = 20_000): (text: string) => R {
  const cache = new Map<string, R>();
  return (text: string) => {
    if (text.length > 80) return fn(text);
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as R;
    const value = fn(text);
    if (cache.size >= limit) cache.clear();
    cache.set(text, value);
    return value;
  };
}

export interface CategoryMatch extends CompactKey {
  readonly level1: Level1 | null;
  readonly level2: Level2 | null;
}

/** A category heading (level 1 or level 2, or both when ambiguous such as `成本指标`), or null. */
export const matchCategory = memoize(matchCategoryUncached);

function matchCategoryUncached(text: string): CategoryMatch | null {
  if (text.length > 40) return null;
  const ck = compactKey(text);
  const key = ck.key.replace(/^(?:[一二三四五六七八九十]+[、.]|[(][一二三四五六七八九十]+[)])/, '');
  const level1 = level1Map.get(key) ?? null;
  const level2 = level2Map.get(key) ?? null;
  if (!level1 && !level2) return null;
  // A bare `产出`/`效益` only counts as a heading when it is the whole cell.
  return { ...ck, key, level1, level2 };
}

export const matchColumnHeader = memoize(matchColumnHeaderUncached);

function matchColumnHeaderUncached(text: string): { role: ColumnRole; remark: string | null } | null {
  if (text.length > 30) return null;
  const ck = compactKey(text);
  const role = columnMap.get(ck.key.replace(/:/g, ''));
  return role ? { role, remark: ck.remark } : null;
}

export interface FieldMatch {
  readonly role: FieldRole;
  readonly remark: string | null;
  /** Text after the label when the value is glued to it (`年度资金总额:55`). */
  readonly rest: string | null;
}

/** A header-block field label, alone in its cell or glued to its value. */
export const matchFieldLabel = memoize(matchFieldLabelUncached);

function matchFieldLabelUncached(text: string): FieldMatch | null {
  if (!text) return null;
  if (text.length <= 30) {
    const ck = compactKey(text);
    const role = fieldMap.get(ck.key.replace(/:/g, ''));
    if (role) return { role, remark: ck.remark, rest: null };
  }
  // Glued: `填报日期: 2023年8月31日`, `项目名称医疗保障政策宣传费`, `单位：万元`.
  if (!FIRST_CHARS.has(text.trimStart().charAt(0))) return null;
  const compactHead = text.replace(/\s+/g, '').slice(0, 40);
  const head = compactKey(compactHead.slice(0, 16)).key;
  for (const [label, role] of fieldPrefixes) {
    if (!head.startsWith(label)) continue;
    const idx = findLabelEnd(text, label);
    if (idx < 0) continue;
    let rest = text.slice(idx).replace(/^\s*[(（][^)）]*[)）]/, '');
    const remark = /^[(（]([^)）]*)[)）]/.exec(text.slice(idx).trim())?.[1] ?? null;
    rest = rest.replace(/^\s*[:：]\s*/, '').trim();
    if (!rest) return { role, remark, rest: null };
    return { role, remark, rest };
  }
  return null;
}

/** Index in `text` just after the characters of `label` (spaces and a colon inside the label skipped). */
function findLabelEnd(text: string, label: string): number {
  let j = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/\s/.test(ch)) continue;
    if (j < label.length && (ch === label[j] || (label[j] === '(' && ch === '（'))) {
      j++;
      if (j === label.length) return i + 1;
    } else if (j < label.length && /[:：]/.test(ch)) {
      continue;
    } else return -1;
  }
  return -1;
}

export interface TitleMatch {
  readonly kind: FormKind;
  readonly key: string;
}

/** A form title (`…绩效目标申报表`, `…公开表`, `部门整体支出绩效目标表`) and the kind of form it opens. */
export const matchFormTitle = memoize((text: string): TitleMatch | null => {
  if (text.length > 120) return null;
  const key = compactKey(text).key;
  if (key.length > 80) return null;
  const kind = FORM_TITLES.find(([re]) => re.test(key))?.[1];
  return kind ? { kind, key } : null;
});
