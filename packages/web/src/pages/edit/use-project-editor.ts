import { useCallback, useState } from 'react';
import type { Indicator, Level1, Level2, Project } from '@jixiao/core';
import { createEmptyIndicator } from '../../model/create-empty-indicator';
import { parseTargetText } from '../../format/describe-target-value';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export interface EditorState {
  readonly project: Project;
  /** A stable React key per indicator row, moved along with the row. */
  readonly keys: readonly number[];
}

let nextKey = 1;
const freshKeys = (n: number): number[] => Array.from({ length: n }, () => nextKey++);

/** Editor state of one declaration: the project plus row keys, and the edit operations. */
export function useProjectEditor(initial: Project) {
  const [state, setState] = useState<EditorState>(() => ({ project: initial, keys: freshKeys(initial.indicators.length) }));

  const reset = useCallback((project: Project) => setState({ project, keys: freshKeys(project.indicators.length) }), []);

  const setField = useCallback(<K extends keyof Project>(key: K, value: Project[K]) => {
    setState((s) => ({ ...s, project: { ...s.project, [key]: value } }));
  }, []);

  const updateIndicator = useCallback((index: number, patch: Partial<Mutable<Indicator>>) => {
    setState((s) => {
      const indicators = s.project.indicators.map((ind, i) => {
        if (i !== index) return ind;
        const next = { ...ind, ...patch };
        if ('targetText' in patch) next.target = parseTargetText(patch.targetText ?? null);
        return next;
      });
      return { ...s, project: { ...s.project, indicators } };
    });
  }, []);

  /** Inserts a blank row at `at` (an index into the array) in a category; returns nothing, focus follows via keys. */
  const insertIndicator = useCallback((at: number, level1: Level1 | null, level2: Level2 | null): number => {
    const key = nextKey++;
    setState((s) => {
      const indicators = [...s.project.indicators];
      const keys = [...s.keys];
      indicators.splice(at, 0, createEmptyIndicator(level1, level2));
      keys.splice(at, 0, key);
      return { project: { ...s.project, indicators }, keys };
    });
    return key;
  }, []);

  const removeIndicator = useCallback((index: number) => {
    setState((s) => ({
      project: { ...s.project, indicators: s.project.indicators.filter((_, i) => i !== index) },
      keys: s.keys.filter((_, i) => i !== index),
    }));
  }, []);

  /** Swaps two rows (used for move up/down within a category). */
  const swapIndicators = useCallback((a: number, b: number) => {
    setState((s) => {
      const indicators = [...s.project.indicators];
      const keys = [...s.keys];
      const ia = indicators[a];
      const ib = indicators[b];
      const ka = keys[a];
      const kb = keys[b];
      if (!ia || !ib || ka === undefined || kb === undefined) return s;
      indicators[a] = ib;
      indicators[b] = ia;
      keys[a] = kb;
      keys[b] = ka;
      return { project: { ...s.project, indicators }, keys };
    });
  }, []);

  return { state, reset, setField, updateIndicator, insertIndicator, removeIndicator, swapIndicators };
}

export type ProjectEditor = ReturnType<typeof useProjectEditor>;
