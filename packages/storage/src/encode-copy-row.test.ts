import { describe, expect, it } from 'vitest';
import { encodeCopyRow } from './encode-copy-row';

describe('encodeCopyRow', () => {
  it('escapes backslashes, tabs and line breaks and writes null as \\N', () => {
    expect(encodeCopyRow(['a\tb', 'c\nd\re', 'x\\N', null, 514211494, 197.36])).toBe(
      'a\\tb\tc\\nd\\re\tx\\\\N\t\\N\t514211494\t197.36\n',
    );
  });

  it('refuses non-finite numbers', () => {
    expect(() => encodeCopyRow([Number.NaN])).toThrow(RangeError);
  });
});
