import { mkdirSync } from 'node:fs';
import { build } from 'esbuild';

/** Where the bundle goes: inside the repository, so that its external packages resolve from node_modules. */
const OUT_DIR = 'node_modules/.cache/jixiao-hardening';

/**
 * Bundles run-crash-worker.ts with the workspace code it uses into one ES module (third-party
 * packages stay external), so that each of the many worker processes starts in well under a
 * second instead of transpiling TypeScript at every start. Returns the bundle's path.
 */
export async function buildCrashWorker(): Promise<string> {
  mkdirSync(OUT_DIR, { recursive: true });
  const outfile = `${OUT_DIR}/crash-worker-${process.pid}.mjs`;
  await build({
    entryPoints: ['tests/hardening/support/run-crash-worker.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
    plugins: [
      {
        name: 'external-packages',
        setup(b) {
          b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@jixiao/') ? undefined : { external: true }));
        },
      },
    ],
  });
  return outfile;
}
