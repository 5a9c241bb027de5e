import { z } from 'zod';

/**
 * The core `DepartmentBudget` (money in integer fen) as a strict zod schema for request bodies:
 * unknown fields are refused, sizes are bounded, so a stored budget always has the shape the
 * generator expects.
 */
const fen = z.int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);
const str = (max = 2_000) => z.string().max(max);
const nstr = (max = 2_000) => z.string().max(max).nullable();
const count = z.int().min(0).max(10_000_000).nullable();
const code = (digits: number) => z.string().regex(new RegExp(`^\\d{${digits}}$`), `应为 ${digits} 位数字编码`);
const paragraphs = z.array(str(20_000)).max(500);
const many = <T extends z.ZodType>(item: T, max = 5_000) => z.array(item).max(max);

const fundSource = z.enum([
  'generalBudget',
  'governmentFund',
  'stateCapital',
  'fiscalSpecialAccount',
  'institutionIncome',
  'institutionOperating',
  'superiorSubsidy',
  'subordinateRemit',
  'otherIncome',
  'priorCarryover',
]);
const threePublicKey = z.enum(['overseasTravel', 'reception', 'vehiclePurchase', 'vehicleOperation', 'meetings', 'training']);
const changeScope = z.enum([
  'total',
  'generalBudget',
  'governmentFund',
  'stateCapital',
  'function',
  'deptEconomic',
  'govEconomic',
  'threePublic',
  'overseasTravel',
  'reception',
  'vehiclePurchase',
  'vehicleOperation',
  'meetings',
  'training',
  'operatingCosts',
]);
const indicatorRow = z.strictObject({ level1: str(), level2: str(), name: str(), value: str(), note: str() });
const meeting = z.strictObject({ name: str(), period: str(), people: str(), amount: fen, note: str() });

export const departmentBudgetSchema = z.strictObject({
  schemaVersion: z.literal(1),
  department: z.strictObject({ name: str(200).min(1), code: nstr(32) }),
  fiscalYear: z.int().min(1990).max(2100),
  units: many(z.strictObject({ code: str(32).min(1), name: str(200).min(1), kind: z.enum(['administrative', 'civilServiceManaged', 'institution']), change: str() }), 500),
  overview: z.strictObject({
    establishment: paragraphs,
    duties: paragraphs,
    organisation: many(z.strictObject({ name: str(200), duties: str(20_000) }), 500),
    organisationNotes: paragraphs,
    tasks: paragraphs,
  }),
  staffing: z.strictObject({
    authorised: count,
    authorisedAdministrative: count,
    authorisedInstitution: count,
    actual: count,
    actualAdministrative: count,
    actualInstitution: count,
    retired: count,
  }),
  lines: many(
    z.strictObject({
      id: str(64).min(1),
      unitCode: str(32),
      source: fundSource,
      functionCode: code(7),
      deptEconomicCode: code(5),
      govEconomicCode: code(5).nullable(),
      kind: z.enum(['personnel', 'publicUse', 'project']),
      projectName: nstr(500),
      amount: fen,
      priorAmount: fen.nullable(),
      changeReason: nstr(),
    }),
    20_000,
  ),
  projects: many(z.strictObject({ name: str(500).min(1), unitCode: str(32), category: str(200), group: nstr(500), summary: nstr(20_000) })),
  changes: many(z.strictObject({ scope: changeScope, code: nstr(16), priorAmount: fen, reason: nstr() })),
  threePublic: z.strictObject({ priorAmounts: z.partialRecord(threePublicKey, fen), reasons: z.partialRecord(threePublicKey, str()) }),
  meetings: many(meeting),
  trainings: many(meeting),
  procurement: many(
    z.strictObject({
      unitCode: str(32),
      functionCode: str(16),
      name: str(500),
      catalogueCode: str(32),
      catalogueName: str(200),
      kind: z.enum(['goods', 'works', 'services']),
      serviceContent: str(),
      specification: str(),
      quantity: z.number().min(0),
      deptEconomicCode: str(16),
      govEconomicCode: str(16),
      plannedTime: str(200),
      amount: fen,
      note: str(),
    }),
  ),
  assets: z.strictObject({
    items: many(z.strictObject({ kind: z.enum(['vehicle', 'equipment']), name: str(500), quantity: z.number().min(0), unitPrice: fen, status: z.enum(['held', 'planned']) })),
  }),
  operatingCosts: z.strictObject({ priorAmount: fen.nullable(), changeReason: nstr() }),
  projectTargets: many(
    z.strictObject({
      targetId: nstr(64),
      projectName: str(500),
      department: str(200),
      total: fen,
      fiscal: fen,
      other: fen.nullable(),
      goal: str(20_000),
      indicators: many(indicatorRow, 500),
    }),
    1_000,
  ),
  departmentTarget: z
    .strictObject({
      targetId: nstr(64),
      department: str(200),
      tasks: many(z.strictObject({ name: str(500), content: str(20_000), total: fen, fiscal: fen, other: fen.nullable() }), 500),
      goal: str(20_000),
      indicators: many(indicatorRow, 500),
    })
    .nullable(),
  specialFunds: many(
    z.strictObject({
      name: str(500),
      department: nstr(200),
      functionCode: str(16),
      amount: fen,
      projectNames: many(str(500), 200),
      purpose: str(20_000),
      management: str(20_000),
    }),
    200,
  ).optional(),
  glossary: many(z.strictObject({ term: str(200), definition: str(20_000) }), 500).nullable(),
  emptyTableNotes: z.record(z.string().max(16), str()),
  codeNames: z.strictObject({
    function: z.record(z.string().max(16), str(200)),
    deptEconomic: z.record(z.string().max(16), str(200)),
    govEconomic: z.record(z.string().max(16), str(200)),
  }),
});

export const generationTemplateSchema = z.enum(['shaanxi-16', 'core-8']);

/** Compile-time proof that a parsed body is a core DepartmentBudget. */
type ParsedBudgetIsDepartmentBudget = z.output<typeof departmentBudgetSchema> extends import('@jixiao/core').DepartmentBudget ? true : never;
export const PARSED_BUDGET_IS_DEPARTMENT_BUDGET: ParsedBudgetIsDepartmentBudget = true;
