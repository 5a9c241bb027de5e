import type { Indicator } from '../model/indicator';
import type { Project } from '../model/project';
import type { DatasetModel } from './build-dataset-model';
import type { SeededRandom } from './create-seeded-random';
import type { GeneratedUnit } from './generate-unit-tree';

export interface ProjectPlan {
  /** Projects in all, spread evenly over the years and round-robin over the budget units. */
  readonly projects: number;
  readonly years: number;
  /** The latest fiscal year (default 2024); the others precede it. */
  readonly lastYear?: number;
}

export interface GeneratedProject {
  readonly unit: GeneratedUnit;
  readonly fiscalYear: number;
  readonly project: Project;
}

const WAN = 1_000_000; // fen in one 万元

/**
 * Synthetic projects drawn from the model, lazily (a generator), so a million projects stream in
 * constant memory. Each takes a real project's category shape (indicator count per level-2), real
 * indicators of those categories with their numbers rescaled in the same written form, real funds
 * rescaled log-normally and rounded to 0.01 万元, a real spending plan, goals and kind.
 * Deterministic for a given random source.
 */
export function* generateProjects(model: DatasetModel, units: readonly GeneratedUnit[], plan: ProjectPlan, random: SeededRandom): Generator<GeneratedProject> {
  const leaves = units.filter((u) => u.kind === 'unit');
  if (leaves.length === 0) throw new RangeError('generateProjects: no budget units');
  const byCode = new Map(units.map((u) => [u.code, u]));
  const lastYear = plan.lastYear ?? 2024;
  const planShare = model.spendingPlans.length / Math.max(1, model.kinds.length);
  for (let y = 0; y < plan.years; y++) {
    const fiscalYear = lastYear - plan.years + 1 + y;
    const count = Math.floor(plan.projects / plan.years) + (y < plan.projects % plan.years ? 1 : 0);
    for (let i = 0; i < count; i++) {
      const unit = leaves[(i + y) % leaves.length]!;
      const department = unit.parentCode ? byCode.get(unit.parentCode) ?? null : null;
      const template = random.int(0, model.shapes.length - 1);
      const indicators: Indicator[] = [];
      for (const block of model.shapes[template]!) {
        const pool = model.indicators.get(block.level2) ?? [];
        for (let k = 0; k < block.count && pool.length; k++) {
          const base = random.pick(pool);
          indicators.push(varyIndicator({ ...base, level1: block.level1, level1Text: block.level1Text, level2Text: block.level2Text }, random));
        }
      }
      const funds = random.pick(model.funds);
      const factor = Math.exp(gaussian(random) * 0.7);
      const total = Math.max(WAN / 100, Math.round((funds.total! * factor) / (WAN / 100)) * (WAN / 100));
      const fiscalShare = funds.fiscal !== null && funds.total ? Math.min(1, funds.fiscal / funds.total) : 1;
      const fiscal = Math.round((total * fiscalShare) / (WAN / 100)) * (WAN / 100);
      yield {
        unit,
        fiscalYear,
        project: {
          code: `${unit.code}${fiscalYear}${String(i + 1).padStart(6, '0')}`,
          name: random.pick(model.names),
          unit: unit.name,
          unitCode: unit.code,
          department: department?.name ?? null,
          departmentCode: department?.code ?? null,
          implementingUnit: unit.name,
          fiscalYear,
          kind: random.pick(model.kinds),
          period: `${fiscalYear}年`,
          preparer: null,
          preparerPhone: null,
          preparedOn: null,
          projectLead: null,
          funds: { total, fiscal, other: total - fiscal },
          purpose: model.purposes.length && random.next() < 0.5 ? random.pick(model.purposes) : null,
          spendingPlan: model.spendingPlans.length && random.next() < planShare ? random.pick(model.spendingPlans) : [],
          goals: random.pick(model.goals),
          longTermGoals: [],
          indicators,
          categoryMarks: model.categoryMarks[template] ?? [],
          raw: {},
        },
      };
    }
  }
}

/** Rescales the first number of a quantitative target in its written form (`≥8万册` → `≥11万册`, value 110000). */
function varyIndicator(ind: Indicator, random: SeededRandom): Indicator {
  const t = ind.target;
  const text = ind.targetText;
  if (!t || t.op === 'qualitative' || t.period || t.parts || !text || t.unit === '%' || t.unit === null) return ind;
  const m = /\d+(?:\.\d+)?/.exec(text);
  if (!m) return ind;
  const written = Number(m[0]);
  if (!(written > 0)) return ind;
  const decimals = m[0].includes('.') ? m[0].length - m[0].indexOf('.') - 1 : 0;
  const f = 10 ** decimals;
  const next = Math.max(1 / f, Math.round(written * (0.5 + random.next() * 1.5) * f) / f);
  const nextText = next.toFixed(decimals);
  const value = Number(((t.value / written) * next).toPrecision(12));
  return { ...ind, targetText: text.slice(0, m.index) + nextText + text.slice(m.index + m[0].length), target: { ...t, value } };
}

/** A standard normal draw (Box–Muller). */
function gaussian(random: SeededRandom): number {
  const u = 1 - random.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.next());
}
