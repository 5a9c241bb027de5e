// Suggestion latency over a synthetic corpus built by varying the five samples (units, names, funds, values).
import { buildIndicatorLibrary, buildProjectIndex, countProjectGrams, createCorpusProject, suggestIndicators, type CorpusProject, type Project } from '@jixiao/core';
import { loadSampleProjects } from './sample-projects';

const PLACES = ['城关区', '堆龙德庆区', '莲湖区', '库尔勒市', '门源县', '兴隆县', '滦平县', '承德县', '平泉市', '宽城县', '丰宁县', '隆化县', '围场县', '双桥区', '双滦区', '鹰手营子矿区'];

/** `count` projects: sample i % n in unit ⌊i / 40⌋, place-prefixed name, scaled funds and nudged rates. */
export function buildSyntheticCorpus(samples: readonly Project[], count: number): CorpusProject[] {
  const out: CorpusProject[] = [];
  for (let i = 0; i < count; i++) {
    const base = samples[i % samples.length] as Project;
    const unit = Math.floor(i / 40);
    const place = PLACES[unit % PLACES.length] as string;
    const scale = 0.5 + ((i * 7919) % 100) / 100;
    const indicators = base.indicators.map((ind) => {
      const t = ind.target;
      if (!t || t.op === 'qualitative' || t.unit !== '%') return ind;
      return { ...ind, target: { ...t, value: Math.min(100, t.value - ((i * 31) % 6)) } };
    });
    const project: Project = { ...base, name: `${place}${base.name}`, indicators, funds: { ...base.funds, total: base.funds.total === null ? null : Math.round(base.funds.total * scale) } };
    out.push(createCorpusProject({ id: `p${String(i).padStart(7, '0')}`, unitId: `u${unit}`, unitName: `${place}医疗保障局${unit}`, status: i % 5 === 0 ? 'approved' : 'draft', project }));
  }
  return out;
}

function p95(times: number[]): number {
  const s = [...times].sort((a, b) => a - b);
  return Math.round((s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] as number) * 100) / 100;
}

/** The floor: one pass over the corpus computing a bigram overlap with every project (no index). */
function scanOnce(corpus: readonly CorpusProject[], grams: readonly Map<number, number>[], query: CorpusProject): number {
  const q = countProjectGrams(query.name, query.goals);
  let best = 0;
  for (let i = 0; i < corpus.length; i++) {
    let s = 0;
    for (const g of q.keys()) if ((grams[i] as Map<number, number>).has(g)) s++;
    if (s > best) best = s;
  }
  return best;
}

export async function benchLibrary(opts: { quick: boolean }): Promise<{ name: string; value: number; unit: string; baseline: number; ratio: number }[]> {
  // The issue asks for the latency with 100,000 projects stored: the quick run measures it too, with
  // fewer queries and floor scans (a floor scan of 100,000 projects takes about a second).
  const count = 100_000;
  const queries = opts.quick ? 60 : 200;
  const floorScans = opts.quick ? 5 : 30;
  const samples = loadSampleProjects();
  const corpus = buildSyntheticCorpus(samples, count);
  let t0 = performance.now();
  const library = buildIndicatorLibrary(corpus);
  const index = buildProjectIndex(corpus);
  const buildMs = performance.now() - t0;
  const grams = corpus.map((p) => countProjectGrams(p.name, p.goals));
  const picks = Array.from({ length: queries }, (_, k) => corpus[(k * 104_729) % corpus.length] as CorpusProject);
  suggestIndicators(picks[0] as CorpusProject, library, index, { excludeProjectId: (picks[0] as CorpusProject).id });
  const times: number[] = [];
  // CPU time per query as well: on a shared, loaded machine the wall time includes waiting for a core.
  const cpuTimes: number[] = [];
  let sink = 0;
  for (const p of picks) {
    const cpu0 = process.cpuUsage();
    t0 = performance.now();
    sink += suggestIndicators(p, library, index, { excludeProjectId: p.id, visibility: 'admin' }).length;
    times.push(performance.now() - t0);
    const cpu = process.cpuUsage(cpu0);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
  }
  // As a unit sees it: other units only as statistics (entries over ≥ 2 other units), no source names.
  const unitTimes: number[] = [];
  for (const p of picks) {
    t0 = performance.now();
    sink += suggestIndicators({ ...p, unitId: p.unitId }, library, index, { excludeProjectId: p.id, visibility: 'unit', visibleUnitIds: new Set([p.unitId]) }).length;
    unitTimes.push(performance.now() - t0);
  }
  const floor: number[] = [];
  for (const p of picks.slice(0, Math.min(floorScans, picks.length))) {
    t0 = performance.now();
    sink += scanOnce(corpus, grams, p);
    floor.push(performance.now() - t0);
  }
  if (sink < 0) throw new Error('unreachable');
  const value = p95(times);
  const baseline = p95(floor);
  return [
    { name: `library suggest p95 (${count} projects)`, value, unit: 'ms', baseline, ratio: Math.round((value / baseline) * 1000) / 1000 },
    { name: `library suggest p95, CPU time (${count} projects)`, value: p95(cpuTimes), unit: 'ms', baseline, ratio: Math.round((p95(cpuTimes) / baseline) * 1000) / 1000 },
    { name: `library suggest p95, unit visibility (${count} projects)`, value: p95(unitTimes), unit: 'ms', baseline, ratio: Math.round((p95(unitTimes) / baseline) * 1000) / 1000 },
    { name: `library build, library + index (${count} projects)`, value: Math.round(buildMs), unit: 'ms', baseline: Math.round(baseline), ratio: Math.round((buildMs / baseline) * 10) / 10 },
  ];
}
