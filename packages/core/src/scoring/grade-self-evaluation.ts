import type { ReviewGrade } from '../review/grade-findings';
import { DEFAULT_SCORING_PROFILE, type ScoringProfile } from './scoring-profile';

/** R-SE-05: 优 ≥ 90 (`excellent`), 良 ≥ 80 (`good`), 中 ≥ 60 (`fair`), else 差 (`poor`). */
export function gradeSelfEvaluation(total: number, profile: ScoringProfile = DEFAULT_SCORING_PROFILE): ReviewGrade {
  const b = profile.gradeBands;
  return total >= b.excellent ? 'excellent' : total >= b.good ? 'good' : total >= b.fair ? 'fair' : 'poor';
}
