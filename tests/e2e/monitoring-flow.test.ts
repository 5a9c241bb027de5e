import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './support/e2e-requirements';
import { ensureWebBuild, ROOT } from './support/ensure-web-build';
import { startServer, type RunningServer } from './support/start-server';

const chromiumPath = findChromium();
const SHOTS = join(ROOT, 'test-results/e2e-monitoring');
const SAMPLE_004 = join(ROOT, 'fixtures/samples/004_b5b5933a0db36905.txt');
const PAYMENTS = join(ROOT, 'fixtures/monitoring/payments-004.csv');
const PAYMENTS_BROKEN = join(ROOT, 'fixtures/monitoring/payments-004-broken.csv');
const USERNAME = 'jiankong1';
const PASSWORD = 'E2e-Monitor-123';
const PROJECT = '劳务派遣人员经费';

/**
 * As admin through the API: sample 004 imported for 2024 and a brand-new preparer in the unit its first project
 * (劳务派遣人员经费, 17.20万元) belongs to. Returns that project's id.
 */
async function seedSample(baseUrl: string, adminPassword: string): Promise<string> {
  const login = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: adminPassword }) });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const call = async (method: string, path: string, body?: unknown): Promise<Record<string, unknown>> => {
    const form = body instanceof FormData;
    const r = await fetch(baseUrl + path, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(form || body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: form ? body : JSON.stringify(body) }),
    });
    const json = (await r.json()) as Record<string, unknown>;
    if (!r.ok) throw new Error(`${method} ${path} → ${r.status} ${JSON.stringify(json)}`);
    return json;
  };
  const form = new FormData();
  form.append('file', new Blob([readFileSync(SAMPLE_004)]), '004_b5b5933a0db36905.txt');
  const preview = await call('POST', '/api/imports/preview?year=2024', form);
  const confirmed = await call('POST', `/api/imports/${String(preview['token'])}/confirm`, {});
  const ids = confirmed['projectIds'] as string[];
  const details = await Promise.all(ids.map((id) => call('GET', `/api/projects/${id}`)));
  const target = details.find((d) => (d['project'] as { name: string }).name === PROJECT);
  if (!target) throw new Error(`${PROJECT} not imported`);
  await call('POST', '/api/users', { username: USERNAME, displayName: '孙监控', role: 'preparer', unitId: target['unitId'], password: PASSWORD });
  return String(target['id']);
}

/** Visible inputs without a label, aria-label or aria-labelledby (as in web-flow's check). */
function findUnlabelledInputs(page: Page): Promise<string[]> {
  return page.evaluate(() => {
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
}

describe.skipIf(!chromiumPath)('运行监控 in Chromium (e2e)', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let projectId = '';
  const shot = async (name: string) => {
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  };
  const light = (testId: string) => page.getByTestId(testId);
  /** Waits until the element shows exactly `text` (the page refetches after every save). */
  const waitText = (testId: string, text: string) => page.getByTestId(testId).filter({ hasText: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).waitFor({ timeout: 20_000 });
  const expectLight = async (testId: string, colour: 'red' | 'yellow' | 'green' | 'blue', text: string) => {
    await page.locator(`[data-testid="${testId}"][data-light="${colour}"]`).first().waitFor({ timeout: 20_000 });
    await expect(light(testId).first().textContent()).resolves.toContain(text);
  };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const dist = ensureWebBuild();
    server = await startServer(dist);
    projectId = await seedSample(server.baseUrl, server.adminPassword);
    browser = await chromium.launch({ executablePath: chromiumPath as string, args: CHROMIUM_ARGS });
    page = await (await browser.newContext({ viewport: { width: 1600, height: 1000 }, locale: 'zh-CN', acceptDownloads: true })).newPage();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a new preparer enters a spending plan, payments and two checkpoints, watches the lights change and exports the table', async () => {
    await page.goto(`${server.baseUrl}/login`);
    await page.getByLabel('用户名').fill(USERNAME);
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByTestId('current-user').waitFor();

    // The sample project, then its monitoring page through the project page's button.
    await page.goto(`${server.baseUrl}/projects/${projectId}`);
    await expect(page.getByTestId('project-title').textContent()).resolves.toBe(PROJECT);
    await page.getByTestId('open-monitoring').click();
    await page.waitForURL((u) => u.pathname === `/projects/${projectId}/monitoring`);
    await expect(page.getByTestId('monitoring-title').textContent()).resolves.toContain(PROJECT);
    await expect(page.getByTestId('plan-source').textContent()).resolves.toBe('取自申报表的资金支出计划，尚未单独保存');

    // Spending plan: quarterly cumulative 30/60/80/100 % for 2024.
    await page.locator('#plan-year').fill('2024');
    for (const [month, percent] of [[3, '30'], [6, '60'], [10, '80'], [12, '100']] as const) await page.locator(`#plan-month-${month}`).fill(percent);
    await page.getByRole('button', { name: '保存计划' }).click();
    await page.getByText('资金支出计划已保存（第 1 版）').waitFor();
    await waitText('plan-source', '已保存第 1 版');
    // Nothing paid yet: every checkpoint of 2024 is red against plan and 序时进度.
    await expectLight('summary-light-3', 'red', '红灯');
    await expectLight('summary-light-6', 'red', '红灯');
    await shot('01-plan-saved-all-red');

    // A broken payments file is refused whole, each bad row shown with its line, cell and text.
    await page.locator('input[type=file]').setInputFiles(PAYMENTS_BROKEN);
    const issues = page.getByTestId('payment-issues');
    await issues.waitFor();
    await expect(issues.textContent()).resolves.toContain('支付明细有 2 处无法识别，未导入任何记录');
    await expect(issues.textContent()).resolves.toContain('第3行（C3）：金额“12000.5x”不是精确到分的元数');
    await expect(issues.textContent()).resolves.toContain('2024-02-30');
    await waitText('entries-summary', '共 0 笔，合计 0.00 元');
    await shot('02-payments-refused');

    // The good file: 6 payments, 66,000.50 元. March turns green (20.93 % vs plan 30 %), June stays red (38.37 % vs 60 %).
    await page.locator('input[type=file]').setInputFiles(PAYMENTS);
    await page.getByText('已导入 6 笔支出，合计 66,000.50 元').waitFor();
    await waitText('entries-summary', '共 6 笔，合计 66,000.50 元');
    await expectLight('summary-light-3', 'green', '绿灯');
    await expectLight('plan-light-6', 'red', '红灯');
    await expectLight('time-light-6', 'yellow', '黄灯');
    await expectLight('summary-light-6', 'red', '红灯');

    // A typed-in payment (Enter submits) brings June to 59.30 %: green.
    await page.getByLabel('支付日期').fill('2024-06-28');
    await page.getByLabel('金额（元）').fill('36,000');
    await page.getByLabel('摘要').fill('补付4-6月工资');
    await page.getByLabel('摘要').press('Enter');
    await page.getByText('已添加一笔支出').waitFor();
    await waitText('entries-summary', '共 7 笔，合计 102,000.50 元');
    await expectLight('summary-light-6', 'green', '绿灯');
    await waitText('monitoring-rate', '59.30%');
    await shot('03-payments-lights');

    // Checkpoint March: 发放工资保险 10 % of ≥100 % (s = 25, a/s = 0.4) is red and needs a cause, a measure and a decision.
    await page.getByRole('tab', { name: /^3月/ }).click();
    const march = page.getByTestId('checkpoint-3');
    await march.getByLabel('发放工资保险 1–3月执行情况').fill('20%');
    await expectLight('cp-light-3-0', 'green', '绿灯');
    await march.getByLabel('发放工资保险 1–3月执行情况').fill('10%');
    await expectLight('cp-light-3-0', 'red', '红灯');
    await march.getByRole('button', { name: '保存节点' }).click();
    await expect(march.getByTestId('checkpoint-problems').textContent()).resolves.toContain('“发放工资保险”为红灯，须填写偏差原因和纠偏措施');
    await march.getByLabel('发放工资保险 偏差原因').click();
    await page.locator('.ant-select-item-option[title="人员保障"]').click();
    await march.getByLabel('发放工资保险 纠偏措施').fill('补充派遣人员，4月起按月发放');
    await march.getByLabel('发放工资保险 调整目标').check();
    await march.getByRole('button', { name: '保存节点' }).click();
    await page.getByText('3月节点已保存（第 1 版）').waitFor();
    await waitText('checkpoint-state-3', '已填报（第 1 版）');
    await expectLight('checkpoint-saved-light-3', 'red', '红灯');
    await page.getByTestId('adjustment-requested').waitFor();
    await shot('04-march-recorded');

    // Checkpoint June: 50 % (a/s = 1) green, satisfaction 98 % (a/s = 1.96) blue; with execution green the node is green.
    await page.getByRole('tab', { name: /^6月/ }).click();
    const june = page.getByTestId('checkpoint-6');
    await june.getByLabel('发放工资保险 1–6月执行情况').fill('50%');
    await june.getByLabel('服务对象满意度 1–6月执行情况').fill('98%');
    await expectLight('cp-light-6-0', 'green', '绿灯');
    await expectLight('cp-light-6-7', 'blue', '蓝灯');
    await june.getByLabel('服务对象满意度 1–6月执行情况').press('Control+s');
    await page.getByText('6月节点已保存（第 1 版）').waitFor();
    await expectLight('checkpoint-saved-light-6', 'green', '绿灯');
    await expectLight('summary-light-3', 'red', '红灯');
    await shot('05-june-recorded');

    // Export the June monitoring table as Excel and PDF.
    await page.getByTestId('monitoring-export').getByRole('combobox').click();
    await page.locator('.ant-select-item-option[title="6月底"]').click();
    const download = async (name: RegExp, file: string) => {
      const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId('monitoring-export').getByRole('link', { name }).click()]);
      expect(d.suggestedFilename()).toMatch(/绩效运行监控表-6月/);
      const path = join(SHOTS, file);
      await d.saveAs(path);
      return path;
    };
    const xlsx = await download(/Excel/, 'monitoring.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(xlsx) as unknown as ExcelJS.Buffer);
    const cells: string[] = [];
    wb.getWorksheet('绩效运行监控表')!.eachRow((r) => r.eachCell((c) => cells.push(String(c.value ?? ''))));
    expect(cells).toEqual(expect.arrayContaining(['项目支出绩效运行监控表', PROJECT, '1-6月执行情况', '50%', '98%', '蓝灯（超前）', '59.30%']));
    const pdf = await download(/PDF/, 'monitoring.pdf');
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString('utf8');
    expect(text).toContain('项目支出绩效运行监控表');
    expect(text).toContain(PROJECT);

    // The unit dashboard: the project's row in the light matrix.
    await page.getByRole('menuitem', { name: '运行监控' }).click();
    const matrix = page.getByTestId('light-matrix');
    await matrix.waitFor();
    const row = matrix.locator('tr', { hasText: PROJECT });
    // 3月 red (the indicator), 6月 green, 10月 and 12月 red (59.30 % against 80 % and 100 %).
    const matrixLights = await row.locator('td.jx-matrix-cell [data-light]').evaluateAll((els) => els.map((e) => e.getAttribute('data-light')));
    expect(matrixLights).toEqual(['red', 'green', 'red', 'red']);
    await expect(row.textContent()).resolves.toContain('调整目标');
    await expect(row.textContent()).resolves.toContain('59.30%');
    await page.getByTestId('execution-curve').waitFor();
    await shot('06-dashboard');
    expect(await findUnlabelledInputs(page)).toEqual([]);
    await row.getByRole('link', { name: PROJECT }).click();
    await page.getByTestId('monitoring-title').waitFor();
    await page.getByTestId('checkpoint-12').waitFor();
    expect(await findUnlabelledInputs(page)).toEqual([]);
    await expect(page.getByTestId('monitoring-thresholds').textContent()).resolves.toContain('规则默认值');
  }, 300_000);

  it('an administrator sets stricter thresholds for the unit on the dashboard and June turns yellow', async () => {
    const admin = await (await browser.newContext({ viewport: { width: 1600, height: 1000 }, locale: 'zh-CN' })).newPage();
    await admin.goto(`${server.baseUrl}/login`);
    await admin.getByLabel('用户名').fill('admin');
    await admin.getByLabel('密码').fill(server.adminPassword);
    await admin.getByRole('button', { name: '登录', exact: true }).click();
    await admin.getByTestId('current-user').waitFor();
    await admin.goto(`${server.baseUrl}/monitoring`);
    await admin.getByTestId('monitoring-profile-pick').waitFor();
    const row = admin.getByTestId('light-matrix').locator('tr', { hasText: PROJECT });
    const unitName = ((await row.locator('td').nth(1).textContent()) ?? '').trim();
    expect(unitName).not.toBe('');
    await admin.locator('#mon-unit').fill(unitName);
    await admin.keyboard.press('Enter');
    await admin.getByTestId('monitoring-profile-source').filter({ hasText: '规则默认值' }).waitFor();
    // 6月: 59.30 % against the plan's 60 % is 0.70 points behind: green by the defaults (10/20), yellow under 0.5/1.
    await admin.locator('#mp-yellow').fill('0.5');
    await admin.locator('#mp-red').fill('1');
    await admin.getByTestId('monitoring-profile-save').click();
    await admin.getByText('预警阈值已保存，红绿灯已按新阈值重算').waitFor();
    await admin.getByTestId('monitoring-profile-source').filter({ hasText: `“${unitName}”设置的阈值` }).waitFor();
    await row.locator('td.jx-matrix-cell').nth(1).locator('[data-light="yellow"]').waitFor({ timeout: 20_000 });
    const lights = await row.locator('td.jx-matrix-cell [data-light]').evaluateAll((els) => els.map((e) => e.getAttribute('data-light')));
    expect(lights).toEqual(['red', 'yellow', 'red', 'red']);
    expect(await findUnlabelledInputs(admin)).toEqual([]);
    await admin.screenshot({ path: join(SHOTS, '07-thresholds.png'), fullPage: true });
    // The preparer's project page shows where the thresholds come from.
    await page.goto(`${server.baseUrl}/projects/${projectId}/monitoring`);
    await page.getByTestId('monitoring-thresholds').filter({ hasText: `“${unitName}”设置` }).waitFor();
    await expectLight('summary-light-6', 'yellow', '黄灯');
  }, 120_000);
});
