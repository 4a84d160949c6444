// A proposed (not applied) payment hold, through the path a decision takes: the decision's case
// effect opens the account's case, then its strike proposes the hold into the same case. The
// case says so in its reason and priority, the audit records that item joining once, and the
// standing page names the proposal as the next step without ever showing it as in force.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Violation } from '../../src/enforce/violations.ts';
import { startEnforceWarden } from '../helpers/enforce-warden.ts';
import { ev } from '../helpers/events.ts';
import { backends, type TestWarden } from '../helpers/warden.ts';

const text = 'Great! Email me at maria.lopez@example.com so we can talk outside.';
const strong = [{ type: 'contact.email', strength: 'strong' }];
const medium = [{ type: 'contact.email', strength: 'medium' }];

describe.each(await backends())('a proposed payment hold (%s)', { timeout: 180_000 }, (backend) => {
  let w: TestWarden;
  beforeAll(async () => {
    w = await startEnforceWarden(backend, { incidentWindowMinutes: 0, stepCooldownHours: 0 });
    await w.call('POST', '/v1/events', ev.registered('ph-fl', 'freelancer'));
    await w.call('POST', '/v1/events', ev.registered('ph-es', 'freelancer', { locale: 'es-MX' }));
    await w.call('POST', '/v1/events', ev.registered('ph-top', 'freelancer', { locale: 'de' }));
    await w.call('POST', '/v1/events', ev.registered('ph-client', 'client'));
    await w.call('POST', '/v1/events', ev.contractStarted('ph-c1', 'ph-client', 'ph-top', undefined, 2_000_000));
    await w.call('POST', '/v1/events', ev.released('ph-c1', 'ph-client', 2_000_000));
  });
  afterAll(async () => w?.close());

  /** One decision's effects in order, as DecisionService runs them: its case, then its strike. */
  const decision = async (n: number, signals: { type: string; strength: string }[], accountId = 'ph-fl') => {
    const decisionId = `dec-${accountId}-${n}`;
    const subject = { type: 'message' as const, id: `msg-${accountId}-${n}`, accountId, text };
    await w.ctx.cases.openOrJoinCase(w.ctx.db, {
      subject,
      source: 'detection',
      reason: 'Repeated sharing of contact details before a contract',
      policy: 'contact-sharing',
      decisionId,
      severity: 'medium',
      signals,
    });
    const v: Violation = {
      accountId,
      policy: 'contact-sharing',
      policyVersion: 1,
      severity: 'medium',
      decisionId,
      subject: { type: 'message', id: subject.id, text },
      evidence: { spans: [{ start: 19, end: 42 }] },
      signals: signals as Violation['signals'],
    };
    return w.ctx.enforcement.recordViolation(w.ctx.db, v);
  };

  it('the case names the proposal and rises in priority; one join per item; the standing page says a person decides next', async () => {
    for (let i = 1; i <= 3; i++) await decision(i, strong);
    const kase = (await w.ctx.db.selectFrom('cases').selectAll().where('account_id', '=', 'ph-fl').executeTakeFirstOrThrow()) as {
      id: string;
      priority: number;
    };
    // Not strong enough to hold money without a person: proposed.
    const r = await decision(4, medium);
    expect(r.action).toMatchObject({ type: 'payment_hold', status: 'proposed' });
    expect(r.caseId).toBe(kase.id);

    const view = (await w.call('GET', `/v1/cases/${kase.id}`)).body;
    expect(view.reason).toMatch(/proposed payment_hold awaits a reviewer/);
    expect(view.priority).toBeGreaterThan(kase.priority);
    // Every item joined once: decisions 2, 3 and 4 (1 opened the case), however many effects it carried.
    const joins = view.audit.filter((a: { action: string }) => a.action === 'joined').map((a: { detail: { decisionId: string } }) => a.detail.decisionId);
    expect(joins).toEqual(['dec-ph-fl-2', 'dec-ph-fl-3', 'dec-ph-fl-4']);

    const s = (await w.call('GET', '/v1/accounts/ph-fl/standing')).body;
    expect(s.status).toBe('restricted');
    expect(s.activeActions.map((a: { type: string }) => a.type)).not.toContain('payment_hold');
    expect(s.whatYouCanDo[0]).toMatchObject({ kind: 'wait', actionId: r.action!.id });
    expect(s.whatYouCanDo[0].text).toMatch(/payment hold is waiting for a reviewer/);
    expect(s.summary).toMatch(/payment hold is waiting for a reviewer/);
    expect(s.summary).not.toMatch(/next step is a payment hold/);
    // Never shown as in force, in any language.
    const es = (await w.call('GET', '/v1/accounts/ph-fl/standing?locale=es')).body;
    expect(es.summary).toMatch(/retención de pagos espera a un revisor/);
  });

  /** The account's notices as its standing page lists them (newest first), in its own language. */
  const notices = async (accountId: string) =>
    (await w.call('GET', `/v1/accounts/${accountId}/standing`)).body.notices as { kind: string; locale: string; text: string; facts: { standing?: unknown } }[];

  it('the strike notice of a proposal names the proposal, not a hold as the next step, in the account language', async () => {
    for (let i = 1; i <= 3; i++) await decision(i, strong, 'ph-es');
    const r = await decision(4, medium, 'ph-es');
    expect(r.outcome).toBe('proposed');
    const [latest] = await notices('ph-es');
    expect(latest.kind).toBe('strike');
    expect(latest.locale).toBe('es');
    expect(latest.facts.standing).toMatchObject({ pending: 'payment_hold', next: null });
    expect(latest.text).toMatch(/Una persona de nuestro equipo está revisando esta medida en tu cuenta: retención de pagos/);
    expect(latest.text).not.toMatch(/el siguiente paso es/);
    // A further incident while it waits moves nothing, and its notice says the same.
    const again = await decision(5, strong, 'ph-es');
    expect(again).toMatchObject({ outcome: 'strike', held: 'pending_proposal' });
    expect((await notices('ph-es'))[0].text).toMatch(/está revisando esta medida en tu cuenta: retención de pagos/);
  });

  it('an established account ($20,000 earned) is told a person decides a hold, never that a hold is next', async () => {
    for (let i = 1; i <= 3; i++) await decision(i, strong, 'ph-top');
    const [latest] = await notices('ph-top');
    expect(latest.locale).toBe('de');
    // Restriction applied; the ladder's next step (a hold) is only proposed above the reputation bar.
    expect(latest.facts.standing).toMatchObject({ next: { action: 'payment_hold', reviewed: true } });
    expect(latest.text).toMatch(/entscheidet eine Person aus unserem Team, ob diese Maßnahme folgt: Zahlungssperre/);
  });
});
