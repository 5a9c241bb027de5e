import type { Level1, Level2 } from '../model/taxonomy';
import { matchCategory } from './match-lexicon';
import { splitNameValue } from './split-name-value';

export interface OutlineItem {
  readonly level1: Level1 | null;
  readonly level2: Level2 | null;
  readonly level1Text: string | null;
  readonly level2Text: string | null;
  readonly name: string;
  readonly value: string | null;
  /** Index of the line the item came from within the outline text. */
  readonly lineIndex: number;
}

export interface OutlineResult {
  readonly items: OutlineItem[];
  /** Lines that were neither a heading nor an item. */
  readonly unplaced: { lineIndex: number; text: string }[];
}

/** The category an outline has reached, carried from line to line. */
export interface OutlineState {
  level1: Level1 | null;
  level2: Level2 | null;
  level1Text: string | null;
  level2Text: string | null;
}

const ITEM_BREAK = /\s+(?=(?:[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十]+[)）]|\d+\s*[.、．](?!\d)))/g;
const ITEM_NUMBER = /^\s*(?:\d{1,2}\s*[.、．)）](?!\d)\s*|\d{1,2}(?=[\u4e00-\u9fa5])(?![\d年月日号个人次项万元]))/;
/** `1.数量指标：发放补助人数≥500人；发放及时率100%` — a heading and its items on one line. */
const HEADING_WITH_ITEMS = /^\s*((?:[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}\s*[.、．])?\s*[^:：]{2,16})[:：]\s*(.+)$/;

export function createOutlineState(): OutlineState {
  return { level1: null, level2: null, level1Text: null, level2Text: null };
}

/** Splits an outline text into its lines, breaking before numbering that follows white space. */
export function splitOutlineLines(text: string): string[] {
  return text.replace(ITEM_BREAK, '\n').split('\n');
}

/**
 * Reads one line of an indicator outline: a heading (`一、产出指标`, `(一) 数量指标`) sets the
 * category; `数量指标：a；b` sets it and gives its items; anything else is an item split into name
 * and value. Returns the items read and whether the line was understood at all.
 */
export function readOutlineLine(state: OutlineState, raw: string, lineIndex: number): { items: OutlineItem[]; understood: boolean } {
  const line = raw.trim();
  if (!line) return { items: [], understood: true };
  if (applyHeading(state, line)) return { items: [], understood: true };
  const withItems = HEADING_WITH_ITEMS.exec(line);
  if (withItems && applyHeading(state, withItems[1]!)) {
    const items = withItems[2]!
      .split(/[;；]/)
      .map((piece) => toItem(state, piece, lineIndex))
      .filter((i): i is OutlineItem => i !== null);
    return { items, understood: true };
  }
  const item = toItem(state, line, lineIndex);
  return item ? { items: [item], understood: true } : { items: [], understood: false };
}

function applyHeading(state: OutlineState, line: string): boolean {
  const cat = matchCategory(line);
  if (!cat) return false;
  const isLevel1Form = /^[一二三四五六七八九十]+[、.]/.test(line) || (cat.level1 && !cat.level2);
  if (isLevel1Form && cat.level1) {
    state.level1 = cat.level1;
    state.level1Text = line;
    state.level2 = null;
    state.level2Text = null;
  } else if (cat.level2) {
    state.level2 = cat.level2;
    state.level2Text = line;
  }
  return true;
}

function toItem(state: OutlineState, text: string, lineIndex: number): OutlineItem | null {
  const body = text.replace(ITEM_NUMBER, '').trim();
  if (!body) return null;
  const { name, value } = splitNameValue(body);
  if (!name) return null;
  return { level1: state.level1, level2: state.level2, level1Text: state.level1Text, level2Text: state.level2Text, name, value, lineIndex };
}

/**
 * Parses indicators written as an outline of lines, inside one cell or as plain text:
 * `一、产出指标` / `(一) 数量指标` / `1.离休干部人数 6人`. Headings set the category of the items
 * that follow; an item is split into name and value.
 */
export function parseOutline(text: string): OutlineResult {
  const state = createOutlineState();
  const items: OutlineItem[] = [];
  const unplaced: { lineIndex: number; text: string }[] = [];
  splitOutlineLines(text).forEach((raw, lineIndex) => {
    const r = readOutlineLine(state, raw, lineIndex);
    items.push(...r.items);
    if (!r.understood) unplaced.push({ lineIndex, text: raw.trim() });
  });
  return { items, unplaced };
}
