import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { scoreDocuments } from '@jixiao/app';
import { CHROMIUM_ARGS, findChromium } from './support/e2e-requirements';
import { ensureWebBuild, ROOT } from './support/ensure-web-build';
import { startServer, type RunningServer } from './support/start-server';

const chromiumPath = findChromium();
const SHOTS = join(ROOT, 'test-results/e2e-self-evaluation');
const PASSWORD = 'SelfEval-e2e-12345';
const UNIT = '库尔勒市医疗保障局';
const PROJECT = '部门专项-医疗保险业务经费和大楼运行专项经费';

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

/** As admin through the API: sample 002 (库尔勒市医疗保障局, 2023) imported, a preparer and a reviewer in its unit. */
async function seed(base: string, adminPassword: string): Promise<void> {
  const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: adminPassword }) });
  const s: ApiSession = { cookie: (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrf: ((await login.json()) as { csrfToken: string }).csrfToken };
  const form = new FormData();
  form.append('file', new Blob([readFileSync(join(ROOT, 'fixtures/samples/002_958eda048e829117.txt'))], { type: 'text/plain' }), '002_958eda048e829117.txt');
  const { token } = (await api(base, s, 'POST', '/api/imports/preview', form)) as { token: string };
  await api(base, s, 'POST', `/api/imports/${token}/confirm`);
  const units = (await api(base, s, 'GET', '/api/units')) as { id: string; name: string }[] | { rows: { id: string; name: string }[] };
  const unit = (Array.isArray(units) ? units : units.rows).find((u) => u.name === UNIT);
  if (!unit) throw new Error(`unit ${UNIT} not created by the import`);
  await api(base, s, 'POST', '/api/users', { username: 'seprep', displayName: '自评填报人', role: 'preparer', unitId: unit.id, password: PASSWORD });
  await api(base, s, 'POST', '/api/users', { username: 'serev', displayName: '自评审核人', role: 'dept_reviewer', unitId: unit.id, password: PASSWORD });
}

/** Year-end actuals of the project (fixtures/self-evaluation/form-weights.txt): 用电量 and 电费成本 miss their targets. */
const ACTUALS = ['2650方', '198000度', '12次', '100%', '92%', '100%', '3.57元/方', '0.5元/度', '4400元', '有效提高', '96%'];

describe.skipIf(!chromiumPath)('year-end self-evaluation in Chromium (e2e)', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const shot = async (name: string) => {
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  };
  const login = async (username: string) => {
    await page?.context().close();
    page = await (await browser.newContext({ viewport: { width: 1600, height: 1000 }, locale: 'zh-CN', acceptDownloads: true })).newPage();
    await page.goto(`${server.baseUrl}/login`);
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByTestId('current-user').waitFor();
  };
  const text = async (testId: string) => (await page.getByTestId(testId).textContent())?.trim();

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

  it('a preparer enters the actuals and 预算执行, sees scores, formulas, total and grade, submits and exports the table', async () => {
    await login('seprep');
    await page.goto(`${server.baseUrl}/projects`);
    await page.getByText(PROJECT).first().click();
    await page.getByTestId('open-self-evaluation').click();
    await page.getByTestId('self-evaluation-title').waitFor();
    expect(await text('self-evaluation-title')).toBe(`${PROJECT} · 绩效自评`);
    expect(await text('se-total')).toBe('0');

    // 预算执行 in 万元 (stored as fen), then every actual, typed in tab order.
    const money = (testId: string) => page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`);
    await money('se-budget').fill('15');
    await money('se-executed').fill('14.25');
    for (const [k, actual] of ACTUALS.entries()) await page.getByTestId(`actual-${k}`).fill(actual);
    await page.getByTestId('se-dirty').waitFor();
    await page.keyboard.press('Control+s');
    await page.getByText('已保存，得分已重新计算').waitFor();

    expect(await text('se-total')).toBe('92.66');
    expect(await text('se-grade')).toBe('优');
    expect(await text('se-exec-score')).toBe('9.5');
    expect(await text('se-rate')).toBe('95.00%');
    expect(await text('score-1')).toBe('5.94');
    expect(await text('formula-1')).toBe('w·a/t = 6×198000/200000 = 5.94');
    expect(await text('formula-7')).toBe('w·(1−(a−t)/t) = 7×(1−(0.5−0.45)/0.45) = 6.22');
    // The two missed targets need a deviation reason; submitting without them is refused.
    expect(await text('reason-required-1')).toBe('须填写偏差原因');
    expect(await text('reason-required-7')).toBe('须填写偏差原因');
    await expect(page.getByTestId('se-finding-deviation-reason-missing').count()).resolves.toBe(2);
    await shot('01-scored');
    await page.getByTestId('se-submit').click();
    await page.getByText(/不能提交：指标“办公大楼用电量”未达到年度指标值/).waitFor();

    await page.getByTestId('reason-1').fill('空调系统节能改造后用电下降，下年度按实际用量调整目标');
    await page.getByTestId('reason-7').fill('电价上调致单位成本超标，已申请调整成本指标');
    await page.getByTestId('se-submit').click();
    await page.getByText('已提交', { exact: true }).first().waitFor();
    await expect(page.getByTestId('se-finding-deviation-reason-missing').count()).resolves.toBe(0);
    expect(await text('se-total')).toBe('92.66');
    await shot('02-submitted');

    // The 项目支出绩效自评表 as XLSX: a real download that the importer scores back to the same total.
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('se-export-xlsx').click()]);
    expect(xlsx.suggestedFilename()).toBe(`${PROJECT}-绩效自评表.xlsx`);
    const xlsxPath = join(SHOTS, 'self-evaluation.xlsx');
    await xlsx.saveAs(xlsxPath);
    const [doc] = await scoreDocuments([{ file: 'self-evaluation.xlsx', bytes: new Uint8Array(readFileSync(xlsxPath)) }]);
    expect(doc!.projects.map((p) => [p.name, p.total, p.printedTotal, p.grade, p.findings.length])).toEqual([[PROJECT, 92.66, 92.66, 'excellent', 0]]);
    expect(doc!.projects[0]!.indicators.map((l) => l.actualText)).toEqual(ACTUALS);
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByTestId('se-export-pdf').click()]);
    const pdfPath = join(SHOTS, 'self-evaluation.pdf');
    await pdf.saveAs(pdfPath);
    expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 180_000);

  it('a reviewer overrides a score only with a reason; total, grade and the dashboard distribution follow', async () => {
    await login('serev');
    await page.goto(`${server.baseUrl}/projects`);
    await page.getByText(PROJECT).first().click();
    await page.getByTestId('open-self-evaluation').click();
    await page.getByTestId('override-1').click();
    await page.getByTestId('override-score').fill('5');
    await page.getByRole('button', { name: '确认调整' }).click();
    await page.getByText('请填写调整理由').waitFor();
    await page.getByTestId('override-reason').fill('佐证材料不足，按实际用电核减');
    await page.getByRole('button', { name: '确认调整' }).click();
    await page.getByText('已调整得分并记入审计日志').waitFor();
    expect(await text('score-1')).toContain('5.94→5');
    expect(await text('se-total')).toBe('91.72');
    expect(await text('se-grade')).toBe('优');
    await shot('03-override');

    await page.goto(`${server.baseUrl}/dashboard`);
    await page.getByTestId('se-distribution').waitFor();
    await page.getByText('1 / 3').waitFor();
    await page.getByText('91.72').waitFor();
    await expect(page.locator('[data-testid="se-distribution"] canvas').count()).resolves.toBe(2);
    await shot('04-dashboard');
  }, 120_000);
});
