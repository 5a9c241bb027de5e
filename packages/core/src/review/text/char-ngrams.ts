/** A set of character n-grams coded as numbers (two UTF-16 units per bigram) for fast set operations. */
export type GramSet = Set<number>;

/**
 * 1 for the characters bigrams skip — white space, punctuation, digits — by UTF-16 code (a table
 * lookup: bigrams are cut from every name and goal of a batch).
 */
const SKIP_TABLE = new Uint8Array(65536);
for (const c of ' \t\n\r,，.。、;；:：!！?？()（）[]【】《》<>“”"\'‘’-—_/\\|·*=+%％0123456789') SKIP_TABLE[c.charCodeAt(0)] = 1;

/** Keeps letters and CJK characters only (digits and punctuation carry no topic). */
function cleanCodes(text: string): number[] {
  const codes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (SKIP_TABLE[c] !== 1) codes.push(c);
  }
  return codes;
}

/** The two characters of a coded bigram. */
export function gramToText(gram: number): string {
  return gram > 65535 ? String.fromCharCode(Math.floor(gram / 65536), gram % 65536) : String.fromCharCode(gram);
}

/** Character bigrams of the text; a one-character text gives its unigram. */
export function toBigrams(text: string, into: GramSet = new Set()): GramSet {
  // cleanCodes without its array: each kept code pairs with the kept code before it.
  let prev = -1;
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (SKIP_TABLE[c] === 1) continue;
    if (prev >= 0) into.add(prev * 65536 + c);
    prev = c;
    kept++;
  }
  if (kept === 1) into.add(prev);
  return into;
}

/** Character trigrams of the text (as strings; used for longer texts such as goals). */
export function toTrigrams(text: string): Set<string> {
  const c = cleanCodes(text);
  const out = new Set<string>();
  for (let i = 0; i + 2 < c.length; i++) out.add(String.fromCharCode(c[i] as number, c[i + 1] as number, c[i + 2] as number));
  return out;
}

function intersectionSize<T>(a: Set<T>, b: Set<T>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const g of small) if (large.has(g)) n++;
  return n;
}

/** Dice coefficient 2|A∩B|/(|A|+|B|); 0 for two empty sets. */
export function diceSimilarity<T>(a: Set<T>, b: Set<T>): number {
  const total = a.size + b.size;
  return total === 0 ? 0 : (2 * intersectionSize(a, b)) / total;
}

/** Jaccard coefficient |A∩B|/|A∪B|. */
export function jaccardSimilarity<T>(a: Set<T>, b: Set<T>): number {
  const inter = intersectionSize(a, b);
  const union = a.size + b.size - inter;
  return union === 0 ? 0 : inter / union;
}

/** Share of A's grams present in B (containment), ignoring grams in `ignore`. */
export function containment(a: GramSet, b: GramSet, ignore?: ReadonlySet<number>): { share: number; size: number } {
  let size = 0;
  let hit = 0;
  for (const g of a) {
    if (ignore?.has(g)) continue;
    size++;
    if (b.has(g)) hit++;
  }
  return { share: size === 0 ? 1 : hit / size, size };
}

/** A 65 536-bit hashed set of a text's bigrams: cheap to build for long texts; false positives ≈ n/65 536. */
export type BigramBitmap = Uint32Array;

function hashGram(gram: number): number {
  return (Math.imul(gram, 0x9e3779b1) >>> 16) & 0xffff;
}

/** Builds the bigram bitmap of a text (same cleaning as toBigrams); pass `into` to reuse (it is cleared). */
export function toBigramBitmap(text: string, into?: BigramBitmap): BigramBitmap {
  const bits = into ? into.fill(0) : new Uint32Array(2048);
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (SKIP_TABLE[c] === 1) continue;
    if (prev >= 0) {
      const h = hashGram(prev * 65536 + c);
      bits[h >>> 5] = (bits[h >>> 5] as number) | (1 << (h & 31));
    }
    prev = c;
  }
  return bits;
}

/** True when the bitmap (probably) holds the bigram. */
export function hasBigram(bits: BigramBitmap, gram: number): boolean {
  const h = hashGram(gram);
  return ((bits[h >>> 5] as number) & (1 << (h & 31))) !== 0;
}
