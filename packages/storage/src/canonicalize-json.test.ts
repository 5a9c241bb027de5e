import { describe, expect, it } from 'vitest';
import { canonicalizeJson } from './canonicalize-json';

describe('canonicalizeJson', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(canonicalizeJson({ b: 1, a: { d: [3, { z: 1, y: undefined }], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,{"z":1}]},"b":1}',
    );
    expect(canonicalizeJson(undefined)).toBe('null');
  });
});
