import { requestApi, withQuery } from './http-client';
import type { LibrarySuggestion } from './library-types';

export interface SuggestionDraft {
  readonly name: string;
  readonly goals: readonly string[];
  readonly kind: string | null;
  readonly funds: number | null;
  readonly projectId: string | null;
}

/** GET /api/library/suggestions for the editor's current name, goals, kind and funds. */
export async function getLibrarySuggestions(draft: SuggestionDraft): Promise<LibrarySuggestion[]> {
  const path = withQuery('/api/library/suggestions', {
    name: draft.name,
    goals: draft.goals.join('\n').slice(0, 4000),
    kind: draft.kind,
    funds: draft.funds,
    projectId: draft.projectId,
  });
  return (await requestApi<{ suggestions: LibrarySuggestion[] }>('GET', path)).suggestions;
}
