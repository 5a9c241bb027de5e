import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './support/e2e-requirements';
import { ensureWebBuild, ROOT } from './support/ensure-web-build';
import { startServer, type RunningServer } from './support/start-server';

const chromiumPath = findChromium();
const SHOTS = join(ROOT, 'test-results/e2e-disclosure');
const PASSWORD = 'E2e-Disclosure-123';
const DEPARTMENT = '某县医疗保障局';

/** As admin: a department (a root unit) and its head, who prepares and publishes the disclosure. */
async function seedDepartment(baseUrl: string, adminPassword: string): Promise<void> {
  const login = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: adminPassword }) });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const call = async (path: string, body: unknown) => {
    const r = await fetch(baseUrl + path, { method: 'POST', headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken }, body: JSON.stringify(body) });
    const json = (await r.json()) as Record<string, unknown>;
    if (!r.ok) throw new Error(`${path} → ${r.status} ${JSON.stringify(json)}`);
    return json;
  };
  const unit = await call('/api/units', { code: '610', name: DEPARTMENT, parentId: null });
  await call('/api/users', { username: 'dhead', displayName: '陈局长', role: 'unit_head', unitId: unit['id'], password: PASSWORD });
}

describe.skipIf(!chromiumPath)('disclosure workspace in Chromium (e2e)', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const shot = async (name: string) => {
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  };
  const checks = () => page.getByTestId('disclosure-checks');
  const lineRow = (n: number) => page.locator('.jx-dense-table tbody tr.ant-table-row').nth(n);

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const dist = ensureWebBuild();
    server = await startServer(dist);
    await seedDepartment(server.baseUrl, server.adminPassword);
    browser = await chromium.launch({ executablePath: chromiumPath as string, args: CHROMIUM_ARGS });
    page = await (await browser.newContext({ viewport: { width: 1600, height: 1000 }, locale: 'zh-CN', acceptDownloads: true })).newPage();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a department head builds a small disclosure from scratch, fixes an error, publishes and downloads Word and PDF', async () => {
    await page.goto(`${server.baseUrl}/login`);
    await page.getByLabel('用户名').fill('dhead');
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByTestId('current-user').waitFor();

    await page.getByRole('menuitem', { name: '部门预算公开' }).click();
    await page.locator('#disclosure-year').fill('2024');
    await page.locator('#disclosure-year').press('Tab');
    await page.getByText(`${DEPARTMENT} 尚未建立 2024 年的部门预算公开`).waitFor();
    await page.getByRole('button', { name: '新建 2024 年部门预算公开' }).click();
    await page.getByTestId('disclosure-status').waitFor();
    await expect(page.getByTestId('disclosure-status').textContent()).resolves.toBe('草稿');
    // An empty budget still produces every table of the template (空表 with its explanation).
    await page.getByRole('tab', { name: /^公开表格/ }).click();
    await page.getByRole('tab', { name: /^表9/ }).click();
    await page.getByText('本部门无政府性基金预算收入').waitFor();

    // Department information: code and the one budget unit (本级).
    await page.getByRole('tab', { name: '部门信息' }).click();
    await page.locator('#disclosure-dept-code').fill('610');
    await page.getByRole('button', { name: '添加单位' }).click();
    await expect(page.getByLabel('单位编码').inputValue()).resolves.toBe('610001');
    await expect(page.getByLabel('单位名称').inputValue()).resolves.toBe(DEPARTMENT);
    await page.locator('#disclosure-staff-authorised').fill('10');
    await page.locator('#disclosure-staff-actual').fill('9');
    await page.locator('#disclosure-staff-retired').fill('2');
    await page.locator('#disclosure-duties').fill('贯彻执行医疗保障法律法规和政策。');
    await page.locator('#disclosure-tasks').fill('做好参保群众医保经办服务。');
    await page.locator('#disclosure-tasks').blur();

    // Two personnel lines, the first one larger than last year without a reason.
    await page.getByRole('tab', { name: /预算行/ }).click();
    await page.getByRole('button', { name: /添加一行/ }).click();
    await lineRow(0).getByLabel('功能科目（项）').fill('2101501');
    await lineRow(0).getByLabel('部门经济科目（款）').fill('30101');
    await lineRow(0).getByLabel('本年预算（元）').fill('300000');
    await lineRow(0).getByLabel('上年预算（元）').fill('280000');
    await lineRow(0).getByLabel('本年预算（元）').focus();
    await page.keyboard.press('Alt+N');
    await lineRow(1).getByLabel('部门经济科目（款）').fill('30102');
    await lineRow(1).getByLabel('本年预算（元）').fill('50000.5');
    await lineRow(1).getByLabel('上年预算（元）').fill('50000.5');

    // The checks update live: the change without a reason is an error, and 公开 is disabled.
    await checks().getByText(/较上年增加 2(\.00)? ?万元，未填写变化原因/).waitFor({ timeout: 30_000 });
    await shot('01-error-in-checks');
    await page.getByRole('tab', { name: /^公开表格/ }).click();
    await page.getByRole('tab', { name: /^表1$/ }).click();
    await page.locator('[data-table-id="表1"]').getByText('350,000.50').first().waitFor({ timeout: 30_000 });
    await shot('02-table-1-live');
    await expect(page.getByRole('button', { name: '公开', exact: true }).isDisabled()).resolves.toBe(true);

    // A project line (项目支出) without its performance target: 表10 ≠ 表14 is an error; its 表14 link opens the table.
    await page.getByRole('tab', { name: /预算行/ }).click();
    await lineRow(1).getByLabel('本年预算（元）').focus();
    await page.keyboard.press('Alt+N');
    await lineRow(2).getByLabel('功能科目（项）').fill('2101506');
    await lineRow(2).getByLabel('部门经济科目（款）').fill('30227');
    await lineRow(2).getByLabel('支出类型').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '项目支出' }).click();
    await lineRow(2).getByLabel('项目名称').fill('医保经办服务');
    await lineRow(2).getByLabel('本年预算（元）').fill('300000');
    await lineRow(2).getByLabel('上年预算（元）').fill('0');
    await lineRow(2).getByLabel('增减变化原因').fill('新增医保经办服务项目');
    const projectFinding = checks().locator('.jx-disclosure-finding', { hasText: '表10专项业务经费合计 300,000.00 元与表14' });
    await projectFinding.waitFor({ timeout: 30_000 });
    await projectFinding.getByRole('button', { name: '表14', exact: true }).click();
    // The tab carries a red dot while the table has an error.
    await expect(page.getByRole('tab', { name: /^表14/ }).getAttribute('aria-selected')).resolves.toBe('true');
    await page.locator('[data-table-id="表14"]').waitFor();

    // The project and its target: goal and indicators; the target's amount comes from its lines.
    await page.getByRole('tab', { name: '项目与绩效目标' }).click();
    await page.getByRole('button', { name: '补齐预算行中的项目（1）' }).click();
    await page.getByLabel('医保经办服务 总体目标').fill('全年完成医保经办业务，参保群众满意度不低于90%。');
    await page.getByLabel('医保经办服务 年度绩效指标').fill('产出指标/数量指标/经办业务笔数/≥20000笔\n满意度指标/服务对象满意度指标/参保群众满意度/≥90%');
    await page.getByLabel('医保经办服务 年度绩效指标').blur();
    await expect(page.getByLabel('医保经办服务 目标资金总额（元）').inputValue()).resolves.toBe('300000.00');
    await projectFinding.waitFor({ state: 'detached', timeout: 30_000 });
    // With its target the table is 表14-1 (one per project), as in 001.
    await page.getByRole('tab', { name: /^公开表格/ }).click();
    await page.getByRole('tab', { name: /^表14-1/ }).click();
    await page.locator('[data-table-id="表14-1"]').getByText('≥20000笔').waitFor({ timeout: 30_000 });
    await shot('03-project-target');

    // Training: a 培训费 (30216) line and its training plan; 表13 and the narrative show it.
    await page.getByRole('tab', { name: /预算行/ }).click();
    await lineRow(2).getByLabel('本年预算（元）').focus();
    await page.keyboard.press('Alt+N');
    await lineRow(3).getByLabel('功能科目（项）').fill('2101501');
    await lineRow(3).getByLabel('部门经济科目（款）').fill('30216');
    await lineRow(3).getByLabel('支出类型').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '基本支出-公用经费' }).click();
    await lineRow(3).getByLabel('本年预算（元）').fill('6000');
    await lineRow(3).getByLabel('上年预算（元）').fill('6000');
    await page.getByRole('tab', { name: '会议培训·采购·资产' }).click();
    await page.getByRole('button', { name: '添加培训' }).click();
    await page.getByLabel('培训费明细（培训计划） 第1行 名称').fill('医保业务培训');
    await page.getByLabel('培训费明细（培训计划） 第1行 人数').fill('20人');
    await page.getByLabel('培训费明细（培训计划） 第1行 本年预算（元）').fill('5000');
    // The plan does not add up to the 30216 lines: a finding names both.
    const trainingFinding = checks().locator('.jx-disclosure-finding', { hasText: '培训明细合计 0.50 万元与培训费（30216）预算 0.60 万元不一致' });
    await trainingFinding.waitFor({ timeout: 30_000 });
    await page.getByLabel('培训费明细（培训计划） 第1行 本年预算（元）').fill('6000');
    await trainingFinding.waitFor({ state: 'detached', timeout: 30_000 });
    await page.getByRole('tab', { name: /^公开表格/ }).click();
    await page.getByRole('tab', { name: /^表13/ }).click();
    await page.locator('[data-table-id="表13"]').getByText('6,000.00').first().waitFor({ timeout: 30_000 });

    // The department-level target (表15).
    await page.getByRole('tab', { name: '项目与绩效目标' }).click();
    await page.getByRole('button', { name: '编制部门整体绩效目标' }).click();
    await page.getByRole('button', { name: '添加任务' }).click();
    await page.getByLabel('年度主要任务 第1行 任务名称').fill('医保经办服务');
    await page.getByLabel('年度主要任务 第1行 主要内容').fill('委托开展医保经办窗口服务');
    await page.getByLabel('年度主要任务 第1行 预算总额（元）').fill('300000');
    await page.getByLabel('年度主要任务 第1行 财政拨款（元）').fill('300000');
    await page.locator('#disclosure-dept-goal').fill('保障机关运转，提升医保经办服务水平。');
    await page.locator('#disclosure-dept-indicators').fill('满意度指标/服务对象满意度指标/参保群众满意度/≥90%');
    await page.locator('#disclosure-dept-indicators').blur();
    // One task only: 表15's total does not cover the whole budget (表5).
    const targetFinding = checks().locator('.jx-disclosure-finding', { hasText: '表15金额合计 30.00 万元与表5一般公共预算支出 65.60 万元不一致' });
    await targetFinding.waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: '添加任务' }).click();
    await page.getByLabel('年度主要任务 第2行 任务名称').fill('机关运行');
    await page.getByLabel('年度主要任务 第2行 主要内容').fill('保障机关正常运转');
    await page.getByLabel('年度主要任务 第2行 预算总额（元）').fill('356000.50');
    await page.getByLabel('年度主要任务 第2行 财政拨款（元）').fill('356000.50');
    await targetFinding.waitFor({ state: 'detached', timeout: 30_000 });
    await page.getByRole('tab', { name: /^公开表格/ }).click();
    await page.getByRole('tab', { name: /^表15/ }).click();
    await page.locator('[data-table-id="表15"]').getByText('保障机关运转，提升医保经办服务水平。').waitFor({ timeout: 30_000 });

    // Fix the error; the finding leaves the panel.
    await page.getByRole('tab', { name: /预算行/ }).click();
    await lineRow(0).getByLabel('增减变化原因').fill('新增编制人员1名');
    await checks().getByText(/未填写变化原因/).waitFor({ state: 'detached', timeout: 30_000 });

    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('已保存为第 2 版').waitFor();
    const summary = await page.getByTestId('disclosure-check-summary').textContent();
    expect(summary, (await checks().textContent()) ?? '').toMatch(/^错误 0 个/);
    await shot('04-clean-saved');

    await page.getByRole('button', { name: '公开', exact: true }).click();
    await page.getByRole('button', { name: '确 定' }).or(page.getByRole('button', { name: '确定' })).first().click();
    await page.getByText('已公开第 2 版，此版本已冻结').waitFor();
    await expect(page.getByTestId('disclosure-status').textContent()).resolves.toBe('已公开');
    await shot('05-published');

    // 预览（HTML）opens the generated disclosure in a new tab.
    const [preview] = await Promise.all([page.context().waitForEvent('page'), page.getByRole('link', { name: '预览（HTML）' }).click()]);
    await preview.waitForLoadState();
    await preview.getByText('部门综合预算收支总表').first().waitFor();
    expect(await preview.content()).toContain('656,000.50');
    await preview.close();

    const download = async (label: string, file: string) => {
      const [d] = await Promise.all([page.waitForEvent('download'), page.locator('.jx-export-links').getByRole('link', { name: label, exact: true }).click()]);
      const path = join(SHOTS, file);
      await d.saveAs(path);
      return path;
    };
    const docx = await download('Word', 'disclosure.docx');
    const docxText = (await mammoth.extractRawText({ buffer: readFileSync(docx) })).value;
    expect(docxText).toContain(DEPARTMENT);
    expect(docxText).toContain('部门综合预算收支总表');
    expect(docxText).toContain('医保经办服务');
    const pdf = await download('PDF', 'disclosure.pdf');
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const pdfText = execFileSync('pdftotext', ['-layout', pdf, '-']).toString('utf8');
    expect(pdfText).toContain(DEPARTMENT);
    expect(pdfText).toContain('部门综合预算收支总表');
    expect(pdfText).toContain('656,000.50');
    expect(pdfText).toContain('医保业务培训');
    expect(pdfText).toContain('保障机关运转');
    expect(pdfText).toContain('≥20000笔');
  }, 240_000);

  it("starts next year's disclosure from last year's published file (001) and shows what the import could not carry", async () => {
    // Same session as the test above (the department head stays logged in).
    await page.getByRole('menuitem', { name: '部门预算公开' }).click();
    await page.locator('#disclosure-year').fill('2025');
    await page.locator('#disclosure-year').press('Tab');
    await page.getByRole('button', { name: '新建 2025 年部门预算公开' }).click();
    await page.getByTestId('disclosure-status').waitFor();
    await page.locator('.jx-toolbar .ant-upload input[type=file]').setInputFiles(join(ROOT, 'fixtures/samples/001_decf76686d2239b2.txt'));
    const notice = page.getByText(/^已导入 \d+ 行预算，保存为第 2 版$/);
    await notice.waitFor({ timeout: 60_000 });
    const lines = Number(/已导入 (\d+) 行/.exec((await notice.textContent()) ?? '')![1]);
    expect(lines).toBeGreaterThan(10);
    const issues = page.locator('.ant-modal').filter({ hasText: '导入时未能放入预算行或经推算补出的内容' });
    await issues.getByText(/文件是 2024 年的公开文件/).waitFor();
    await shot('06-import-issues');
    await issues.getByRole('button', { name: /确\s?定|OK/ }).click();
    await expect(page.getByRole('tab', { name: /预算行/ }).textContent()).resolves.toBe(`预算行（${lines}）`);
    await expect(page.getByTestId('disclosure-version').textContent()).resolves.toBe('第 2 版');
    // 2025 has no catalogue of its own: checked with 2024's, and the panel says so.
    await checks().getByText('按 2024 年的科目目录生成和检查', { exact: false }).waitFor({ timeout: 30_000 });
    await page.getByRole('tab', { name: /^公开表格/ }).click();
    await page.getByRole('tab', { name: /^表5/ }).click();
    await page.locator('[data-table-id="表5"]').getByText('5,142,114.94').first().waitFor({ timeout: 30_000 });
    await shot('07-imported-table-5');
  }, 120_000);
});
