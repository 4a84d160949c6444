// Per-account sending rates. New accounts get lower limits because most throwaway spam and
// scam accounts are hours old; trusted accounts (verified payment, earnings, tenure) get more
// headroom. Counts come from the wiring (event projections); this module only decides.

import type { Signal, Strength } from '../types.ts';

export type VelocityAction = 'messages' | 'invites' | 'proposals' | 'newConversations';

export type VelocityCounts = Record<VelocityAction, number>;

export interface AccountFacts {
  ageDays: number;
  trusted: boolean;
}

export interface VelocityTier {
  /** The tier applies to accounts younger than this many days. */
  maxAgeDays: number;
  limits: VelocityCounts;
}

export interface VelocityConfig {
  /** Length of the window the counts cover, reported as evidence. */
  windowMs: number;
  /** Ordered by maxAgeDays; the first tier whose maxAgeDays exceeds the account age applies. */
  tiers: VelocityTier[];
  /** Limits are multiplied by this for trusted accounts. */
  trustedMultiplier: number;
  /**
   * Count / limit at or above which the signal is strong (the spam policy's `velocity` rule
   * holds the item for review: no strike), per action; actions not listed use
   * DEFAULT_STRONG_RATIO. Medium starts at 1.5 or the strong ratio, whichever is lower.
   */
  strongRatio: Partial<Record<VelocityAction, number>>;
}

/** Three times the limit: a rate no person typing reaches (messages, invitations). */
export const DEFAULT_STRONG_RATIO = 3;

export const DEFAULT_VELOCITY_CONFIG: VelocityConfig = {
  windowMs: 3_600_000,
  tiers: [
    {
      maxAgeDays: 2,
      limits: { messages: 30, invites: 10, proposals: 5, newConversations: 10 },
    },
    {
      maxAgeDays: 30,
      limits: {
        messages: 80,
        invites: 30,
        proposals: 15,
        newConversations: 25,
      },
    },
    {
      maxAgeDays: Number.POSITIVE_INFINITY,
      limits: {
        messages: 200,
        invites: 60,
        proposals: 30,
        newConversations: 50,
      },
    },
  ],
  trustedMultiplier: 3,
  // A proposal answers one job post: reading the post and tailoring the answer takes minutes
  // even with a reused template, and each one spends the paid allowance (connects,
  // ../shared/reference/marketplace-facts.md). An honest freelancer sending ten tailored
  // proposals in a day, or a focused hour of them (one every ten minutes or more: at most 6 an
  // hour), stays at or under a new account's 5 an hour or 1.2 times it; 1.5 times the limit (8 in
  // an hour for an account under 2 days old, 23 up to 30 days, 45 after, three times that when
  // trusted) is a burst pasted out minutes apart. The response is a hold of further proposals for
  // review while the rate lasts, no strike: a rate limit, not a penalty.
  strongRatio: { proposals: 1.5 },
};

export function velocityLimits(account: AccountFacts, cfg: VelocityConfig = DEFAULT_VELOCITY_CONFIG): VelocityCounts {
  const tier = cfg.tiers.find((t) => account.ageDays < t.maxAgeDays) ?? cfg.tiers[cfg.tiers.length - 1];
  const factor = account.trusted ? cfg.trustedMultiplier : 1;
  return {
    messages: tier.limits.messages * factor,
    invites: tier.limits.invites * factor,
    proposals: tier.limits.proposals * factor,
    newConversations: tier.limits.newConversations * factor,
  };
}

const ACTIONS: VelocityAction[] = ['messages', 'invites', 'proposals', 'newConversations'];

export function detectVelocity(counts: Partial<VelocityCounts>, account: AccountFacts, cfg: VelocityConfig = DEFAULT_VELOCITY_CONFIG): Signal[] {
  const limits = velocityLimits(account, cfg);
  const signals: Signal[] = [];
  for (const action of ACTIONS) {
    const count = counts[action] ?? 0;
    const limit = limits[action];
    if (!(count > limit)) continue;
    const ratio = count / limit;
    const strongAt = cfg.strongRatio[action] ?? DEFAULT_STRONG_RATIO;
    const strength: Strength = ratio >= strongAt ? 'strong' : ratio >= Math.min(1.5, strongAt) ? 'medium' : 'weak';
    signals.push({
      type: 'spam.velocity',
      strength,
      score: Math.min(1, 0.5 + Math.log(ratio) / Math.log(3) / 2),
      evidence: {
        action,
        count,
        limit,
        windowMs: cfg.windowMs,
        accountAgeDays: account.ageDays,
        trusted: account.trusted,
      },
    });
  }
  return signals;
}
