// GET /metrics is cheap: the case measures are read from the database at most once per
// CASE_METRICS_TTL_MS, however often Prometheus (or anyone) scrapes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ev } from '../helpers/events.ts';
import { startTestWarden, type TestWarden } from '../helpers/warden.ts';

const opened = (text: string) => Number(/warden_cases_opened_total\{source="report"\} (\d+)/.exec(text)?.[1] ?? 0);

describe('GET /metrics reads the database at most once per interval', () => {
  let w: TestWarden;
  beforeAll(async () => {
    w = await startTestWarden('pglite');
  });
  afterAll(() => w?.close());

  it('scrapes within the interval share one read; a case opened meanwhile shows on the next read', async () => {
    const first = await w.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${w.adminKey}` } });
    expect(first.statusCode).toBe(200);
    expect(first.body).toContain('warden_cases_open');
    expect(opened(first.body)).toBe(0);
    // They wrote to each other, so the client's report opens a case (a stranger's would wait in report triage).
    for (const e of [ev.registered('fl-m', 'freelancer'), ev.registered('cl-m', 'client'), ev.message('fl-m', 'cl-m', 'hello')])
      await w.call('POST', '/v1/events', e);
    const report = await w.call('POST', '/v1/reports', {
      reporterId: 'cl-m',
      subject: { type: 'account', id: 'fl-m', accountId: 'fl-m' },
      reason: 'scam_fraud',
    });
    expect(report.status, JSON.stringify(report.body)).toBe(201);
    // Fifty scrapes at once: served from the same read, so the new case is not counted yet.
    const many = await Promise.all(
      Array.from({ length: 50 }, () => w.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${w.adminKey}` } })),
    );
    for (const r of many) expect(opened(r.body)).toBe(0);
  });
});
