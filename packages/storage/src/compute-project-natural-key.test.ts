import { describe, expect, it } from 'vitest';
import type { Project } from '@jixiao/core';
import { computeProjectNaturalKey, createKeyDeduplicator } from './compute-project-natural-key';

const project = (p: Partial<Project>): Project => ({ code: null, name: '项目', funds: { total: null, fiscal: null, other: null }, ...p }) as Project;

describe('computeProjectNaturalKey', () => {
  it('uses the project code when there is one, else name and total', () => {
    expect(computeProjectNaturalKey('U1', 2024, project({ code: ' 13082222P00877610001X ' }))).toBe('U1|2024|code:13082222P00877610001X');
    expect(computeProjectNaturalKey('U1', null, project({ name: '城乡居民 基本医疗保险', funds: { total: 1_870_000_000, fiscal: null, other: null } }))).toBe(
      'U1|-|name:城乡居民基本医疗保险|1870000000',
    );
  });

  it('hashes very long names', () => {
    const key = computeProjectNaturalKey('U1', 2024, project({ name: '长'.repeat(500) }));
    expect(key).toMatch(/^U1\|2024\|name:sha256:[0-9a-f]{64}\|-$/);
  });

  it('numbers repeated keys within one document', () => {
    const dedupe = createKeyDeduplicator();
    expect(['k', 'k', 'j', 'k'].map(dedupe)).toEqual(['k', 'k#2', 'j', 'k#3']);
  });
});
