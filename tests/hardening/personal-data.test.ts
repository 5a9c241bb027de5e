import { existsSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '@jixiao/formats';
import { createArgon2Hasher } from '@jixiao/server';
import { insertUser } from '@jixiao/storage';
import { createTestApp, PASSWORD, type Session, type TestApp } from '../api/support/create-test-app';
import { makeProject } from '../api/support/make-project';
import { chromiumPath, requireAll } from '../support/requirements';
import { createHardeningCounters, recordHardeningCounters } from './support/record-hardening-counters';

// 填报人及联系电话 are personal data: the matrix role × format below is written out by hand from
// the rule (own unit, reviewers and admin see them; the auditor and a department's preparer
// looking at a sub-unit's form do not; other units do not see the project at all), and checked in
// the API (project, versions, conflicts) and in every export format, single and batch.
const NAME = '郑秘密';
const PHONE = '0971-8765432';
const counters = createHardeningCounters();

type Who = 'preparer' | 'unithead' | 'deptpreparer' | 'deptreviewer' | 'financereviewer' | 'admin' | 'auditor';
/** What each account may see of the A1 project and of the B1 project: 'personal' | 'hidden' | 'none' (404). */
const EXPECTED: Record<Who, { A1: 'personal' | 'hidden' | 'none'; B1: 'personal' | 'hidden' | 'none' }> = {
  preparer: { A1: 'personal', B1: 'none' },
  unithead: { A1: 'personal', B1: 'none' },
  deptpreparer: { A1: 'hidden', B1: 'none' },
  deptreviewer: { A1: 'personal', B1: 'none' },
  financereviewer: { A1: 'personal', B1: 'none' },
  admin: { A1: 'personal', B1: 'personal' },
  auditor: { A1: 'hidden', B1: 'hidden' },
};
const WHO = Object.keys(EXPECTED) as Who[];

const hasChromium = existsSync(chromiumPath ?? '/usr/bin/chromium');
if (!hasChromium) {
  if (requireAll) throw new Error('JIXIAO_REQUIRE_ALL=1 but Chromium is unavailable: PDF exports cannot be checked');
  console.warn('\n!! no Chromium (JIXIAO_CHROMIUM): the PDF column of the personal-data matrix is SKIPPED\n');
}
const FORMATS = (['html', 'csv', 'docx', 'xlsx', 'pdf'] as const).filter((f) => f !== 'pdf' || hasChromium);

let t: TestApp;
const sessions = {} as Record<Who, Session>;
const projects = {} as Record<'A1' | 'B1', string>;
beforeAll(async () => {
  t = await createTestApp();
  await insertUser(t.database.db, { username: 'deptpreparer', displayName: '部门填报员', role: 'preparer', unitId: t.units.A, passwordHash: await createArgon2Hasher().hash(PASSWORD) });
  for (const who of WHO) sessions[who] = await t.login(who);
  for (const unit of ['A1', 'B1'] as const) {
    const project = makeProject(`个人信息项目${unit}`, { preparer: NAME, preparerPhone: PHONE, raw: { preparer: `${NAME} ${PHONE}` } });
    projects[unit] = (await t.addProject(unit, 'submitted', project)).id;
  }
}, 120_000);
afterAll(async () => {
  await t.close();
  recordHardeningCounters('personal-data', counters);
});

/** Every text an export file holds: the HTML or CSV, every part of a .docx/.xlsx package, the PDF's text. */
async function textOf(format: string, bytes: Uint8Array): Promise<string> {
  if (format === 'html' || format === 'csv') return new TextDecoder().decode(bytes);
  if (format === 'docx' || format === 'xlsx') {
    return Object.values(unzipSync(bytes))
      .map((b) => new TextDecoder().decode(b))
      .join('\n');
  }
  const doc = await readDocument(bytes, 'export.pdf');
  expect(doc.rows.length).toBeGreaterThan(0);
  return doc.rows.map((r) => r.cells.join(' ')).join('\n');
}

function checkSeen(text: string, expected: 'personal' | 'hidden', label: string): void {
  const seen = text.includes(NAME) || text.includes(PHONE);
  if (expected === 'hidden' && seen) counters.leaks++;
  expect(text.includes(NAME), `${label}: 填报人`).toBe(expected === 'personal');
  expect(text.includes(PHONE), `${label}: 联系电话`).toBe(expected === 'personal');
}

describe('personal data in the API, role by role', () => {
  it.each(WHO.flatMap((who) => (['A1', 'B1'] as const).map((unit) => ({ who, unit }))))('$who on the $unit project', async ({ who, unit }) => {
    const expected = EXPECTED[who][unit];
    const id = projects[unit];
    for (const url of [`/api/projects/${id}`, `/api/projects/${id}/versions/1`, `/api/projects/${id}/versions/2`]) {
      const res = await t.request(sessions[who], { method: 'GET', url });
      counters.requestsAttacked++;
      if (expected === 'none') {
        if (res.statusCode !== 404) counters.leaks++;
        expect(res.statusCode, url).toBe(404);
        continue;
      }
      expect(res.statusCode, url).toBe(200);
      checkSeen(res.body, expected, `${who} ${url}`);
    }
    // The project list never carries them either.
    const list = await t.request(sessions[who], { method: 'GET', url: '/api/projects', query: { limit: '500' } });
    expect(list.statusCode).toBe(200);
    if (expected !== 'personal') expect(list.body.includes(NAME) || list.body.includes(PHONE), `${who} list`).toBe(false);
  });
});

describe('personal data in every export format, role by role', () => {
  it.each(WHO.flatMap((who) => FORMATS.map((format) => ({ who, format }))))('$who exports $format', async ({ who, format }) => {
    counters.payloadsTried++;
    for (const unit of ['A1', 'B1'] as const) {
      const expected = EXPECTED[who][unit];
      const res = await t.request(sessions[who], { method: 'GET', url: `/api/projects/${projects[unit]}/export`, query: { format, layout: 'declaration-000' } });
      counters.requestsAttacked++;
      if (expected === 'none') {
        if (res.statusCode !== 404) counters.leaks++;
        expect(res.statusCode).toBe(404);
        continue;
      }
      expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
      checkSeen(await textOf(format, res.rawPayload), expected, `${who} ${format} ${unit}`);
    }
    // The batch export of everything the account sees: personal data of each project as in the API.
    const batch = await t.request(sessions[who], { method: 'GET', url: '/api/export', query: { format, layout: 'declaration-000' } });
    counters.requestsAttacked++;
    expect(batch.statusCode, batch.body.slice(0, 200)).toBe(200);
    const anyPersonal = EXPECTED[who].A1 === 'personal' || EXPECTED[who].B1 === 'personal';
    checkSeen(await textOf(format, batch.rawPayload), anyPersonal ? 'personal' : 'hidden', `${who} batch ${format}`);
    if (EXPECTED[who].B1 === 'none') expect((await textOf(format, batch.rawPayload)).includes('个人信息项目B1'), `${who} batch ${format}: B1`).toBe(false);
  }, 60_000);
});
