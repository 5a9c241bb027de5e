import type { Row } from '../../import/cell-document';

export interface JoinedText {
  readonly text: string;
  /** Start offsets of the source rows in `text`, with their line numbers, ascending. */
  readonly marks: readonly { readonly offset: number; readonly line: number }[];
}

const HEADING = /^[-\s]*([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．])/;
const SENTENCE_END = /[。；;：:！？!?”」）)]$/;

/**
 * Joins the narrative rows into one text. A paragraph broken in the middle of a sentence (page
 * breaks in PDF-derived text: "下降的主" / "要原因是：") is joined without a separator.
 */
export function joinNarrativeText(rows: readonly Row[]): JoinedText {
  let text = '';
  const marks: { offset: number; line: number }[] = [];
  let previous = '';
  for (const row of rows) {
    const cells = row.cells.map((c) => c.trim());
    const line = cells.filter((c) => c !== '').length > 1 ? cells.join('\t') : cells.join('').trim();
    if (line === '') continue;
    const continues = previous.length >= 40 && !previous.includes('\t') && !SENTENCE_END.test(previous) && !HEADING.test(line) && !line.includes('\t');
    if (text !== '' && !continues) text += '\n';
    marks.push({ offset: text.length, line: row.loc.line ?? 0 });
    text += line;
    previous = line;
  }
  return { text, marks };
}

/** The source line of a character offset in a joined text. */
export function lineAtOffset(joined: JoinedText, offset: number): number {
  let line = 0;
  for (const mark of joined.marks) {
    if (mark.offset > offset) break;
    line = mark.line;
  }
  return line;
}
