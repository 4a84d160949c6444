// Events committed together (issue #16): concurrent batches never deadlock, concurrent single
// requests each get their own reply, and the set path decides every event exactly as the
// one-event-per-transaction path does and leaves the same rows behind (a property test over
// generated histories), on both databases; the ingestion locks take any account id.
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { event } from '../helpers/events.ts';
import { backends, postAccepted, startTestWarden, type TestWarden } from '../helpers/warden.ts';

const TEXTS = [
  'Thanks, I will send the first draft of the dashboard tomorrow morning.',
  'Sure, my WhatsApp is +44 7911 123456, message me there and we can discuss details',
  'Let us skip the platform fee, pay me directly via PayPal and I will start today.',
  'write to me at sam.jones@example.com so we can talk outside',
  'Could you share the brand guidelines before I start on the landing page?',
];
const MIN = 60_000;

/** What a reply says about an event, without the ids a run makes up (decision, case). */
function summary(r: { status: number; body: any }) {
  if (r.status >= 400) return { status: r.status, code: r.body.code };
  const d = r.body.decision;
  return {
    status: r.status,
    duplicate: r.body.duplicate,
    outcome: d?.outcome,
    rules: d?.policies?.flatMap((p: { name: string; matched: { rule: string }[] }) => p.matched.map((m) => `${p.name}/${m.rule}`)),
    effects: d?.effects?.map((e: { kind: string; status: string; detail: Record<string, unknown> }) => `${e.kind}:${e.status}:${e.detail.outcome ?? ''}`),
    maskedText: d?.maskedText,
  };
}

function batchSummary(item: any) {
  if (item.status === 'rejected') return { status: item.error.status, code: item.error.code };
  return summary({ status: item.status === 'duplicate' ? 200 : 201, body: { ...item.result, duplicate: item.status === 'duplicate' } });
}

type Step =
  | { kind: 'message'; from: number; to: number; text: number }
  | { kind: 'contract'; client: number; freelancer: number }
  | { kind: 'repeat'; of: number }
  | { kind: 'reuse'; of: number }
  | { kind: 'invalid' };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('message' as const), from: fc.nat(4), to: fc.nat(4), text: fc.nat(TEXTS.length - 1) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('contract' as const), client: fc.nat(1), freelancer: fc.nat(2) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('repeat' as const), of: fc.nat(40) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reuse' as const), of: fc.nat(40) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'invalid' as const }) },
);

/**
 * A text of TEXTS with the run's own phone number and e-mail address, so the identifiers the
 * behaviour worker records link accounts within a run only (a run's rows are compared alone).
 */
function textOf(i: number, run: string): string {
  const digits = String([...run].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 1_000_000, 7)).padStart(6, '0');
  return TEXTS[i].replace('123456', digits).replace('sam.jones@', `sam.jones.${run}@`);
}

/** The events of a history, made concrete with a run's own account and event ids. */
function eventsOf(steps: Step[], run: string): unknown[] {
  const base = Date.now() - 2 * 86_400_000;
  const acct = (i: number) => `${run}-a${i}`;
  const out: unknown[] = [];
  steps.forEach((s, k) => {
    const at = new Date(base + k * MIN).toISOString();
    const id = `${run}-e${k}`;
    if (s.kind === 'message')
      out.push(
        event(
          'message.sent',
          acct(s.from),
          { messageId: `${run}-m${k}`, recipientId: acct(s.to === s.from ? (s.to + 1) % 5 : s.to), text: textOf(s.text, run) },
          { id, at },
        ),
      );
    else if (s.kind === 'contract')
      out.push(
        event(
          'contract.started',
          acct(s.client),
          { contractId: `${run}-c${k}`, clientId: acct(s.client), freelancerId: acct(2 + s.freelancer), kind: 'fixed' },
          { id, at },
        ),
      );
    else if (s.kind === 'invalid') out.push(event('message.sent', acct(0), { messageId: `${run}-m${k}`, text: 'no recipient' }, { id, at }));
    else {
      const prior = out[s.of % Math.max(1, out.length)] as { id: string; data: Record<string, unknown> } | undefined;
      if (!prior) out.push(event('user.login', acct(0), {}, { id, at }));
      else if (s.kind === 'repeat') out.push(prior);
      else out.push({ ...prior, data: { ...prior.data, text: `${String(prior.data.text ?? '')} (edited)` } });
    }
  });
  return out;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const ISO = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)/g;

/**
 * Every row of every table of a Warden's database that names the run (its text holds `${run}-`),
 * as sorted lines `table: row as JSON`, without what a run makes up: ids (uuids) become `U`,
 * timestamps of the wall clock (the history is dated two days back, so anything later than a
 * day ago is the time of processing, not of an event) become `NOW`, a number column `id`
 * (a sequence's) is left out, and `value_hash` (an identifier hashed with the instance's own
 * key) becomes `H`. Two runs that processed the same history alike give equal lists.
 */
async function stateOf(w: TestWarden, run: string): Promise<string[]> {
  const tables = await sql<{ table_name: string }>`select table_name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(w.ctx.db);
  const recent = Date.now() - 86_400_000;
  const out: string[] = [];
  for (const { table_name } of tables.rows) {
    const rows = await sql<{ j: Record<string, unknown> }>`select to_jsonb(t) as j from ${sql.table(table_name)} t
      where to_jsonb(t)::text like ${`%${run}-%`}`.execute(w.ctx.db);
    for (const { j } of rows.rows) {
      const row = typeof j === 'string' ? JSON.parse(j) : j;
      if (typeof row.id === 'number') delete row.id;
      if (typeof row.value_hash === 'string') row.value_hash = 'H';
      const text = JSON.stringify(row)
        .replace(UUID, 'U')
        .replace(ISO, (t) => (Date.parse(t) > recent ? 'NOW' : new Date(t).toISOString()));
      out.push(`${table_name}: ${text}`);
    }
  }
  return out.sort();
}

describe.each(await backends())('events committed together on %s', (backend) => {
  let grouped: TestWarden;
  let oneByOne: TestWarden;
  let run = 0;
  beforeAll(async () => {
    grouped = await startTestWarden(backend, { ingestMode: 'grouped' });
    oneByOne = await startTestWarden(backend, { ingestMode: 'one-per-tx' });
  }, 300_000);
  afterAll(async () => {
    await grouped?.close();
    await oneByOne?.close();
  });

  it('concurrent batches over the same accounts, in opposite orders, all commit with no set redone (no deadlock)', async () => {
    // PostgreSQL is where transactions run side by side (and deadlocked before); PGlite runs them in turn.
    const [nAccounts, perAccount, nBatches] = backend === 'postgres' ? [12, 3, 6] : [8, 2, 3];
    const accounts = Array.from({ length: nAccounts }, (_, i) => `dl-${backend}-${i}`);
    const batch = (b: number) => {
      const order = b % 2 ? [...accounts].reverse() : accounts;
      return order.flatMap((from, i) =>
        Array.from({ length: perAccount }, (_, j) =>
          event('message.sent', from, { messageId: `dl-${b}-${i}-${j}`, recipientId: order[(i + j + 1) % order.length], text: TEXTS[(i + j) % TEXTS.length] }),
        ),
      );
    };
    const before = grouped.ctx.events.stats.setsRedone;
    const replies = await Promise.all(Array.from({ length: nBatches }, (_, b) => grouped.call('POST', '/v1/events/batch', { events: batch(b) })));
    for (const r of replies) {
      expect(r.status).toBe(200);
      expect(r.body.stats).toEqual({ accepted: nAccounts * perAccount, duplicate: 0, rejected: 0 });
    }
    expect(grouped.ctx.events.stats.setsRedone).toBe(before);
  }, 300_000);

  it('ingestion locks take any account id (written into the lock statement): quotes, backslashes and other scripts are locked and stored as sent', async () => {
    const ids = [`o'brien\\x'); select 1; --${backend}`, `Ωμέγα-ünï-🙂-${backend}`, `$$-${backend}$$`];
    const events = ids.map((from, i) =>
      event('message.sent', from, { messageId: `lk-${backend}-${i}`, recipientId: ids[(i + 1) % ids.length], text: 'Hello there' }),
    );
    const batch = await grouped.call('POST', '/v1/events/batch', { events });
    expect(batch.body.stats).toEqual({ accepted: 3, duplicate: 0, rejected: 0 });
    await postAccepted(grouped, event('message.sent', ids[0], { messageId: `lk-${backend}-x`, recipientId: ids[1], text: 'Hello again' }));
    const rows = await sql<{ id: string; messages_sent: number }>`select id, messages_sent from accounts where id in (${sql.join(ids)}) order by id`.execute(
      grouped.ctx.db,
    );
    expect(Object.fromEntries(rows.rows.map((r) => [r.id, r.messages_sent]))).toEqual({ [ids[0]]: 2, [ids[1]]: 1, [ids[2]]: 1 });
  }, 60_000);

  it('concurrent single requests: each reply carries its own decision; a bad or conflicting event is rejected alone', async () => {
    const p = `gc-${backend}`;
    const first = event('message.sent', `${p}-x`, { messageId: `${p}-m0`, recipientId: `${p}-y`, text: TEXTS[0] });
    await grouped.call('POST', '/v1/events', first);
    const sent = [
      ...Array.from({ length: 20 }, (_, i) =>
        event('message.sent', `${p}-s${i}`, { messageId: `${p}-m${i + 1}`, recipientId: `${p}-r${i % 3}`, text: TEXTS[i % 3] }),
      ),
      { ...first, data: { ...first.data, text: 'another payload' } },
      event('message.sent', `${p}-bad`, { messageId: `${p}-mb`, text: 'no recipient' }),
    ];
    const replies = await Promise.all(sent.map((e) => grouped.call('POST', '/v1/events', e)));
    replies.slice(0, 20).forEach((r, i) => {
      expect(r.status).toBe(201);
      expect(r.body.id).toBe((sent[i] as { id: string }).id);
      expect(r.body.decision.outcome).toBe(['allow', 'mask', 'hold'][i % 3]);
    });
    expect(replies[20].status).toBe(409);
    expect(replies[20].body.code).toBe('IdempotencyConflict');
    expect(replies[21].status).toBe(400);
    expect(replies[21].body.invalidParams[0].pointer).toBe('/data/recipientId');
    const sets = grouped.ctx.events.stats.sets;
    expect(sets).toBeGreaterThan(0);
  }, 120_000);

  it('decides every event of a generated history as the one-by-one path does and leaves the same rows (counters, decisions, cases, fingerprints), whether sent as batches or as concurrent requests', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(stepArb, { minLength: 4, maxLength: 24 }),
        fc.array(fc.record({ size: fc.integer({ min: 1, max: 8 }), asBatch: fc.boolean() }), { minLength: 1, maxLength: 6 }),
        async (steps, chunking) => {
          const r = `h${backend[1]}${run++}`;
          const events = eventsOf(steps, r);
          const expected = [];
          for (const e of events) expected.push(summary(await oneByOne.call('POST', '/v1/events', e)));
          const got: unknown[] = [];
          let at = 0;
          for (let c = 0; at < events.length; c++) {
            const { size, asBatch } = chunking[c % chunking.length];
            const chunk = events.slice(at, at + size);
            at += chunk.length;
            if (asBatch) {
              const b = await grouped.call('POST', '/v1/events/batch', { events: chunk });
              got.push(...b.body.results.map(batchSummary));
            } else {
              // Through the service, so the events reach it in this order (over HTTP, concurrent
              // requests may overtake each other before ingestion, as they may one by one).
              const replies = await Promise.all(
                chunk.map((e) =>
                  grouped.ctx.events.ingest(e).then(
                    ({ duplicate, result }) => ({ status: duplicate ? 200 : 201, body: { ...result, duplicate } }),
                    (err) => ({ status: err.status ?? 500, body: { code: err.code } }),
                  ),
                ),
              );
              got.push(...replies.map(summary));
            }
          }
          expect(got).toEqual(expected);
          await oneByOne.drainBehaviour();
          await grouped.drainBehaviour();
          expect(await stateOf(grouped, r)).toEqual(await stateOf(oneByOne, r));
        },
      ),
      { numRuns: backend === 'pglite' ? 12 : 8 },
    );
  }, 600_000);
});
