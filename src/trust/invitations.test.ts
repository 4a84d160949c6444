import { describe, expect, it } from 'vitest';
import { trustConfig } from './config.ts';
import { judgeInvitation } from './invitations.ts';

describe('judgeInvitation', () => {
  it('flags and deprioritises an invitation from a client without a verified payment method', () => {
    const j = judgeInvitation({ clientPaymentMethodVerified: false, clientTrustLevel: 'unknown' });
    expect(j).toMatchObject({ flagged: true, priority: 'low' });
    expect(j.reasons.map((r) => r.code)).toEqual(['payment_method_unverified']);
  });

  it('flags a verified client whose risk is high', () => {
    const j = judgeInvitation({ clientPaymentMethodVerified: true, clientTrustLevel: 'low' });
    expect(j).toMatchObject({ flagged: true, priority: 'low' });
    expect(j.reasons.map((r) => r.code)).toEqual(['client_risk_high']);
  });

  it('gives both reasons when both apply', () => {
    const j = judgeInvitation({ clientPaymentMethodVerified: false, clientTrustLevel: 'low' });
    expect(j.reasons.map((r) => r.code)).toEqual(['payment_method_unverified', 'client_risk_high']);
  });

  it('delivers normal invitations unflagged, and puts trusted clients first', () => {
    expect(judgeInvitation({ clientPaymentMethodVerified: true, clientTrustLevel: 'medium' })).toEqual({ flagged: false, priority: 'normal', reasons: [] });
    const high = judgeInvitation({ clientPaymentMethodVerified: true, clientTrustLevel: 'high' });
    expect(high).toMatchObject({ flagged: false, priority: 'high' });
  });

  it('keeps the flag but not the demotion for a client the freelancer worked with', () => {
    const j = judgeInvitation({ clientPaymentMethodVerified: false, clientTrustLevel: 'medium', workedTogetherBefore: true });
    expect(j).toMatchObject({ flagged: true, priority: 'normal' });
  });

  it('flags the configured levels', () => {
    const cfg = trustConfig({ invitations: { flagLevels: ['low', 'unknown'] } });
    expect(judgeInvitation({ clientPaymentMethodVerified: true, clientTrustLevel: 'unknown' }, cfg).flagged).toBe(true);
    expect(judgeInvitation({ clientPaymentMethodVerified: true, clientTrustLevel: 'unknown' }).flagged).toBe(false);
  });
});
