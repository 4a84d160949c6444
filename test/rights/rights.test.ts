// Data rights through the HTTP API on PGlite and PostgreSQL: an account's export, its erasure
// (the texts and identifiers are gone from every column of every table, its counts and the
// record remain), erasure run twice, a late event after the erasure, and the retention sweep.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION } from '../../src/rights/config.ts';
import { sweepRetention } from '../../src/rights/retention.ts';
import { event } from '../helpers/events.ts';
import { backends, type TestWarden } from '../helpers/warden.ts';
import { daysAgo, send, startTrustWarden } from '../trust/harness.ts';

// What only the erased account wrote or was known by: none of it may survive the erasure.
const MARKERS = ['zebraquill', 'oddname', '198.51.100.77', '900456', 'dev-oddname'];

/** Every text, JSON and array column of every table of this database, as "table.column". */
async function textColumns(w: TestWarden): Promise<{ table: string; column: string }[]> {
  const cols = await sql<{ table_name: string; column_name: string }>`select table_name, column_name from information_schema.columns
    where table_schema = current_schema() and data_type in ('text', 'jsonb', 'json', 'character varying', 'ARRAY')`.execute(w.ctx.db);
  // The request's own record (reason and counts only) is the one place allowed to name what was done.
  return cols.rows.filter((c) => c.table_name !== 'rights_requests').map((c) => ({ table: c.table_name, column: c.column_name }));
}

/** For each needle, the columns ("table.column") that hold it anywhere: one query per column. */
async function whereAre(w: TestWarden, needles: string[]): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = Object.fromEntries(needles.map((n) => [n, []]));
  for (const c of await textColumns(w)) {
    const hits = sql.join(needles.map((n, i) => sql`count(*) filter (where ${sql.ref(c.column)}::text ilike ${`%${n}%`}) as ${sql.ref(`n${i}`)}`));
    const r = await sql<Record<string, string>>`select ${hits} from ${sql.table(c.table)}`.execute(w.ctx.db);
    needles.forEach((n, i) => {
      if (Number(r.rows[0]?.[`n${i}`])) out[n].push(`${c.table}.${c.column}`);
    });
  }
  return out;
}
const whereIs = async (w: TestWarden, needle: string) => (await whereAre(w, [needle]))[needle];
const nowhere = (needles: string[]) => Object.fromEntries(needles.map((n) => [n, []]));

describe.each(await backends())('data rights on %s', (backend) => {
  let w: TestWarden;
  beforeAll(async () => {
    w = await startTrustWarden(backend);
    await send(w, [
      event(
        'user.registered',
        'r-f',
        { role: 'freelancer', country: 'DE', locale: 'de', displayName: 'Marta Oddname', email: 'marta.oddname@example.com', phone: '+44 7700 900456' },
        { at: daysAgo(30) },
      ),
      event('profile.updated', 'r-f', { title: 'Oddname translations', overview: 'Zebraquill studio', skills: ['german', 'zebraquill'] }, { at: daysAgo(29) }),
      event('user.registered', 'r-c', { role: 'client', country: 'US', displayName: 'Client Co' }, { at: daysAgo(30) }),
      { ...event('user.login', 'r-f', { success: true }, { at: daysAgo(3) }), actor: { id: 'r-f', ip: '198.51.100.77', deviceId: 'dev-oddname' } },
      event(
        'message.sent',
        'r-f',
        { messageId: 'r-m1', recipientId: 'r-c', text: 'Hallo! Schreib mir auf WhatsApp +44 7700 900456, zebraquill' },
        { at: daysAgo(2) },
      ),
      event('message.sent', 'r-f', { messageId: 'r-m2', recipientId: 'r-c', text: 'Noch eine Frage zum Projekt, zebraquill' }, { at: daysAgo(2) }),
      event('message.sent', 'r-c', { messageId: 'r-m3', recipientId: 'r-f', text: 'Thanks, please keep it on the platform.' }, { at: daysAgo(2) }),
    ]);
    // Linked identifiers (device, phone, e-mail) are recorded by the behaviour worker, which a
    // test Warden does not run: done now, so export and erasure meet them as in a live Warden.
    await w.drainBehaviour();
    // A strike on the contact share, with its quote, as a policy's strike effect records it.
    const decision = await w.ctx.db.selectFrom('decisions').select(['id']).where('subject_id', '=', 'r-m1').executeTakeFirstOrThrow();
    const text = 'Hallo! Schreib mir auf WhatsApp +44 7700 900456, zebraquill';
    const strike = await w.ctx.enforcement.recordViolation(w.ctx.db, {
      accountId: 'r-f',
      policy: 'contact-sharing',
      policyVersion: 1,
      severity: 'medium',
      decisionId: decision.id,
      subject: { type: 'message', id: 'r-m1', text },
      evidence: { spans: [{ start: 32, end: 47 }] },
      signals: [
        { type: 'contact.phone', strength: 'strong' },
        { type: 'offplatform.ask', strength: 'strong' },
      ],
    });
    expect(strike.strikeId).toBeTruthy();
    const appeal = await w.call('POST', '/v1/appeals', { accountId: 'r-f', strikeId: strike.strikeId, text: 'That was my own number, zebraquill, sorry.' });
    expect(appeal.status).toBe(201);
    const added = await w.call('POST', `/v1/appeals/${appeal.body.id}/statements`, { kind: 'statement', text: 'My colleague zebraquill can confirm.' });
    expect(added.status).toBe(201);
  }, 180_000);
  afterAll(async () => w?.close());

  it('exports everything held about the account as one archive, identifiers masked', async () => {
    const res = await w.call('GET', '/v1/accounts/r-f/export');
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="warden-export-r-f.json"/);
    const a = res.body;
    expect(a).toMatchObject({
      format: 'warden.account-export/1',
      accountId: 'r-f',
      erasedAt: null,
      account: { id: 'r-f', country: 'DE', display_name: 'Marta Oddname' },
    });
    expect(a.events.map((e: any) => e.type).sort()).toEqual(['message.sent', 'message.sent', 'profile.updated', 'user.login', 'user.registered']);
    expect(a.decisions.some((d: any) => String(d.subject_text).includes('zebraquill'))).toBe(true);
    expect(a.strikes.length).toBeGreaterThan(0);
    expect(a.notices.length).toBeGreaterThan(0);
    expect(a.appeals[0].text).toBe('That was my own number, zebraquill, sorry.');
    expect(a.appeals[0].conversation.map((m: any) => m.text)).toContain('My colleague zebraquill can confirm.');
    expect(a.logins[0]).toMatchObject({ ip: '198.51.100.77', success: true });
    // Linked identifiers are kept as keyed hashes: the archive shows their masked form, never the value.
    expect(a.linkedIdentifiers.length).toBeGreaterThan(0);
    expect(JSON.stringify(a.linkedIdentifiers)).not.toContain('900456');
    expect(JSON.stringify(a.linkedIdentifiers)).not.toContain('value_hash');
    // The other party's own message is not the account's data.
    expect(a.events.some((e: any) => e.data?.text?.includes('keep it on the platform'))).toBe(false);
    expect(a.counts).toMatchObject({ events: 5, appeals: 1 });
    expect((await w.call('GET', '/v1/accounts/nobody/export')).status).toBe(404);
  });

  it('erases texts and identifiers everywhere, keeps counts and the record, and says what it kept', { timeout: 120_000 }, async () => {
    const before = await w.ctx.db.selectFrom('accounts').selectAll().where('id', '=', 'r-f').executeTakeFirstOrThrow();
    const strikesBefore = await w.ctx.db.selectFrom('enforcement_strikes').select('id').where('account_id', '=', 'r-f').execute();
    const decisionsBefore = await w.ctx.db.selectFrom('decisions').select('id').where('account_id', '=', 'r-f').execute();
    for (const [m, cols] of Object.entries(await whereAre(w, MARKERS))) expect(cols.length, m).toBeGreaterThan(0);

    const bad = await w.call('POST', '/v1/accounts/r-f/erasure', {});
    expect(bad.status).toBe(400);
    expect(bad.body.invalidParams[0].pointer).toMatch(/reason/);
    expect((await w.call('POST', '/v1/accounts/nobody/erasure', { reason: 'ticket 1' })).status).toBe(404);

    const res = await w.call('POST', '/v1/accounts/r-f/erasure', { reason: 'GDPR request, ticket 4711' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ accountId: 'r-f', alreadyErased: false });
    expect(res.body.changed['events.payload']).toBe(5);
    expect(res.body.kept.join(' ')).toMatch(/DSA art\. 17/);

    expect(await whereAre(w, MARKERS)).toEqual(nowhere(MARKERS));
    const after = await w.ctx.db.selectFrom('accounts').selectAll().where('id', '=', 'r-f').executeTakeFirstOrThrow();
    expect(after).toMatchObject({
      display_name: null,
      last_login_ip: null,
      messages_sent: before.messages_sent,
      country: 'DE',
      profile: { locale: 'de' },
    });
    expect(before.messages_sent).toBe(2);
    expect(await w.ctx.db.selectFrom('enforcement_strikes').select('id').where('account_id', '=', 'r-f').execute()).toEqual(strikesBefore);
    expect(await w.ctx.db.selectFrom('decisions').select('id').where('account_id', '=', 'r-f').execute()).toHaveLength(decisionsBefore.length);
    // The other party's message stays.
    expect(await whereIs(w, 'keep it on the platform')).toContain('events.payload');

    const exported = (await w.call('GET', '/v1/accounts/r-f/export')).body;
    expect(exported.erasedAt).toBe(res.body.erasedAt);
    expect(exported.events.filter((e: any) => e.type === 'message.sent').map((e: any) => e.data.text)).toEqual(['[erased]', '[erased]']);
    expect(exported.counts.events).toBe(5);
  });

  it('is idempotent, and a late event dated before the erasure stays erased while a new one is kept', { timeout: 120_000 }, async () => {
    const first = (await w.call('GET', '/v1/accounts/r-f/rights')).body;
    const again = await w.call('POST', '/v1/accounts/r-f/erasure', { reason: 'repeated request' });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ alreadyErased: true, changed: {}, erasedAt: first.erasedAt });

    // A message the marketplace sends late (dated before the erasure) and one sent afterwards.
    const late = await w.call(
      'POST',
      '/v1/events',
      event('message.sent', 'r-f', { messageId: 'r-m4', recipientId: 'r-c', text: 'Late copy: zebraquill, call +44 7700 900456' }, { at: daysAgo(1) }),
    );
    expect(late.status).toBeLessThan(300);
    expect(await whereAre(w, ['zebraquill', '900456'])).toEqual(nowhere(['zebraquill', '900456']));
    const fresh = await w.call(
      'POST',
      '/v1/events',
      event('message.sent', 'r-f', { messageId: 'r-m5', recipientId: 'r-c', text: 'New start, kestrelwing here' }),
    );
    expect(fresh.status).toBeLessThan(300);
    expect(await whereIs(w, 'kestrelwing')).toContain('events.payload');
    // Another late event touches only itself: the data sent after the erasure stays.
    const lateAgain = await w.call(
      'POST',
      '/v1/events',
      event('message.sent', 'r-f', { messageId: 'r-m6', recipientId: 'r-c', text: 'Late again: zebraquill on +44 7700 900456' }, { at: daysAgo(1) }),
    );
    expect(lateAgain.status).toBeLessThan(300);
    expect(await whereIs(w, 'kestrelwing')).toContain('events.payload');
    expect(await whereAre(w, ['zebraquill', '900456'])).toEqual(nowhere(['zebraquill', '900456']));
    // A re-sent original cannot bring it back either: same id and payload give the stored (erased) reply.
    const messages = await w.ctx.db.selectFrom('accounts').select('messages_sent').where('id', '=', 'r-f').executeTakeFirstOrThrow();
    expect(messages.messages_sent).toBe(5);

    const log = (await w.call('GET', '/v1/accounts/r-f/rights')).body;
    expect((await w.call('GET', '/v1/accounts/nobody-here/rights')).status).toBe(404);
    expect(log.requests.map((r: any) => r.kind)).toEqual(['erasure', 'export', 'erasure', 'export']);
    expect(log.requests[2]).toMatchObject({ reason: 'GDPR request, ticket 4711', requestedBy: { kind: 'key' } });
  });

  it('the retention sweep blanks old texts and login IPs and keeps recent ones', { timeout: 120_000 }, async () => {
    await send(w, [
      event('user.registered', 'ret-a', { role: 'freelancer' }, { at: daysAgo(100) }),
      { ...event('user.login', 'ret-a', { success: true }, { at: daysAgo(60) }), actor: { id: 'ret-a', ip: '203.0.113.61' } },
      event('message.sent', 'ret-a', { messageId: 'ret-m1', recipientId: 'r-c', text: 'old words owlfeather' }, { at: daysAgo(45) }),
      event('message.sent', 'ret-a', { messageId: 'ret-m2', recipientId: 'r-c', text: 'recent words larkspur' }, { at: daysAgo(5) }),
    ]);
    const changed = await sweepRetention(w.ctx.db, { ...DEFAULT_RETENTION, messageTextDays: 30, loginDays: 30 });
    expect(changed['events.text']).toBeGreaterThanOrEqual(1);
    expect(await whereIs(w, 'owlfeather')).toEqual([]);
    expect(await whereIs(w, '203.0.113.61')).toEqual([]);
    expect(await whereIs(w, 'larkspur')).toContain('events.payload');
    // A second run finds nothing more to do.
    const twice = await sweepRetention(w.ctx.db, { ...DEFAULT_RETENTION, messageTextDays: 30, loginDays: 30 });
    expect(twice['events.text']).toBe(0);
    expect(Number((await sql<{ n: string }>`select count(*)::text as n from retention_runs`.execute(w.ctx.db)).rows[0].n)).toBe(2);
  });
});
