// The account's context on a case page, joined from /v1/accounts/{id}, its trust view
// (GET /v1/accounts/{id}/trust, src/trust/service.ts) and its standing.
import type { AccountView } from '../../../src/events/accounts.ts';
import type { AccountTrustView } from '../../../src/trust/views.ts';

export type { AccountTrustView, AccountView };

export interface TrustFactModel {
  text: string;
  tone: 'positive' | 'neutral' | 'negative';
}

export interface TrustSummary {
  jss: number | null;
  /** Which window the JSS shows ("24m", "12m", "6m", "trending"), or why there is none yet. */
  jssNote: string | null;
  badges: string[];
  /** Until when badges are withdrawn after confirmed circumvention. */
  badgesRemovedUntil: string | null;
  /** The freelancer's trust level, or the client's when the account only hires. */
  level: string | null;
  side: 'freelancer' | 'client' | null;
  trustedClient: boolean | null;
  facts: TrustFactModel[];
}

const BADGE_LABELS: Record<string, string> = {
  rising_talent: 'Rising Talent',
  top_rated: 'Top Rated',
  top_rated_plus: 'Top Rated Plus',
  expert_vetted: 'Expert-Vetted',
};

const JSS_NULL_REASONS: Record<string, string> = {
  not_enough_contracts: 'not enough contracts yet',
  not_enough_clients: 'not enough different clients yet',
  no_rated_outcomes: 'no rated outcomes yet',
};

const WINDOW_LABELS: Record<string, string> = { '24m': 'last 24 months', '12m': 'last 12 months', '6m': 'last 6 months', trending: 'trending' };

export function toTrustSummary(t: AccountTrustView): TrustSummary {
  const fl = t.freelancer;
  const side = fl ? 'freelancer' : t.client ? 'client' : null;
  const facts = [...(fl?.trust.facts ?? []), ...(t.client?.facts ?? [])];
  return {
    jss: fl?.jss.score ?? null,
    jssNote: fl ? (fl.jss.score !== null ? (WINDOW_LABELS[fl.jss.window ?? ''] ?? null) : (JSS_NULL_REASONS[fl.jss.nullReason ?? ''] ?? 'none yet')) : null,
    badges: (fl?.badges.awarded ?? []).map((b) => BADGE_LABELS[b] ?? b.replace(/_/g, ' ')),
    badgesRemovedUntil: fl?.badges.circumventionRemovalUntil ?? null,
    level: fl?.trust.level ?? t.client?.level ?? null,
    side,
    trustedClient: t.client?.trustedClient ?? null,
    // The negatives first: they are what a reviewer needs to see.
    facts: facts
      .map((f) => ({ text: f.text, tone: f.tone }))
      .sort((a, b) => (a.tone === 'negative' ? 0 : 1) - (b.tone === 'negative' ? 0 : 1))
      .slice(0, 5),
  };
}
