/** Runs `fn` `runs` times after one warm-up and returns the best wall time in milliseconds. */
export async function measureBest(fn: () => unknown, runs: number): Promise<number> {
  await fn();
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}
