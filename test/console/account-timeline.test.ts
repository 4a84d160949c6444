// An account's timeline and the console's search over HTTP, on PGlite and PostgreSQL: every
// kind of record an account gathers shows up in one newest-first list whose keyset pages
// neither repeat nor skip entries (also when many share a timestamp), user text comes back with
// contact details hidden, and search finds accounts, cases and content by id, name, words and
// identifiers written in another spacing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ConsoleWarden, startConsoleWarden } from '../helpers/console-warden.ts';
import { ev, event } from '../helpers/events.ts';
import { backends } from '../helpers/warden.ts';

const EMAIL = 'rita.quill.works@gmail.com';
const PHONE = '+44 7911 123456';

describe.each(await backends())('account timeline and search on %s', (backend) => {
  let w: ConsoleWarden;
  const sameInstant = '2026-11-20T09:00:00.000Z';
  beforeAll(async () => {
    w = await startConsoleWarden(backend);
    const events = [
      ev.registered('fl-rita', 'freelancer', { displayName: 'Rita Quill', country: 'GB' }, '2026-11-01T08:00:00.000Z'),
      ev.registered('cl-otto', 'client', { displayName: 'Otto Brandt', country: 'DE' }, '2026-11-01T08:00:00.000Z'),
      event('user.login', 'fl-rita', { ip: '203.0.113.9', country: 'GB', deviceId: 'dev-1', success: true }, { at: '2026-11-19T08:00:00.000Z' }),
      // Five records at one instant: pages must still split them without loss.
      ...[1, 2, 3, 4, 5].map((i) => ev.message('fl-rita', 'cl-otto', `Draft ${i} of the logo is attached.`, sameInstant)),
      ev.message('fl-rita', 'cl-otto', `Write to me at ${EMAIL} or call ${PHONE}, we can skip the fees.`),
    ];
    for (const e of events) expect((await w.call('POST', '/v1/events', e)).status).toBe(201);
    // A loaded machine (the whole suite, other work) makes the first screening slow; nothing here is timed.
  }, 300_000);
  afterAll(() => w?.close());

  it('lists events, logins, decisions and cases newest first, text masked', async () => {
    const r = await w.call('GET', '/v1/accounts/fl-rita/timeline?limit=200');
    expect(r.status).toBe(200);
    const kinds = new Set(r.body.entries.map((e: { kind: string }) => e.kind));
    for (const k of ['event', 'login', 'decision', 'case']) expect(kinds).toContain(k);
    const times = r.body.entries.map((e: { at: string }) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
    expect(JSON.stringify(r.body)).not.toContain(EMAIL);
    expect(JSON.stringify(r.body)).not.toContain('7911');
    const shared = r.body.entries.find((e: { text: string | null }) => e.text?.includes('skip the fees'));
    expect(shared.text).toContain('[contact hidden]');
    expect(r.body.entries.find((e: { kind: string }) => e.kind === 'login').summary).toContain('GB');
    expect(r.body.nextCursor).toBeNull();
  });

  it('pages with a cursor: one entry at a time gives the same list, nothing repeated or lost', async () => {
    const all = (await w.call('GET', '/v1/accounts/fl-rita/timeline?limit=200')).body.entries.map((e: { kind: string; id: string }) => `${e.kind}:${e.id}`);
    const paged: string[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < all.length + 2; i++) {
      const r = await w.call('GET', `/v1/accounts/fl-rita/timeline?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(r.status).toBe(200);
      paged.push(...r.body.entries.map((e: { kind: string; id: string }) => `${e.kind}:${e.id}`));
      cursor = r.body.nextCursor;
      if (!cursor) break;
    }
    expect(paged).toEqual(all);
    expect(all.filter((k: string) => k.startsWith('event:')).length).toBe(7);
  });

  it('filters by kind, and names the field of a bad request', async () => {
    const only = await w.call('GET', '/v1/accounts/fl-rita/timeline?kinds=login,case');
    expect(only.status).toBe(200);
    expect(new Set(only.body.entries.map((e: { kind: string }) => e.kind))).toEqual(new Set(['login', 'case']));
    const badKind = await w.call('GET', '/v1/accounts/fl-rita/timeline?kinds=login,secrets');
    expect(badKind.status).toBe(400);
    expect(badKind.body.invalidParams[0].pointer).toBe('query:kinds');
    const badCursor = await w.call('GET', '/v1/accounts/fl-rita/timeline?cursor=not-a-cursor');
    expect(badCursor.status).toBe(400);
    expect(badCursor.body.invalidParams[0].pointer).toBe('query:cursor');
    const unknown = await w.call('GET', '/v1/accounts/nobody-here/timeline');
    expect(unknown.status).toBe(404);
    expect((await w.call('GET', '/v1/accounts/fl-rita/timeline', undefined, null)).status).toBe(401);
  });

  it('searches accounts by name and id, cases and content by words and identifiers', async () => {
    const byName = await w.call('GET', '/v1/search?q=rita%20qu');
    expect(byName.status).toBe(200);
    expect(byName.body.accounts.map((a: { id: string }) => a.id)).toEqual(['fl-rita']);
    expect(byName.body.accounts[0].matched).toBe('name');
    expect((await w.call('GET', '/v1/search?q=cl-ot&kinds=account')).body.accounts[0]).toMatchObject({ id: 'cl-otto', matched: 'id' });

    // The e-mail address finds the message and its case, and is not shown.
    const byEmail = await w.call('GET', `/v1/search?q=${encodeURIComponent(EMAIL)}`);
    expect(byEmail.body.content).toHaveLength(1);
    expect(byEmail.body.content[0].excerpt).toContain('[contact hidden]');
    expect(JSON.stringify({ ...byEmail.body, q: '' })).not.toContain(EMAIL);
    expect(byEmail.body.content[0].caseId).toBeTruthy();
    // Case search reads the masked reason and subject (a4b09c8), so a hidden address finds the case
    // only through the message that links to it, never by itself.
    expect(byEmail.body.cases.map((c: { id: string }) => c.id)).not.toContain(byEmail.body.content[0].caseId);

    // A phone number typed with other spacing still finds it.
    const byPhone = await w.call('GET', `/v1/search?q=${encodeURIComponent('07911-123456'.replace(/^0/, '44'))}&kinds=content`);
    expect(byPhone.body.content.map((c: { accountId: string }) => c.accountId)).toEqual(['fl-rita']);

    const caseId = byEmail.body.content[0].caseId as string;
    const byCaseId = await w.call('GET', `/v1/search?q=${encodeURIComponent(caseId.slice(0, 12))}&kinds=case`);
    expect(byCaseId.body.cases[0]).toMatchObject({ id: caseId, matched: 'id' });

    const words = await w.call('GET', '/v1/search?q=logo%20is&kinds=content&limit=3');
    expect(words.body.content).toHaveLength(3);
    // LIKE wildcards are literal.
    const wild = await w.call('GET', '/v1/search?q=%25%25');
    expect([wild.body.accounts.length, wild.body.cases.length, wild.body.content.length]).toEqual([0, 0, 0]);
    const short = await w.call('GET', '/v1/search?q=a');
    expect(short.status).toBe(400);
    expect(short.body.invalidParams[0].pointer).toBe('query:q');
  });
});
