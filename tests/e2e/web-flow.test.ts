import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './support/e2e-requirements';
import { ensureWebBuild, ROOT } from './support/ensure-web-build';
import { startServer, type RunningServer } from './support/start-server';
import { ACCOUNTS, E2E_PASSWORD, seedAccounts } from './support/seed-accounts';

const chromiumPath = findChromium();
const SHOTS = join(ROOT, 'test-results/e2e');
const SAMPLE_000 = join(ROOT, 'fixtures/samples/000_090c4012b2f0612f.txt');

interface IndicatorJson {
  name: string;
  targetText: string | null;
}

describe.skipIf(!chromiumPath)('web app in Chromium (e2e)', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let projectId = '';
  let projectName = '';
  let indicatorIndex = 0;

  const shot = async (name: string) => {
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  };
  // Every login starts in a fresh browser context (no cookies, no drafts from another user).
  const login = async (username: string, password = E2E_PASSWORD) => {
    await page?.context().close();
    page = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })).newPage();
    await page.goto(`${server.baseUrl}/login`);
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码').fill(password);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await page.getByTestId('current-user').waitFor();
  };
  const logout = async () => {
    await page.getByRole('button', { name: '退出', exact: true }).click();
    await page.waitForURL((u) => u.pathname.startsWith('/login'));
  };
  const openProject = async () => {
    await page.goto(`${server.baseUrl}/projects/${projectId}`);
    await page.getByTestId('project-title').waitFor();
  };
  const status = (s: string) => page.locator(`.jx-page-title [data-status="${s}"]`);
  const transition = async (button: string, comment?: string) => {
    await page.getByTestId('workflow-bar').getByRole('button', { name: button, exact: true }).click();
    if (comment !== undefined) {
      const dialog = page.getByRole('dialog');
      await dialog.locator('#workflow-text').fill(comment);
      await dialog.getByRole('button', { name: '确定', exact: true }).click();
    }
  };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const dist = ensureWebBuild();
    server = await startServer(dist);
    await seedAccounts(server.baseUrl, server.adminPassword);
    browser = await chromium.launch({ executablePath: chromiumPath as string, args: CHROMIUM_ARGS });
    page = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })).newPage();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('login shows the server message on a wrong password', async () => {
    await page.goto(`${server.baseUrl}/login`);
    await page.getByLabel('用户名').fill(ACCOUNTS.preparer);
    await page.getByLabel('密码').fill('wrong-password');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await expect(page.getByTestId('login-error').textContent()).resolves.toMatch(/[\u4e00-\u9fff]/);
    await shot('01-login-error');
  });

  it('preparer imports sample 000 through the 导入 page', async () => {
    const importSample = async () => {
      await page.getByRole('menuitem', { name: '导入' }).click();
      await page.locator('input[type=file]').setInputFiles(SAMPLE_000);
      await page.getByRole('button', { name: '确认导入', exact: true }).waitFor({ timeout: 60_000 });
      await expect(page.getByTestId('preview-projects').textContent()).resolves.toContain('医疗保障政策宣传费');
      await page.getByRole('button', { name: '确认导入', exact: true }).click();
      await Promise.race([page.waitForURL((u) => u.pathname === '/projects'), page.getByTestId('import-error').waitFor()]);
      return (await page.getByTestId('import-error').count()) ? ((await page.getByTestId('import-error').textContent()) ?? '') : null;
    };
    await login(ACCOUNTS.preparer);
    await page.getByRole('menuitem', { name: '导入' }).click();
    await page.locator('input[type=file]').setInputFiles(SAMPLE_000);
    await page.getByRole('button', { name: '确认导入', exact: true }).waitFor({ timeout: 60_000 });
    await shot('02-import-preview');
    // 取消 writes nothing.
    await page.getByRole('button', { name: '取消', exact: true }).click();
    await page.getByText('已取消，未写入任何数据').waitFor();
    const error = await importSample();
    if (error !== null) {
      // Sample 000 also holds projects of 各地(市)医疗保障局, outside the preparer's unit: the server
      // refuses the whole file with a Chinese message and writes nothing. An administrator imports it.
      expect(error).toMatch(/不能导入到本单位/);
      await shot('03-import-refused-for-unit');
      await logout();
      await login('admin', server.adminPassword);
      expect(await importSample()).toBeNull();
      await logout();
      await login(ACCOUNTS.preparer);
      await page.goto(`${server.baseUrl}/projects`);
    }
    await page.locator('.ant-table-row').first().waitFor();
    await expect(page.getByTestId('list-total').textContent()).resolves.toMatch(/共 \d+ 个项目/);
    await shot('04-project-list');
  }, 180_000);

  it('an administrator reads a declaration but is not offered editing (only the unit saves it)', async () => {
    await login('admin', server.adminPassword);
    try {
      await page.goto(`${server.baseUrl}/projects`);
      await page.locator('.ant-table-row a').first().waitFor();
      // 导入 is offered (an administrator may import for any unit), 新建项目 is not.
      expect(await page.locator('.jx-page-title').getByRole('button', { name: '导入' }).count()).toBe(1);
      expect(await page.getByRole('button', { name: '新建项目' }).count()).toBe(0);
      await page.locator('.ant-table-row a').first().click();
      await page.waitForURL((u) => /^\/projects\/[^/]+$/.test(u.pathname));
      // A 草稿 (the samples were just imported): the unit's roles may edit it, the administrator may not.
      await page.locator('.jx-page-title [data-status="draft"]').waitFor();
      await page.getByText('只读', { exact: true }).waitFor({ timeout: 10_000 });
      expect(await page.getByRole('button', { name: '保存', exact: true }).count()).toBe(0);
      await expect(page.locator('#f-name').getAttribute('readonly')).resolves.not.toBeNull();
    } finally {
      // The next tests go on as the preparer (login starts a fresh browser context).
      await login(ACCOUNTS.preparer);
    }
  }, 60_000);

  it('preparer fixes a finding and watches it leave the live review panel', async () => {
    // Pick a project with an indicator that has a name but no value (a value-missing finding).
    const list = (await (await page.request.get(`${server.baseUrl}/api/projects?limit=100`)).json()) as { rows: { id: string; name: string }[] };
    expect(list.rows.length).toBeGreaterThan(0);
    let found = false;
    for (const row of list.rows) {
      const detail = (await (await page.request.get(`${server.baseUrl}/api/projects/${row.id}`)).json()) as { project: { indicators: IndicatorJson[] } };
      const i = detail.project.indicators.findIndex((ind) => ind.name.trim() !== '' && !(ind.targetText ?? '').trim());
      if (i >= 0) {
        projectId = row.id;
        projectName = row.name;
        indicatorIndex = i;
        found = true;
        break;
      }
    }
    if (!found) {
      projectId = list.rows[0]?.id ?? '';
      projectName = list.rows[0]?.name ?? '';
      indicatorIndex = 0;
    }
    await openProject();
    const value = page.locator(`#ind-${indicatorIndex}-target`);
    if (!found) await value.fill('');
    const finding = page.locator(`[data-testid=review-panel] [data-field="indicators[${indicatorIndex}].target"]`);
    await finding.first().waitFor();
    await shot('05-edit-with-finding');
    await finding.first().click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`ind-${indicatorIndex}-target`);
    await value.fill('≥1万人次');
    await expect.poll(() => page.locator(`#ind-${indicatorIndex}-hint`).textContent()).toContain('10000');
    await expect.poll(() => finding.count(), { timeout: 2_000 }).toBe(0);
    await shot('06-edit-finding-fixed');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText(/已保存（版本 \d+）/).waitFor();
    await logout();
  }, 60_000);

  it('unit head submits, the department reviewer comments on an indicator and returns it', async () => {
    await login(ACCOUNTS.unitHead);
    await openProject();
    await transition('提交');
    await status('submitted').waitFor();
    await shot('07-submitted');
    await logout();

    await login(ACCOUNTS.deptReviewer);
    await page.waitForURL((u) => u.pathname === '/review');
    await page.getByRole('link', { name: projectName, exact: true }).waitFor();
    await shot('08-review-queue');
    await page.getByRole('link', { name: projectName, exact: true }).click();
    await page.getByTestId('project-title').waitFor();
    await transition('开始审核');
    await status('dept_review').waitFor();
    await page.locator(`tr[data-indicator-index="${indicatorIndex}"] td`).nth(0).click();
    await page.locator('#comment-text').fill('指标值偏低，请结合上年完成情况调整。');
    await page.getByRole('button', { name: '发表意见', exact: true }).click();
    await page.getByTestId('comments-panel').getByText('指标值偏低').waitFor();
    await shot('09-review-comment');
    await transition('退回修改', '请按意见修改指标值。');
    await status('returned').waitFor();
    await logout();
  }, 90_000);

  it('preparer fixes, unit head resubmits, both reviewers pass, and the approved form is frozen', async () => {
    await login(ACCOUNTS.preparer);
    await openProject();
    await page.getByTestId('comments-panel').getByText('指标值偏低').waitFor();
    await page.locator(`#ind-${indicatorIndex}-target`).fill('≥10万册');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText(/已保存（版本 \d+）/).waitFor();
    await shot('10-returned-fixed');
    await logout();

    await login(ACCOUNTS.unitHead);
    await openProject();
    await transition('提交');
    await status('submitted').waitFor();
    await logout();

    await login(ACCOUNTS.deptReviewer);
    await openProject();
    await transition('开始审核');
    await status('dept_review').waitFor();
    await transition('通过', '');
    await status('finance_review').waitFor();
    await logout();

    await login(ACCOUNTS.financeReviewer);
    await page.getByRole('link', { name: projectName, exact: true }).click();
    await page.getByTestId('project-title').waitFor();
    await transition('通过', '同意。');
    await status('approved').waitFor();
    await page.getByTestId('frozen-tag').waitFor();
    expect(await page.getByRole('button', { name: '保存', exact: true }).count()).toBe(0);
    expect(await page.locator('#f-name').getAttribute('readonly')).not.toBeNull();
    await shot('11-approved-frozen');
    await logout();
  }, 120_000);

  it('the indicator grid works with the keyboard only', async () => {
    await login(ACCOUNTS.preparer);
    const list = (await (await page.request.get(`${server.baseUrl}/api/projects?limit=100&status=draft`)).json()) as { rows: { id: string }[] };
    const draft = list.rows.find((r) => r.id !== projectId);
    expect(draft).toBeDefined();
    await page.goto(`${server.baseUrl}/projects/${draft?.id}`);
    await page.getByTestId('project-title').waitFor();
    // Tab from the last control before the grid into it, then to the first 指标值 cell.
    await page.getByRole('checkbox', { name: '显示权重与赋分规则' }).focus();
    let id = '';
    for (let i = 0; i < 12 && !/^ind-\d+-target$/.test(id); i++) {
      await page.keyboard.press('Tab');
      id = await page.evaluate(() => document.activeElement?.id ?? '');
    }
    expect(id).toMatch(/^ind-\d+-target$/);
    const first = Number(/\d+/.exec(id)?.[0]);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('≥95%');
    expect(await page.locator(`#ind-${first}-hint`).textContent()).toContain('95');
    // Enter goes to the same cell of the next row, ↑ comes back.
    await page.keyboard.press('Enter');
    const next = await page.evaluate(() => document.activeElement?.id ?? '');
    expect(next).toMatch(/^ind-\d+-target$/);
    expect(next).not.toBe(id);
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(id);
    // Ctrl+Enter adds a row below in the same category with the focus on its name; Alt+↑ moves it above.
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toBe(`ind-${first + 1}-name`);
    await page.keyboard.type('键盘新增指标');
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => page.locator(`#ind-${first}-name`).inputValue()).toBe('键盘新增指标');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`ind-${first}-name`);
    await page.getByTestId('dirty-flag').waitFor();
    await shot('12-keyboard-grid');
  }, 60_000);

  it('every visible input on the list and edit pages has a label', async () => {
    const unlabelled = () =>
      page.evaluate(() => {
        const bad: string[] = [];
        for (const el of Array.from(document.querySelectorAll<HTMLElement>('input, textarea, select'))) {
          const input = el as HTMLInputElement;
          if (input.type === 'hidden' || input.type === 'file' || el.closest('[aria-hidden="true"]')) continue;
          const r = el.getBoundingClientRect();
          if (r.width === 0 && r.height === 0 && !el.closest('.ant-select, .ant-radio, .ant-checkbox, .ant-segmented')) continue;
          const byLabel = (input.labels?.length ?? 0) > 0;
          const aria = (el.getAttribute('aria-label') ?? '').trim() !== '';
          const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
          const labelledBy = ids.some((id) => (document.getElementById(id)?.textContent ?? '').trim() !== '');
          if (!byLabel && !aria && !labelledBy) bad.push(el.outerHTML.slice(0, 160));
        }
        return bad;
      });
    const list = (await (await page.request.get(`${server.baseUrl}/api/projects?limit=5&status=draft`)).json()) as { rows: { id: string }[] };
    await page.goto(`${server.baseUrl}/projects/${list.rows[0]?.id}`);
    await page.getByTestId('project-title').waitFor();
    await page.getByRole('checkbox', { name: '显示权重与赋分规则' }).check();
    await page.getByRole('checkbox', { name: '显示指标解释与设置依据' }).check();
    expect(await unlabelled()).toEqual([]);
    await page.goto(`${server.baseUrl}/projects`);
    await page.getByTestId('current-user').waitFor();
    await page.locator('.ant-table-row').first().waitFor();
    expect(await unlabelled()).toEqual([]);
  }, 60_000);
});
