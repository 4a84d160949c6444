// Trust signals through the HTTP API on hand-built histories, on PGlite and PostgreSQL:
// JSS (windows, eligibility, exclusions, explain, history), badges (Rising Talent, Top Rated,
// Top Rated Plus, Expert-Vetted, removal after confirmed circumvention), client trust and
// invitations, interview policy and payment hold length.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../../src/store/db.ts';
import { event } from '../helpers/events.ts';
import { backends, type TestWarden } from '../helpers/warden.ts';
import { daysAgo, hasTable, send, startTrustWarden, suspend } from './harness.ts';

const reg = (id: string, role: 'client' | 'freelancer', at: string, extra: Record<string, unknown> = {}) =>
  event('user.registered', id, { role, ...extra }, { at });
const verifiedPayment = (id: string, at: string) => event('payment.method_verified', id, {}, { at });
const verifiedIdentity = (id: string, at: string) => event('verification.completed', id, { kind: 'identity', result: 'approved' }, { at });
const profile = (id: string, at: string, data: Record<string, unknown>) => event('profile.updated', id, data, { at });
const started = (contractId: string, clientId: string, freelancerId: string, at: string) =>
  event('contract.started', clientId, { contractId, clientId, freelancerId, kind: 'fixed', amountCents: 100_000 }, { at });
const released = (contractId: string, clientId: string, cents: number, at: string) =>
  event('milestone.released', clientId, { contractId, amountCents: cents }, { at });
const ended = (contractId: string, actor: string, at: string, reason = 'completed') => event('contract.ended', actor, { contractId, reason }, { at });
const feedback = (contractId: string, from: string, to: string, at: string, fb: { stars?: number; privateScore?: number }) =>
  event('feedback.left', from, { contractId, toId: to, ...fb }, { at });

/** A whole contract: start, one payment, end, and optionally the client's feedback. */
function contract(
  id: string,
  clientId: string,
  freelancerId: string,
  o: { start: number; end?: number; paidCents: number; reason?: string; fb?: { stars?: number; privateScore?: number } },
) {
  const evs = [started(id, clientId, freelancerId, daysAgo(o.start))];
  if (o.paidCents > 0) evs.push(released(id, clientId, o.paidCents, daysAgo(o.end !== undefined ? o.end + 1 : o.start - 1)));
  if (o.end !== undefined) evs.push(ended(id, clientId, daysAgo(o.end), o.reason ?? 'completed'));
  if (o.fb && o.end !== undefined) evs.push(feedback(id, clientId, freelancerId, daysAgo(o.end), o.fb));
  return evs;
}

/** The JSS weight published in src/trust/README.md: 1 + ln(1 + paid / $100). */
const weight = (cents: number) => 1 + Math.log1p(cents / 10_000);

describe.each(await backends())('trust signals on %s', (backend) => {
  let w: TestWarden;
  beforeAll(async () => {
    w = await startTrustWarden(backend);
  }, 60_000);
  afterAll(async () => w?.close());

  describe('Job Success Score', () => {
    it('is not shown with contracts from a single client, even good ones', async () => {
      await send(w, [
        reg('j-solo', 'freelancer', daysAgo(400)),
        ...contract('j-solo-1', 'j-solo-c', 'j-solo', { start: 300, end: 250, paidCents: 50_000, fb: { stars: 5, privateScore: 10 } }),
        ...contract('j-solo-2', 'j-solo-c', 'j-solo', { start: 200, end: 150, paidCents: 50_000, fb: { stars: 5, privateScore: 10 } }),
      ]);
      const res = await w.call('GET', '/v1/accounts/j-solo/jss');
      expect(res.status).toBe(200);
      expect(res.body.score).toBeNull();
      expect(res.body.nullReason).toBe('not_enough_clients');
      expect(res.body.eligibility).toMatchObject({ contracts: 2, distinctClients: 1 });
    });

    it('weighs good and bad outcomes by size, leaves no-work contracts and the freelancer’s own feedback out, and explains itself', async () => {
      await send(w, [
        reg('j-f', 'freelancer', daysAgo(500)),
        ...contract('j-good', 'j-c1', 'j-f', { start: 200, end: 150, paidCents: 50_000, fb: { stars: 5, privateScore: 10 } }),
        ...contract('j-bad', 'j-c2', 'j-f', { start: 100, end: 60, paidCents: 30_000, fb: { stars: 2, privateScore: 3 } }),
        ...contract('j-nowork', 'j-c3', 'j-f', { start: 50, end: 40, paidCents: 0, reason: 'no_work' }),
        ...contract('j-private', 'j-c4', 'j-f', { start: 80, end: 70, paidCents: 100_000, fb: { privateScore: 9 } }),
        // The freelancer rating the bad client well must not change their own score.
        feedback('j-bad', 'j-f', 'j-c2', daysAgo(59), { stars: 5, privateScore: 10 }),
      ]);
      const res = await w.call('GET', '/v1/accounts/j-f/jss?explain=true');
      expect(res.status).toBe(200);
      const good = weight(50_000) + weight(100_000);
      const bad = weight(30_000);
      const expected = Math.round((100 * (good - bad)) / (good + bad));
      expect(res.body.windows['24m']).toBe(expected);
      expect(res.body.windows['12m']).toBe(expected);
      expect(res.body.windows['6m']).toBe(expected);
      // Trending = (6-month + 3-month) / 2; the 3-month window holds only the last two contracts.
      const recent = Math.round((100 * (weight(100_000) - weight(30_000))) / (weight(100_000) + weight(30_000)));
      expect(res.body.windows.trending).toBe(Math.round((expected + recent) / 2));
      // The best window is shown; on a tie the longest one.
      expect(res.body.score).toBe(Math.max(expected, res.body.windows.trending));
      expect(res.body.window).toBe(expected >= res.body.windows.trending ? '24m' : 'trending');
      const byId = Object.fromEntries(res.body.contributions.map((c: any) => [c.contractId, c]));
      expect(byId['j-nowork']).toMatchObject({ outcome: 'neutral', counted: false, effect: 0 });
      expect(byId['j-bad'].outcome).toBe('bad');
      expect(byId['j-bad'].effect).toBeLessThan(0);
      expect(byId['j-private']).toMatchObject({ outcome: 'good', reason: 'feedback_high' });
      // Which contracts moved it: the effects add up to the (unclamped) shown score.
      const sum = res.body.contributions.reduce((s: number, c: any) => s + c.effect, 0);
      expect(Math.round(sum)).toBe(res.body.score);
      expect(res.body.movedBy.map((m: any) => m.contractId).sort()).toEqual(['j-bad', 'j-good', 'j-private']);
      // Recomputed on each relevant event: history has snapshots caused by the events.
      expect(res.body.history.length).toBeGreaterThan(1);
      expect(res.body.history[0].score).toBe(res.body.score);
      expect(res.body.history.map((h: any) => h.cause)).toContain('feedback.left');
    });

    it('excludes feedback from a client later suspended for abuse', async () => {
      if (!(await hasTable(w, 'enforcement_actions'))) return;
      await send(w, [
        reg('x-f', 'freelancer', daysAgo(500)),
        ...contract('x-good1', 'x-c1', 'x-f', { start: 200, end: 150, paidCents: 50_000, fb: { stars: 5, privateScore: 10 } }),
        ...contract('x-good2', 'x-c3', 'x-f', { start: 120, end: 100, paidCents: 50_000, fb: { stars: 5, privateScore: 9 } }),
        ...contract('x-bad', 'x-c2', 'x-f', { start: 100, end: 60, paidCents: 30_000, fb: { stars: 1, privateScore: 0 } }),
      ]);
      const before = (await w.call('GET', '/v1/accounts/x-f/jss')).body;
      expect(before.score).toBeLessThan(100);
      await suspend(w, 'x-c2');
      const after = (await w.call('GET', '/v1/accounts/x-f/jss?explain=true')).body;
      expect(after.score).toBe(100);
      expect(after.contributions.find((c: any) => c.contractId === 'x-bad')).toMatchObject({ outcome: 'excluded', reason: 'client_suspended_for_abuse' });
    });
  });

  describe('badges', () => {
    it('awards Rising Talent to a verified newcomer and removes it for 6 months after confirmed off-platform payment', async () => {
      await send(w, [
        reg('rt-f', 'freelancer', daysAgo(60)),
        verifiedIdentity('rt-f', daysAgo(59)),
        profile('rt-f', daysAgo(58), { title: 'Copywriter', overview: 'Clear copy', skills: ['copywriting'], complete: true }),
        ...contract('rt-1', 'rt-c', 'rt-f', { start: 30, end: 10, paidCents: 40_000, fb: { stars: 5, privateScore: 10 } }),
      ]);
      const before = (await w.call('GET', '/v1/accounts/rt-f/trust')).body;
      expect(before.freelancer.jss.score).toBeNull();
      expect(before.freelancer.badges.awarded).toEqual(['rising_talent']);
      expect(before.freelancer.badges.history[0]).toMatchObject({ badge: 'rising_talent', change: 'awarded' });

      const confirmedAt = new Date();
      await withTransaction(w.ctx.db, (tx) =>
        w.ctx.trust.recordCircumvention(tx, { accountId: 'rt-f', kind: 'payment_outside', confirmedAt, reference: 'case-1' }),
      );
      const after = (await w.call('GET', '/v1/accounts/rt-f/trust')).body;
      expect(after.freelancer.badges.awarded).toEqual([]);
      const until = new Date(after.freelancer.badges.circumventionRemovalUntil);
      const months = (until.getUTCFullYear() - confirmedAt.getUTCFullYear()) * 12 + until.getUTCMonth() - confirmedAt.getUTCMonth();
      expect(months).toBe(6);
      expect(after.freelancer.badges.history[0]).toMatchObject({ badge: 'rising_talent', change: 'removed', cause: 'circumvention.payment_outside' });
      expect(after.freelancer.badges.history[0].until).toBe(until.toISOString());
      expect(after.freelancer.trust.level).toBe('low');
      // Seven months on, the removal is over.
      const later = new Date(confirmedAt.getTime() + 214 * 86_400_000).toISOString();
      const back = (await w.call('GET', `/v1/accounts/rt-f/trust?asOf=${later}`)).body;
      expect(back.freelancer.badges.circumventionRemovalUntil).toBeNull();
    });

    it('removes badges for contact sharing only when repeated', async () => {
      await send(w, [
        reg('cs-f', 'freelancer', daysAgo(60)),
        verifiedIdentity('cs-f', daysAgo(59)),
        profile('cs-f', daysAgo(58), { title: 'Translator', skills: ['spanish'], complete: true }),
        ...contract('cs-1', 'cs-c', 'cs-f', { start: 30, end: 10, paidCents: 20_000 }),
      ]);
      await withTransaction(w.ctx.db, (tx) =>
        w.ctx.trust.recordCircumvention(tx, { accountId: 'cs-f', kind: 'contact_sharing', confirmedAt: new Date(daysAgo(5)) }),
      );
      expect((await w.call('GET', '/v1/accounts/cs-f/trust')).body.freelancer.badges.awarded).toEqual(['rising_talent']);
      await withTransaction(w.ctx.db, (tx) =>
        w.ctx.trust.recordCircumvention(tx, { accountId: 'cs-f', kind: 'contact_sharing', confirmedAt: new Date(daysAgo(1)) }),
      );
      expect((await w.call('GET', '/v1/accounts/cs-f/trust')).body.freelancer.badges.awarded).toEqual([]);
    });

    it('awards Top Rated and Top Rated Plus on a long good record, and says what is missing when the first contract is too recent', async () => {
      await send(w, [
        reg('tr-f', 'freelancer', daysAgo(700)),
        verifiedIdentity('tr-f', daysAgo(699)),
        profile('tr-f', daysAgo(698), { title: 'Data engineer', overview: 'Pipelines', skills: ['python', 'sql'], complete: true }),
        ...contract('tr-1', 'tr-c1', 'tr-f', { start: 300, end: 200, paidCents: 200_000, fb: { stars: 5, privateScore: 10 } }),
        ...contract('tr-2', 'tr-c2', 'tr-f', { start: 250, end: 180, paidCents: 150_000, fb: { stars: 5, privateScore: 10 } }),
        // A large contract ($12,000 ≥ the $10,000 default threshold).
        ...contract('tr-3', 'tr-c3', 'tr-f', { start: 240, end: 150, paidCents: 1_200_000, fb: { stars: 5, privateScore: 9 } }),
      ]);
      const tr = (await w.call('GET', '/v1/accounts/tr-f/trust')).body.freelancer;
      expect(tr.jss.score).toBe(100);
      expect(tr.badges.awarded).toEqual(['top_rated', 'top_rated_plus']);
      expect(tr.badges.decisions.top_rated.reasons.find((r: any) => r.criterion === 'weeks_at_jss_bar').value).toBe(16);
      // The screening context reads what was stored on the events.
      expect(await w.ctx.trust.trustFactsFor(w.ctx.db, 'tr-f')).toEqual({
        trustedClient: false,
        enterprise: false,
        activeStrikes: 0,
        suspended: false,
        jss: 100,
        badges: ['top_rated', 'top_rated_plus'],
        offPlatformAsksDeclined: 0,
      });

      await send(w, [
        reg('tn-f', 'freelancer', daysAgo(700)),
        verifiedIdentity('tn-f', daysAgo(699)),
        profile('tn-f', daysAgo(698), { title: 'Data engineer', complete: true }),
        ...contract('tn-1', 'tn-c1', 'tn-f', { start: 80, end: 40, paidCents: 200_000, fb: { stars: 5, privateScore: 10 } }),
        ...contract('tn-2', 'tn-c2', 'tn-f', { start: 70, end: 30, paidCents: 150_000, fb: { stars: 5, privateScore: 10 } }),
      ]);
      const tn = (await w.call('GET', '/v1/accounts/tn-f/trust')).body.freelancer;
      expect(tn.jss.score).toBe(100);
      expect(tn.badges.awarded).toEqual([]);
      const unmet = tn.badges.decisions.top_rated.reasons.filter((r: any) => !r.met).map((r: any) => r.criterion);
      expect(unmet).toContain('days_since_first_contract');
      expect(unmet).not.toContain('jss');
    });

    it('withholds Top Rated until the JSS has met the bar in 13 of the last 16 weeks', async () => {
      await send(w, [
        reg('tw-f', 'freelancer', daysAgo(400)),
        verifiedIdentity('tw-f', daysAgo(399)),
        profile('tw-f', daysAgo(398), { title: 'Illustrator', complete: true }),
        // Long-running contracts that ended (with great feedback) only seven weeks ago.
        ...contract('tw-1', 'tw-c1', 'tw-f', { start: 200, end: 49, paidCents: 50_000, fb: { stars: 5, privateScore: 10 } }),
        ...contract('tw-2', 'tw-c2', 'tw-f', { start: 190, end: 49, paidCents: 50_000, fb: { stars: 5, privateScore: 10 } }),
      ]);
      const tw = (await w.call('GET', '/v1/accounts/tw-f/trust')).body.freelancer;
      expect(tw.jss.score).toBe(100);
      const weeks = tw.badges.decisions.top_rated.reasons.find((r: any) => r.criterion === 'weeks_at_jss_bar');
      expect(weeks).toMatchObject({ met: false, value: 7, required: 13 });
      expect(tw.badges.decisions.top_rated.reasons.filter((r: any) => !r.met).map((r: any) => r.criterion)).toEqual(['weeks_at_jss_bar']);
      expect(tw.badges.awarded).toEqual([]);
      // Six weeks later the bar has been met for 13 weeks.
      const later = new Date(Date.now() + 42 * 86_400_000).toISOString();
      expect((await w.call('GET', `/v1/accounts/tw-f/trust?asOf=${later}`)).body.freelancer.badges.awarded).toEqual(['top_rated']);
    });

    it('lets a reviewer set Expert-Vetted, and no one with read scope only', async () => {
      await send(w, [reg('ev-f', 'freelancer', daysAgo(100))]);
      const reader = await w.call('POST', '/v1/admin/keys', { name: 'reader', scopes: ['read'] });
      const denied = await w.call('POST', '/v1/accounts/ev-f/badges/expert-vetted', { vetted: true }, reader.body.key);
      expect(denied.status).toBe(403);
      const ok = await w.call('POST', '/v1/accounts/ev-f/badges/expert-vetted', { vetted: true, note: 'passed the test project' });
      expect(ok.status).toBe(200);
      expect(ok.body.badge.awarded).toBe(true);
      const trust = (await w.call('GET', '/v1/accounts/ev-f/trust')).body.freelancer;
      expect(trust.badges.awarded).toContain('expert_vetted');
      expect(trust.badges.history[0]).toMatchObject({ badge: 'expert_vetted', change: 'awarded', cause: 'expert_vetted.set' });
      expect((await w.call('POST', '/v1/accounts/nobody/badges/expert-vetted', { vetted: true })).status).toBe(404);
    });
  });

  describe('client trust, invitations and interview policy', () => {
    /** A client with five well-rated completed contracts: trusted by the default rule. */
    const trustedClientHistory = (c: string) => {
      const evs: unknown[] = [reg(c, 'client', daysAgo(400)), verifiedPayment(c, daysAgo(399))];
      for (let i = 0; i < 5; i++) {
        const id = `${c}-k${i}`;
        const f = `${c}-f${i}`;
        evs.push(...contract(id, c, f, { start: 300 - i * 20, end: 250 - i * 20, paidCents: 60_000, fb: { stars: 5, privateScore: 10 } }));
        evs.push(feedback(id, f, c, daysAgo(249 - i * 20), { stars: 4.5 }));
      }
      return evs;
    };

    it('flags and deprioritises invitations from an unverified client, and not from a trusted one', async () => {
      await send(w, [reg('iv-new', 'client', daysAgo(3)), reg('iv-f', 'freelancer', daysAgo(300)), ...trustedClientHistory('iv-old')]);
      const [flagged] = await send(w, [event('invite.sent', 'iv-new', { inviteId: 'inv-1', jobId: 'iv-job', freelancerId: 'iv-f' }, { at: daysAgo(0) })]);
      expect(flagged.result.invitation).toMatchObject({ flagged: true, priority: 'low' });
      expect(flagged.result.invitation.reasons.map((r: any) => r.code)).toEqual(['payment_method_unverified', 'client_risk_high']);
      const [fine] = await send(w, [event('invite.sent', 'iv-old', { inviteId: 'inv-2', jobId: 'iv-job2', freelancerId: 'iv-f' }, { at: daysAgo(0) })]);
      expect(fine.result.invitation.flagged).toBe(false);
      expect(fine.result.invitation.priority).not.toBe('low');

      const client = (await w.call('GET', '/v1/accounts/iv-old/trust')).body.client;
      expect(client.trustedClient).toBe(true);
      expect(client.facts.map((f: any) => f.code)).toEqual(expect.arrayContaining(['payment_method', 'total_spent', 'rating_received']));
      const newClient = (await w.call('GET', '/v1/accounts/iv-new/trust')).body.client;
      expect(newClient.level).toBe('low');
    });

    it('requires on-platform interviews for risky posts and exempts enterprise and trusted clients', async () => {
      await send(w, [
        reg('ip-new', 'client', daysAgo(2)),
        reg('ip-ent', 'client', daysAgo(200), { plan: 'enterprise' }),
        verifiedPayment('ip-ent', daysAgo(199)),
        reg('ip-mid', 'client', daysAgo(200)),
        verifiedPayment('ip-mid', daysAgo(199)),
        ...trustedClientHistory('ip-trusted'),
      ]);
      const post = (client: string, jobId: string, budgetCents: number) =>
        event('job.posted', client, { jobId, title: 'Build a shop', description: 'An online shop', budgetCents, kind: 'fixed' }, { at: daysAgo(0) });
      const [risky, ent, mid, trusted, big] = await send(w, [
        post('ip-new', 'job-risky', 50_000),
        post('ip-ent', 'job-ent', 50_000),
        post('ip-mid', 'job-mid', 50_000),
        post('ip-trusted', 'job-trusted', 900_000),
        post('ip-mid', 'job-big', 900_000),
      ]);
      expect(risky.result.interviewPolicy.policy).toBe('on_platform_required');
      expect(risky.result.interviewPolicy.reasons.map((r: any) => r.code)).toEqual(['new_client', 'payment_method_unverified']);
      expect(ent.result.interviewPolicy.policy).toBe('exempt');
      expect(mid.result.interviewPolicy.policy).toBe('recommended');
      expect(trusted.result.interviewPolicy).toMatchObject({ policy: 'exempt' });
      expect(trusted.result.interviewPolicy.reasons.map((r: any) => r.code)).toContain('trusted_client');
      expect(big.result.interviewPolicy.reasons.map((r: any) => r.code)).toEqual(['high_budget']);

      const stored = await w.call('GET', '/v1/jobs/job-risky/interview-policy');
      expect(stored.status).toBe(200);
      expect(stored.body).toMatchObject({ jobId: 'job-risky', clientId: 'ip-new', policy: 'on_platform_required', riskPoints: 3, requiredAtPoints: 2 });
      expect((await w.call('GET', '/v1/jobs/no-such-job/interview-policy')).status).toBe(404);
      expect((await w.ctx.trust.interviewPolicyForJob(w.ctx.db, 'job-ent'))?.policy).toBe('exempt');
      expect(await w.ctx.trust.trustFactsFor(w.ctx.db, 'ip-ent')).toMatchObject({ trustedClient: false, enterprise: true, jss: null, badges: [] });
      expect(await w.ctx.trust.trustFactsFor(w.ctx.db, 'ip-trusted')).toMatchObject({ trustedClient: true, enterprise: false });
    });
  });

  describe('payment hold length', () => {
    it('is shorter for a long-standing pair, standard for a new one, longer after a chargeback', async () => {
      await send(w, [
        reg('h-c', 'client', daysAgo(600)),
        verifiedPayment('h-c', daysAgo(599)),
        reg('h-f', 'freelancer', daysAgo(600)),
        reg('h-f2', 'freelancer', daysAgo(600)),
        ...contract('h-long', 'h-c', 'h-f', { start: 250, paidCents: 600_000 }),
        ...contract('h-new', 'h-c', 'h-f2', { start: 20, paidCents: 600_000 }),
      ]);
      const long = await w.call('GET', `/v1/contracts/h-long/hold?paymentAt=${encodeURIComponent(daysAgo(0))}`);
      expect(long.status).toBe(200);
      expect(long.body).toMatchObject({ days: 2, tier: 'trusted_pair', clientId: 'h-c', freelancerId: 'h-f' });
      expect(long.body.reasons.map((r: any) => r.code)).toEqual(['long_relationship', 'paid_between', 'no_disputes']);
      expect(new Date(long.body.availableAt).getTime() - new Date(daysAgo(0)).getTime()).toBeCloseTo(2 * 86_400_000, -5);
      const fresh = (await w.call('GET', '/v1/contracts/h-new/hold')).body;
      expect(fresh).toMatchObject({ days: 5, tier: 'default' });
      expect(fresh.reasons[0].text).toContain('6 months');

      await send(w, [event('chargeback.received', 'h-c', { contractId: 'h-long', amountCents: 10_000 }, { at: daysAgo(3) })]);
      const risky = (await w.call('GET', '/v1/contracts/h-long/hold')).body;
      expect(risky).toMatchObject({ days: 10, tier: 'risky' });
      expect(risky.reasons.map((r: any) => r.code)).toEqual(['recent_chargeback']);
      // As of before the chargeback, the pair was still trusted.
      expect((await w.call('GET', `/v1/contracts/h-long/hold?asOf=${encodeURIComponent(daysAgo(4))}`)).body.tier).toBe('trusted_pair');
      expect((await w.call('GET', '/v1/contracts/nope/hold')).status).toBe(404);
    });

    it('stays standard for a long-standing pair that had a dispute', async () => {
      await send(w, [
        reg('hd-c', 'client', daysAgo(600)),
        verifiedPayment('hd-c', daysAgo(599)),
        ...contract('hd-long', 'hd-c', 'hd-f', { start: 300, paidCents: 700_000 }),
        ...contract('hd-disputed', 'hd-c', 'hd-f', { start: 200, end: 150, paidCents: 20_000, reason: 'dispute' }),
      ]);
      const res = (await w.call('GET', '/v1/contracts/hd-long/hold')).body;
      expect(res).toMatchObject({ days: 5, tier: 'default' });
      expect(res.reasons[0].text).toContain('no disputes');
      expect(res.reasons[0].text).not.toContain('6 months');
    });

    it('is long for a new client', async () => {
      await send(w, [
        reg('hn-c', 'client', daysAgo(5)),
        verifiedPayment('hn-c', daysAgo(5)),
        ...contract('hn-1', 'hn-c', 'hn-f', { start: 4, paidCents: 10_000 }),
      ]);
      const res = (await w.call('GET', '/v1/contracts/hn-1/hold')).body;
      expect(res).toMatchObject({ days: 10, tier: 'risky' });
      expect(res.reasons.map((r: any) => r.code)).toEqual(['new_client']);
    });
  });

  it('the sweep recomputes every freelancer and only records changes', async () => {
    await send(w, [reg('sw-f', 'freelancer', daysAgo(100)), ...contract('sw-1', 'sw-c', 'sw-f', { start: 50, end: 20, paidCents: 10_000 })]);
    const first = await w.ctx.trust.recomputeTrust(w.ctx.db, new Date(), { concurrency: 3 });
    expect(first.accounts).toBeGreaterThanOrEqual(1);
    expect(first.failed).toEqual([]);
    const again = await w.ctx.trust.recomputeTrust(w.ctx.db, new Date());
    expect(again.jssChanged).toBe(0);
    expect(again.badgeChanges).toBe(0);
  });
});
