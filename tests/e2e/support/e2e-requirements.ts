import { existsSync } from 'node:fs';

/**
 * Chromium for the browser suites: JIXIAO_CHROMIUM, else Debian's /usr/bin/chromium. When neither
 * exists the suite is skipped with a loud warning, or fails when JIXIAO_REQUIRE_ALL=1.
 */
export function findChromium(): string | null {
  const path = process.env.JIXIAO_CHROMIUM ?? '/usr/bin/chromium';
  if (existsSync(path)) return path;
  const msg = `Chromium not found at ${path}: the e2e suite is SKIPPED (apt-get install -y chromium fonts-noto-cjk, or set JIXIAO_CHROMIUM)`;
  if (process.env.JIXIAO_REQUIRE_ALL === '1') throw new Error(`JIXIAO_REQUIRE_ALL=1 but ${msg}`);
  console.warn(`\n${'!'.repeat(78)}\n!! ${msg}\n${'!'.repeat(78)}\n`);
  return null;
}

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
