// Judging an `invite.sent`: invitations from clients with an unverified payment method are a
// common source of fakes (seed 000: "Most invitations I receive now are from clients with an
// unverified payment method. I reject them all at once."). They are still delivered — the
// freelancer decides — but flagged with the reason and sorted below the others.

import { DEFAULT_TRUST_CONFIG, type TrustConfig } from './config.ts';
import type { TrustLevel } from './types.ts';

export interface InvitationInput {
  clientPaymentMethodVerified: boolean;
  /** From `clientTrust(...).level`. */
  clientTrustLevel: TrustLevel;
  /** The two already had a contract: the freelancer knows this client first-hand. */
  workedTogetherBefore?: boolean;
}

export type InvitationPriority = 'high' | 'normal' | 'low';

export interface InvitationReason {
  code: 'payment_method_unverified' | 'client_risk_high' | 'worked_together_before' | 'client_trust_high';
  /** Shown to the freelancer beside the invitation. */
  text: string;
}

export interface InvitationJudgement {
  flagged: boolean;
  priority: InvitationPriority;
  reasons: InvitationReason[];
}

export function judgeInvitation(input: InvitationInput, config: TrustConfig = DEFAULT_TRUST_CONFIG): InvitationJudgement {
  const reasons: InvitationReason[] = [];
  if (!input.clientPaymentMethodVerified)
    reasons.push({
      code: 'payment_method_unverified',
      text: 'This client has not verified a payment method yet. Do not start work before a contract is funded.',
    });
  if (config.invitations.flagLevels.includes(input.clientTrustLevel))
    reasons.push({
      code: 'client_risk_high',
      text: 'This client account shows warning signs. Keep all communication and payments on the platform.',
    });
  const flagged = reasons.length > 0;

  let priority: InvitationPriority = flagged ? 'low' : input.clientTrustLevel === 'high' ? 'high' : 'normal';
  if (!flagged && input.clientTrustLevel === 'high') reasons.push({ code: 'client_trust_high', text: 'This client has a strong record on the platform.' });
  // A past contract means the freelancer has first-hand knowledge; keep the flag, not the demotion.
  if (input.workedTogetherBefore) {
    reasons.push({ code: 'worked_together_before', text: 'You have worked with this client before.' });
    if (priority === 'low') priority = 'normal';
  }
  return { flagged, priority, reasons };
}
