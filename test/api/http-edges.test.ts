// The edges of the HTTP API (issue 15's leftovers), on PGlite and PostgreSQL: the router's and
// the HTTP parser's own errors are problem+json, a known path with a wrong method is 405 with
// Allow, every invalid field of an event is named at its own pointer, and a case resolution's
// action takes only the fields its type takes.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs } from '../helpers/cases.ts';
import { ev } from '../helpers/events.ts';
import { backends, startTestWarden, type TestWarden } from '../helpers/warden.ts';

let n = 0;
const uid = (p: string) => `${p}-${Date.now().toString(36)}-${n++}`;
const problemType = (headers: Record<string, unknown>) => String(headers['content-type']);

describe.each(await backends())('HTTP edges on %s', (backend) => {
  let w: TestWarden;
  let reviewer: { id: string; token: string; name: string };
  beforeAll(async () => {
    w = await startTestWarden(backend);
    reviewer = await loginAs(w, 'reviewer', 'Rita');
  }, 900_000);
  afterAll(() => w?.close());

  it('answers an over-long path parameter with 414 problem+json, and bad percent-encoding with 400', async () => {
    const long = await w.call('GET', `/v1/cases/${'a'.repeat(1500)}`);
    expect(long.status).toBe(414);
    expect(problemType(long.headers)).toContain('application/problem+json');
    expect(long.body.code).toBe('UriTooLong');
    const bad = await w.call('GET', '/v1/cases/%E0%A4%A');
    expect(bad.status).toBe(400);
    expect(problemType(bad.headers)).toContain('application/problem+json');
    expect(bad.body.code).toBe('ValidationFailed');
  });

  it('answers 405 with Allow for a known path and a wrong method, 404 for an unknown path', async () => {
    const wrong = await w.call('DELETE', '/v1/events');
    expect(wrong.status).toBe(405);
    expect(problemType(wrong.headers)).toContain('application/problem+json');
    expect(wrong.headers.allow).toBe('POST');
    expect(wrong.body).toMatchObject({ code: 'MethodNotAllowed', allow: ['POST'] });
    const withParam = await w.call('PUT', '/v1/cases/case_x/resolve', {});
    expect(withParam.status).toBe(405);
    expect(String(withParam.headers.allow)).toContain('POST');
    const get = await w.call('POST', '/healthz', {});
    expect(get.status).toBe(405);
    expect(String(get.headers.allow).split(', ').sort()).toEqual(['GET', 'HEAD']);
    const none = await w.call('GET', '/v1/nothing-here');
    expect(none.status).toBe(404);
    expect(none.headers.allow).toBeUndefined();
  });

  it('names every invalid field of an event, each at its own pointer', async () => {
    const r = await w.call('POST', '/v1/events', {
      id: uid('e'),
      type: 'message.sent',
      occurredAt: '2026-01-01T00:00:00Z',
      actor: { id: 'fl-1' },
      data: { conversationId: 7, text: 12, unknown: true },
    });
    expect(r.status).toBe(400);
    const pointers = r.body.invalidParams.map((p: { pointer: string }) => p.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/data/conversationId', '/data/text', '/data/unknown']));
    expect(new Set(pointers).size).toBe(pointers.length);
  });

  it('names /occurredAt for a date the calendar does not have (2026-02-30), not the body', async () => {
    for (const occurredAt of ['2026-02-30T10:00:00Z', '2025-02-29T00:00:00Z', '2026-04-31T00:00:00Z', '2026-01-01T24:00:00Z', '2026-01-01T10:00:00+25:00']) {
      const e = ev.message('fl-date', 'cl-date', 'hello');
      const r = await w.call('POST', '/v1/events', { ...e, id: uid('e'), occurredAt });
      expect(r.status, occurredAt).toBe(400);
      expect(r.body.invalidParams, occurredAt).toEqual([expect.objectContaining({ pointer: '/occurredAt' })]);
    }
    const leap = await w.call('POST', '/v1/events', { ...ev.message('fl-date', 'cl-date', 'hello'), id: uid('e'), occurredAt: '2024-02-29T10:00:00Z' });
    expect(leap.status).toBe(201);
  });

  describe('a case resolution', () => {
    const openCase = async () => {
      const accountId = uid('fl');
      const { caseId } = await w.ctx.cases.openOrJoinCase(
        w.ctx.db,
        {
          subject: { type: 'message', id: uid('msg'), accountId, text: 'hello there' },
          source: 'detection',
          reason: 'test',
          policy: 'contact-sharing',
          severity: 'medium',
          signals: [],
        },
        { kind: 'system', id: 'test', name: 'test' },
      );
      return caseId;
    };

    it('points at /action/durationDays, not /durationDays', async () => {
      const id = await openCase();
      const r = await w.call(
        'POST',
        `/v1/cases/${id}/resolve`,
        { resolution: 'action', action: { type: 'suspension', durationDays: 1e12 }, reason: 'r' },
        reviewer.token,
      );
      expect(r.status).toBe(400);
      expect(r.body.invalidParams).toEqual([expect.objectContaining({ pointer: '/action/durationDays' })]);
      expect((await w.call('GET', `/v1/cases/${id}`, undefined, reviewer.token)).body.status).toBe('open');
    });

    it('refuses unknown fields and fields the action type does not take, naming each', async () => {
      const id = await openCase();
      const unknown = await w.call(
        'POST',
        `/v1/cases/${id}/resolve`,
        { resolution: 'action', action: { type: 'suspension', duration: 7, why: 'x' }, reason: 'r' },
        reviewer.token,
      );
      expect(unknown.status).toBe(400);
      expect(unknown.body.invalidParams.map((p: { pointer: string }) => p.pointer).sort()).toEqual(['/action/duration', '/action/why']);
      const notTaken = await w.call(
        'POST',
        `/v1/cases/${id}/resolve`,
        { resolution: 'action', action: { type: 'warning', durationDays: 7, feature: 'proposals' }, reason: 'r' },
        reviewer.token,
      );
      expect(notTaken.status).toBe(400);
      expect(notTaken.body.invalidParams.map((p: { pointer: string }) => p.pointer).sort()).toEqual(['/action/durationDays', '/action/feature']);
      expect((await w.call('GET', `/v1/cases/${id}`, undefined, reviewer.token)).body.status).toBe('open');
      const ok = await w.call(
        'POST',
        `/v1/cases/${id}/resolve`,
        { resolution: 'action', action: { type: 'suspension', durationDays: 7 }, reason: 'r' },
        reviewer.token,
      );
      expect(ok.status).toBe(200);
    });
  });

  it('answers headers over the size limit with 431 problem+json over a real socket', async () => {
    await w.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = w.app.server.address() as { port: number };
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1');
      let got = '';
      socket.on('data', (d) => {
        got += d;
      });
      socket.on('close', () => resolve(got));
      socket.on('error', reject);
      socket.write(`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(100_000)}\r\n\r\n`);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 431/);
    expect(raw).toMatch(/content-type: application\/problem\+json/i);
    expect(JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4))).toMatchObject({ status: 431, code: 'HeadersTooLarge' });
  });
});
