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
  });
  afterAll(async () => w?.close());

  /** One decision's effects in order, as DecisionService runs them: its case, then its strike. */
  const decision = async (n: number, signals: { type: string; strength: string }[]) => {
    const decisionId = `dec-ph-${n}`;
    const subject = { type: 'message' as const, id: `msg-ph-${n}`, accountId: 'ph-fl', text };
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
      accountId: 'ph-fl',
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
    expect(joins).toEqual(['dec-ph-2', 'dec-ph-3', 'dec-ph-4']);

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
});
