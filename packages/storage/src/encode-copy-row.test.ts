import { describe, expect, it } from 'vitest';
import { encodeCopyRow } from './encode-copy-row';

describe('encodeCopyRow', () => {
  it('escapes backslashes, tabs and line breaks and writes null as \\N', () => {
    expect(encodeCopyRow(['a\tb', 'c\nd\re', 'x\\N', null, 514211494, 197.36])).toBe(
      'a\\tb\tc\\nd\\re\tx\\\\N\t\\N\t514211494\t197.36\n',
    );
  });

  it('escapes a JSON document, whose quotes and line breaks are already backslash-escaped', () => {
    const json = JSON.stringify({ goals: '目标1：“提高”\n目标2', name: 'a\tb' });
    expect(encodeCopyRow([json, 'no escapes at all'])).toBe('{"goals":"目标1：“提高”\\\\n目标2","name":"a\\\\tb"}\tno escapes at all\n');
    expect(encodeCopyRow(['\\\n\r\t'])).toBe('\\\\\\n\\r\\t\n');
  });

  it('refuses non-finite numbers', () => {
    expect(() => encodeCopyRow([Number.NaN])).toThrow(RangeError);
  });
});
