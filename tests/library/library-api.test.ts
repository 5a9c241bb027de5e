import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from '@jixiao/app';
import type { Indicator } from '@jixiao/core';
import { insertUser, listAuditEntries, saveImportedDocument } from '@jixiao/storage';
import { createArgon2Hasher } from '@jixiao/server';
import { createTestApp, PASSWORD, type Session, type TestApp } from '../api/support/create-test-app';
import { makeProject } from '../api/support/make-project';
import { ENTRY_FIELDS } from '../api/support/library-matrix';

const ROOT = join(import.meta.dirname, '../..');
const SLOTS = ['quantity', 'quality', 'timeliness', 'cost', 'outcome', 'serviceSatisfaction'];
const SECRET_INDICATOR = '乙单位独家系统巡检合格率';
const SECRET_PROJECT = '乙单位医保信息系统运行维护服务';

interface Suggestion {
  slot: string;
  name: string;
  targetText: string | null;
  support: number;
  sources: string[];
  sourcesHidden: boolean;
  clusterId: string;
}

let t: TestApp;
let admin: Session;
let admin2: Session;
let preparer: Session;
let ownProject = '';

const secretIndicator: Indicator = {
  ...makeProject('x').indicators[0]!,
  level1: 'output',
  level2: 'quality',
  level1Text: '产出指标',
  level2Text: '质量指标',
  name: SECRET_INDICATOR,
  targetText: '≥97.5%',
  target: { op: '>=', value: 97.5, unit: '%' },
};

beforeAll(async () => {
  t = await createTestApp();
  const dir = join(ROOT, 'fixtures/samples');
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    const doc = await parseDocument(new Uint8Array(readFileSync(join(dir, f))), f);
    await saveImportedDocument(t.database.db, doc, { fileSha256: f, actor: 'system', fiscalYearHint: 2024 });
  }
  await insertUser(t.database.db, { username: 'admin2', displayName: '第二管理员', role: 'admin', unitId: null, passwordHash: await createArgon2Hasher().hash(PASSWORD) });
  await t.addProject('B1', 'approved', makeProject(SECRET_PROJECT, { goals: ['保障医保信息系统稳定运行'], indicators: [...makeProject('x').indicators, secretIndicator] }));
  ownProject = (await t.addProject('A1', 'draft', makeProject('医保信息系统运行维护', { goals: ['保障医保信息系统稳定运行'] }))).id;
  admin = await t.login('admin');
  admin2 = await t.login('admin2');
  preparer = await t.login('preparer');
}, 120_000);
afterAll(() => t?.close());

async function get<T>(session: Session, url: string): Promise<T> {
  const res = await t.request(session, { method: 'GET', url });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as T;
}

const draftUrl = (extra = '') => `/api/library/suggestions?name=${encodeURIComponent('医保信息系统运行维护')}&goals=${encodeURIComponent('保障医保信息系统稳定运行')}&perCategory=10${extra}`;

describe('suggestions through the API', () => {
  it('an administrator sees every source, including the other unit’s own indicator (the setup can leak)', async () => {
    const body = await get<{ suggestions: Suggestion[] }>(admin, draftUrl());
    const secret = body.suggestions.find((s) => s.name === SECRET_INDICATOR);
    expect(secret, JSON.stringify(body.suggestions.map((s) => s.name))).toBeDefined();
    expect(secret!.sources).toContain(SECRET_PROJECT);
  });

  it('a preparer of unit A never receives unit B’s unpublished indicator name or project, only statistics', async () => {
    for (const url of [draftUrl(), draftUrl(`&projectId=${ownProject}`), `/api/library/projects/${ownProject}/suggestions`]) {
      const res = await t.request(preparer, { method: 'GET', url });
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toContain(SECRET_INDICATOR);
      expect(res.body).not.toContain(SECRET_PROJECT);
      const { suggestions } = res.json() as { suggestions: Suggestion[] };
      expect(suggestions.filter((s) => s.slot === 'serviceSatisfaction').length).toBeGreaterThanOrEqual(1);
      for (const s of suggestions) {
        expect(s).toMatchObject({ sources: [], sourcesHidden: true });
        // Only statistics: every entry offered is used by at least two units other than the preparer's.
        const cluster = (await get<{ clusters: { id: string; unitCount: number }[] }>(admin, `/api/library?limit=500`)).clusters.find((c) => c.id === s.clusterId)!;
        expect(cluster.unitCount, s.name).toBeGreaterThanOrEqual(2);
      }
    }
    const library = await t.request(preparer, { method: 'GET', url: `/api/library?limit=500&q=${encodeURIComponent('巡检')}` });
    expect(library.body).not.toContain(SECRET_INDICATOR);
  });

  it('shows unit B’s indicators with their projects once an administrator publishes unit B', async () => {
    const res = await t.request(admin, { method: 'PUT', url: `/api/library/publications/${t.units.B1}`, payload: { published: true } });
    expect(res.statusCode, res.body).toBe(200);
    const { suggestions } = await get<{ suggestions: Suggestion[] }>(preparer, draftUrl());
    expect(suggestions.find((s) => s.name === SECRET_INDICATOR)?.sources).toEqual([SECRET_PROJECT]);
    await t.request(admin, { method: 'PUT', url: `/api/library/publications/${t.units.B1}`, payload: { published: false } });
    expect((await t.request(preparer, { method: 'GET', url: draftUrl() })).body).not.toContain(SECRET_INDICATOR);
  });

  it('gives a unit three suggestions per mandatory category once the sample units are published', async () => {
    const units = await get<{ id: string; name: string }[]>(admin, '/api/units');
    const sampleUnits = units.filter((u) => /医疗保障/.test(u.name));
    expect(sampleUnits.length).toBeGreaterThanOrEqual(5);
    for (const u of sampleUnits) await t.request(admin, { method: 'PUT', url: `/api/library/publications/${u.id}`, payload: { published: true } });
    const { suggestions } = await get<{ suggestions: Suggestion[] }>(preparer, `/api/library/projects/${ownProject}/suggestions`);
    for (const slot of SLOTS) expect(suggestions.filter((s) => s.slot === slot).length, slot).toBeGreaterThanOrEqual(3);
    expect(suggestions.filter((s) => s.sources.length > 0).length).toBeGreaterThan(suggestions.length / 2);
    expect(JSON.stringify(suggestions)).not.toContain(SECRET_PROJECT);
    for (const u of sampleUnits) await t.request(admin, { method: 'PUT', url: `/api/library/publications/${u.id}`, payload: { published: false } });
  });

  it('a stored project of another unit is not found for suggestions or the benchmark', async () => {
    const other = await t.addProject('B1');
    for (const url of [`/api/library/projects/${other.id}/suggestions`, `/api/library/projects/${other.id}/benchmark`, draftUrl(`&projectId=${other.id}`)]) {
      expect((await t.request(preparer, { method: 'GET', url })).statusCode).toBe(404);
    }
  });
});

describe('peer benchmark through the API', () => {
  it('compares the project with other units’ projects, naming only visible ones', async () => {
    const b = await get<{ peers: { name: string | null }[]; hiddenPeers: number; funds: { value: number; peers: { n: number } | null }; workCategory: { id: string } }>(preparer, `/api/library/projects/${ownProject}/benchmark`);
    expect(b.workCategory.id).toBe('it');
    expect(b.peers).toEqual([]);
    expect(b.hiddenPeers).toBeGreaterThan(0);
    expect(b.funds.value).toBe(1_000_000);
    expect(b.funds.peers?.n).toBeGreaterThan(0);
    const asAdmin = await get<{ peers: { name: string }[] }>(admin, `/api/library/projects/${ownProject}/benchmark`);
    expect(asAdmin.peers.map((p) => p.name)).toContain(SECRET_PROJECT);
  });

  it('flags a satisfaction target far below comparable projects as an ambition finding', async () => {
    const low = makeProject('医疗保障政策宣传印刷', { goals: ['宣传医保政策'] });
    const indicators = low.indicators.map((i) => (i.level2 === 'serviceSatisfaction' ? { ...i, targetText: '≥60%', target: { op: '>=' as const, value: 60, unit: '%' } } : i));
    const id = (await t.addProject('A1', 'draft', { ...low, indicators })).id;
    const b = await get<{ findings: { category: string; message: string }[]; targets: { verdict: string; name: string }[] }>(preparer, `/api/library/projects/${id}/benchmark`);
    expect(b.targets.find((x) => x.name === '参保群众满意度')?.verdict).toBe('low');
    expect(b.findings[0]).toMatchObject({ category: 'ambition' });
    expect(b.findings[0]!.message).toMatch(/明显低于/);
  });
});

describe('the library list and dashboard', () => {
  it('lists clusters with statistics; a unit sees unit names only where visible', async () => {
    const asAdmin = await get<{ total: number; clusters: { id: string; support: number; unitNames: string[]; unitCount: number; typicalTargetText: string }[] }>(admin, '/api/library?limit=3');
    expect(asAdmin.clusters[0]).toMatchObject({ id: '服务对象满意度', typicalTargetText: expect.stringMatching(/^≥9\d%$/) });
    expect(asAdmin.clusters[0]!.unitNames.length).toBe(asAdmin.clusters[0]!.unitCount);
    const asUnit = await get<{ total: number; clusters: { id: string; unitNames: string[]; unitCount: number; detailsHidden: boolean }[] }>(preparer, '/api/library?limit=3');
    expect(asUnit.total).toBeLessThan(asAdmin.total);
    expect(asUnit.clusters[0]).toMatchObject({ id: '服务对象满意度', unitNames: ['甲预算单位'], detailsHidden: true });
    expect(asUnit.clusters[0]!.unitCount).toBeGreaterThan(5);
  });

  it('summarises funds, grades, findings and indicators over the visible projects', async () => {
    const all = await get<{ projectCount: number; fundsTotal: number; fundsByCategory: { id: string; funds: number }[]; grades: { count: number }[]; topFindings: { count: number }[]; topIndicators: { name: string }[]; reviewed: number }>(admin, '/api/library/dashboard');
    expect(all.projectCount).toBeGreaterThanOrEqual(56);
    expect(all.fundsByCategory.reduce((s, c) => s + c.funds, 0)).toBe(all.fundsTotal);
    expect(all.grades.reduce((s, g) => s + g.count, 0)).toBe(all.projectCount);
    expect(all.topFindings.length).toBeGreaterThan(0);
    expect(all.reviewed).toBe(all.projectCount);
    const mine = await get<{ projectCount: number; topIndicators: { name: string }[] }>(preparer, '/api/library/dashboard');
    expect(mine.projectCount).toBeLessThan(all.projectCount);
    expect(mine.topIndicators.map((i) => i.name)).toEqual(['培训人次', '群众满意度']);
  });
});

describe('curated entries: publish, lock, change request, approval by another administrator', () => {
  it('runs the whole workflow with every step in the audit log', async () => {
    const created = await t.request(admin, { method: 'POST', url: '/api/library/entries', payload: { ...ENTRY_FIELDS, name: '群众满意度' } });
    expect(created.statusCode, created.body).toBe(201);
    let entry = created.json() as { id: string; version: number; status: string; clusterId: string; formula: string };
    expect(entry).toMatchObject({ status: 'draft', clusterId: '服务对象满意度', version: 1 });
    const edited = await t.request(admin, { method: 'PUT', url: `/api/library/entries/${entry.id}`, payload: { version: 1, fields: { source: '经办规程' } } });
    expect(edited.statusCode, edited.body).toBe(200);
    const published = await t.request(admin, { method: 'POST', url: `/api/library/entries/${entry.id}/publish`, payload: { version: 2 } });
    expect(published.statusCode, published.body).toBe(200);
    entry = published.json() as typeof entry;
    expect(entry).toMatchObject({ status: 'published', version: 3 });
    // Published: locked.
    const locked = await t.request(admin, { method: 'PUT', url: `/api/library/entries/${entry.id}`, payload: { version: 3, fields: { formula: '改' } } });
    expect(locked.statusCode).toBe(409);
    expect((locked.json() as { error: { message: string } }).error.message).toMatch(/已锁定/);
    // A change request needs a reason.
    const noReason = await t.request(admin, { method: 'POST', url: `/api/library/entries/${entry.id}/change-requests`, payload: { version: 3, changes: { formula: '满意人数/受访人数' }, reason: ' ' } });
    expect(noReason.statusCode).toBe(400);
    const requested = await t.request(admin, { method: 'POST', url: `/api/library/entries/${entry.id}/change-requests`, payload: { version: 3, changes: { formula: '满意人数/受访人数×100%' }, reason: '按新版调查口径' } });
    expect(requested.statusCode, requested.body).toBe(201);
    const requestId = (requested.json() as { id: string }).id;
    // Not by the requester.
    const own = await t.request(admin, { method: 'POST', url: `/api/library/change-requests/${requestId}/decision`, payload: { approve: true } });
    expect(own.statusCode).toBe(403);
    expect(own.body).toMatch(/另一位管理员/);
    const approved = await t.request(admin2, { method: 'POST', url: `/api/library/change-requests/${requestId}/decision`, payload: { approve: true, note: '同意' } });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ request: { status: 'approved', decidedByName: '第二管理员' }, entry: { version: 4, formula: '满意人数/受访人数×100%', status: 'published' } });
    expect((await t.request(admin2, { method: 'POST', url: `/api/library/change-requests/${requestId}/decision`, payload: { approve: false } })).statusCode).toBe(409);
    // A rejected request changes nothing.
    const second = await t.request(admin2, { method: 'POST', url: `/api/library/entries/${entry.id}/change-requests`, payload: { version: 4, changes: { unit: '分' }, reason: '试改单位' } });
    const rejected = await t.request(admin, { method: 'POST', url: `/api/library/change-requests/${(second.json() as { id: string }).id}/decision`, payload: { approve: false, note: '单位不对' } });
    expect(rejected.json()).toMatchObject({ request: { status: 'rejected' }, entry: { version: 4, unit: '%' } });
    const audit = await listAuditEntries(t.database.db, { entity: 'library-entry', entityId: entry.id, limit: 20 });
    expect(audit.map((a) => `${a.action} ${a.actor}`).reverse()).toEqual([
      'library.entry.create admin',
      'library.entry.update admin',
      'library.entry.publish admin',
      'library.change.request admin',
      'library.change.approve admin2',
      'library.change.request admin2',
      'library.change.reject admin',
    ]);
    // Everyone sees the published entry; it is offered to a unit, whose other units' projects stay unnamed.
    const entries = await get<{ id: string }[]>(preparer, '/api/library/entries');
    expect(entries.map((e) => e.id)).toContain(entry.id);
    const { suggestions } = await get<{ suggestions: Suggestion[] }>(preparer, draftUrl());
    const satisfaction = suggestions.find((s) => s.clusterId === '服务对象满意度')!;
    expect(satisfaction).toMatchObject({ sources: [], sourcesHidden: true });
    expect(satisfaction.support).toBeGreaterThan(30);
  });
});

describe('a draft of another unit', () => {
  const DRAFT_PROJECT = '乙单位草稿医保信息系统运维升级';
  const DRAFT_NAMES = ['乙单位草稿系统巡检次数', '乙单位草稿巡检覆盖率', '乙单位草稿故障处置时限', '乙单位草稿参保群众满意度'];

  it('never appears in unit A’s suggestions, library or benchmark (names, targets, sources), even with its entry published', async () => {
    const base = makeProject('x').indicators;
    const draftIndicators: Indicator[] = [
      { ...base[0]!, name: DRAFT_NAMES[0]!, targetText: '≥13次', target: { op: '>=', value: 13, unit: '次' } },
      { ...secretIndicator, name: DRAFT_NAMES[1]!, targetText: '≥97.3%', target: { op: '>=', value: 97.3, unit: '%' } },
      { ...base[0]!, level2: 'timeliness', level2Text: '时效指标', name: DRAFT_NAMES[2]!, targetText: '≤3小时', target: { op: '<=', value: 3, unit: '小时' } },
      { ...base[1]!, name: DRAFT_NAMES[3]!, targetText: '≥96%', target: { op: '>=', value: 96, unit: '%' } },
      // A common name: the draft is one of the published satisfaction entry's uses.
      { ...base[1]!, name: '群众满意度', targetText: '≥95%', target: { op: '>=', value: 95, unit: '%' } },
    ];
    const draft = await t.addProject('B1', 'draft', makeProject(DRAFT_PROJECT, { goals: ['保障医保信息系统稳定运行', '完成系统运维升级'], indicators: draftIndicators }));
    // The setup can leak: an administrator is offered the draft's own indicators, with the draft as a source.
    const asAdmin = await get<{ suggestions: Suggestion[] }>(admin, draftUrl());
    const adminSees = asAdmin.suggestions.filter((s) => s.sources.includes(DRAFT_PROJECT));
    expect(adminSees.length, JSON.stringify(asAdmin.suggestions.map((s) => [s.name, s.sources]))).toBeGreaterThan(0);
    expect(asAdmin.suggestions.map((s) => s.name)).toEqual(expect.arrayContaining([DRAFT_NAMES[1]]));
    // The satisfaction entry was published by the workflow above: the draft is one of its uses.
    const published = await get<{ clusterId: string | null; status: string }[]>(preparer, '/api/library/entries');
    expect(published.some((e) => e.clusterId === '服务对象满意度' && e.status === 'published')).toBe(true);
    const urls = [
      draftUrl(),
      draftUrl(`&projectId=${ownProject}`),
      `/api/library/suggestions?name=${encodeURIComponent(DRAFT_PROJECT)}&goals=${encodeURIComponent('完成系统运维升级')}&perCategory=10`,
      `/api/library/projects/${ownProject}/suggestions`,
      `/api/library/projects/${ownProject}/benchmark`,
      '/api/library?limit=500',
      `/api/library?limit=500&q=${encodeURIComponent('乙单位草稿')}`,
      '/api/library/dashboard',
    ];
    for (const url of urls) {
      const res = await t.request(preparer, { method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      for (const secret of [DRAFT_PROJECT, ...DRAFT_NAMES, '≥97.3%', '≥13次']) expect(res.body, `${url} ⊃ ${secret}`).not.toContain(secret);
    }
    const { suggestions } = await get<{ suggestions: Suggestion[] }>(preparer, urls[2]!);
    expect(suggestions.filter((s) => s.slot === 'serviceSatisfaction').length).toBeGreaterThanOrEqual(1);
    expect(suggestions.every((s) => s.sources.length === 0 && s.sourcesHidden)).toBe(true);
    expect((await t.request(preparer, { method: 'GET', url: `/api/library/projects/${draft.id}/suggestions` })).statusCode).toBe(404);
  });
});
