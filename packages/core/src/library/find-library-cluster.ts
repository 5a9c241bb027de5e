import type { IndicatorLibrary } from './indicator-library';
import { normalizeIndicatorName } from './normalize-indicator-name';
import { shouldJoinNames } from './should-join-names';

/** The library cluster an indicator name belongs to: its normalised name, else the first joinable library name. */
export function findLibraryCluster(library: IndicatorLibrary, name: string): string | null {
  const key = normalizeIndicatorName(name);
  if (key === '') return null;
  const direct = library.clusterOfKey.get(key);
  if (direct !== undefined) return direct;
  for (const [other, id] of library.clusterOfKey) if (shouldJoinNames(key, other)) return id;
  return null;
}
