// The population and its timeline. Deterministic for a seed: every draw comes from one seeded
// generator forked per account, and items are ordered by time, then by creation order.

import { playFalseReporter, recruitFalseReporters } from './false-reporters.ts';
import { moneyFlows } from './flows.ts';
import { patternActors } from './pattern-actors.ts';
import { loadRealTexts, type RealTexts } from './real-texts.ts';
import { Rng } from './rng.ts';
import * as T from './texts.ts';
import type { AbuseType, AbusiveItem, GroundTruth, HonestKind, Role, SimAccount, SimEvent, Simulation, TimelineItem } from './types.ts';

export interface GenerateOptions {
  seed?: number;
  /** Number of accounts (bad actors are about 12 % of them, at least one of each kind). */
  accounts?: number;
  days?: number;
  startAt?: string;
  /** Folder of real texts; null to use templates only. Defaults to ../shared/data/real when present. */
  realDataDir?: string | null;
  /** Whether a simulated review team works the queues once a day. */
  reviewers?: boolean;
  /**
   * One cohort of a larger marketplace (see cohorts.ts): ids carry the cohort (`s<seed>c<n>-…`)
   * and every draw comes from the cohort's own fork of the seed, so cohorts never share an id.
   */
  cohort?: number;
  /** Real texts already read (cohorts read them once); wins over `realDataDir`. */
  realTexts?: RealTexts | null;
  /**
   * Also play money flows and hires seen only across events (flows.ts): freelancers hired again
   * and again with no word on the platform, money mules, and their honest look-alikes; and
   * (pattern-actors.ts) contracts cut short after contact, clients fishing with invitations,
   * round sums in and out, and theirs. Off by default so that a seed's population stays what
   * earlier figures were measured on.
   */
  moneyFlows?: boolean;
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
const COUNTRIES = ['US', 'GB', 'DE', 'BR', 'IN', 'PH', 'NG', 'UA', 'ES', 'FR', 'PK', 'CA', 'MX', 'PL', 'KE', 'AR', 'IT', 'PT'];
const FAR: Record<string, string[]> = { default: ['JP', 'AU', 'VN', 'ZA', 'RU', 'ID'] };
const VPN_EXITS = [
  { ip: '185.220.101.4', country: 'NL' },
  { ip: '185.220.101.9', country: 'NL' },
  { ip: '45.134.212.77', country: 'DE' },
  { ip: '104.244.76.13', country: 'US' },
  { ip: '146.70.117.2', country: 'SE' },
  { ip: '89.187.178.40', country: 'CH' },
];
const LANG_BY_COUNTRY: Record<string, T.Lang> = { BR: 'pt', PT: 'pt', ES: 'es', MX: 'es', AR: 'es', FR: 'fr', DE: 'de', IT: 'it' };
const UA = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) Safari/17.5',
  'Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0',
];

export interface Person extends SimAccount {
  lang: T.Lang;
  device: string;
  ip: string;
  ua: string;
  skill: string;
  rng: Rng;
}

const HONEST_MIX: [HonestKind, number][] = [
  ['plain', 40],
  ['vpn', 10],
  ['traveller', 8],
  ['top_earner', 8],
  ['post_contract_sharer', 10],
  ['refuser', 8],
];
const CLIENT_KINDS: [HonestKind, number][] = [
  ['plain', 40],
  ['enterprise', 8],
  ['long_trusted', 10],
  ['unverified_payment', 8],
  ['vpn', 6],
  ['traveller', 6],
  ['post_contract_sharer', 6],
  ['refuser', 6],
];
const ABUSE_MIX: [AbuseType, number][] = [
  ['circumvention', 30],
  ['proposal_spam', 14],
  ['scam_job', 14],
  ['mule_recruiter', 8],
  ['malware', 8],
  ['account_takeover', 10],
  ['multi_account', 8],
  ['false_reporter', 8],
];
const ABUSE_ROLE: Record<AbuseType, Role> = {
  circumvention: 'freelancer',
  proposal_spam: 'freelancer',
  scam_job: 'client',
  mule_recruiter: 'client',
  malware: 'freelancer',
  account_takeover: 'freelancer',
  multi_account: 'freelancer',
  false_reporter: 'client',
  direct_hire: 'freelancer',
  money_mule: 'freelancer',
  contract_undercut: 'freelancer',
  invite_fishing: 'client',
  laundering: 'freelancer',
};

export class World {
  readonly items: { seq: number; item: TimelineItem }[] = [];
  readonly abusive: AbusiveItem[] = [];
  readonly takeovers: { accountId: string; at: string }[] = [];
  readonly people: Person[] = [];
  readonly jobs: { id: string; clientId: string; at: number; skill: string }[] = [];
  private seq = 0;
  private counters = new Map<string, number>();
  constructor(
    readonly seed: number,
    readonly start: number,
    readonly end: number,
    readonly real: RealTexts | null,
    readonly cohort?: number,
  ) {}

  id(prefix: string): string {
    const n = (this.counters.get(prefix) ?? 0) + 1;
    this.counters.set(prefix, n);
    return this.cohort === undefined ? `s${this.seed}-${prefix}${n}` : `s${this.seed}c${this.cohort}-${prefix}${n}`;
  }
  iso(t: number): string {
    return new Date(Math.round(t)).toISOString();
  }
  clamp(t: number): number {
    return Math.min(t, this.end - 60_000);
  }

  event(p: Person, at: number, type: string, data: Record<string, unknown>, abuse?: AbuseType | null, session?: { ip?: string; deviceId?: string }): SimEvent {
    const e: SimEvent = {
      id: this.id('e'),
      type,
      occurredAt: this.iso(at),
      actor: { id: p.id, ip: session?.ip ?? p.ip, deviceId: session?.deviceId ?? p.device, userAgent: p.ua },
      data,
    };
    this.items.push({ seq: this.seq++, item: { kind: 'event', at: e.occurredAt, event: e } });
    if (abuse) this.abusive.push({ id: e.id, accountId: p.id, abuse, at: e.occurredAt });
    return e;
  }
  push(item: TimelineItem): void {
    this.items.push({ seq: this.seq++, item });
  }
  flagAbusive(id: string, p: Person, abuse: AbuseType, at: number): void {
    this.abusive.push({ id, accountId: p.id, abuse, at: this.iso(at) });
  }
  message(
    from: Person,
    to: Person,
    at: number,
    text: string,
    abuse?: AbuseType | null,
    extra: Record<string, unknown> = {},
    session?: { ip?: string; deviceId?: string },
  ) {
    const conv = [from.id, to.id].sort().join('~');
    return this.event(from, at, 'message.sent', { messageId: this.id('m'), conversationId: `c-${conv}`, recipientId: to.id, text, ...extra }, abuse, session);
  }
  /** An honest user who received abuse reports it, some time later. */
  maybeReport(reporter: Person, offender: Person, at: number, subject: { type: string; id: string; text?: string }, reason: string, p: number): void {
    if (!reporter.rng.chance(p)) return;
    const rt = this.clamp(at + reporter.rng.exp(3 * HOUR));
    this.push({
      kind: 'report',
      at: this.iso(rt),
      id: this.id('r'),
      report: { reporterId: reporter.id, subject: { ...subject, accountId: offender.id }, reason, comment: T.trueReportComment(reporter.rng, reason) },
    });
  }
}

export function makePerson(w: World, r: Rng, role: Role, kind: HonestKind, abuse: AbuseType | null): Person {
  const country = r.pick(COUNTRIES);
  const prefix = role === 'client' ? 'cl' : role === 'agency' ? 'ag' : 'fl';
  const freshBad = abuse !== null && abuse !== 'account_takeover' && abuse !== 'false_reporter';
  const ageDays = kind === 'long_trusted' || kind === 'top_earner' ? r.int(800, 2200) : freshBad ? -r.int(0, 5) : r.int(20, 700);
  const registeredAt = freshBad ? w.start + r.int(0, 5) * DAY + r.int(0, 20) * HOUR : w.start - ageDays * DAY - r.int(0, 23) * HOUR;
  const p: Person = {
    id: w.id(`${prefix}-`),
    role,
    name: role === 'client' && r.chance(0.4) ? T.companyName(r) : T.personName(r),
    country,
    honest: abuse === null || abuse === 'account_takeover',
    kind,
    abuse,
    registeredAt: w.iso(registeredAt),
    lang: LANG_BY_COUNTRY[country] ?? 'en',
    device: `dev-${r.hex(10)}`,
    ip: `${r.int(11, 223)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`,
    ua: r.pick(UA),
    skill: r.pick(T.SKILLS),
    rng: r,
  };
  // An account taken over was honest until the attacker got in; the ground truth marks it bad.
  if (abuse === 'account_takeover') p.honest = false;
  return p;
}

export function register(w: World, p: Person): void {
  const at = Date.parse(p.registeredAt);
  const r = p.rng;
  const plan = p.kind === 'enterprise' ? 'enterprise' : p.role === 'agency' ? 'business' : r.pick(['basic', 'basic', 'plus']);
  w.event(
    p,
    at,
    'user.registered',
    { role: p.role, country: p.country, plan, displayName: p.name, emailDomain: p.kind === 'enterprise' ? 'corp.example.com' : 'gmail.com' },
    p.abuse === 'multi_account' ? 'multi_account' : null,
  );
  w.event(p, at + 20 * 60_000, 'profile.updated', {
    displayName: p.name,
    title: p.role === 'client' ? `Hiring for ${p.skill}` : `${p.skill} specialist`,
    overview: p.role === 'client' ? `We hire freelancers for ${p.skill} work.` : `I help teams with ${p.skill}. ${r.int(2, 12)} years of experience.`,
    skills: [p.skill],
    country: p.country,
    complete: true,
  });
  if (p.role === 'client') {
    w.event(p, at + HOUR, 'payment.method_added', { methodType: r.pick(['card', 'paypal', 'bank']) });
    if (p.kind !== 'unverified_payment' && p.abuse !== 'scam_job' && p.abuse !== 'mule_recruiter' && p.abuse !== 'false_reporter')
      w.event(p, at + 2 * HOUR, 'payment.method_verified', { methodType: 'card' });
  } else if (p.abuse === null || r.chance(0.3)) {
    w.event(p, at + 3 * HOUR, 'verification.completed', { kind: 'identity', result: 'approved' });
  }
}

/**
 * Logins over the simulated weeks, with the person's habits (VPN exits, trips), and the sign-in
 * slips honest people make: now and then a mistyped password (one or two failed attempts on
 * their own device before they get in), and for about a quarter of them a new phone some time
 * in the run, whose first sign-in may follow up to four failed attempts (a password not
 * remembered on a new keyboard) — abroad for a traveller. Drawn from a fork of the person's
 * generator, so the rest of the timeline does not depend on them.
 */
export function logins(w: World, p: Person, until = w.end): void {
  const r = p.rng;
  const slips = r.fork('sign-in-slips');
  let t = Math.max(Date.parse(p.registeredAt), w.start) + r.int(1, 12) * HOUR;
  const trip = p.kind === 'traveller' ? { from: w.start + r.int(3, 8) * DAY, to: 0, country: r.pick(COUNTRIES.filter((c) => c !== p.country)) } : null;
  if (trip) trip.to = trip.from + r.int(3, 7) * DAY;
  // A new phone from some time on (a traveller's: bought for the trip, first used abroad).
  const newPhone = slips.chance(0.25)
    ? {
        from: trip ? trip.from : w.start + slips.int(2, Math.max(3, Math.round((w.end - w.start) / DAY) - 2)) * DAY,
        device: `${p.device}-p2`,
        firstFailures: slips.weighted([
          [0, 4],
          [1, 3],
          [2, 2],
          [3, 1],
          [4, 1],
        ] as const),
        used: false,
      }
    : null;
  while (t < until) {
    let ip = p.ip;
    let country = p.country;
    if (p.kind === 'vpn' && r.chance(0.7)) {
      const exit = r.pick(VPN_EXITS);
      ip = exit.ip;
      country = exit.country;
    }
    if (trip && t >= trip.from && t < trip.to) {
      country = trip.country;
      ip = `${r.int(11, 223)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
    }
    const device = newPhone && t >= newPhone.from ? newPhone.device : p.device;
    const failures = newPhone && device === newPhone.device && !newPhone.used ? newPhone.firstFailures : slips.chance(0.04) ? slips.int(1, 2) : 0;
    if (newPhone && device === newPhone.device) newPhone.used = true;
    const gap = slips.int(15, 45) * 1000;
    for (let k = failures; k > 0; k--) w.event(p, t - k * gap, 'user.login', { ip, deviceId: device, country, success: false }, null, { ip, deviceId: device });
    w.event(p, t, 'user.login', { ip, deviceId: device, country, success: true, mfa: r.chance(0.5) }, null, { ip, deviceId: device });
    t += r.exp(p.kind === 'top_earner' ? 20 * HOUR : 48 * HOUR) + HOUR;
    // A traveller's first login abroad is after the flight, not minutes after the last one at home.
    if (trip && t < trip.from && t + 30 * HOUR > trip.from) t = Math.max(t, trip.from + 10 * HOUR);
  }
}

function realOr<T>(r: Rng, list: T[] | undefined, p: number, fallback: () => T): T {
  return list?.length && r.chance(p) ? r.pick(list) : fallback();
}

/** One contract from hire to feedback and payout. */
export function contract(w: World, client: Person, fl: Person, jobId: string, at: number, opts: { large?: boolean; abuse?: AbuseType | null } = {}): number {
  const r = client.rng;
  const kind = r.chance(0.5) ? 'hourly' : 'fixed';
  const contractId = w.id('k');
  const amount = opts.large ? r.int(600_000, 2_500_000) : r.int(20_000, 300_000);
  const abuse = opts.abuse ?? null;
  w.event(client, at, 'contract.started', { contractId, jobId, clientId: client.id, freelancerId: fl.id, kind, amountCents: amount }, abuse);
  let t = at;
  const adv = (dt: number) => {
    t += dt;
    return t;
  };
  if (kind === 'fixed') {
    const milestoneId = w.id('ms');
    w.event(client, adv(HOUR), 'escrow.funded', { contractId, milestoneId, amountCents: amount }, abuse);
    w.event(fl, adv(r.int(2, 6) * DAY), 'milestone.submitted', { contractId, milestoneId }, abuse);
    w.event(client, adv(r.int(6, 40) * HOUR), 'milestone.released', { contractId, milestoneId, amountCents: amount }, abuse);
  } else {
    for (let week = 0; week < r.int(1, 3); week++) {
      t += 7 * DAY;
      const hours = r.int(5, 40);
      w.event(
        fl,
        t,
        'hours.logged',
        { contractId, hours, amountCents: Math.round((amount / 40) * Math.min(hours, 40)), weekStart: w.iso(t - 7 * DAY).slice(0, 10) },
        abuse,
      );
    }
  }
  if (r.chance(0.15)) w.event(client, adv(HOUR), 'bonus.paid', { contractId, amountCents: r.int(2_000, 20_000) }, abuse);
  w.event(client, adv(r.int(1, 24) * HOUR), 'contract.ended', { contractId, reason: 'completed' }, abuse);
  const good = abuse
    ? 5
    : r.weighted([
        [5, 70],
        [4, 20],
        [3, 7],
        [2, 3],
      ] as const);
  w.event(
    client,
    adv(r.int(1, 30) * HOUR),
    'feedback.left',
    {
      contractId,
      toId: fl.id,
      stars: good,
      privateScore: good * 2,
      endReason: 'completed',
      comment: abuse ? 'Excellent!!! Best freelancer' : 'Good collaboration.',
    },
    abuse,
  );
  w.event(fl, t + r.int(1, 20) * HOUR, 'feedback.left', { contractId, toId: client.id, stars: 5, privateScore: 9, endReason: 'completed' }, abuse);
  w.event(fl, t + r.int(20, 60) * HOUR, 'payout.requested', { amountCents: amount, method: 'bank' }, abuse);
  return t;
}

export function generate(opts: GenerateOptions = {}): Simulation {
  const seed = opts.seed ?? 1;
  const n = Math.max(40, Math.floor(opts.accounts ?? 300));
  const days = Math.max(7, Math.floor(opts.days ?? 21));
  const start = Date.parse(opts.startAt ?? '2026-10-05T00:00:00Z');
  const end = start + days * DAY;
  const real = opts.realTexts !== undefined ? opts.realTexts : opts.realDataDir === null ? null : loadRealTexts(opts.realDataDir);
  const w = new World(seed, start, end, real, opts.cohort);
  const root = opts.cohort === undefined ? new Rng(seed) : new Rng(seed).fork(`cohort-${opts.cohort}`);

  // ── population ────────────────────────────────────────────────────────────────────────
  const nBad = Math.max(ABUSE_MIX.length, Math.round(n * 0.12));
  const badTypes: AbuseType[] = ABUSE_MIX.map(([a]) => a);
  const mixRng = root.fork('mix');
  while (badTypes.length < nBad) badTypes.push(mixRng.weighted(ABUSE_MIX));
  const honestN = n - badTypes.length;
  for (let i = 0; i < honestN; i++) {
    const r = root.fork(`honest-${i}`);
    const role: Role = i % 20 < 7 ? 'client' : i % 20 < 9 ? 'agency' : 'freelancer';
    const kind = role === 'client' ? r.weighted(CLIENT_KINDS) : r.weighted(HONEST_MIX);
    w.people.push(makePerson(w, r, role, kind, null));
  }
  for (const [i, abuse] of badTypes.entries()) {
    const r = root.fork(`bad-${i}`);
    w.people.push(makePerson(w, r, ABUSE_ROLE[abuse], 'plain', abuse));
  }
  // Multi-accounters run two extra client accounts from the same device and network.
  for (const main of w.people.filter((p) => p.abuse === 'multi_account')) {
    main.group = main.id;
    for (let k = 0; k < 2; k++) {
      const sock = makePerson(w, main.rng.fork(`sock-${k}`), 'client', 'plain', 'multi_account');
      Object.assign(sock, { device: main.device, ip: main.ip, ua: main.ua, country: main.country, group: main.id });
      sock.registeredAt = w.iso(Date.parse(main.registeredAt) + (k + 1) * DAY);
      w.people.push(sock);
    }
  }
  recruitFalseReporters(w, root.fork('false-reporters'), n);
  // Households: two honest people on one family computer and home connection (about one pair in
  // fifty honest accounts), each with their own work — the look-alike of a multi-accounter.
  const honestPeople = w.people.filter((p) => p.abuse === null && p.kind === 'plain');
  const home = root.fork('households');
  for (let k = 0; k < Math.max(1, Math.round(honestPeople.length / 50)) && honestPeople.length >= 2; k++) {
    const a = honestPeople.splice(home.int(0, honestPeople.length - 1), 1)[0];
    const b = honestPeople.splice(home.int(0, honestPeople.length - 1), 1)[0];
    if (!a || !b) break;
    Object.assign(b, { device: a.device, ip: a.ip, ua: a.ua, country: a.country });
    a.household = a.id;
    b.household = a.id;
  }
  const honest = w.people.filter((p) => p.abuse === null);
  const honestClients = honest.filter((p) => p.role === 'client');
  const honestWorkers = honest.filter((p) => p.role !== 'client');
  const refuserClients = honestClients.filter((p) => p.kind === 'refuser');
  // Off-platform asks land on refusers more often, so that refusing is well represented.
  const pickTargetClient = (r: Rng) => (refuserClients.length && r.chance(0.3) ? r.pick(refuserClients) : r.pick(honestClients));

  for (const p of w.people) register(w, p);
  for (const p of w.people) if (p.abuse !== 'account_takeover') logins(w, p);

  // ── honest work: jobs, proposals, conversations, contracts ─────────────────────────────
  for (const c of honestClients) {
    const r = c.rng;
    // Top earners' history: large contracts in the months before the simulation.
    const jobsN = c.kind === 'enterprise' || c.kind === 'long_trusted' ? r.int(2, 4) : r.int(1, 2);
    for (let j = 0; j < jobsN; j++) {
      const at = start + r.next() * (days - 4) * DAY;
      const jobId = w.id('j');
      const job = realOr(r, w.real?.genuineJobs, 0.4, () => T.honestJob(r, c.skill));
      w.event(c, at, 'job.posted', {
        jobId,
        title: job.title,
        description: job.description,
        budgetCents: r.int(20_000, 500_000),
        kind: r.pick(['hourly', 'fixed']),
        skills: [c.skill],
      });
      w.jobs.push({ id: jobId, clientId: c.id, at, skill: c.skill });
      const proposers = Array.from({ length: r.int(2, 5) }, () => r.pick(honestWorkers)).filter((p, i, a) => a.indexOf(p) === i);
      if (r.chance(0.3)) {
        const f = r.pick(honestWorkers);
        w.event(c, at + HOUR, 'invite.sent', {
          inviteId: w.id('i'),
          jobId,
          freelancerId: f.id,
          text: `Hi ${f.name.split(' ')[0]}, your ${c.skill} profile fits this job. Interested?`,
        });
      }
      let chosen: Person | null = null;
      for (const f of proposers) {
        const pt = at + f.rng.exp(8 * HOUR);
        w.event(f, pt, 'proposal.submitted', {
          proposalId: w.id('p'),
          jobId,
          clientId: c.id,
          text: T.honestProposal(f.rng, c.skill),
          bidCents: f.rng.int(10_000, 400_000),
        });
        if (!chosen && r.chance(0.6)) chosen = f;
      }
      if (!chosen) continue;
      let t = at + r.int(10, 40) * HOUR;
      // Enterprise clients may share contact details before a contract (an allowed exception).
      if (c.kind === 'enterprise')
        w.message(
          c,
          chosen,
          t,
          `Our procurement team needs your NDA signed before we share the repository; please email ${T.email(r, c.name)} with your details.`,
        );
      for (let k = 0; k < r.int(2, 6); k++) {
        const [a, b] = k % 2 === 0 ? [c, chosen] : [chosen, c];
        const text = w.real?.smsHam.length && r.chance(0.15) ? r.pick(w.real.smsHam) : T.honestChat(r);
        t += r.exp(3 * HOUR) + 600_000;
        w.message(a, b, t, text);
      }
      if (!r.chance(0.75)) continue;
      t += r.int(4, 30) * HOUR;
      const ended = contract(w, c, chosen, jobId, t, { large: chosen.kind === 'top_earner' });
      if (chosen.kind === 'post_contract_sharer' || c.kind === 'post_contract_sharer') {
        const sharer = chosen.kind === 'post_contract_sharer' ? chosen : c;
        w.message(sharer, sharer === c ? chosen : c, t + 2 * HOUR, T.postContractContact(sharer.rng, sharer.name));
      }
      if (ended < end && r.chance(0.2)) w.message(c, chosen, ended + DAY, 'Thanks again, I will invite you to the next project.');
    }
  }
  // Top earners' earlier contracts (history Warden's trust signals read).
  for (const f of honestWorkers.filter((p) => p.kind === 'top_earner')) {
    for (let k = 0; k < f.rng.int(3, 6); k++) {
      const c = f.rng.pick(honestClients);
      contract(w, c, f, w.id('j'), start - f.rng.int(40, 300) * DAY, { large: true });
    }
  }

  // ── bad actors ────────────────────────────────────────────────────────────────────────
  const openJobs = () => w.jobs;
  const byId = new Map(w.people.map((p) => [p.id, p]));
  for (const b of w.people.filter((p) => p.abuse)) {
    const r = b.rng;
    const firstAt = Math.max(Date.parse(b.registeredAt), start) + r.int(2, 24) * HOUR;
    let t = firstAt;
    const adv = (dt: number) => {
      t += dt;
      return t;
    };
    switch (b.abuse) {
      case 'circumvention': {
        for (let k = 0; k < r.int(3, 7); k++) {
          const job = r.pick(openJobs());
          const client = byId.get(job.clientId)!;
          t = Math.max(t, job.at) + r.exp(10 * HOUR) + HOUR;
          if (t >= end) break;
          const inProposal = r.chance(0.3);
          const ptext = inProposal ? `${T.honestProposal(r, job.skill)} ${T.circumvention(r, b.lang, b.name)}` : T.honestProposal(r, job.skill);
          const prop = w.event(
            b,
            t,
            'proposal.submitted',
            { proposalId: w.id('p'), jobId: job.id, clientId: client.id, text: ptext, bidCents: r.int(5_000, 90_000) },
            inProposal ? 'circumvention' : null,
          );
          if (inProposal) w.maybeReport(client, b, t, { type: 'proposal', id: String(prop.data.proposalId), text: ptext }, 'offplatform_contact', 0.2);
          const target = client.kind === 'refuser' || !r.chance(0.3) ? client : pickTargetClient(r);
          w.message(target, b, adv(r.int(2, 20) * HOUR), 'Thanks for your proposal, a few questions about your approach.');
          const text = T.circumvention(r, b.lang, b.name);
          const m = w.message(b, target, adv(r.int(10, 90) * 60_000), text, 'circumvention');
          if (target.kind === 'refuser') w.message(target, b, t + r.int(5, 120) * 60_000, T.refusal(target.rng));
          w.maybeReport(target, b, t, { type: 'message', id: String(m.data.messageId), text }, 'offplatform_contact', target.kind === 'refuser' ? 0.5 : 0.15);
        }
        break;
      }
      case 'proposal_spam': {
        for (let burst = 0; burst < r.int(2, 3); burst++) {
          for (let k = 0; k < r.int(8, 15); k++) {
            const job = r.pick(openJobs());
            t += r.int(1, 8) * 60_000;
            if (t >= end) break;
            const text = realOr(r, w.real?.smsSpam, 0.3, () => T.spamProposal(r));
            const e = w.event(
              b,
              t,
              'proposal.submitted',
              { proposalId: w.id('p'), jobId: job.id, clientId: job.clientId, text, bidCents: r.int(500, 3_000) },
              'proposal_spam',
            );
            const client = byId.get(job.clientId)!;
            w.maybeReport(client, b, t, { type: 'proposal', id: String(e.data.proposalId), text }, 'spam', 0.05);
          }
          t += r.int(1, 4) * DAY;
        }
        break;
      }
      case 'scam_job':
      case 'mule_recruiter': {
        for (let k = 0; k < r.int(1, 3); k++) {
          const jobId = w.id('j');
          const job =
            b.abuse === 'mule_recruiter'
              ? { title: 'Remote logistics assistant', description: T.muleText(r) }
              : realOr(r, w.real?.fraudulentJobs, 0.5, () => T.scamJob(r));
          const jt = adv(r.int(1, 48) * HOUR);
          if (jt >= end) break;
          w.event(b, jt, 'job.posted', { jobId, ...job, budgetCents: r.int(50_000, 300_000), kind: 'hourly', skills: ['data entry'] }, b.abuse);
          for (const f of Array.from({ length: r.int(2, 4) }, () => r.pick(honestWorkers))) {
            const it = jt + r.exp(4 * HOUR);
            const text =
              b.abuse === 'mule_recruiter'
                ? T.muleText(r)
                : `Hi ${f.name.split(' ')[0]}, you are invited to an easy remote position with great pay. Reply fast!`;
            w.event(b, it, 'invite.sent', { inviteId: w.id('i'), jobId, freelancerId: f.id, text }, b.abuse);
            w.event(f, it + HOUR, 'proposal.submitted', {
              proposalId: w.id('p'),
              jobId,
              clientId: b.id,
              text: T.honestProposal(f.rng, 'data entry'),
              bidCents: 100_000,
            });
            const smsg = b.abuse === 'mule_recruiter' ? T.muleText(r) : realOr(r, w.real?.smishing, 0.5, () => T.scamMessage(r));
            const m = w.message(b, f, it + r.int(2, 10) * HOUR, smsg, b.abuse);
            w.maybeReport(f, b, it + 10 * HOUR, { type: 'message', id: String(m.data.messageId), text: smsg }, 'scam_fraud', 0.3);
          }
          // Some fake clients hire, fund with a card that is not theirs, and the payment is charged back.
          if (b.abuse === 'scam_job' && (k === 0 || r.chance(0.5))) {
            const f = r.pick(honestWorkers);
            const contractId = w.id('k');
            const amountCents = r.int(30_000, 150_000);
            w.event(b, jt + DAY, 'contract.started', { contractId, jobId, clientId: b.id, freelancerId: f.id, kind: 'fixed', amountCents }, b.abuse);
            w.event(b, jt + DAY + HOUR, 'escrow.funded', { contractId, milestoneId: w.id('ms'), amountCents }, b.abuse);
            // The first one also asks the card's refund through the marketplace before charging back.
            if (k === 0)
              w.event(b, jt + 2 * DAY, 'refund.issued', { contractId, amountCents: Math.round(amountCents / 2), reason: 'work not started' }, b.abuse);
            const cb = jt + r.int(3, 6) * DAY;
            w.event(b, cb, 'chargeback.received', { contractId, amountCents }, b.abuse);
            // Then a 1-star review of the freelancer, who may report the fake client: a true
            // report after a dispute, the look-alike of a retaliator's (false-reporters.ts).
            w.event(b, cb + r.int(2, 20) * HOUR, 'feedback.left', { contractId, toId: f.id, stars: 1, privateScore: 0, endReason: 'dispute' }, b.abuse);
            w.maybeReport(f, b, cb + 20 * HOUR, { type: 'account', id: b.id }, 'scam_fraud', 0.5);
          }
        }
        break;
      }
      case 'malware': {
        for (let k = 0; k < r.int(2, 4); k++) {
          const victim = r.pick(honestClients);
          t += r.exp(DAY) + HOUR;
          if (t >= end) break;
          const payload = maliciousFile(r);
          const messageId = w.id('m');
          const attachmentId = w.id('a');
          const text = T.malwareLure(r);
          w.event(
            b,
            t,
            'message.sent',
            {
              messageId,
              recipientId: victim.id,
              text,
              attachments: [{ id: attachmentId, name: payload.name, mimeType: payload.mimeType, sizeBytes: payload.data.length }],
            },
            'malware',
          );
          w.push({
            kind: 'upload',
            at: w.iso(t + 1000),
            upload: {
              attachmentId,
              name: payload.name,
              mimeType: payload.mimeType,
              messageId,
              accountId: b.id,
              recipientId: victim.id,
              base64: payload.data.toString('base64'),
            },
          });
          w.maybeReport(victim, b, t, { type: 'message', id: messageId, text }, 'suspicious_file_or_link', 0.3);
        }
        break;
      }
      case 'account_takeover': {
        // The owner's normal life until the takeover, then an attacker from far away.
        const takeover = start + r.int(5, Math.max(6, days - 5)) * DAY;
        logins(w, b, takeover - 2 * HOUR);
        w.takeovers.push({ accountId: b.id, at: w.iso(takeover) });
        const atk = { ip: `${r.int(11, 223)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, deviceId: `dev-${r.hex(10)}` };
        const country = r.pick(FAR.default);
        t = takeover;
        for (let k = 0; k < r.int(6, 14); k++)
          w.event(b, adv(r.int(5, 40) * 1000), 'user.login', { ip: atk.ip, deviceId: atk.deviceId, country, success: false }, 'account_takeover', atk);
        w.event(b, adv(60_000), 'user.login', { ip: atk.ip, deviceId: atk.deviceId, country, success: true, mfa: false }, 'account_takeover', atk);
        w.event(b, adv(10 * 60_000), 'payment.method_added', { methodType: 'crypto' }, 'account_takeover', atk);
        w.event(b, adv(60_000), 'payout.method_changed', { methodType: 'crypto', change: 'added' }, 'account_takeover', atk);
        w.event(b, adv(5 * 60_000), 'payout.requested', { amountCents: r.int(50_000, 400_000), method: 'crypto' }, 'account_takeover', atk);
        for (let k = 0; k < r.int(2, 4); k++) {
          const victim = r.pick(honestClients);
          const text = T.takeoverMessage(r, b.name);
          const m = w.message(b, victim, adv(r.int(2, 30) * 60_000), text, 'account_takeover', {}, atk);
          w.maybeReport(victim, b, t, { type: 'message', id: String(m.data.messageId), text }, 'fake_identity', 0.2);
        }
        break;
      }
      case 'multi_account': {
        if (!b.group || b.group !== b.id) break; // the main account drives its socks
        const socks = w.people.filter((p) => p.group === b.id && p !== b);
        for (const sock of socks) {
          const jobId = w.id('j');
          const jt = Math.max(t, Date.parse(sock.registeredAt)) + r.int(2, 20) * HOUR;
          if (jt >= end) break;
          w.event(
            sock,
            jt,
            'job.posted',
            {
              jobId,
              title: `Small ${b.skill} task`,
              description: `Quick ${b.skill} task, will leave feedback.`,
              budgetCents: 2_000,
              kind: 'fixed',
              skills: [b.skill],
            },
            'multi_account',
          );
          w.event(
            b,
            jt + HOUR,
            'proposal.submitted',
            { proposalId: w.id('p'), jobId, clientId: sock.id, text: T.honestProposal(r, b.skill), bidCents: 2_000 },
            'multi_account',
          );
          contract(w, sock, b, jobId, jt + 3 * HOUR, { abuse: 'multi_account' });
        }
        break;
      }
      case 'false_reporter': {
        if (playFalseReporter(w, b, honestClients, honestWorkers)) break;
        for (let k = 0; k < r.int(6, 12); k++) {
          const victim = r.pick(honestWorkers);
          t += r.exp(DAY);
          if (t >= end) break;
          const id = w.id('r');
          w.push({
            kind: 'report',
            at: w.iso(t),
            id,
            report: {
              reporterId: b.id,
              subject: { type: 'account', id: victim.id, accountId: victim.id },
              reason: r.pick(['scam_fraud', 'spam', 'fake_identity', 'offplatform_contact']),
              comment: T.falseReportComment(r),
            },
          });
          w.flagAbusive(id, b, 'false_reporter', t);
        }
        break;
      }
    }
  }

  if (opts.moneyFlows) {
    moneyFlows(w, root.fork('flows'), honestClients, honestWorkers);
    // Its own fork: the accounts and events above are the same with or without these actors.
    patternActors(w, root.fork('pattern-actors'), honestWorkers, n);
  }

  // ── appeals and the review team ───────────────────────────────────────────────────────
  for (const p of w.people) {
    // Everyone who finds an action on their account may appeal it; whether there is one is up to Warden.
    const willing = p.honest ? 0.8 : 0.3;
    if (!p.rng.chance(willing)) continue;
    for (const d of [Math.floor(days / 2), days - 2]) {
      w.push({ kind: 'appeal', at: w.iso(start + d * DAY + p.rng.int(8, 20) * HOUR), id: w.id('ap'), accountId: p.id, text: T.appealText(p.rng, p.honest) });
    }
  }
  if (opts.reviewers !== false) for (let d = 1; d <= days; d++) w.push({ kind: 'review', at: w.iso(start + d * DAY - 6 * HOUR), id: w.id('rv') });

  const timeline = w.items
    .filter(({ item }) => Date.parse(item.at) < end)
    .sort((a, b) => (a.item.at < b.item.at ? -1 : a.item.at > b.item.at ? 1 : a.seq - b.seq))
    .map((x) => x.item);
  const kept = new Set(timeline.map((i) => (i.kind === 'event' ? i.event.id : i.kind === 'upload' ? i.upload.attachmentId : i.id)));
  const truth: GroundTruth = {
    version: 1,
    seed,
    scale: { accounts: w.people.length, days },
    startAt: w.iso(start),
    endAt: w.iso(end),
    textSource: real ? 'real+templates' : 'templates',
    realDataDir: real?.dir ?? null,
    accounts: w.people.map(({ id, role, name, country, honest, kind, abuse, registeredAt, group, household, plays, falseReporting }) => ({
      id,
      role,
      name,
      country,
      honest,
      kind,
      abuse,
      registeredAt,
      ...(group ? { group } : {}),
      ...(household ? { household } : {}),
      ...(plays ? { plays } : {}),
      ...(falseReporting ? { falseReporting } : {}),
    })),
    abusive: w.abusive.filter((a) => kept.has(a.id)).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)),
    takeovers: w.takeovers,
  };
  return { timeline, truth };
}

const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';

/** An attachment a malware sender would use: a disguised executable, the EICAR test file, or a PDF that runs script. */
export function maliciousFile(r: Rng): { name: string; mimeType: string; data: Buffer } {
  switch (r.int(0, 2)) {
    case 0: {
      // A minimal PE header: "MZ", padding, e_lfanew → "PE\0\0".
      const data = Buffer.alloc(512);
      data.write('MZ', 0, 'latin1');
      data.writeUInt32LE(0x80, 0x3c);
      data.write('PE\0\0', 0x80, 'latin1');
      return { name: r.pick(['project_brief.pdf.exe', 'invoice_october.scr', 'setup_test_env.exe']), mimeType: 'application/octet-stream', data };
    }
    case 1:
      return { name: r.pick(['tool.com', 'readme.com']), mimeType: 'application/octet-stream', data: Buffer.from(EICAR, 'latin1') };
    default: {
      const pdf = `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R /OpenAction 3 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n3 0 obj << /S /JavaScript /JS (app.launchURL\\("http://example.invalid/p"\\);) >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`;
      return { name: r.pick(['design_references.pdf', 'brief.pdf']), mimeType: 'application/pdf', data: Buffer.from(pdf, 'latin1') };
    }
  }
}
