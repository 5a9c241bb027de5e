import type { DisclosureCheck } from './disclosure-check';
import { basicChain } from './checks/basic-chain';
import { classificationCodes } from './checks/classification-codes';
import { codeRollup } from './checks/code-rollup';
import { emptyTableNote } from './checks/empty-table-note';
import { fiscalChain } from './checks/fiscal-chain';
import { functionVsEconomic } from './checks/function-vs-economic';
import { narrativeVsTable } from './checks/narrative-vs-table';
import { operatingCosts } from './checks/operating-costs';
import { placeholders } from './checks/placeholders';
import { procurementSum } from './checks/procurement-sum';
import { projectTargets } from './checks/project-targets';
import { rounding } from './checks/rounding';
import { rowParts } from './checks/row-parts';
import { sameCodeAmount } from './checks/same-code-amount';
import { summaryBalance } from './checks/summary-balance';
import { summaryChain } from './checks/summary-chain';
import { templateTables } from './checks/template-tables';
import { threePublicSum } from './checks/three-public-sum';
import { yoyArithmetic } from './checks/yoy-arithmetic';
import { yoyReason } from './checks/yoy-reason';

/** The registry of pre-publication checks, in the order of disclosure-checks.md. */
export const DISCLOSURE_CHECKS: readonly DisclosureCheck[] = [
  summaryBalance,
  rowParts,
  codeRollup,
  threePublicSum,
  procurementSum,
  summaryChain,
  fiscalChain,
  functionVsEconomic,
  basicChain,
  sameCodeAmount,
  classificationCodes,
  projectTargets,
  operatingCosts,
  narrativeVsTable,
  yoyArithmetic,
  yoyReason,
  templateTables,
  emptyTableNote,
  placeholders,
  rounding,
];
