import type { Indicator } from '../model/indicator';
import type { TaxonomyProfile } from '../model/taxonomy';
import { detectTaxonomyProfile } from '../model/taxonomy-profiles';

export interface LayoutOptions {
  /** Taxonomy profile of the region; by default detected from each project's indicators. */
  readonly profile?: TaxonomyProfile;
  /** Region name printed before the title, e.g. `拉萨市` (declaration-000). */
  readonly region?: string;
  /** Fallback 预算年度 when a project has none. */
  readonly fiscalYear?: number;
}

export function resolveProfile(indicators: readonly Indicator[], opts: LayoutOptions): TaxonomyProfile {
  return opts.profile ?? detectTaxonomyProfile(indicators);
}
