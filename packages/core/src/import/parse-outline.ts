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

const ITEM_BREAK = /\s+(?=(?:[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十]+[)）]|\d+\s*[.、．](?!\d)))/g;
const ITEM_NUMBER = /^\s*(?:\d{1,2}\s*[.、．)）](?!\d)\s*|\d{1,2}(?=[\u4e00-\u9fa5])(?![\d年月日号个人次项万元]))/;

/**
 * Parses indicators written as an outline of lines, inside one cell or as plain text:
 * `一、产出指标` / `(一) 数量指标` / `1.离休干部人数 6人`. Headings set the category of the items
 * that follow; an item is split into name and value.
 */
export function parseOutline(text: string): OutlineResult {
  const lines = text.replace(ITEM_BREAK, '\n').split('\n');
  const items: OutlineItem[] = [];
  const unplaced: { lineIndex: number; text: string }[] = [];
  let level1: Level1 | null = null;
  let level2: Level2 | null = null;
  let level1Text: string | null = null;
  let level2Text: string | null = null;
  lines.forEach((raw, lineIndex) => {
    const line = raw.trim();
    if (!line) return;
    const cat = matchCategory(line);
    if (cat) {
      const isLevel1Form = /^[一二三四五六七八九十]+[、.]/.test(line) || (cat.level1 && !cat.level2);
      if (isLevel1Form && cat.level1) {
        level1 = cat.level1;
        level1Text = line;
        level2 = null;
        level2Text = null;
      } else if (cat.level2) {
        level2 = cat.level2;
        level2Text = line;
      }
      return;
    }
    const body = line.replace(ITEM_NUMBER, '').trim();
    const { name, value } = splitNameValue(body);
    if (!name) {
      unplaced.push({ lineIndex, text: line });
      return;
    }
    items.push({ level1, level2, level1Text, level2Text, name, value, lineIndex });
  });
  return { items, unplaced };
}
