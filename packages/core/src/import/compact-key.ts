import { normalizeText, toSimplified } from '../text/index';

export interface CompactKey {
  /** Heading or label text with spaces, numbering, colons and bracketed remarks removed. */
  readonly key: string;
  /** 必填 → true, 选填 → false, neither → null. */
  readonly required: boolean | null;
  /** Text of a bracketed remark such as `万元` in `项目资金(万元)`, `%` in `资金支出计划(%)`. */
  readonly remark: string | null;
}

const NUMBERING = /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+(?:[.．、](?!\d)|(?=[^\d.%]))|第[一二三四五六七八九十]+[部分节章]\s*)/;
const BRACKET = /[(（]([^()（）]*)[)）]/g;

/**
 * Reduces a cell to the key the lexicons are matched on: NFKC, simplified characters, no white
 * space, no leading numbering (`一、`, `(三)`, `1.`), no trailing colon, 必填/选填 extracted, and
 * bracketed remarks extracted. `服务对象 满意度指标 (必填)` → `服务对象满意度指标`, required true.
 */
export function compactKey(text: string): CompactKey {
  let s = toSimplified(normalizeText(text)).replace(/\s+/g, '');
  let required: boolean | null = null;
  let remark: string | null = null;
  s = s.replace(BRACKET, (_m, inner: string) => {
    if (/必填/.test(inner)) required = true;
    else if (/选填/.test(inner)) required = false;
    else if (inner) remark = inner;
    return '';
  });
  if (required === null) {
    if (/必填$/.test(s)) required = true;
    else if (/选填$/.test(s)) required = false;
    s = s.replace(/(必填|选填)$/, '');
  }
  s = s.replace(NUMBERING, '').replace(/[:：;；,，。.]+$/, '');
  return { key: s, required, remark };
}
