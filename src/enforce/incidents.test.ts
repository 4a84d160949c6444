import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Severity } from '../policy/schema.ts';
import { loadEnforceConfig } from './config.ts';
import type { SignalRef } from './guardrails.ts';
import { type IncomingViolation, isNetworkOrTravelSignal, ladderPosition, mergeMatches, planViolation, replay, stepGuard } from './incidents.ts';

const cfg = loadEnforceConfig({});
const t0 = new Date('2026-11-22T10:00:00Z').getTime();
const MIN = 60_000;
const HOUR = 60 * MIN;
const strong = (type = 'contact.phone'): SignalRef => ({ type, strength: 'strong' });
const v = (minutes: number, severity: Severity = 'medium', signals: SignalRef[] = [strong()]): IncomingViolation => ({
  at: new Date(t0 + minutes * MIN),
  severity,
  signals,
});
const plain = { aboveReputationBar: false, proposeOnly: false };

describe('one event, one strike', () => {
  it('the most severe match wins; the others are reasons', () => {
    const m = mergeMatches([
      { policy: 'contact-sharing', rule: 'share-contact-repeat', severity: 'medium', signals: [strong()] },
      { policy: 'contact-sharing', rule: 'ask-contact-repeat', severity: 'high', signals: [strong(), strong('offplatform.ask')] },
      { policy: 'spam', rule: 'burst', severity: 'low', signals: [] },
    ]);
    expect(m?.chosen.rule).toBe('ask-contact-repeat');
    expect(m?.others.map((o) => o.rule)).toEqual(['share-contact-repeat', 'burst']);
    expect(m?.signals.map((s) => s.type)).toEqual(['contact.phone', 'offplatform.ask']);
    expect(mergeMatches([])).toBeNull();
  });

  it('a second strike request for an event already struck joins its strike', () => {
    const { history } = replay([v(0)], plain, cfg);
    const p = planViolation(history, { ...v(600, 'high'), sameEventStrikeId: 's0' }, plain, cfg);
    expect(p).toEqual({ kind: 'join', strikeId: 's0', raiseTo: 'high', why: 'same_event' });
  });
});

describe('incidents and the ladder', () => {
  it('five contact shares within minutes are one incident: one strike, the notification step', () => {
    const { plans, history } = replay(
      [0, 2, 4, 6, 8].map((m) => v(m, 'medium')),
      plain,
      cfg,
    );
    expect(history).toHaveLength(1);
    expect(plans[0]).toMatchObject({ kind: 'strike', step: { index: 0, status: 'applied' } });
    expect(plans.slice(1).every((p) => p.kind === 'join' && p.why === 'burst')).toBe(true);
  });

  it('moves one step per incident, only after the cool-down', () => {
    const { plans } = replay([v(0, 'critical'), v(2 * 60, 'critical'), v(26 * 60, 'critical'), v(52 * 60, 'critical')], plain, cfg);
    expect(plans.map((p) => (p.kind === 'strike' ? (p.step?.step.action ?? `held:${p.held}`) : p.kind))).toEqual([
      'notification',
      'held:cooldown',
      'warning',
      'restriction',
    ]);
  });

  it('never suspends permanently, suspends only on corroborated strong evidence, never above the reputation bar', () => {
    expect(stepGuard('permanent_suspension', [strong('a'), strong('b')], plain, cfg)).toEqual({ status: 'proposed', why: 'never_automatic' });
    expect(stepGuard('suspension', [strong('a')], plain, cfg)).toEqual({ status: 'proposed', why: 'uncorroborated' });
    expect(stepGuard('suspension', [strong('a'), strong('b')], plain, cfg)).toEqual({ status: 'applied' });
    expect(stepGuard('suspension', [strong('a'), strong('b')], { ...plain, aboveReputationBar: true }, cfg).status).toBe('proposed');
    expect(stepGuard('payment_hold', [strong('account.vpn'), { type: 'contact.phone', strength: 'medium' }], plain, cfg).status).toBe('proposed');
    expect(stepGuard('restriction', [strong('a')], { ...plain, proposeOnly: true }, cfg)).toEqual({ status: 'proposed', why: 'policy' });
  });

  it('behaviour across events alone (patterns, payment risk, linked accounts) never takes a step above a warning without a reviewer', () => {
    const patterns = [strong('payment.rapid_in_out'), strong('circumvention.hire_without_messages'), strong('account.vpn')];
    for (const action of ['restriction', 'payment_hold', 'suspension'] as const)
      expect(stepGuard(action, patterns, plain, cfg)).toEqual({ status: 'proposed', why: 'behaviour_only' });
    expect(stepGuard('warning', patterns, plain, cfg)).toEqual({ status: 'applied' });
    // With a finding in a text beside them, the usual rules apply.
    expect(stepGuard('restriction', [...patterns, strong('contact.phone')], plain, cfg)).toEqual({ status: 'applied' });
  });

  it('network and travel facts alone only open a case', () => {
    for (const type of ['account.vpn', 'account.datacenter_ip', 'account.new_country', 'account.impossible_travel', 'account.new_device'])
      expect(isNetworkOrTravelSignal(type)).toBe(true);
    expect(planViolation([], v(0, 'critical', [strong('account.impossible_travel'), strong('account.vpn')]), plain, cfg)).toEqual({
      kind: 'case_only',
      why: 'weak_signals',
    });
  });

  it('a pending proposal holds the ladder where it is', () => {
    const history = [
      { strikeId: 'a', at: new Date(t0), severity: 'critical' as const, points: 5, active: true, step: 0, stepState: 'applied' as const },
      { strikeId: 'b', at: new Date(t0 + 48 * HOUR), severity: 'critical' as const, points: 5, active: true, step: 1, stepState: 'proposed' as const },
    ];
    expect(ladderPosition(history).index).toBe(0);
    expect(planViolation(history, v(96 * 60, 'critical'), plain, cfg)).toMatchObject({ kind: 'strike', step: null, held: 'pending_proposal' });
  });
});

// ── property tests over generated histories ──────────────────────────────────────────────────

const signalArb = fc.record({
  type: fc.constantFrom('contact.phone', 'contact.email', 'offplatform.ask', 'scam.advance_fee', 'spam.burst', 'account.vpn', 'account.new_country'),
  strength: fc.constantFrom('weak', 'medium', 'strong'),
});
const historyArb = fc
  .array(
    fc.record({
      gapMinutes: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 72 * 60 })),
      severity: fc.constantFrom<Severity>('low', 'medium', 'high', 'critical'),
      signals: fc.array(signalArb, { minLength: 0, maxLength: 4 }),
    }),
    { minLength: 1, maxLength: 40 },
  )
  .map((xs) => {
    let at = t0;
    return xs.map((x) => {
      at += x.gapMinutes * MIN;
      return { at: new Date(at), severity: x.severity, signals: x.signals };
    });
  });
const ctxArb = fc.record({ aboveReputationBar: fc.boolean(), proposeOnly: fc.boolean() });
const cfgArb = fc
  .record({ incidentWindowMinutes: fc.integer({ min: 0, max: 240 }), stepCooldownHours: fc.integer({ min: 0, max: 96 }) })
  .map((o) => ({ ...cfg, ...o }));

describe('fairness invariants for any history', () => {
  it('each violation yields at most one strike, and a burst inside the window never adds one', () => {
    fc.assert(
      fc.property(historyArb, ctxArb, cfgArb, (vs, ctx, c) => {
        const { plans, history } = replay(vs, ctx, c);
        expect(history.length).toBe(plans.filter((p) => p.kind === 'strike').length);
        let last: number | null = null;
        vs.forEach((x, i) => {
          const p = plans[i];
          if (p.kind === 'strike') {
            if (last !== null) expect(x.at.getTime() - last).toBeGreaterThanOrEqual(c.incidentWindowMinutes * MIN);
            last = x.at.getTime();
          }
        });
      }),
    );
  });

  it('the ladder never skips a step and moves only after the cool-down since the previous step', () => {
    fc.assert(
      fc.property(historyArb, ctxArb, cfgArb, (vs, ctx, c) => {
        const { plans } = replay(vs, ctx, c);
        let pos = -1;
        let posAt: number | null = null;
        vs.forEach((x, i) => {
          const p = plans[i];
          if (p.kind !== 'strike' || !p.step) return;
          expect(p.step.index).toBe(pos + 1);
          if (posAt !== null) expect(x.at.getTime() - posAt).toBeGreaterThanOrEqual(c.stepCooldownHours * HOUR);
          if (p.step.status === 'applied') {
            pos = p.step.index;
            posAt = x.at.getTime();
          }
        });
      }),
    );
  });

  it('never applies a permanent suspension; holds and suspensions need strong conduct evidence and never hit established accounts', () => {
    fc.assert(
      fc.property(historyArb, ctxArb, cfgArb, (vs, ctx, c) => {
        const { plans } = replay(vs, ctx, c);
        plans.forEach((p, i) => {
          if (p.kind !== 'strike' || !p.step || p.step.status !== 'applied') return;
          const a = p.step.step.action;
          expect(a).not.toBe('permanent_suspension');
          if (a === 'payment_hold' || a === 'suspension') {
            expect(ctx.aboveReputationBar).toBe(false);
            const strongTypes = new Set(vs[i].signals.filter((s) => s.strength === 'strong' && !s.type.startsWith('account.')).map((s) => s.type));
            expect(strongTypes.size).toBeGreaterThanOrEqual(a === 'suspension' ? 2 : 1);
          }
        });
      }),
    );
  });

  it('violations resting only on weak or network facts never strike', () => {
    fc.assert(
      fc.property(historyArb, ctxArb, (vs, ctx) => {
        const weakOnly = vs.map((x) => ({ ...x, signals: x.signals.map((s) => (s.type.startsWith('account.') ? s : { ...s, strength: 'weak' })) }));
        const { history } = replay(weakOnly, ctx, cfg);
        expect(history).toHaveLength(0);
      }),
    );
  });
});
