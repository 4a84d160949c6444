// Bad actors behind three of issue 18's patterns that no other simulated kind plays, and the
// honest people who look like them (played with GenerateOptions.moneyFlows, after flows.ts):
//   contract_undercut  a freelancer hired on the platform who, soon after the contract starts,
//                      asks the client to continue on another channel or pay outside, after
//                      which the client ends the contract early, releasing a small part of the
//                      agreed amount or taking the escrow back (the rest is paid elsewhere);
//   invite_fishing     a client who posts job after job, invites many freelancers, talks to
//                      those who answer (some asked to move to a messenger), and never hires on
//                      the platform;
//   laundering         a new freelancer funded by a few new client accounts in round sums
//                      ($1,000, $2,500, …), each released within hours and withdrawn at once.
// Look-alikes: a contract ended early after a dispute with a partial refund, between a freelancer
// who shared contact details once the contract started (allowed) and the client; a client who
// invites several freelancers to a job or two and hires one; an agency that invites many
// freelancers and pays several of them round fixed fees; a top earner who withdraws the same
// round amount every week.
//
// Every person here is new to the population and every draw comes from this module's own fork of
// the seed: the accounts and events of the rest of a seed's population are unchanged. Only the
// freelancers a fishing client invites are existing honest workers; their answers (a proposal, a
// message) are drawn from the fisher's generator and added to their timelines.
import { contract, DAY, HOUR, logins, makePerson, type Person, register, type World } from './generate.ts';
import type { Rng } from './rng.ts';
import * as T from './texts.ts';
import type { AbuseType, HonestKind, Role } from './types.ts';

type PatternAbuse = Extract<AbuseType, 'contract_undercut' | 'invite_fishing' | 'laundering'>;

/** The part each account made here plays (the ground truth's `plays`): bad actors, their counterparts, honest look-alikes. */
export const PLAYS = {
  bad: ['contract_undercut', 'invite_fishing', 'laundering', 'laundering_payer'],
  counterpart: ['undercut_client', 'dispute_client', 'round_earner_client'],
  lookalike: ['dispute_refund', 'invites_and_hires', 'agency', 'agency_member', 'round_weekly_withdrawal'],
} as const;
type Part = (typeof PLAYS)[keyof typeof PLAYS][number];

/** A new person in the population: registered, with logins. A bad one registers in the first days; an honest one keeps makePerson's age unless `newcomer`. */
function person(w: World, r: Rng, role: Role, kind: HonestKind, abuse: PatternAbuse | null, plays: Part, o: { newcomer?: boolean } = {}): Person {
  const p = makePerson(w, r, role, kind, abuse);
  p.plays = plays;
  if (!abuse && o.newcomer) p.registeredAt = w.iso(w.start + r.int(0, 6) * DAY + r.int(0, 20) * HOUR);
  w.people.push(p);
  register(w, p);
  logins(w, p);
  return p;
}

const first = (p: Person) => p.name.split(' ')[0];

/** A job post, a proposal and a short conversation; returns the job id and when the talk ended (ms). */
function hiredThroughProposal(w: World, client: Person, fl: Person, at: number) {
  const r = client.rng;
  const jobId = w.id('j');
  const job = T.honestJob(r, client.skill);
  w.event(client, at, 'job.posted', { jobId, ...job, budgetCents: r.int(30_000, 500_000), kind: 'fixed', skills: [client.skill] });
  let t = at + r.int(1, 8) * HOUR;
  w.event(fl, t, 'proposal.submitted', {
    proposalId: w.id('p'),
    jobId,
    clientId: client.id,
    text: T.honestProposal(fl.rng, client.skill),
    bidCents: r.int(30_000, 500_000),
  });
  for (let k = 0; k < r.int(2, 4); k++) {
    const [a, b] = k % 2 === 0 ? [client, fl] : [fl, client];
    t += r.int(1, 6) * HOUR;
    w.message(a, b, t, T.honestChat(r));
  }
  return { jobId, t };
}

/**
 * hiredThroughProposal, then a fixed-price contract for an amount drawn from `amount` (cents)
 * started 2–24 h after the talk and funded an hour later. `adv(ms)` moves on from the funding
 * and returns the new time.
 */
function hiredOnFixedPrice(w: World, client: Person, fl: Person, at: number, r: Rng, amount: [number, number]) {
  const talk = hiredThroughProposal(w, client, fl, at);
  const contractId = w.id('k');
  const milestoneId = w.id('ms');
  const amountCents = r.int(amount[0], amount[1]);
  let t = talk.t + r.int(2, 24) * HOUR;
  const adv = (dt: number) => {
    t += dt;
    return t;
  };
  w.event(client, t, 'contract.started', { contractId, jobId: talk.jobId, clientId: client.id, freelancerId: fl.id, kind: 'fixed', amountCents });
  w.event(client, adv(HOUR), 'escrow.funded', { contractId, milestoneId, amountCents });
  return { talk, contractId, milestoneId, amountCents, adv };
}

export function patternActors(w: World, r: Rng, honestWorkers: Person[], population: number): void {
  const n = Math.max(2, Math.round(population * 0.015));
  const last = w.end - 2 * DAY;
  const startOf = (p: Person) => Math.max(Date.parse(p.registeredAt), w.start);

  // ── bad: contracts cut short soon after the talk moved elsewhere ─────────────────────
  for (let i = 0; i < n; i++) {
    const b = person(w, r.fork(`undercut-${i}`), 'freelancer', 'plain', 'contract_undercut', 'contract_undercut');
    const br = b.rng;
    let t = startOf(b) + br.int(6, 36) * HOUR;
    for (let k = 0; k < br.int(2, 4); k++) {
      if (t >= last) break;
      const c = person(
        w,
        br.fork(`client-${k}`),
        'client',
        br.pick<HonestKind>(['plain', 'plain', 'long_trusted', 'unverified_payment']),
        null,
        'undercut_client',
      );
      const { talk, contractId, milestoneId, amountCents, adv } = hiredOnFixedPrice(w, c, b, Math.max(t, startOf(c)), br, [40_000, 400_000]);
      w.message(b, c, adv(br.int(4, 48) * HOUR), T.circumvention(br, b.lang, b.name), 'contract_undercut');
      w.message(c, b, adv(br.int(1, 10) * HOUR), T.honestChat(c.rng));
      const at = adv(br.int(1, 5) * DAY);
      if (br.chance(0.6)) {
        // A token part released on the platform, the rest paid outside.
        w.event(c, at, 'milestone.released', { contractId, milestoneId, amountCents: Math.round((amountCents * br.int(5, 25)) / 100) });
      } else {
        w.event(c, at, 'refund.issued', { contractId, amountCents, reason: br.pick(['Project cancelled', 'No longer needed', 'Changed plans']) });
      }
      const ended = w.event(c, at + HOUR, 'contract.ended', { contractId, reason: br.pick(['cancelled', 'other', 'no_work'] as const) });
      w.flagAbusive(ended.id, b, 'contract_undercut', at + HOUR);
      // The next client is found while this one is still under way: freelancers apply to several jobs at a time.
      t = talk.t + br.int(1, 3) * DAY;
    }
  }

  // ── bad: clients fishing with invitations, never hiring on the platform ──────────────
  for (let i = 0; i < n; i++) {
    const f = person(w, r.fork(`fishing-${i}`), 'client', 'plain', 'invite_fishing', 'invite_fishing');
    const fr = f.rng;
    const asksToMove = fr.chance(0.5);
    let t = startOf(f) + fr.int(4, 30) * HOUR;
    for (let j = 0; j < fr.int(2, 4); j++) {
      if (t >= last) break;
      const jobId = w.id('j');
      w.event(f, t, 'job.posted', {
        jobId,
        ...T.honestJob(fr, f.skill),
        budgetCents: fr.int(50_000, 800_000),
        kind: fr.pick(['hourly', 'fixed']),
        skills: [f.skill],
      });
      const invited = Array.from({ length: fr.int(3, 8) }, () => fr.pick(honestWorkers)).filter((x, k, a) => a.indexOf(x) === k);
      for (const fl of invited) {
        const it = t + fr.int(1, 30) * HOUR;
        w.event(
          f,
          it,
          'invite.sent',
          { inviteId: w.id('i'), jobId, freelancerId: fl.id, text: `Hi ${first(fl)}, your ${f.skill} profile looks great. Could you send a proposal?` },
          'invite_fishing',
        );
        if (!fr.chance(0.5)) continue;
        const pt = it + fr.int(2, 20) * HOUR;
        w.event(fl, pt, 'proposal.submitted', {
          proposalId: w.id('p'),
          jobId,
          clientId: f.id,
          text: T.honestProposal(fr, f.skill),
          bidCents: fr.int(20_000, 600_000),
        });
        const mt = pt + fr.int(1, 24) * HOUR;
        if (asksToMove && fr.chance(0.6)) w.message(f, fl, mt, T.circumvention(fr, f.lang, f.name), 'invite_fishing');
        else w.message(f, fl, mt, T.honestChat(fr));
        w.message(fl, f, mt + fr.int(1, 8) * HOUR, T.honestChat(fr));
      }
      t += fr.int(1, 4) * DAY;
    }
  }

  // ── bad: round sums straight in and out ───────────────────────────────────────────────
  for (let i = 0; i < n; i++) {
    const m = person(w, r.fork(`laundering-${i}`), 'freelancer', 'plain', 'laundering', 'laundering');
    m.group = m.id;
    const mr = m.rng;
    const ring = Array.from({ length: mr.int(2, 4) }, (_, k) => {
      const s = person(w, mr.fork(`payer-${k}`), 'client', 'plain', 'laundering', 'laundering_payer');
      s.group = m.id;
      return s;
    });
    const methodId = `pm-${mr.hex(8)}`;
    let t = startOf(m) + mr.int(6, 24) * HOUR;
    w.event(m, t, 'payout.method_changed', { methodId, methodType: mr.pick(['bank', 'crypto']), change: 'added' }, 'laundering');
    for (let k = 0; k < mr.int(4, 7); k++) {
      const s = mr.pick(ring);
      t = Math.max(t, startOf(s) + 2 * HOUR) + mr.int(8, 60) * HOUR;
      if (t >= last) break;
      const amountCents = mr.pick([100_000, 100_000, 150_000, 200_000, 250_000, 300_000, 500_000]);
      const jobId = w.id('j');
      const contractId = w.id('k');
      const milestoneId = w.id('ms');
      w.event(
        s,
        t,
        'job.posted',
        { jobId, title: `${m.skill} consulting`, description: `Consulting on ${m.skill}.`, budgetCents: amountCents, kind: 'fixed', skills: [m.skill] },
        'laundering',
      );
      w.event(s, t + HOUR, 'contract.started', { contractId, jobId, clientId: s.id, freelancerId: m.id, kind: 'fixed', amountCents }, 'laundering');
      w.event(s, t + 2 * HOUR, 'escrow.funded', { contractId, milestoneId, amountCents }, 'laundering');
      const released = t + (2 + mr.int(1, 10)) * HOUR;
      w.event(s, released, 'milestone.released', { contractId, milestoneId, amountCents }, 'laundering');
      w.event(s, released + HOUR, 'contract.ended', { contractId, reason: 'completed' }, 'laundering');
      w.event(m, released + mr.int(1, 6) * HOUR, 'payout.requested', { amountCents, method: 'bank', methodId }, 'laundering');
    }
  }

  // ── honest look-alikes ────────────────────────────────────────────────────────────────
  for (let i = 0; i < n; i++) {
    // A contract ended early after a dispute, a partial refund; the freelancer had shared contact details once under contract.
    const lr = r.fork(`dispute-${i}`);
    const fl = person(w, lr.fork('freelancer'), 'freelancer', 'post_contract_sharer', null, 'dispute_refund');
    const c = person(w, lr.fork('client'), 'client', 'plain', null, 'dispute_client');
    const { contractId, milestoneId, amountCents, adv } = hiredOnFixedPrice(w, c, fl, w.start + lr.int(1, 6) * DAY, lr, [50_000, 400_000]);
    w.message(fl, c, adv(lr.int(1, 6) * HOUR), T.postContractContact(fl.rng, fl.name));
    w.event(fl, adv(lr.int(2, 4) * DAY), 'milestone.submitted', { contractId, milestoneId });
    w.message(c, fl, adv(lr.int(4, 20) * HOUR), 'This is not what we agreed in the brief. I am opening a dispute.');
    const paid = Math.round((amountCents * lr.int(30, 60)) / 100);
    w.event(c, adv(lr.int(1, 2) * DAY), 'milestone.released', { contractId, milestoneId, amountCents: paid });
    w.event(c, adv(HOUR), 'refund.issued', { contractId, amountCents: amountCents - paid, reason: 'Dispute settled: partial refund' });
    w.event(c, adv(HOUR), 'contract.ended', { contractId, reason: 'dispute' });

    // A client inviting several freelancers to a job or two and hiring one of them.
    const hr = r.fork(`inviter-${i}`);
    const client = person(w, hr, 'client', hr.pick<HonestKind>(['plain', 'enterprise', 'long_trusted']), null, 'invites_and_hires');
    let t = w.start + hr.int(1, 5) * DAY;
    for (let j = 0; j < hr.int(1, 2); j++) {
      const jobId = w.id('j');
      w.event(client, t, 'job.posted', {
        jobId,
        ...T.honestJob(hr, client.skill),
        budgetCents: hr.int(50_000, 500_000),
        kind: 'fixed',
        skills: [client.skill],
      });
      const invited = Array.from({ length: hr.int(4, 9) }, () => hr.pick(honestWorkers)).filter((x, k, a) => a.indexOf(x) === k);
      for (const fl of invited)
        w.event(client, t + hr.int(1, 12) * HOUR, 'invite.sent', {
          inviteId: w.id('i'),
          jobId,
          freelancerId: fl.id,
          text: `Hi ${first(fl)}, your ${client.skill} profile fits this job. Interested?`,
        });
      const chosen = hr.pick(invited);
      w.event(chosen, t + 20 * HOUR, 'proposal.submitted', {
        proposalId: w.id('p'),
        jobId,
        clientId: client.id,
        text: T.honestProposal(hr, client.skill),
        bidCents: hr.int(50_000, 500_000),
      });
      w.message(client, chosen, t + 26 * HOUR, T.honestChat(hr));
      w.message(chosen, client, t + 28 * HOUR, T.honestChat(hr));
      contract(w, client, chosen, jobId, t + hr.int(2, 3) * DAY);
      t += hr.int(2, 5) * DAY;
    }
  }
  // An agency staffing projects: many invites over two jobs, several newcomers hired for round fixed fees, paid and withdrawn.
  {
    const ar = r.fork('agency');
    const a = person(w, ar, 'agency', 'plain', null, 'agency');
    const team = Array.from({ length: ar.int(6, 10) }, (_, k) =>
      person(w, ar.fork(`member-${k}`), 'freelancer', 'plain', null, 'agency_member', { newcomer: true }),
    );
    const t0 = w.start + ar.int(1, 3) * DAY;
    for (let j = 0; j < 2; j++) {
      const jobId = w.id('j');
      const jt = t0 + j * 2 * DAY;
      w.event(a, jt, 'job.posted', { jobId, ...T.honestJob(ar, a.skill), budgetCents: 100_000, kind: 'fixed', skills: [a.skill] });
      const invited = Array.from({ length: 8 }, () => ar.pick(honestWorkers)).filter((x, k, list) => list.indexOf(x) === k);
      for (const fl of [...invited, ...team.filter((_, k) => k % 2 === j)])
        w.event(a, jt + ar.int(1, 10) * HOUR, 'invite.sent', {
          inviteId: w.id('i'),
          jobId,
          freelancerId: fl.id,
          text: `Hi ${first(fl)}, we are staffing a ${a.skill} project. Interested?`,
        });
      for (const fl of team.filter((_, k) => k % 2 === j)) {
        let at = Math.max(jt, startOf(fl)) + ar.int(12, 30) * HOUR;
        const adv = (dt: number) => {
          at += dt;
          return at;
        };
        if (at >= last) continue;
        w.event(fl, at, 'proposal.submitted', { proposalId: w.id('p'), jobId, clientId: a.id, text: T.honestProposal(fl.rng, a.skill), bidCents: 100_000 });
        w.message(a, fl, adv(ar.int(1, 6) * HOUR), T.honestChat(ar));
        w.message(fl, a, adv(ar.int(1, 6) * HOUR), T.honestChat(fl.rng));
        const contractId = w.id('k');
        const milestoneId = w.id('ms');
        const fee = ar.pick([50_000, 100_000, 100_000, 150_000]);
        w.event(a, adv(ar.int(2, 10) * HOUR), 'contract.started', {
          contractId,
          jobId,
          clientId: a.id,
          freelancerId: fl.id,
          kind: 'fixed',
          amountCents: fee,
        });
        w.event(a, adv(HOUR), 'escrow.funded', { contractId, milestoneId, amountCents: fee });
        w.event(fl, adv(ar.int(2, 5) * DAY), 'milestone.submitted', { contractId, milestoneId });
        w.event(a, adv(ar.int(4, 30) * HOUR), 'milestone.released', { contractId, milestoneId, amountCents: fee });
        w.event(a, adv(HOUR), 'contract.ended', { contractId, reason: 'completed' });
        w.event(fl, at + ar.int(2, 48) * HOUR, 'payout.requested', { amountCents: fee, method: 'bank' });
      }
    }
  }
  // Top earners on a long hourly contract, withdrawing the same round amount every week.
  for (let i = 0; i < Math.max(1, Math.round(n / 2)); i++) {
    const tr = r.fork(`round-earner-${i}`);
    const f = person(w, tr.fork('freelancer'), 'freelancer', 'top_earner', null, 'round_weekly_withdrawal');
    const c = person(w, tr.fork('client'), 'client', tr.pick<HonestKind>(['long_trusted', 'enterprise']), null, 'round_earner_client');
    for (let k = 0; k < tr.int(2, 4); k++) contract(w, c, f, w.id('j'), w.start - tr.int(60, 300) * DAY, { large: true });
    const contractId = w.id('k');
    const rate = tr.int(7_000, 12_000);
    const weekly = tr.pick([100_000, 150_000, 200_000]);
    w.event(c, w.start - 30 * DAY, 'contract.started', {
      contractId,
      jobId: w.id('j'),
      clientId: c.id,
      freelancerId: f.id,
      kind: 'hourly',
      amountCents: rate * 40,
    });
    for (let t = w.start - 23 * DAY; t < w.end; t += 7 * DAY) {
      const hours = tr.int(30, 40);
      w.event(f, t, 'hours.logged', { contractId, hours, amountCents: hours * rate, weekStart: w.iso(t - 7 * DAY).slice(0, 10) });
      w.event(f, t + tr.int(20, 30) * HOUR, 'payout.requested', { amountCents: weekly, method: 'bank' });
    }
  }
}
