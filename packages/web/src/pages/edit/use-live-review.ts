import { useEffect, useState } from 'react';
import type { Project } from '@jixiao/core';
import { runReview, type ReviewResult } from '../../review/run-review';

/** Reviews the project in the browser, debounced by 80 ms after the last edit. */
export function useLiveReview(project: Project, delayMs = 80): { result: ReviewResult | null; error: string | null } {
  const [state, setState] = useState<{ result: ReviewResult | null; error: string | null }>({ result: null, error: null });
  useEffect(() => {
    const timer = setTimeout(() => {
      try {
        setState({ result: runReview(project), error: null });
      } catch (e) {
        setState((s) => ({ result: s.result, error: e instanceof Error ? e.message : String(e) }));
      }
    }, delayMs);
    return () => clearTimeout(timer);
  }, [project, delayMs]);
  return state;
}
