// Money flows and hires that no single event betrays (GenerateOptions.moneyFlows): the bad
// actors behind issue 18's patterns, and the honest look-alikes those patterns must leave alone.
//   direct_hire  a freelancer hired by client after client with no proposal, invite or message
//                on the platform (they met elsewhere and come back only for the escrow);
//   money_mule   a fresh freelancer paid small amounts by a ring of brand-new client accounts,
//                each released within hours and paid out at once to a just-added crypto method.
// Look-alikes: a client who hires one known freelancer directly, once; new honest clients whose
// freelancer withdraws the day the money is released; an agency inviting many freelancers and
// paying several small contracts; top earners withdrawing every week what that week earned.
// Draws come from their own fork of the seed, so the rest of a seed's population is unchanged.
import { contract, logins, makePerson, type Person, register, type World } from './generate.ts';
import type { Rng } from './rng.ts';
import * as T from './texts.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function pickDistinct<T>(r: Rng, list: T[], n: number): T[] {
  const out: T[] = [];
  for (let i = 0; i < n * 4 && out.length < Math.min(n, list.length); i++) {
    const x = r.pick(list);
    if (!out.includes(x)) out.push(x);
  }
  return out;
}

function newPerson(w: World, r: Rng, role: Person['role'], abuse: 'direct_hire' | 'money_mule' | null): Person {
  const p = makePerson(w, r, role, 'plain', abuse);
  if (!abuse) {
    // A newcomer: registered during the simulation, like the fresh bad accounts.
    p.registeredAt = w.iso(w.start + r.int(0, 6) * DAY + r.int(0, 20) * HOUR);
  }
  w.people.push(p);
  register(w, p);
  logins(w, p);
  return p;
}

/** A small fixed-price job from post to payout; returns when the money was released (ms). */
function smallJob(
  w: World,
  client: Person,
  fl: Person,
  at: number,
  amountCents: number,
  o: { abuse?: 'money_mule'; releaseHours: number; payoutHours: number; methodId?: string },
) {
  const r = client.rng;
  const jobId = w.id('j');
  const abuse = o.abuse ?? null;
  w.event(
    client,
    at,
    'job.posted',
    {
      jobId,
      title: `Small ${client.skill} task`,
      description: T.honestJob(r, client.skill).description,
      budgetCents: amountCents,
      kind: 'fixed',
      skills: [client.skill],
    },
    abuse,
  );
  w.event(
    fl,
    at + HOUR,
    'proposal.submitted',
    { proposalId: w.id('p'), jobId, clientId: client.id, text: T.honestProposal(fl.rng, client.skill), bidCents: amountCents },
    abuse,
  );
  if (!abuse) {
    w.message(client, fl, at + 3 * HOUR, T.honestChat(r));
    w.message(fl, client, at + 4 * HOUR, T.honestChat(r));
  }
  const contractId = w.id('k');
  const milestoneId = w.id('ms');
  w.event(client, at + 5 * HOUR, 'contract.started', { contractId, jobId, clientId: client.id, freelancerId: fl.id, kind: 'fixed', amountCents }, abuse);
  w.event(client, at + 6 * HOUR, 'escrow.funded', { contractId, milestoneId, amountCents }, abuse);
  const released = at + (6 + o.releaseHours) * HOUR;
  w.event(client, released, 'milestone.released', { contractId, milestoneId, amountCents }, abuse);
  w.event(client, released + HOUR, 'contract.ended', { contractId, reason: 'completed' }, abuse);
  w.event(
    fl,
    released + o.payoutHours * HOUR,
    'payout.requested',
    { amountCents, method: o.abuse ? 'crypto' : 'bank', ...(o.methodId ? { methodId: o.methodId } : {}) },
    abuse,
  );
  return released;
}

export function moneyFlows(w: World, r: Rng, honestClients: Person[], honestWorkers: Person[]): void {
  const n = Math.max(2, Math.round(w.people.length * 0.02));
  const last = w.end - 2 * DAY;

  // ── bad: hired again and again with no word on the platform ──────────────────────────
  for (let i = 0; i < n; i++) {
    const b = newPerson(w, r.fork(`direct-${i}`), 'freelancer', 'direct_hire');
    let t = Math.max(Date.parse(b.registeredAt), w.start) + b.rng.int(6, 48) * HOUR;
    for (const c of pickDistinct(b.rng, honestClients, b.rng.int(3, 5))) {
      if (t >= last) break;
      const contractId = w.id('k');
      const amountCents = b.rng.int(20_000, 200_000);
      const e = w.event(c, t, 'contract.started', { contractId, jobId: w.id('j'), clientId: c.id, freelancerId: b.id, kind: 'fixed', amountCents });
      w.flagAbusive(e.id, b, 'direct_hire', t);
      const milestoneId = w.id('ms');
      w.event(c, t + HOUR, 'escrow.funded', { contractId, milestoneId, amountCents });
      w.event(c, t + b.rng.int(2, 5) * DAY, 'milestone.released', { contractId, milestoneId, amountCents });
      t += b.rng.int(1, 4) * DAY;
    }
  }

  // ── bad: money mules and the ring of new clients paying them ─────────────────────────
  for (let i = 0; i < n; i++) {
    const m = newPerson(w, r.fork(`mule-${i}`), 'freelancer', 'money_mule');
    m.group = m.id;
    const ring = Array.from({ length: m.rng.int(6, 9) }, (_, k) => {
      const s = newPerson(w, m.rng.fork(`ring-${k}`), 'client', 'money_mule');
      s.group = m.id;
      return s;
    });
    let t = Math.max(Date.parse(m.registeredAt), w.start) + 12 * HOUR;
    const methodId = `pm-${m.rng.hex(8)}`;
    w.event(m, t, 'payout.method_changed', { methodId, methodType: 'crypto', change: 'added' }, 'money_mule');
    for (const s of ring) {
      t = Math.max(t, Date.parse(s.registeredAt) + 3 * HOUR) + m.rng.int(2, 20) * HOUR;
      if (t >= last) break;
      smallJob(w, s, m, t, m.rng.int(12_000, 19_500), { abuse: 'money_mule', releaseHours: m.rng.int(1, 6), payoutHours: m.rng.int(1, 8), methodId });
    }
  }

  // ── honest look-alikes ────────────────────────────────────────────────────────────────
  // A client hiring a freelancer they know straight away, once (a rehire, a referral).
  for (const c of honestClients) {
    if (!c.rng.fork('direct-once').chance(0.2)) continue;
    const f = r.pick(honestWorkers);
    contract(w, c, f, w.id('j'), w.start + r.int(1, Math.max(2, Math.floor((w.end - w.start) / DAY) - 4)) * DAY);
  }
  // New honest clients; their freelancer withdraws within hours of the release.
  for (let i = 0; i < 2 * n; i++) {
    const c = newPerson(w, r.fork(`newcomer-${i}`), 'client', null);
    const f = r.pick(honestWorkers);
    const t = Date.parse(c.registeredAt) + r.int(4, 48) * HOUR;
    if (t < last) smallJob(w, c, f, t, r.int(10_000, 60_000), { releaseHours: r.int(24, 72), payoutHours: r.int(1, 12) });
  }
  // Agencies staffing a project: many invites, several small contracts, pay released.
  for (const a of honestWorkers.filter((p) => p.role === 'agency').slice(0, 2)) {
    const t0 = w.start + r.int(1, 3) * DAY;
    const team = pickDistinct(
      r,
      honestWorkers.filter((p) => p !== a),
      16,
    );
    for (const [k, f] of team.entries())
      w.event(a, t0 + k * 10 * 60_000, 'invite.sent', {
        inviteId: w.id('i'),
        jobId: `${a.id}-team`,
        freelancerId: f.id,
        text: `Hi ${f.name.split(' ')[0]}, we are staffing a ${a.skill} project. Interested?`,
      });
    for (const [k, f] of team.slice(0, 8).entries())
      smallJob(w, a, f, t0 + DAY + k * 3 * HOUR, r.int(10_000, 19_000), { releaseHours: r.int(24, 96), payoutHours: r.int(12, 72) });
  }
  // Top earners on a long hourly contract, withdrawing each week what the week earned.
  for (const f of honestWorkers.filter((p) => p.kind === 'top_earner')) {
    const c = r.pick(
      honestClients
        .filter((p) => p.kind === 'long_trusted' || p.kind === 'enterprise')
        .concat(honestClients)
        .slice(0, 8),
    );
    const contractId = w.id('k');
    const rate = r.int(6_000, 12_000);
    w.event(c, w.start - 30 * DAY, 'contract.started', {
      contractId,
      jobId: w.id('j'),
      clientId: c.id,
      freelancerId: f.id,
      kind: 'hourly',
      amountCents: rate * 40,
    });
    for (let t = w.start - 23 * DAY; t < w.end; t += 7 * DAY) {
      const hours = r.int(25, 40);
      w.event(f, t, 'hours.logged', { contractId, hours, amountCents: hours * rate, weekStart: w.iso(t - 7 * DAY).slice(0, 10) });
      w.event(f, t + r.int(20, 30) * HOUR, 'payout.requested', { amountCents: hours * rate, method: 'bank' });
    }
  }
}
