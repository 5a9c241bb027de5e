import type { Db } from './db';
import { buildLibrary } from './library-build';
import { benchmarkPeers, suggestIndicators, type IndicatorSuggestion, type LibraryOptions, type PeerBenchmark, type SuggestOptions, type SuggestionRequest } from '@jixiao/core';
import { DomainError } from './domain-error';

/** Suggests indicators for a draft (name, goals …) from the stored projects of other units. */
export async function suggestLibraryIndicators(db: Db, request: SuggestionRequest, opts: SuggestOptions & LibraryOptions = {}): Promise<IndicatorSuggestion[]> {
  const { corpus, library } = await buildLibrary(db, opts);
  return suggestIndicators(request, library, corpus, opts);
}

/** Compares a stored project with comparable projects of other units (funds, unit costs, target levels). */
export async function benchmarkStoredProject(db: Db, projectId: string): Promise<PeerBenchmark> {
  const { corpus, library } = await buildLibrary(db);
  const project = corpus.find((p) => p.id === projectId);
  if (!project) throw new DomainError('not-found', { projectId }, `未找到项目 ${projectId}`);
  return benchmarkPeers(project, corpus, { library });
}
