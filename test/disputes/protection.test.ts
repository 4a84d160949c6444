// Payment protection through the HTTP API on PGlite and PostgreSQL: every rule of
// GET /v1/contracts/{id}/protection (hourly: verified billing, verified identity, weekly limit,
// tracked time; fixed: funded before work, submitted through the platform), what breaks it
// (confirmed payment outside the platform between the two parties, and only between them),
// and the security hold of a bonus.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { event } from '../helpers/events.ts';
import { backends, type TestWarden } from '../helpers/warden.ts';
import { daysAgo, send, startTrustWarden } from '../trust/harness.ts';

const reg = (id: string, role: 'client' | 'freelancer', at = daysAgo(400)) => event('user.registered', id, { role }, { at });
const verifiedPayment = (id: string) => event('payment.method_verified', id, {}, { at: daysAgo(399) });
const verifiedIdentity = (id: string) => event('verification.completed', id, { kind: 'identity', result: 'approved' }, { at: daysAgo(399) });
const hourly = (contractId: string, clientId: string, freelancerId: string, terms: Record<string, unknown> = { weeklyLimitHours: 30 }) =>
  event('contract.started', clientId, { contractId, clientId, freelancerId, kind: 'hourly', ...terms }, { at: daysAgo(60) });
const fixed = (contractId: string, clientId: string, freelancerId: string, at = daysAgo(60)) =>
  event('contract.started', clientId, { contractId, clientId, freelancerId, kind: 'fixed', amountCents: 200_000 }, { at });
const hours = (contractId: string, freelancerId: string, weekStart: string, n: number, source?: 'tracker' | 'manual') =>
  event(
    'hours.logged',
    freelancerId,
    { contractId, hours: n, amountCents: n * 5_000, weekStart, ...(source ? { source } : {}) },
    { at: `${weekStart}T20:00:00Z` },
  );
const funded = (contractId: string, clientId: string, milestoneId: string, at: string, cents = 50_000) =>
  event('escrow.funded', clientId, { contractId, milestoneId, amountCents: cents }, { at });
const submitted = (contractId: string, freelancerId: string, milestoneId: string, at: string, extra: Record<string, unknown> = {}) =>
  event('milestone.submitted', freelancerId, { contractId, milestoneId, ...extra }, { at });

const rule = (rules: { rule: string; met: boolean; text: string }[], name: string) => rules.find((r) => r.rule === name);

describe.each(await backends())('payment protection on %s', (backend) => {
  let w: TestWarden;
  beforeAll(async () => {
    w = await startTrustWarden(backend);
    // The first screened event loads the detection models: pay that here, not in a test's budget.
    await send(w, [event('message.sent', 'warm-up', { messageId: 'warm-up', recipientId: 'warm-up-2', text: 'hello' })]);
  }, 120_000);
  afterAll(async () => w?.close());

  it('covers tracked hours within the weekly limit, and says why the rest is not covered', async () => {
    await send(w, [
      reg('ph-c', 'client'),
      reg('ph-f', 'freelancer'),
      verifiedPayment('ph-c'),
      verifiedIdentity('ph-f'),
      hourly('ph-k', 'ph-c', 'ph-f', { weeklyLimitHours: 30, manualTimeAllowed: false }),
      hours('ph-k', 'ph-f', '2026-10-05', 25, 'tracker'),
      hours('ph-k', 'ph-f', '2026-10-12', 28, 'tracker'),
      hours('ph-k', 'ph-f', '2026-10-12', 4, 'manual'),
      hours('ph-k', 'ph-f', '2026-10-19', 10),
      hours('ph-k', 'ph-f', '2026-10-26', 35, 'tracker'),
    ]);
    const res = await w.call('GET', '/v1/contracts/ph-k/protection');
    expect(res.status).toBe(200);
    const p = res.body;
    expect(p).toMatchObject({ contractId: 'ph-k', clientId: 'ph-c', freelancerId: 'ph-f', kind: 'hourly', eligible: true, breaks: [] });
    expect(p.rules.map((r: any) => [r.rule, r.met])).toEqual([
      ['client_payment_verified', true],
      ['freelancer_identity_verified', true],
      ['weekly_limit_set', true],
    ]);
    const week = (d: string) => p.weeks.find((x: any) => x.weekStart === d);
    expect(week('2026-10-05')).toMatchObject({ protectedHours: 25, unprotectedHours: 0, coverage: 'full' });
    // Manual time is never covered; it is the tracker rule's, never counted as hours over the limit.
    const w2 = week('2026-10-12');
    expect(w2).toMatchObject({ hours: { tracked: 28, manual: 4, total: 32 }, protectedHours: 28, unprotectedHours: 4, coverage: 'partial' });
    expect(rule(w2.rules, 'tracked_time')).toMatchObject({
      met: false,
      text: '4 h were added manually and are not covered (the contract does not allow manual time).',
    });
    expect(rule(w2.rules, 'within_weekly_limit')).toMatchObject({
      met: true,
      text: '28 h tracked within the weekly limit of 30 h (the 4 h not tracked are not covered: see tracked time).',
    });
    // Hours sent without saying how they were logged cannot be shown to be tracked.
    expect(week('2026-10-19')).toMatchObject({ protectedHours: 0, coverage: 'none' });
    expect(rule(week('2026-10-19').rules, 'tracked_time')?.text).toBe('10 h were not reported as tracked and are not covered.');
    // Tracked time beyond the limit: the limit is covered, the rest is not.
    expect(week('2026-10-26')).toMatchObject({ protectedHours: 30, unprotectedHours: 5, coverage: 'partial' });
    expect(p.summary).toBe('Protected: 83 h of 102 h logged are covered (tracked time within the weekly limit).');
  });

  it('needs a verified client billing method, a verified freelancer and a weekly limit', async () => {
    await send(w, [reg('pu-c', 'client'), reg('pu-f', 'freelancer'), hourly('pu-k', 'pu-c', 'pu-f', {}), hours('pu-k', 'pu-f', '2026-10-05', 10, 'tracker')]);
    const p = (await w.call('GET', '/v1/contracts/pu-k/protection')).body;
    expect(p.eligible).toBe(false);
    expect(p.rules.filter((r: any) => !r.met).map((r: any) => r.rule)).toEqual(['client_payment_verified', 'freelancer_identity_verified', 'weekly_limit_set']);
    expect(p.weeks[0]).toMatchObject({ protectedHours: 0, coverage: 'none' });
    expect(p.summary).toMatch(/^Not protected: the client's billing method is not verified; /);
    // Verification later, and the limit sent again, make the same contract eligible.
    await send(w, [
      event('payment.method_verified', 'pu-c', {}),
      event('verification.completed', 'pu-f', { kind: 'identity', result: 'approved' }),
      event(
        'contract.started',
        'pu-c',
        { contractId: 'pu-k', clientId: 'pu-c', freelancerId: 'pu-f', kind: 'hourly', weeklyLimitHours: 20 },
        { at: daysAgo(60) },
      ),
    ]);
    const now = (await w.call('GET', '/v1/contracts/pu-k/protection')).body;
    expect(now.eligible).toBe(true);
    expect(now.weeks[0]).toMatchObject({ protectedHours: 10, coverage: 'full', limitHours: 20 });
  });

  it('protects a milestone funded before work and submitted through the platform, and no other', async () => {
    await send(w, [
      reg('pf-c', 'client'),
      reg('pf-f', 'freelancer'),
      fixed('pf-k', 'pf-c', 'pf-f'),
      // m1: funded, then work, then submitted through the platform.
      funded('pf-k', 'pf-c', 'm1', daysAgo(50)),
      submitted('pf-k', 'pf-f', 'm1', daysAgo(40), { workStartedAt: daysAgo(49) }),
      // m2: work started before the money was in escrow.
      funded('pf-k', 'pf-c', 'm2', daysAgo(30)),
      submitted('pf-k', 'pf-f', 'm2', daysAgo(20), { workStartedAt: daysAgo(35) }),
      // m3: funded, not submitted yet.
      funded('pf-k', 'pf-c', 'm3', daysAgo(10)),
      // m4: funded first, but delivered outside the platform.
      funded('pf-k', 'pf-c', 'm4', daysAgo(9)),
      submitted('pf-k', 'pf-f', 'm4', daysAgo(5), { submittedVia: 'outside' }),
      // m5: submitted without a reported work start, before it was funded.
      submitted('pf-k', 'pf-f', 'm5', daysAgo(8)),
      funded('pf-k', 'pf-c', 'm5', daysAgo(4)),
    ]);
    const p = (await w.call('GET', '/v1/contracts/pf-k/protection')).body;
    expect(p).toMatchObject({ kind: 'fixed', eligible: true, breaks: [] });
    expect(rule(p.rules, 'escrow_funded')?.met).toBe(true);
    const m = Object.fromEntries(p.milestones.map((x: any) => [x.milestoneId, x]));
    expect(m.m1.coverage).toBe('protected');
    expect(m.m1.rules.map((r: any) => r.met)).toEqual([true, true]);
    expect(m.m2.coverage).toBe('none');
    expect(rule(m.m2.rules, 'funded_before_work')).toMatchObject({
      met: false,
      text: expect.stringMatching(/^Work started on .* before the milestone was funded/),
    });
    expect(m.m3.coverage).toBe('pending');
    expect(m.m4.coverage).toBe('none');
    expect(rule(m.m4.rules, 'submitted_through_platform')).toMatchObject({ met: false, text: 'The work was delivered outside the platform.' });
    expect(m.m5.coverage).toBe('none');
    expect(rule(m.m5.rules, 'funded_before_work')?.text).toMatch(/^The work was submitted on .* before the milestone was funded/);
    expect(p.summary).toBe('Protected: 1 of 5 milestones covered, 1 covered once submitted through the platform.');
    // As of before any funding, nothing was protected yet.
    const early = (await w.call('GET', `/v1/contracts/pf-k/protection?asOf=${encodeURIComponent(daysAgo(55))}`)).body;
    expect(early.eligible).toBe(false);
    expect(rule(early.rules, 'escrow_funded')?.met).toBe(false);
  });

  it('is broken by a confirmed payment outside the platform between the two, and only between them', async () => {
    await send(w, [
      reg('pb-c', 'client'),
      reg('pb-c2', 'client'),
      reg('pb-f', 'freelancer'),
      verifiedPayment('pb-c'),
      verifiedPayment('pb-c2'),
      verifiedIdentity('pb-f'),
    ]);
    const msg = await w.call(
      'POST',
      '/v1/events',
      event('message.sent', 'pb-f', { messageId: 'pb-m1', recipientId: 'pb-c', text: 'pay me via paypal instead, my paypal is pay.me@example.com' }),
    );
    const caseId = msg.body.decision.effects.find((e: any) => e.kind === 'case')?.detail.caseId;
    expect(caseId).toBeTruthy();
    await send(w, [
      hourly('pb-k', 'pb-c', 'pb-f'),
      hourly('pb-k2', 'pb-c2', 'pb-f'),
      hours('pb-k', 'pb-f', '2026-10-05', 10, 'tracker'),
      hours('pb-k2', 'pb-f', '2026-10-05', 10, 'tracker'),
    ]);
    expect((await w.call('GET', '/v1/contracts/pb-k/protection')).body.eligible).toBe(true);
    // A reviewer confirms it: a warning on the contact-sharing case records the finding.
    const resolved = await w.call('POST', `/v1/cases/${caseId}/resolve`, {
      resolution: 'action',
      action: { type: 'warning' },
      reason: 'asked to be paid by PayPal',
    });
    expect(resolved.status).toBe(200);
    const p = (await w.call('GET', '/v1/contracts/pb-k/protection')).body;
    expect(p.eligible).toBe(false);
    expect(p.breaks).toEqual([
      { code: 'off_platform_payment', text: expect.stringMatching(/^A payment outside the platform between you was confirmed on /), at: expect.any(String) },
    ]);
    expect(p.weeks[0]).toMatchObject({ protectedHours: 0, coverage: 'none' });
    expect(p.summary).toMatch(/^Not protected: confirmed activity outside the platform/);
    // The same freelancer's contract with another client keeps its protection.
    const other = (await w.call('GET', '/v1/contracts/pb-k2/protection')).body;
    expect(other).toMatchObject({ eligible: true, breaks: [] });
    // As of before the confirmation it was protected.
    expect((await w.call('GET', `/v1/contracts/pb-k/protection?asOf=${encodeURIComponent(daysAgo(1))}`)).body.eligible).toBe(true);
  });

  it('judges ?asOf= with the verifications as they stood then, not today', async () => {
    await send(w, [
      reg('pv-c', 'client'),
      reg('pv-f', 'freelancer'),
      // Billing verified 30 days ago; identity approved 20 days ago, rejected 10 days ago, approved again 2 days ago.
      event('payment.method_verified', 'pv-c', {}, { at: daysAgo(30) }),
      event('verification.completed', 'pv-f', { kind: 'identity', result: 'approved' }, { at: daysAgo(20) }),
      event('verification.completed', 'pv-f', { kind: 'identity', result: 'rejected' }, { at: daysAgo(10) }),
      event('verification.completed', 'pv-f', { kind: 'identity', result: 'approved' }, { at: daysAgo(2) }),
      hourly('pv-k', 'pv-c', 'pv-f'),
      hours('pv-k', 'pv-f', '2026-10-05', 10, 'tracker'),
    ]);
    const at = async (days: number) => {
      const r = await w.call('GET', `/v1/contracts/pv-k/protection?asOf=${encodeURIComponent(daysAgo(days))}`);
      expect(r.status).toBe(200);
      return Object.fromEntries(r.body.rules.map((x: any) => [x.rule, x.met]));
    };
    expect((await w.call('GET', '/v1/contracts/pv-k/protection')).body.eligible).toBe(true);
    expect(await at(40)).toMatchObject({ client_payment_verified: false, freelancer_identity_verified: false });
    expect(await at(25)).toMatchObject({ client_payment_verified: true, freelancer_identity_verified: false });
    expect(await at(15)).toMatchObject({ client_payment_verified: true, freelancer_identity_verified: true });
    expect(await at(5)).toMatchObject({ client_payment_verified: true, freelancer_identity_verified: false });
    expect(await at(1)).toMatchObject({ client_payment_verified: true, freelancer_identity_verified: true });
  });

  it('answers problem+json for an unknown contract and a bad asOf', async () => {
    const missing = await w.call('GET', '/v1/contracts/nope/protection');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(missing.body.code).toBe('NotFound');
    const bad = await w.call('GET', '/v1/contracts/ph-k/protection?asOf=yesterday');
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('ValidationFailed');
    expect(bad.body.invalidParams[0].pointer).toMatch(/asOf/);
    const badEvent = await w.call('POST', '/v1/events', hours('ph-k', 'ph-f', '2026-10-05', 1, 'stopwatch' as 'tracker'));
    expect(badEvent.status).toBe(400);
    expect(badEvent.body.invalidParams[0].pointer).toBe('/data/source');
  });

  describe('security hold of a bonus', () => {
    it('gives a trusted pair its short period for a bonus too, and says it is a bonus', async () => {
      await send(w, [
        reg('hb-c', 'client', daysAgo(900)),
        reg('hb-f', 'freelancer', daysAgo(900)),
        verifiedPayment('hb-c'),
        fixed('hb-k', 'hb-c', 'hb-f', daysAgo(400)),
        event('milestone.released', 'hb-c', { contractId: 'hb-k', amountCents: 600_000 }, { at: daysAgo(300) }),
      ]);
      const res = await w.call('GET', '/v1/contracts/hb-k/hold?payment=bonus');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ days: 2, tier: 'trusted_pair', paymentKind: 'bonus' });
      expect(res.body.reasons.map((r: any) => r.code)).toEqual(['long_relationship', 'paid_between', 'no_disputes', 'bonus']);
      expect((await w.call('GET', '/v1/contracts/hb-k/hold')).body).toMatchObject({ days: 2, paymentKind: 'milestone' });
    });

    it('holds a bonus from a client who never paid for work for the long period', async () => {
      await send(w, [reg('hn-c', 'client', daysAgo(900)), reg('hn-f', 'freelancer'), verifiedPayment('hn-c'), fixed('hn-k', 'hn-c', 'hn-f', daysAgo(3))]);
      const bonus = (await w.call('GET', '/v1/contracts/hn-k/hold?payment=bonus')).body;
      expect(bonus).toMatchObject({ days: 10, tier: 'risky' });
      expect(bonus.reasons.map((r: any) => r.code)).toEqual(['bonus_without_work']);
      const work = (await w.call('GET', '/v1/contracts/hn-k/hold')).body;
      expect(work).toMatchObject({ days: 5, tier: 'default' });
      const bad = await w.call('GET', '/v1/contracts/hn-k/hold?payment=gift');
      expect(bad.status).toBe(400);
      expect(bad.body.invalidParams[0].pointer).toMatch(/payment/);
    });
  });
});
