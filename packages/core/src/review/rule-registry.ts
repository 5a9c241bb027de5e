import type { ReviewRule } from './review-rule';
import { allRates100 } from './rules/all-rates-100';
import { copiedGoals } from './rules/copied-goals';
import { copiedIndicators } from './rules/copied-indicators';
import { costExceedsFunds } from './rules/cost-exceeds-funds';
import { costItemsVsFunds } from './rules/cost-items-vs-funds';
import { departmentCostVsFunds } from './rules/department-cost-vs-funds';
import { departmentTaskVsProject } from './rules/department-task-vs-project';
import { departmentTasksSum } from './rules/department-tasks-sum';
import { duplicateIndicator } from './rules/duplicate-indicator';
import { formulaResultVsFunds } from './rules/formula-result-vs-funds';
import { formulaWrong } from './rules/formula-wrong';
import { fundsNotAddingUp } from './rules/funds-not-adding-up';
import { goalAmountMismatch } from './rules/goal-amount-mismatch';
import { goalCountMismatch } from './rules/goal-count-mismatch';
import { goalYearMismatch } from './rules/goal-year-mismatch';
import { indicatorUnrelated } from './rules/indicator-unrelated';
import { inputAsGoal } from './rules/input-as-goal';
import { inputAsOutputIndicator } from './rules/input-as-output-indicator';
import { mandatoryCategoryEmpty } from './rules/mandatory-category-empty';
import { misplacedIndicator } from './rules/misplaced-indicator';
import { mostlyQualitative } from './rules/mostly-qualitative';
import { operatorDirection } from './rules/operator-direction';
import { periodOutsideYear } from './rules/period-outside-year';
import { rateOutOfRange } from './rules/rate-out-of-range';
import { satisfactionAt100 } from './rules/satisfaction-at-100';
import { targetBelowPrior } from './rules/target-below-prior';
import { unitIncompatible } from './rules/unit-incompatible';
import { unitMissing } from './rules/unit-missing';
import { vagueValue } from './rules/vague-value';
import { valueMissing } from './rules/value-missing';
import { valueRepeatsName } from './rules/value-repeats-name';
import { weightsMissing } from './rules/weights-missing';
import { weightsTotal } from './rules/weights-total';

/** Every review rule, in documentation order (完整性 → 相关性 → 适当性 → 可行性 within project, batch, department). */
export const REVIEW_RULES: readonly ReviewRule[] = [
  mandatoryCategoryEmpty,
  valueMissing,
  unitMissing,
  weightsMissing,
  fundsNotAddingUp,
  valueRepeatsName,
  vagueValue,
  mostlyQualitative,
  misplacedIndicator,
  duplicateIndicator,
  indicatorUnrelated,
  inputAsGoal,
  inputAsOutputIndicator,
  goalCountMismatch,
  costExceedsFunds,
  costItemsVsFunds,
  goalAmountMismatch,
  formulaResultVsFunds,
  formulaWrong,
  weightsTotal,
  targetBelowPrior,
  allRates100,
  satisfactionAt100,
  rateOutOfRange,
  unitIncompatible,
  operatorDirection,
  periodOutsideYear,
  goalYearMismatch,
  copiedGoals,
  copiedIndicators,
  departmentTasksSum,
  departmentCostVsFunds,
  departmentTaskVsProject,
];

/** The rule with this id, or undefined. */
export function findReviewRule(id: string): ReviewRule | undefined {
  return REVIEW_RULES.find((r) => r.id === id);
}
