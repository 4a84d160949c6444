// Cost of behaviour across events (linked accounts, patterns, payment risk) on ingestion: the
// same marketplace history ingested through EventService.ingestBatch on in-memory PGlite, with
// the behaviour hook and without it (composition override `behaviour: false`), alternating
// rounds so machine noise falls on both alike. The ratio is the figure (issue 18: ≤ 1.20).
import { pathToFileURL } from 'node:url';
import { loadConfig } from '../../src/app/config.ts';
import { openWarden } from '../../src/app/start.ts';
import { printTable } from '../table.ts';

const ROUNDS = Number(process.env.BENCH_PATTERN_ROUNDS ?? 3);
const ACCOUNTS = Number(process.env.BENCH_PATTERN_ACCOUNTS ?? 60);
const TEXTS = [
  'Hi! I read your job post and I have built three similar dashboards. Could you share the data format?',
  'Sure, my WhatsApp is +44 7911 123456, message me there',
  'I pushed v2.4.1 to staging; order #558210 now syncs. ETA Friday 14:00 UTC.',
  'Thanks for the invite! What is the expected timeline and budget for the first milestone?',
];

/** A month of a small marketplace: logins, messages, proposals, invites, contracts, payments, payouts, a few chargebacks. */
export function history(round: string): unknown[] {
  const out: unknown[] = [];
  const t0 = Date.parse('2026-10-01T00:00:00Z');
  let n = 0;
  const ev = (type: string, actor: string, data: Record<string, unknown>, hours: number, extra: Record<string, unknown> = {}) =>
    out.push({ id: `${round}-${n++}`, type, occurredAt: new Date(t0 + hours * 3_600_000).toISOString(), actor: { id: actor, ...extra }, data });
  for (let i = 0; i < ACCOUNTS; i++) {
    const fl = `${round}-fl${i}`;
    const cl = `${round}-cl${i % 20}`;
    ev('user.registered', fl, { role: 'freelancer' }, i);
    ev('user.login', fl, { ip: `198.51.100.${i % 200}`, deviceId: `dev-${round}-${i}` }, i + 1);
    ev('proposal.submitted', fl, { proposalId: `${fl}-p`, jobId: `${cl}-j`, clientId: cl, text: TEXTS[i % TEXTS.length] }, i + 2);
    ev('invite.sent', cl, { inviteId: `${fl}-inv`, jobId: `${cl}-j`, freelancerId: fl }, i + 2.5);
    for (let m = 0; m < 4; m++)
      ev('message.sent', m % 2 ? cl : fl, { messageId: `${fl}-m${m}`, recipientId: m % 2 ? fl : cl, text: TEXTS[(i + m) % TEXTS.length] }, i + 3 + m);
    ev('contract.started', cl, { contractId: `${fl}-k`, clientId: cl, freelancerId: fl, kind: 'fixed', amountCents: 50_000 + i * 100 }, i + 8);
    ev('escrow.funded', cl, { contractId: `${fl}-k`, amountCents: 50_000 }, i + 9);
    ev('milestone.released', cl, { contractId: `${fl}-k`, amountCents: 50_000 }, i + 100);
    ev('payout.method_changed', fl, { methodId: `${fl}-pm`, destination: `DE00${i}123456789` }, i + 101);
    ev('payout.requested', fl, { amountCents: 50_000, methodId: `${fl}-pm` }, i + 200);
    ev('contract.ended', cl, { contractId: `${fl}-k`, reason: 'completed' }, i + 201);
    if (i % 10 === 0) ev('chargeback.received', cl, { amountCents: 5_000 }, i + 300);
  }
  return out;
}

async function ingestOnce(behaviour: boolean, round: string): Promise<{ events: number; ms: number }> {
  const w = await openWarden(loadConfig({}, { logLevel: 'silent' }), { memory: true, behaviour });
  try {
    // Warm-up: models, policies and prepared paths, outside the measurement.
    await w.ctx.events.ingestBatch(history(`${round}w`).slice(0, 200));
    const events = history(round);
    const t = performance.now();
    for (let i = 0; i < events.length; i += 100) await w.ctx.events.ingestBatch(events.slice(i, i + 100));
    return { events: events.length, ms: performance.now() - t };
  } finally {
    await w.stop();
  }
}

export async function run(): Promise<void> {
  const totals = { off: { events: 0, ms: 0 }, on: { events: 0, ms: 0 } };
  for (let r = 0; r < ROUNDS; r++) {
    // Alternate which goes first, so a load spike does not always land on the same side.
    const order: ('off' | 'on')[] = r % 2 ? ['on', 'off'] : ['off', 'on'];
    for (const side of order) {
      const x = await ingestOnce(side === 'on', `r${r}${side}`);
      totals[side].events += x.events;
      totals[side].ms += x.ms;
    }
  }
  const perEvent = (s: 'off' | 'on') => totals[s].ms / totals[s].events;
  printTable([
    {
      scenario: 'ingest without behaviour (baseline)',
      events: totals.off.events,
      'ms/event': +perEvent('off').toFixed(3),
      'events/s': Math.round(1000 / perEvent('off')),
      ratio: 1,
    },
    {
      scenario: 'ingest with linked accounts + patterns + payment risk',
      events: totals.on.events,
      'ms/event': +perEvent('on').toFixed(3),
      'events/s': Math.round(1000 / perEvent('on')),
      ratio: +(perEvent('on') / perEvent('off')).toFixed(3),
    },
  ]);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await run();
