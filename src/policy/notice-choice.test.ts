// Kind (a new user's try, 2026-12-02): a scam's fee asked through an outside rail matched the
// scams policy and the contact-sharing payment rule, both holding; the inline notice was the
// payment one (the first policy on equal outcomes) while the message is a scam. Between rules that
// ask as much, the notice now follows the order the strike uses (merge-matches.ts `outranks`).
import { describe, expect, it } from 'vitest';
import { shippedPolicySet } from '../cli/screen.ts';
import type { Signal } from '../detect/types.ts';
import { unknownContext } from '../screening/context.ts';
import { evaluateDecision } from './decide.ts';
import { mergeMatches, outranks } from './merge-matches.ts';

const decide = (signals: Signal[]) =>
  evaluateDecision(shippedPolicySet(), { subject: { type: 'message', id: 'x' }, kind: 'message', signals, context: unknownContext() }, {});

const scamFee: Signal = { type: 'scam.upfront_payment', strength: 'strong', score: 0.97, start: 0, end: 3 };
const payOutside: Signal = { type: 'offplatform.payment_outside', strength: 'medium', score: 0.8, start: 10, end: 24 };

describe('the inline notice when several policies hold', () => {
  it('a strong scam fee beside a medium payment-outside reading is told about the scam, whichever comes first', () => {
    for (const signals of [
      [scamFee, payOutside],
      [payOutside, scamFee],
    ]) {
      const { combined, notice } = decide(signals);
      expect(combined.outcome).toBe('hold');
      expect(notice?.policy).toBe('scams');
    }
  });

  it('a payment outside alone keeps the payment notice', () => {
    expect(decide([payOutside]).notice?.policy).toBe('contact-sharing');
  });
});

describe('outranks: severity first, then the strongest signal', () => {
  const m = (severity: 'medium' | 'high', strength: string) => ({ policy: 'p', severity, signals: [{ type: 't', strength }] });
  it('orders by severity, then by signal strength, and keeps the first on full ties', () => {
    expect(outranks(m('high', 'weak'), m('medium', 'strong'))).toBe(true);
    expect(outranks(m('high', 'strong'), m('high', 'medium'))).toBe(true);
    expect(outranks(m('high', 'medium'), m('high', 'medium'))).toBe(false);
    const first = { ...m('high', 'medium'), policy: 'first' };
    expect(mergeMatches([first, m('high', 'medium')])?.chosen.policy).toBe('first');
    expect(mergeMatches([m('high', 'medium'), { ...m('high', 'strong'), policy: 'strong' }])?.chosen.policy).toBe('strong');
  });
});
