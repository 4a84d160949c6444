// Violations climbing the ladder with their notices, the two guardrails, an appeal
// overturned with everything restored, and the standing page — on both backends.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Violation } from '../../src/enforce/violations.ts';
import { awardedBadges } from '../../src/trust/facts.ts';
import { startEnforceWarden } from '../helpers/enforce-warden.ts';
import { ev } from '../helpers/events.ts';
import { backends, type TestWarden } from '../helpers/warden.ts';

const strong = [
  { type: 'contact.email', strength: 'strong' },
  { type: 'offplatform.ask', strength: 'strong' },
];
const text = 'Great! Email me at maria.lopez@example.com so we can talk outside.';
const violation = (accountId: string, n: number, extra: Partial<Violation> = {}) => ({
  accountId,
  policy: 'contact_sharing',
  policyVersion: 2,
  severity: 'medium' as const,
  decisionId: `dec-${accountId}-${n}`,
  subject: { type: 'message', id: `msg-${accountId}-${n}`, text },
  evidence: { spans: [{ start: 19, end: 42 }] },
  signals: strong,
  ...extra,
});

describe.each(await backends())('enforcement ladder and appeals (%s)', (backend) => {
  let w: TestWarden;
  beforeAll(async () => {
    // Ladder mechanics one violation at a time: no burst window, no cool-down (fair.test.ts covers those).
    w = await startEnforceWarden(backend, { incidentWindowMinutes: 0, stepCooldownHours: 0 });
    await w.call('POST', '/v1/events', ev.registered('fl-climb', 'freelancer'));
    await w.call('POST', '/v1/events', ev.registered('fl-es', 'freelancer', { country: 'MX' }));
    for (const id of ['fl-app', 'fl-exp', 'fl-late', 'fl-prop', 'fl-stand', 'fl-up', 'fl-vpn', 'fl-clean'])
      await w.call('POST', '/v1/events', ev.registered(id, 'freelancer'));
  });
  afterAll(async () => w?.close());

  it('climbs one step per incident: notification → warning → restriction → payment hold → suspension, and only proposes a permanent suspension', async () => {
    const seen: string[] = [];
    for (let i = 1; i <= 6; i++) {
      const r = await w.ctx.enforcement.recordViolation(w.ctx.db, violation('fl-climb', i));
      expect(r.strikeId).toMatch(/^stk_/);
      seen.push(r.action?.type ?? r.outcome);
      const n = r.notice!;
      expect(n.text).toContain('maria.lopez@example.com');
      expect(n.text).toContain('https://www.example-marketplace.com/legal/policies/contact_sharing');
      expect(n.text).toContain(`${i} active strike`);
      for (const word of ['contact.email', 'score', 'strong']) expect(n.text.toLowerCase()).not.toContain(word);
    }
    // One step per incident, never skipping; the last step is never automatic.
    expect(seen).toEqual(['strike', 'warning', 'restriction', 'payment_hold', 'suspension', 'permanent_suspension']);
    const permanent = await w.ctx.db
      .selectFrom('enforcement_actions')
      .select('status')
      .where('account_id', '=', 'fl-climb')
      .where('type', '=', 'permanent_suspension')
      .execute();
    expect(permanent).toEqual([{ status: 'proposed' }]);
    const standing = await w.call('GET', '/v1/accounts/fl-climb/standing');
    expect(standing.status).toBe(200);
    expect(standing.body.status).toBe('suspended');
    expect(standing.body.strikes.points).toBe(12);
    expect(standing.body.strikes.active).toHaveLength(6);
    expect(standing.body.strikes.active[0].expiresAt).toBeTruthy();
    expect(standing.body.summary).toMatch(/temporary suspension/);
    expect(standing.body.activeActions.map((a: { type: string }) => a.type)).not.toContain('permanent_suspension');
    expect(standing.body.notices).toHaveLength(6);
    const restriction = standing.body.activeActions.find((a: { type: string }) => a.type === 'restriction');
    expect(restriction.feature).toBe('new_conversations');
    expect(new Date(restriction.endsAt).getTime() - new Date(restriction.startsAt).getTime()).toBe(7 * 86_400_000);
  });

  it('writes notices in Spanish for a Spanish-speaking account, and renders any notice in Spanish on request', async () => {
    await w.ctx.enforcement.recordViolation(w.ctx.db, violation('fl-es', 1, { severity: 'low' }));
    const r = await w.ctx.enforcement.recordViolation(w.ctx.db, violation('fl-es', 2, { severity: 'low' }));
    expect(r.notice?.locale).toBe('es');
    expect(r.notice?.subject).toBe('Se ha aplicado una advertencia a tu cuenta');
    expect(r.notice?.text).toContain('Tienes 2 faltas activas (2 puntos)');
    const en = await w.call('GET', '/v1/accounts/fl-es/standing?locale=en');
    expect(en.body.notices[0].subject).toBe('A warning was placed on your account');
  });

  it('a VPN or other weak signal alone only opens a case: no strike, no action, no notice', async () => {
    const r = await w.ctx.enforcement.recordViolation(
      w.ctx.db,
      violation('fl-vpn', 1, {
        severity: 'critical',
        signals: [
          { type: 'account.vpn', strength: 'strong' },
          { type: 'account.datacenter_ip', strength: 'medium' },
          { type: 'contact.phone', strength: 'weak' },
        ],
      }),
    );
    expect(r).toMatchObject({ outcome: 'case_only', guardrail: 'weak_signals' });
    expect(r.strikeId).toBeUndefined();
    expect(r.action).toBeUndefined();
    expect(r.caseId).toBeTruthy();
    const s = await w.call('GET', '/v1/accounts/fl-vpn/standing');
    expect(s.body).toMatchObject({ status: 'good', activeActions: [], notices: [] });
    expect(s.body.strikes.active).toHaveLength(0);
  });

  it('a badge the profile claims but trust did not award is no reputation: enforcement and trust agree on Top Rated', async () => {
    await w.call('POST', '/v1/events', ev.registered('fl-claims', 'freelancer'));
    // The marketplace's profile says "Top Rated"; trust never awarded it.
    await sql`update accounts set profile = profile || '{"badges": ["Top Rated"]}'::jsonb where id = 'fl-claims'`.execute(w.ctx.db);
    const trust = (await w.call('GET', '/v1/accounts/fl-claims/trust')).body;
    expect(trust.freelancer.badges.awarded).not.toContain('top_rated');
    expect(await awardedBadges(w.ctx.db, 'fl-claims')).toEqual([]);
    const results = [];
    for (let i = 1; i <= 4; i++) results.push(await w.ctx.enforcement.recordViolation(w.ctx.db, violation('fl-claims', i)));
    // Not above the reputation bar: the ladder's payment hold applies, as for any account without a badge.
    expect(results[3]?.action).toMatchObject({ type: 'payment_hold', status: 'active' });
    expect(results[3]?.guardrail).toBeUndefined();
  });

  it('never holds or suspends a high-reputation account automatically: proposed, in a high-priority case', async () => {
    await w.call('POST', '/v1/events', ev.registered('cl-big', 'client'));
    await w.call('POST', '/v1/events', ev.registered('fl-top', 'freelancer'));
    await w.call('POST', '/v1/events', ev.contractStarted('ctr-top', 'cl-big', 'fl-top', undefined, 2_000_000));
    await w.call('POST', '/v1/events', ev.released('ctr-top', 'cl-big', 1_500_000));
    const results = [];
    for (let i = 1; i <= 4; i++) results.push(await w.ctx.enforcement.recordViolation(w.ctx.db, violation('fl-top', i)));
    expect(results.map((r) => [r.action?.type, r.action?.status])).toEqual([
      [undefined, undefined],
      ['warning', 'active'],
      ['restriction', 'active'],
      ['payment_hold', 'proposed'],
    ]);
    const held = results[3];
    expect(held.outcome).toBe('proposed');
    expect(held.guardrail).toBe('reputation');
    const kase = await w.ctx.db.selectFrom('cases').selectAll().where('id', '=', held.caseId!).executeTakeFirstOrThrow();
    expect(kase.priority_boost).toBeGreaterThan(0);
    expect(kase.reason).toMatch(/proposed payment_hold/);
    // The user is told about the strike, not about a hold nobody has applied.
    expect(held.notice?.kind).toBe('strike');
    const s = await w.call('GET', '/v1/accounts/fl-top/standing');
    expect(s.body.activeActions.map((a: { type: string }) => a.type).sort()).toEqual(['restriction', 'warning']);
    // A reviewer accepts the proposal through the case.
    await w.ctx.cases.resolveCase(
      w.ctx.db,
      held.caseId!,
      { id: 'rev-1', name: 'Rita' },
      { resolution: 'action', action: { type: 'approve_proposed' }, reason: 'confirmed by hand' },
    );
    const act = await w.call('GET', `/v1/actions/${held.action!.id}`);
    expect(act.body).toMatchObject({ status: 'active', type: 'payment_hold', appliedBy: 'rev-1' });
  });

  it('a policy can turn any action above a warning into a proposal', async () => {
    await w.ctx.enforcement.recordViolation(w.ctx.db, violation('fl-prop', 1));
    await w.ctx.enforcement.recordViolation(w.ctx.db, violation('fl-prop', 2));
    const r = await w.ctx.enforcement.recordViolation(w.ctx.db, violation('fl-prop', 3, { proposeOnly: true }));
    expect(r.action).toMatchObject({ type: 'restriction', status: 'proposed' });
    expect(r.guardrail).toBe('policy');
  });

  it('an appeal overturned lifts the action, removes the strike, restores, notifies and counts a false positive', async () => {
    await w.ctx.enforcement.recordViolation(w.ctx.db, violation('fl-app', 1));
    await w.ctx.enforcement.recordViolation(w.ctx.db, violation('fl-app', 2));
    const r = await w.ctx.enforcement.recordViolation(w.ctx.db, violation('fl-app', 3));
    expect(r.action?.type).toBe('restriction');
    const tooLong = await w.call('POST', '/v1/appeals', { accountId: 'fl-app', actionId: r.action!.id, text: 'x'.repeat(2001) });
    expect(tooLong.status).toBe(400);
    const ap = await w.call('POST', '/v1/appeals', {
      accountId: 'fl-app',
      actionId: r.action!.id,
      text: 'The address was my client’s repository invite, needed to scope the work.',
    });
    expect(ap.status).toBe(201);
    expect(ap.body.caseId).toBeTruthy();
    const kase = await w.ctx.db.selectFrom('cases').selectAll().where('id', '=', ap.body.caseId).executeTakeFirstOrThrow();
    expect(kase).toMatchObject({ queue: 'appeals', source: 'appeal', appeal_id: ap.body.id });
    const again = await w.call('POST', '/v1/appeals', { accountId: 'fl-app', strikeId: r.strikeId, text: 'again' });
    expect(again.status).toBe(409);
    expect(again.body.reason).toBe('already_appealed');

    const decided = await w.call('POST', `/v1/appeals/${ap.body.id}/decide`, {
      outcome: 'overturned',
      reason: 'Sharing an email to give repository access is allowed.',
    });
    expect(decided.status).toBe(200);
    expect(decided.body.appeal.status).toBe('overturned');
    expect(decided.body.notice.kind).toBe('appeal_overturned');
    expect(decided.body.notice.text).toContain('Everything the restriction limited works again');
    const act = await w.call('GET', `/v1/actions/${r.action!.id}`);
    expect(act.body.status).toBe('lifted');
    expect(act.body.restored).toMatchObject({ items: expect.arrayContaining(['strike', 'features']), features: ['new_conversations'] });
    // fl-app held no badge, so none is said to come back.
    expect(act.body.restored.items).not.toContain('badges');
    const s = await w.call('GET', '/v1/accounts/fl-app/standing');
    expect(s.body.strikes.points).toBe(4);
    expect(s.body.activeActions.map((a: { type: string }) => a.type)).toEqual(['warning']);
    expect(s.body.appeals.decided).toHaveLength(1);
    const topics = (await w.ctx.db.selectFrom('outbox').select(['topic', 'dedupe_key']).execute()).map((o) => o.dedupe_key);
    expect(topics).toContain(`action.lifted:${r.action!.id}`);
    expect(topics).toContain(`appeal.decided:${ap.body.id}`);
    const closed = await w.ctx.db.selectFrom('cases').select(['status', 'action_type']).where('id', '=', ap.body.caseId).executeTakeFirstOrThrow();
    expect(closed).toEqual({ status: 'resolved', action_type: 'overturn' });
    const fp = await w.call('GET', '/v1/enforcement/false-positives');
    const row = fp.body.byPolicy.find((p: { policy: string }) => p.policy === 'contact_sharing');
    expect(row.overturned).toBe(1);
    expect(fp.body.bySignalType.find((s: { signalType: string }) => s.signalType === 'contact.email').overturned).toBe(1);
    const metrics = await w.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${w.adminKey}` } });
    expect(metrics.body).toMatch(/warden_appeals_overturned_total\{policy="contact_sharing"\} 1/);
  });

  it('an upheld appeal sends the reason; late appeals are refused', async () => {
    const r = await w.ctx.enforcement.recordViolation(w.ctx.db, violation('fl-up', 1, { severity: 'high' }));
    const ap = await w.call('POST', '/v1/appeals', { accountId: 'fl-up', strikeId: r.strikeId, text: 'It was a joke.' });
    const d = await w.call('POST', `/v1/appeals/${ap.body.id}/decide`, { outcome: 'upheld', reason: 'The message asks to move the talk off the platform.' });
    expect(d.body.notice.text).toContain('The message asks to move the talk off the platform.');
    const late = await w.ctx.enforcement.recordViolation(w.ctx.db, violation('fl-late', 1), { now: new Date(Date.now() - 21 * 86_400_000) });
    const res = await w.call('POST', '/v1/appeals', { accountId: 'fl-late', strikeId: late.strikeId, text: 'please' });
    expect(res.status).toBe(409);
    expect(res.body.reason).toBe('appeal_window_closed');
  });

  it('the standing page says what is in force, until when, and what the user can do', async () => {
    // An account Warden never heard of is not "in good standing": it is unknown, and nothing can act on it.
    expect((await w.call('GET', '/v1/accounts/fl-nobody/standing')).status).toBe(404);
    expect((await w.call('POST', '/v1/actions', { accountId: 'fl-nobody', type: 'suspension', policy: 'scams', reason: 'x' })).status).toBe(404);
    // A reviewer's action must name a policy that exists: the notice quotes it to the user.
    const unknownPolicy = await w.call('POST', '/v1/actions', { accountId: 'fl-clean', type: 'warning', policy: 'no-such-policy', reason: 'x' });
    expect(unknownPolicy.status).toBe(400);
    expect(JSON.stringify(unknownPolicy.body)).toContain('/policy');
    expect(JSON.stringify(unknownPolicy.body)).toContain("'contact-sharing'");
    const clean = await w.call('GET', '/v1/accounts/fl-clean/standing');
    expect(clean.body.summary).toBe('Your account is in good standing: no active actions, no strikes.');
    expect(clean.body.whatYouCanDo).toEqual([{ kind: 'nothing', text: 'Nothing to do: your account is in good standing.' }]);
    await w.ctx.enforcement.recordViolation(w.ctx.db, violation('fl-stand', 1));
    await w.ctx.enforcement.recordViolation(w.ctx.db, violation('fl-stand', 2));
    const r = await w.ctx.enforcement.recordViolation(w.ctx.db, violation('fl-stand', 3));
    const s = (await w.call('GET', '/v1/accounts/fl-stand/standing')).body;
    expect(s.status).toBe('restricted');
    expect(s.summary).toMatch(
      /^In force on your account: a restriction on starting new conversations with people you have no contract with until \d{4}-\d{2}-\d{2}\. You have 3 active strikes \(6 points\); if it happens again after your last notice, the next step is a payment hold, which a person reviews first when the evidence is not strong enough\. Next: If the restriction is a mistake, appeal it by \d{4}-\d{2}-\d{2}/,
    );
    expect(s.whatYouCanDo.map((x: { kind: string }) => x.kind)).toEqual(['appeal', 'appeal', 'appeal', 'wait', 'read_policy']);
    expect(s.whatYouCanDo[0].actionId).toBe(r.action!.id);
    expect(s.notices[0].html).toContain('<article lang="en">');
    expect(JSON.stringify(s)).not.toMatch(/contact\.email|"score"|signal/);
  });

  it('timed actions expire by the sweep and the marketplace hears of it', async () => {
    await w.ctx.enforcement.recordViolation(w.ctx.db, violation('fl-exp', 1));
    await w.ctx.enforcement.recordViolation(w.ctx.db, violation('fl-exp', 2));
    const r = await w.ctx.enforcement.recordViolation(w.ctx.db, violation('fl-exp', 3));
    expect((await w.ctx.enforcement.expireActions(w.ctx.db, new Date(Date.now() + 6 * 86_400_000))).expired).toBe(0);
    const swept = await w.ctx.enforcement.expireActions(w.ctx.db, new Date(Date.now() + 8 * 86_400_000));
    expect(swept.expired).toBeGreaterThanOrEqual(1);
    expect((await w.call('GET', `/v1/actions/${r.action!.id}`)).body.status).toBe('expired');
    const row = await w.ctx.db.selectFrom('outbox').select('payload').where('dedupe_key', '=', `action.lifted:${r.action!.id}`).executeTakeFirstOrThrow();
    expect(row.payload).toMatchObject({ reason: 'expired', restore: { features: ['new_conversations'] } });
  });

  it('high earners are asked to verify again every N months', async () => {
    const first = await w.ctx.enforcement.requestRecurringVerifications(w.ctx.db);
    expect(first.requested).toBe(1); // fl-top earned $15,000
    const v = (await w.call('GET', '/v1/accounts/fl-top/standing')).body.verifications;
    expect(v[0]).toMatchObject({ trigger: 'recurring', status: 'requested' });
    expect((await w.ctx.enforcement.requestRecurringVerifications(w.ctx.db)).requested).toBe(0);
  });

  it('a routine re-check whose deadline passes holds nothing and opens no case; it is asked again a month later, not daily', async () => {
    const DAY = 86_400_000;
    // fl-top has earlier tests' contact-sharing actions and cases; the lapse must add none.
    const actionsOf = () => w.ctx.db.selectFrom('enforcement_actions').select(['id', 'status']).where('account_id', '=', 'fl-top').orderBy('id').execute();
    const actionsBefore = await actionsOf();
    const casesBefore = (await w.call('GET', '/v1/cases?accountId=fl-top')).body.cases.length;
    const lapsed = await w.ctx.enforcement.expireVerifications(w.ctx.db, new Date(Date.now() + 8 * DAY));
    expect(lapsed.expired).toBeGreaterThanOrEqual(1);
    const s = (await w.call('GET', '/v1/accounts/fl-top/standing')).body;
    expect(s.verifications[0]).toMatchObject({ trigger: 'recurring', status: 'expired' });
    expect(await actionsOf()).toEqual(actionsBefore);
    expect((await w.call('GET', '/v1/cases?accountId=fl-top')).body.cases).toHaveLength(casesBefore);
    // The next days' sweeps leave the top earner alone; a month after the first ask, it comes again.
    expect((await w.ctx.enforcement.requestRecurringVerifications(w.ctx.db, new Date(Date.now() + 9 * DAY))).requested).toBe(0);
    expect((await w.ctx.enforcement.requestRecurringVerifications(w.ctx.db, new Date(Date.now() + 31 * DAY))).requested).toBe(1);
  });
});
