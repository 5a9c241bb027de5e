import { describe, expect, it } from 'vitest';
import { createIdGenerator } from './create-id';

describe('createIdGenerator', () => {
  it('makes 26-character Crockford ids that sort by time', () => {
    let t = 1_700_000_000_000;
    const next = createIdGenerator(() => t);
    const a = next();
    t += 1;
    const b = next();
    expect(a).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(a < b).toBe(true);
    expect(a.slice(0, 10)).toBe('01HF7YAT00');
  });

  it('stays strictly increasing within one millisecond and when the clock steps back', () => {
    let t = 1_700_000_000_000;
    const next = createIdGenerator(() => t, (n) => new Uint8Array(n).fill(31));
    const ids = [next(), next(), next()];
    t -= 5;
    ids.push(next());
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(4);
  });
});
