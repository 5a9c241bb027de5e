import { createIndicator, type Indicator } from '../model/indicator';
import type { Level2 } from '../model/taxonomy';
import { CATEGORY_KEYWORDS, LEVEL1_OF_LEVEL2 } from '../lexicon/categories';
import { parseTargetValue } from '../value/index';
import { compactKey } from './compact-key';
import type { FormDraft } from './form-draft';
import { splitNameValue } from './split-name-value';

export interface NarrativeState {
  section: 'goals' | 'tasks' | 'measures' | null;
  task: number | null;
}

const SECTIONS: ReadonlyArray<readonly [RegExp, NarrativeState['section']]> = [
  [/^(总体绩效目标|总体目标|年度总体目标|整体绩效目标)$/, 'goals'],
  [/^(分项绩效目标|年度主要任务|主要任务|分项目标|年度重点任务)$/, 'tasks'],
  [/^(工作保障措施|保障措施|主要保障措施)$/, 'measures'],
];
const NUMBERED = /^\s*(?:[(（]?[一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十\d]+\s*[、.．])\s*/;

/**
 * Reads the prose layout of a department-level target (sample 004): 一、总体绩效目标 …,
 * 二、分项绩效目标 with numbered tasks and their 绩效目标/绩效指标 lines, 三、工作保障措施 ….
 */
export function readNarrativeRow(state: NarrativeState, form: FormDraft, text: string, warn: (w: { code: string; message: string }) => void): boolean {
  const colon = /^([^:：]{2,12})[:：]\s*(.*)$/s.exec(text);
  const headKey = compactKey(colon ? colon[1]! : text).key;
  for (const [re, section] of SECTIONS) {
    if (re.test(headKey)) {
      state.section = section;
      state.task = null;
      const rest = colon?.[2]?.trim();
      if (rest && section === 'goals') form.goals.push(rest);
      return true;
    }
  }
  const task = state.task === null ? null : form.tasks[state.task];
  if (state.section === 'tasks') {
    if (colon && task && /^(绩效目标|目标)$/.test(compactKey(colon[1]!).key)) {
      form.tasks[state.task!] = { ...task, goals: [...task.goals, ...splitList(colon[2]!)] };
      return true;
    }
    if (colon && task && /^(绩效指标|指标)$/.test(compactKey(colon[1]!).key)) {
      const items = splitList(colon[2]!);
      form.tasks[state.task!] = { ...task, indicatorTexts: [...task.indicatorTexts, ...items] };
      for (const item of items) form.indicators.push(indicatorFromText(item));
      return true;
    }
    if (NUMBERED.test(text)) {
      form.tasks.push({ name: text.replace(NUMBERED, '').replace(/[。.]$/, ''), content: null, amount: null, fiscal: null, other: null, goals: [], indicatorTexts: [] });
      state.task = form.tasks.length - 1;
      return true;
    }
    return false;
  }
  if (state.section === 'goals' && (NUMBERED.test(text) || text.length >= 15)) {
    form.goals.push(text.replace(NUMBERED, ''));
    return true;
  }
  if (state.section === 'measures' && (NUMBERED.test(text) || text.length >= 15)) {
    form.measures.push(text.replace(NUMBERED, ''));
    return true;
  }
  void warn;
  return false;
}

function splitList(text: string): string[] {
  return text
    .split(/[;；]/)
    .map((s) => s.trim().replace(/[。.]$/, ''))
    .filter((s) => s);
}

/** An indicator stated in prose (`全民参保率达95%以上`), its category inferred from its wording. */
export function indicatorFromText(text: string): Indicator {
  const { name, value } = splitNameValue(text);
  const finalName = name || text;
  const level2: Level2 = CATEGORY_KEYWORDS.find(([re]) => re.test(finalName))?.[1] ?? 'quality';
  return createIndicator({
    level1: LEVEL1_OF_LEVEL2[level2],
    level2,
    categoryInferred: true,
    name: finalName,
    targetText: value,
    target: value ? parseTargetValue(value).target : null,
    raw: { text },
  });
}
