import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProjectViews, type Project } from '@jixiao/core';
import { renderHtml } from '@jixiao/render';
import { createTestApp, type Session, type TestApp } from '../api/support/create-test-app';
import { makeProject } from '../api/support/make-project';
import { createHardeningCounters, recordHardeningCounters } from './support/record-hardening-counters';

const XSS_PAYLOADS = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>'] as const;
const counters = createHardeningCounters();

let t: TestApp;
let preparer: Session;
beforeAll(async () => {
  t = await createTestApp();
  preparer = await t.login('preparer');
});
afterAll(async () => {
  await t.close();
  recordHardeningCounters('xss', counters);
});

function hostileProject(payload: string): Project {
  const base = makeProject(`项目${payload}`);
  return {
    ...base,
    goals: [`目标${payload}`],
    indicators: base.indicators.map((i, n) => (n === 0 ? { ...i, name: `指标${payload}` } : i)),
  };
}

describe('XSS payloads in a project name, goal, indicator name and comment', () => {
  it.each(XSS_PAYLOADS)('%s is stored as text, returned verbatim as JSON and escaped in the HTML export', async (payload) => {
    counters.payloadsTried++;
    const created = await t.request(preparer, { method: 'POST', url: '/api/projects', payload: { project: hostileProject(payload) } });
    counters.requestsAttacked++;
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json() as { id: string };
    const comment = await t.request(preparer, { method: 'POST', url: `/api/projects/${id}/comments`, payload: { indicatorIndex: 0, text: `意见${payload}` } });
    counters.requestsAttacked++;
    expect(comment.statusCode, comment.body).toBe(201);

    const detail = await t.request(preparer, { method: 'GET', url: `/api/projects/${id}` });
    expect(detail.headers['content-type']).toMatch(/^application\/json/);
    const body = detail.json() as { project: Project; review: { findings: { message: string; suggestion: string | null }[] } | null };
    // The API keeps the text exactly as typed (React escapes it when it renders).
    expect(body.project.name).toBe(`项目${payload}`);
    expect(body.project.goals).toEqual([`目标${payload}`]);
    expect(body.project.indicators[0]!.name).toBe(`指标${payload}`);
    for (const f of body.review?.findings ?? []) {
      // A review message quoting the hostile text quotes it whole, never a rewritten fragment.
      if (f.message.includes('<') || f.message.includes('onerror')) expect(f.message).toMatch(/指标<|项目<|目标<|指标"|项目"|目标"/);
    }
    const comments = (await t.request(preparer, { method: 'GET', url: `/api/projects/${id}/comments` })).json() as { text: string }[];
    expect(comments.map((c) => c.text)).toContain(`意见${payload}`);

    const html = renderHtml(buildProjectViews('declaration-000', [body.project]), { title: body.project.name });
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<svg/i);
    // onerror=/onload= may survive only as escaped text, never as an attribute of a tag.
    expect(html).not.toMatch(/<[a-z][^>]*\son(error|load)=/i);
    expect(html).toContain('&lt;');
  });

  it('every layout escapes the payloads in HTML', () => {
    for (const layout of ['declaration-000', 'target-table-002', 'target-table-004'] as const) {
      for (const payload of XSS_PAYLOADS) {
        counters.payloadsTried++;
        const html = renderHtml(buildProjectViews(layout, [hostileProject(payload)]));
        expect(html, layout).not.toMatch(/<script|<img|<svg|<[a-z][^>]*\son(error|load)=/i);
      }
    }
  });
});
