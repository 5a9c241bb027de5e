/** Characters Excel forbids in sheet names. */
const FORBIDDEN = /[[\]:*?/\\]/g;
export const MAX_SHEET_NAME = 31;

/**
 * A sheet name Excel accepts: forbidden characters replaced, at most 31 characters, not starting or
 * ending with an apostrophe, unique (case-insensitively) among `taken`, which it is added to.
 */
export function toSafeSheetName(name: string, taken: Set<string>): string {
  let base = name.replace(FORBIDDEN, '_').replace(/\p{Cc}/gu, ' ').replace(/^'+|'+$/g, '').trim();
  if (!base || base.toLowerCase() === 'history') base = '表';
  const clip = (s: string, max: number): string => Array.from(s).slice(0, max).join('');
  let candidate = clip(base, MAX_SHEET_NAME);
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
    const suffix = `(${n})`;
    candidate = clip(base, MAX_SHEET_NAME - suffix.length) + suffix;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}
