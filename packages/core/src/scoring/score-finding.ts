import type { Finding } from '../review/finding';

/**
 * A printed 得分 that the rules do not reproduce. Same shape as a review `Finding`, with category `score-mismatch`
 * (not yet in FINDING_CATEGORIES, which belongs to the review module).
 */
export type ScoreFinding = Omit<Finding, 'category'> & { readonly category: 'score-mismatch' };
