// False reporters who are not strangers to their targets, beside the mass reporters of
// generate.ts (who report accounts they never dealt with):
// - retaliators: a client or freelancer who worked with the target for real, fell out with them
//   (a disputed contract, bad feedback) and then reports them for scams or fake identity;
// - rings: a few accounts run together (one home connection, some on one computer), each of
//   which first writes to the target — so they "dealt with" them — then reports them.
// The honest look-alike (generate.ts, scam jobs): a freelancer left a 1-star review by a fake
// client who charged back the payment reports that client: a true report after a dispute.
import { DAY, HOUR, makePerson, type Person, type World } from './generate.ts';
import type { Rng } from './rng.ts';
import * as T from './texts.ts';

/**
 * Adds retaliators (one per 100 accounts, at least one) and rings of three (one per 250
 * accounts, at least one) to `w.people`, bad with abuse `false_reporter`; the existing mass
 * reporters are marked `mass`. Retaliators have a history like honest accounts (20-700 days
 * old); ring accounts are new (registered in the first days of the run) and share one IP, the
 * first two also one device. Call before registration.
 */
export function recruitFalseReporters(w: World, root: Rng, accounts: number): void {
  for (const p of w.people) if (p.abuse === 'false_reporter') p.falseReporting = 'mass';
  for (let i = 0; i < Math.max(1, Math.round(accounts / 100)); i++) {
    const r = root.fork(`retaliator-${i}`);
    const p = makePerson(w, r, r.chance(0.5) ? 'client' : 'freelancer', 'plain', 'false_reporter');
    p.falseReporting = 'retaliation';
    w.people.push(p);
  }
  for (let i = 0; i < Math.max(1, Math.round(accounts / 250)); i++) {
    const r = root.fork(`ring-${i}`);
    const members: Person[] = [];
    for (let k = 0; k < 3; k++) {
      const p = makePerson(w, r.fork(`member-${k}`), 'freelancer', 'plain', 'false_reporter');
      p.falseReporting = 'ring';
      p.registeredAt = w.iso(w.start + r.int(0, 3) * DAY + r.int(0, 20) * HOUR);
      if (k > 0) Object.assign(p, { ip: members[0].ip, country: members[0].country, ...(k === 1 ? { device: members[0].device, ua: members[0].ua } : {}) });
      p.group = members[0]?.id ?? p.id;
      members.push(p);
    }
    w.people.push(...members);
  }
}

/** Plays a retaliator or a ring (its first member drives it); false for any other account. */
export function playFalseReporter(w: World, b: Person, honestClients: Person[], honestWorkers: Person[]): boolean {
  if (b.falseReporting === 'retaliation') {
    retaliate(w, b, b.role === 'client' ? honestWorkers : honestClients);
    return true;
  }
  if (b.falseReporting === 'ring') {
    if (b.group === b.id) ring(w, b, honestWorkers);
    return true;
  }
  return false;
}

const RETALIATION_COMMENTS = [
  'Took the money and delivered nothing usable. Scammer.',
  'This person is not who they claim, the work was copied from someone else.',
  'Be careful, they pressured me to pay outside the site.',
  'Never delivered, then threatened me. Please remove this account.',
];

/**
 * A retaliator works one contract with an honest counterparty (`others`), falls out over it —
 * the contract ends in a dispute and the counterparty leaves them a 1–2 star review — and within
 * a day reports them: the account, and one of the counterparty's own (honest) messages.
 */
function retaliate(w: World, b: Person, others: Person[]): void {
  const r = b.rng;
  const target = r.pick(others);
  const [client, fl] = b.role === 'client' ? [b, target] : [target, b];
  const at = w.start + r.int(0, Math.max(1, Math.floor((w.end - w.start) / DAY / 4))) * DAY + r.int(0, 20) * HOUR;
  const jobId = w.id('j');
  const job = T.honestJob(client.rng, client.skill);
  w.event(client, at, 'job.posted', { jobId, ...job, budgetCents: r.int(20_000, 200_000), kind: 'fixed', skills: [client.skill] });
  w.jobs.push({ id: jobId, clientId: client.id, at, skill: client.skill });
  w.event(fl, at + r.int(1, 8) * HOUR, 'proposal.submitted', {
    proposalId: w.id('p'),
    jobId,
    clientId: client.id,
    text: T.honestProposal(fl.rng, client.skill),
    bidCents: r.int(20_000, 200_000),
  });
  // The counterparty's messages: what the retaliator will report as if they were abuse.
  const theirs: { id: string; text: string }[] = [];
  let t = at + r.int(4, 16) * HOUR;
  for (let k = 0; k < r.int(2, 4); k++) {
    const [from, to] = k % 2 === 0 ? [client, fl] : [fl, client];
    const text = T.honestChat(r);
    t += r.exp(3 * HOUR) + 600_000;
    const m = w.message(from, to, t, text);
    if (from === target) theirs.push({ id: String(m.data.messageId), text });
  }
  // The counterparty's review of the retaliator: bad, and the trigger.
  const ended = contractWithDispute(w, client, fl, jobId, t + r.int(2, 10) * HOUR, { reviewer: target, stars: r.int(1, 2) });
  let rt = ended + r.int(1, 24) * HOUR;
  const report = (subject: { type: string; id: string; text?: string }) => {
    if (rt >= w.end) return;
    falseReport(w, b, target, subject, rt, r.pick(['scam_fraud', 'fake_identity', 'offplatform_contact']), r.pick(RETALIATION_COMMENTS));
    rt += r.int(10, 180) * 60_000;
  };
  report({ type: 'account', id: target.id });
  const msg = theirs.length ? r.pick(theirs) : null;
  if (msg) report({ type: 'message', ...msg });
}

const RING_OPENERS = [
  'Hi, I saw your profile. Do you take subcontract work in {skill}?',
  'Hello! Are you available for a small {skill} task next week?',
  'Hey, quick question about your rates for {skill}.',
];
const TARGET_REPLIES = [
  'Thanks for reaching out, I am fully booked this month.',
  'Hi! Happy to help, please send the details through a job post here.',
  'Thanks, my rate is on my profile. Let me know the scope.',
];

/**
 * A ring targets one honest freelancer (a competitor in its leader's skill when there is one):
 * over two or three days each member writes to the target, the target usually answers, and the
 * member then reports the target's account or their reply.
 */
function ring(w: World, leader: Person, honestWorkers: Person[]): void {
  const r = leader.rng;
  const members = w.people.filter((p) => p.group === leader.id);
  const rivals = honestWorkers.filter((p) => p.skill === leader.skill);
  const target = r.pick(rivals.length ? rivals : honestWorkers);
  let t = Math.max(...members.map((m) => Date.parse(m.registeredAt))) + r.int(6, 30) * HOUR;
  for (const m of members) {
    t += r.int(2, 20) * HOUR;
    if (t >= w.end) break;
    w.message(m, target, t, r.pick(RING_OPENERS).replace('{skill}', target.skill));
    let subject: { type: string; id: string; text?: string } = { type: 'account', id: target.id };
    if (target.rng.chance(0.7)) {
      const text = target.rng.pick(TARGET_REPLIES);
      const reply = w.message(target, m, t + target.rng.int(20, 300) * 60_000, text);
      if (r.chance(0.5)) subject = { type: 'message', id: String(reply.data.messageId), text };
    }
    const rt = w.clamp(t + r.int(6, 30) * HOUR);
    falseReport(w, m, target, subject, rt, r.pick(['scam_fraud', 'fake_identity', 'spam']), T.falseReportComment(r));
  }
}

/** A false report by `reporter` on `target`'s `subject` at `at`, flagged abusive in the truth. */
function falseReport(
  w: World,
  reporter: Person,
  target: Person,
  subject: { type: string; id: string; text?: string },
  at: number,
  reason: string,
  comment: string,
): void {
  const id = w.id('r');
  w.push({ kind: 'report', at: w.iso(at), id, report: { reporterId: reporter.id, subject: { ...subject, accountId: target.id }, reason, comment } });
  w.flagAbusive(id, reporter, 'false_reporter', at);
}

/**
 * A fixed-price contract that goes wrong: funded, delivered, then ended in a dispute with half
 * refunded to the client; `reviewer` (one of the two) leaves the other `stars` and a low private
 * score, and the other answers with one star. Returns the time of the last review.
 */
export function contractWithDispute(w: World, client: Person, fl: Person, jobId: string, at: number, o: { reviewer: Person; stars: number }): number {
  const r = client.rng;
  const contractId = w.id('k');
  const milestoneId = w.id('ms');
  const amount = r.int(20_000, 200_000);
  w.event(client, at, 'contract.started', { contractId, jobId, clientId: client.id, freelancerId: fl.id, kind: 'fixed', amountCents: amount });
  w.event(client, at + HOUR, 'escrow.funded', { contractId, milestoneId, amountCents: amount });
  let t = at + r.int(1, 3) * DAY;
  w.event(fl, t, 'milestone.submitted', { contractId, milestoneId });
  t += r.int(6, 24) * HOUR;
  w.event(client, t, 'refund.issued', { contractId, amountCents: Math.round(amount / 2), reason: 'dispute settled' });
  t += HOUR;
  w.event(client, t, 'contract.ended', { contractId, reason: 'dispute' });
  const other = o.reviewer === client ? fl : client;
  const comment = o.reviewer === client ? 'Missed every deadline and argued about the scope.' : 'Refused to pay for delivered work and changed the scope.';
  t += r.int(1, 6) * HOUR;
  w.event(o.reviewer, t, 'feedback.left', {
    contractId,
    toId: other.id,
    stars: o.stars,
    privateScore: r.int(0, 3),
    endReason: 'dispute',
    comment,
  });
  t += r.int(1, 6) * HOUR;
  w.event(other, t, 'feedback.left', { contractId, toId: o.reviewer.id, stars: 1, privateScore: 0, endReason: 'dispute' });
  return t;
}
