// Child process of the scale bench: a streaming import (`jixiao gen` into the configured database:
// JIXIAO_DB or DATABASE_URL) whose peak RSS is measured on its own. Prints one JSON line.
import { join } from 'node:path';
// The generator's own entry point rather than the @jixiao/app index (exports, PDF, server wiring):
// this process measures the streaming import, and loads in ~1 s less.
import { generateIntoDatabase, loadDatasetModel } from '@jixiao/app/generate-dataset';
import { openDatabase } from '@jixiao/storage';

const [units, projects, years, seed] = (process.env.JIXIAO_BENCH_GEN ?? '10,0,1,1').split(',').map(Number) as [number, number, number, number];
const model = await loadDatasetModel(join(import.meta.dirname, '../fixtures/samples'));
const database = await openDatabase({ migrate: true });
let last = 0;
const r = await generateIntoDatabase(database, model, {
  units,
  projects,
  years,
  seed,
  batchSize: 2_000,
  onProgress: (p) => {
    if (p.projects - last >= 50_000) {
      last = p.projects;
      process.stderr.write(`  stream import: ${p.projects} projects, ${Math.round(p.projects / (p.elapsedMs / 1000))}/s, rss ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB\n`);
    }
  },
});
await database.close();
process.stdout.write(`${JSON.stringify({ ...r, maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
