import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './support/e2e-requirements';
import { ensureWebBuild, ROOT } from './support/ensure-web-build';
import { startServer, type RunningServer } from './support/start-server';

const chromiumPath = findChromium();
const SHOTS = join(ROOT, 'test-results/e2e');
const PASSWORD = 'Library-e2e-12345';
const PROJECT_NAME = '医疗保障信息系统运行维护';
const SLOTS = ['quantity', 'quality', 'timeliness', 'cost', 'outcome', 'serviceSatisfaction'];

interface ApiSession {
  cookie: string;
  csrf: string;
}

async function api(base: string, s: ApiSession, method: string, path: string, body?: unknown): Promise<unknown> {
  const isForm = body instanceof FormData;
  const r = await fetch(base + path, {
    method,
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, ...(body !== undefined && !isForm ? { 'content-type': 'application/json' } : {}) },
    body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
  });
  const text = await r.text();
  if (!r.ok) throw new Error(`${method} ${path} → ${r.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/** As admin through the API: the five samples imported, a new unit with a new preparer. */
async function seed(base: string, adminPassword: string): Promise<void> {
  const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: adminPassword }) });
  const s: ApiSession = { cookie: (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrf: ((await login.json()) as { csrfToken: string }).csrfToken };
  const dir = join(ROOT, 'fixtures/samples');
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    const form = new FormData();
    form.append('file', new Blob([readFileSync(join(dir, f))], { type: 'text/plain' }), f);
    const { token } = (await api(base, s, 'POST', '/api/imports/preview', form)) as { token: string };
    await api(base, s, 'POST', `/api/imports/${token}/confirm`);
  }
  const unit = (await api(base, s, 'POST', '/api/units', { code: '990', name: '新设市医疗保障局', parentId: null })) as { id: string };
  await api(base, s, 'POST', '/api/users', { username: 'newprep', displayName: '新填报人', role: 'preparer', unitId: unit.id, password: PASSWORD });
}

describe.skipIf(!chromiumPath)('indicator library in Chromium (e2e)', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  const shot = async (name: string) => {
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  };
  const login = async (username: string, password: string) => {
    await page?.context().close();
    page = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })).newPage();
    await page.goto(`${server.baseUrl}/login`);
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码').fill(password);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.getByTestId('current-user').waitFor();
  };
  const indicatorNames = () => page.$$eval('input[id^="ind-"][id$="-name"]', (els) => els.map((e) => (e as HTMLInputElement).value));

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const dist = ensureWebBuild();
    server = await startServer(dist);
    await seed(server.baseUrl, server.adminPassword);
    browser = await chromium.launch({ executablePath: chromiumPath as string, args: CHROMIUM_ARGS });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('an administrator publishes the sample units’ indicators on the 指标库 page', async () => {
    await login('admin', server.adminPassword);
    await page.getByRole('menuitem', { name: '指标库' }).click();
    await page.waitForURL((u) => u.pathname === '/library');
    await expect(page.getByTestId('library-total').textContent()).resolves.toMatch(/共 \d+ 条指标，来自 54 个项目/);
    await page.getByRole('tab', { name: '统计看板' }).click();
    await page.getByTestId('library-dashboard').locator('canvas').first().waitFor();
    await shot('library-01-dashboard');
    await page.getByRole('tab', { name: '公开设置' }).click();
    const switches = page.getByTestId('library-publications').getByRole('switch');
    await switches.first().waitFor();
    const rows = page.getByTestId('library-publications').locator('.ant-table-row');
    for (let i = 0; i < (await rows.count()); i++) {
      const row = rows.nth(i);
      if (/医疗保障/.test((await row.textContent()) ?? '') && !/新设市/.test((await row.textContent()) ?? '')) {
        await row.getByRole('switch').click();
        await expect.poll(() => row.getByRole('switch').getAttribute('aria-checked')).toBe('true');
      }
    }
    await shot('library-02-publications');
  }, 60_000);

  it('a new preparer starts a project, accepts two suggestions with one click each, saves and sees the peer comparison', async () => {
    await login('newprep', PASSWORD);
    await page.getByRole('button', { name: '新建项目' }).click();
    await page.waitForURL((u) => /^\/projects\/[^/]+$/.test(u.pathname));
    // The suggestions for the typed name (not those of the initial, empty or default name).
    const answered = page.waitForResponse((r) => r.url().includes('/api/library/suggestions') && new URL(r.url()).searchParams.get('name') === PROJECT_NAME, { timeout: 20_000 });
    await page.locator('#f-name').fill(PROJECT_NAME);
    await answered;
    const panel = page.getByTestId('suggestions-panel');
    // Suggestions for every mandatory category, drawn from other units' similar projects.
    await panel.locator('[data-testid="suggest-slot-quantity"] [data-testid="suggestion"]').first().waitFor({ timeout: 20_000 });
    for (const slot of SLOTS) {
      await expect.poll(() => panel.locator(`[data-testid="suggest-slot-${slot}"] [data-testid="suggestion"]`).count(), { message: slot }).toBeGreaterThanOrEqual(3);
    }
    await expect(panel.getByTestId('suggestion-sources').first().textContent()).resolves.toMatch(/来源：/);
    await shot('library-03-suggestions');
    const review = page.getByTestId('review-panel');
    await expect(review.textContent()).resolves.toContain('必填的数量指标没有任何三级指标');
    const before = await indicatorNames();
    const picked: string[] = [];
    for (const slot of ['quantity', 'timeliness']) {
      const first = panel.locator(`[data-testid="suggest-slot-${slot}"] [data-testid="suggestion"]`).first();
      picked.push((await first.getAttribute('data-name')) ?? '');
      await first.getByTestId('suggestion-add').click();
      await expect(first.getByTestId('suggestion-add').textContent()).resolves.toBe('已添加');
    }
    const after = await indicatorNames();
    expect(after.length).toBe(before.length + 2);
    for (const name of picked) expect(after).toContain(name);
    // Each added row carries a typical value to adjust.
    const targets = await page.$$eval('input[id^="ind-"][id$="-target"]', (els) => els.map((e) => (e as HTMLInputElement).value));
    expect(targets.filter((v) => v !== '').length).toBeGreaterThanOrEqual(2);
    // The live review re-runs on the new rows.
    await expect.poll(async () => (await review.textContent()) ?? '').not.toContain('必填的数量指标没有任何三级指标');
    await expect.poll(async () => (await review.textContent()) ?? '').not.toContain('必填的时效指标没有任何三级指标');
    await expect(review.textContent()).resolves.toContain('必填的质量指标没有任何三级指标');
    // The project's reload after the save answers late: until it does, the form must keep the saved
    // version and not fall back to the one it replaced (it did, and showed that version's comparison).
    const projectUrl = new URL(page.url()).pathname.replace(/^\/projects\//, '/api/projects/');
    await page.route((u) => u.pathname === projectUrl, async (route) => {
      if (route.request().method() === 'GET') await new Promise((resolve) => setTimeout(resolve, 2_000));
      await route.continue();
    });
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByTestId('dirty-flag').waitFor({ state: 'detached' });
    await page.waitForTimeout(500);
    await expect(page.locator('#f-name').inputValue()).resolves.toBe(PROJECT_NAME);
    expect(await indicatorNames()).toEqual(after);
    const peers = page.getByTestId('peer-panel');
    await peers.getByTestId('peer-body').waitFor({ timeout: 20_000 });
    await expect(peers.textContent()).resolves.toMatch(/信息化建设与运维/);
    await expect(peers.getByTestId('peer-grouping').textContent()).resolves.toBe('与其他单位同类别的项目比较');
    await expect(peers.locator('.ant-table-row').count()).resolves.toBeGreaterThan(0);
    await shot('library-04-peer-comparison');
  }, 90_000);
});
