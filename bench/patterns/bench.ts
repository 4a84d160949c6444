// Cost of behaviour across events (linked accounts, patterns, payment risk) on ingestion: the
// same marketplace history ingested through EventService.ingestBatch on in-memory PGlite, with
// the behaviour hook and without it (composition override `behaviour: false`), two instances side
// by side fed chunk by chunk in alternating order, so machine noise falls on both alike. The
// figure is the median of the per-chunk ratios, wall-clock and process CPU (issue 18: ≤ 1.20).
// Behaviour runs in the behaviour worker (src/patterns/queue.ts), beside ingestion: after each
// chunk the "on" side's queue is drained, timed apart (the worker lags one chunk, 100 events), so
// the figures say both what ingestion costs and what the worker costs on top.
//
// Order of the events (BENCH_PATTERN_ORDER, a list; both by default, one table each):
// `time`: as a marketplace sends them, as they happen (every account's month interleaved), so the
// worker, one chunk behind, lags about 43 hours of this marketplace's time (846 events over ~360
// hours) — still far more than a server's worker draining every 500 ms — and a payout, 99 hours
// after its account's payout-method change, finds that account's events processed, as it would in
// production. `account`: the generator's order, each account's whole month at once (14 events),
// the design of the runs recorded before 2026-12-01: every payout and deal then meets its
// account's earlier events still queued in the same chunk and processes them in the ingestion
// transaction (catch-up), which a live worker meets only when a payout follows its account's
// login, payment or method change within about a second.
import { pathToFileURL } from 'node:url';
import { loadConfig } from '../../src/app/config.ts';
import { openWarden } from '../../src/app/start.ts';
import { printTable } from '../table.ts';

const ROUNDS = Number(process.env.BENCH_PATTERN_ROUNDS ?? 3);
const ORDERS = (process.env.BENCH_PATTERN_ORDER ?? 'time,account').split(',').map((s) => s.trim());
const ACCOUNTS = Number(process.env.BENCH_PATTERN_ACCOUNTS ?? 60);
const TEXTS = [
  'Hi! I read your job post and I have built three similar dashboards. Could you share the data format?',
  'Sure, my WhatsApp is +44 7911 123456, message me there',
  'I pushed v2.4.1 to staging; order #558210 now syncs. ETA Friday 14:00 UTC.',
  'Thanks for the invite! What is the expected timeline and budget for the first milestone?',
];

type Order = 'time' | 'account';

/** `history(round)` in `order`: `account` as generated (each account's month at once), `time` sorted by occurrence (stable). */
export function ordered(round: string, order: Order): unknown[] {
  const events = history(round) as { occurredAt: string }[];
  return order === 'time' ? [...events].sort((a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt)) : events;
}

/** A month of a small marketplace: logins, messages, proposals, invites, contracts, payments, payouts, a few chargebacks; each account's events together. */
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

type Side = 'off' | 'on';
interface Sample {
  side: Side;
  events: number;
  /** Wall-clock ms of one chunk. */
  ms: number;
  /** Process CPU ms (user + system) of one chunk: PGlite runs in this process, so this is the work done, and waiting for a core under load does not count. */
  cpuMs: number;
  /** The behaviour worker's drain after the chunk ("on" side only): wall-clock and CPU ms. */
  drainMs: number;
  drainCpuMs: number;
}

const CHUNK = 100;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.round(q * (s.length - 1))))];
};

/**
 * One round: a Warden with the behaviour hook and one without, opened side by side, fed the same
 * history chunk by chunk, alternating which side takes each chunk first. A change of load lasts
 * seconds to minutes; a chunk takes well under that, so both sides of a chunk see the same
 * machine, and the chunk's ratio (on / off) cancels the load. Returns one ratio per chunk.
 */
async function round(r: number, order: Order): Promise<{ samples: Sample[]; ratios: number[]; cpuRatios: number[]; totalCpuRatios: number[] }> {
  const open = (behaviour: boolean) => openWarden(loadConfig({}, { logLevel: 'silent' }), { memory: true, behaviour });
  const w = { off: await open(false), on: await open(true) };
  try {
    // Warm-up: models, policies and prepared paths, outside the measurement.
    for (const side of ['off', 'on'] as const) await w[side].ctx.events.ingestBatch(ordered(`r${r}w`, order).slice(0, 200));
    await w.on.drainBehaviour();
    const events = ordered(`r${r}`, order);
    const samples: Sample[] = [];
    const ratios: number[] = [];
    const cpuRatios: number[] = [];
    const totalCpuRatios: number[] = [];
    for (let i = 0, k = 0; i < events.length; i += CHUNK, k++) {
      const chunk = events.slice(i, i + CHUNK);
      const order: Side[] = (k + r) % 2 ? ['on', 'off'] : ['off', 'on'];
      const got = {} as Record<Side, Sample>;
      for (const side of order) {
        const c0 = process.cpuUsage();
        const t = performance.now();
        await w[side].ctx.events.ingestBatch(chunk);
        const ms = performance.now() - t;
        const c = process.cpuUsage(c0);
        got[side] = { side, events: chunk.length, ms, cpuMs: (c.user + c.system) / 1000, drainMs: 0, drainCpuMs: 0 };
        if (side === 'on') {
          const d0 = process.cpuUsage();
          const dt = performance.now();
          await w.on.drainBehaviour();
          got.on.drainMs = performance.now() - dt;
          const d = process.cpuUsage(d0);
          got.on.drainCpuMs = (d.user + d.system) / 1000;
        }
        samples.push(got[side]);
      }
      ratios.push(got.on.ms / got.off.ms);
      cpuRatios.push(got.on.cpuMs / got.off.cpuMs);
      totalCpuRatios.push((got.on.cpuMs + got.on.drainCpuMs) / got.off.cpuMs);
    }
    return { samples, ratios, cpuRatios, totalCpuRatios };
  } finally {
    await w.off.stop();
    await w.on.stop();
  }
}

/**
 * Per order in BENCH_PATTERN_ORDER (`time`, then `account`), BENCH_PATTERN_ROUNDS rounds (3) of
 * the ACCOUNTS-account history (60: 846 events, 9 chunks of 100). The figure is the median over
 * all chunks of the on/off ratio, wall-clock and CPU, with the 25th–75th percentiles; the totals'
 * ratio is printed beside it for comparison with earlier runs.
 */
export async function run(): Promise<void> {
  for (const order of ORDERS) {
    if (order !== 'time' && order !== 'account') throw new Error(`BENCH_PATTERN_ORDER: unknown order ${order} (time, account)`);
    console.log(`\n## events in ${order === 'time' ? 'time order (as they happen)' : "account order (each account's month at once)"}`);
    await runOrder(order);
  }
}

async function runOrder(order: Order): Promise<void> {
  const all: Sample[] = [];
  const ratios: number[] = [];
  const cpuRatios: number[] = [];
  const totalCpuRatios: number[] = [];
  const roundRatios: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const x = await round(r, order);
    all.push(...x.samples);
    ratios.push(...x.ratios);
    cpuRatios.push(...x.cpuRatios);
    totalCpuRatios.push(...x.totalCpuRatios);
    const sum = (side: Side) => x.samples.filter((s) => s.side === side).reduce((a, s) => a + s.ms, 0);
    roundRatios.push(sum('on') / sum('off'));
  }
  const total = (side: Side, k: 'ms' | 'cpuMs' | 'events' | 'drainMs' | 'drainCpuMs') => all.filter((s) => s.side === side).reduce((a, s) => a + s[k], 0);
  const row = (side: Side, label: string) => ({
    scenario: label,
    events: total(side, 'events'),
    'wall ms/event': +(total(side, 'ms') / total(side, 'events')).toFixed(3),
    'cpu ms/event': +(total(side, 'cpuMs') / total(side, 'events')).toFixed(3),
  });
  printTable([
    row('off', 'ingest without behaviour (baseline)'),
    row('on', 'ingest with linked accounts + patterns + payment risk'),
    {
      scenario: 'behaviour worker (drain after each chunk), per ingested event',
      events: total('on', 'events'),
      'wall ms/event': +(total('on', 'drainMs') / total('on', 'events')).toFixed(3),
      'cpu ms/event': +(total('on', 'drainCpuMs') / total('on', 'events')).toFixed(3),
    },
  ]);
  const fmt = (xs: number[]) => `${median(xs).toFixed(3)} (p25 ${quantile(xs, 0.25).toFixed(3)}, p75 ${quantile(xs, 0.75).toFixed(3)}, n ${xs.length})`;
  printTable([
    { ratio: 'median of chunk ratios, wall-clock', value: fmt(ratios) },
    { ratio: 'median of chunk ratios, CPU (ingestion)', value: fmt(cpuRatios) },
    { ratio: 'median of chunk ratios, CPU (ingestion + worker)', value: fmt(totalCpuRatios) },
    { ratio: 'median of round ratios (totals), wall-clock', value: fmt(roundRatios) },
    { ratio: 'totals, wall-clock', value: (total('on', 'ms') / total('off', 'ms')).toFixed(3) },
    { ratio: 'totals, CPU (ingestion)', value: (total('on', 'cpuMs') / total('off', 'cpuMs')).toFixed(3) },
    { ratio: 'totals, CPU (ingestion + worker)', value: ((total('on', 'cpuMs') + total('on', 'drainCpuMs')) / total('off', 'cpuMs')).toFixed(3) },
  ]);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await run();
