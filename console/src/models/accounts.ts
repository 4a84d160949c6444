// The account's context on a case page, joined from /v1/accounts/{id}, its trust view and
// its standing. Trust is read defensively: it is optional and its shape is rich.
import type { AccountView } from '../../../src/events/accounts.ts';

export type { AccountView };

export interface TrustSummary {
  jss: number | null;
  badges: string[];
  level: string | null;
  facts: string[];
}

const asRecord = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});

export function toTrustSummary(raw: unknown): TrustSummary {
  const t = asRecord(raw);
  const fl = asRecord(t.freelancer);
  const jss = asRecord(fl.jss);
  const badgesRaw = asRecord(fl.badges);
  const current = Array.isArray(badgesRaw.current) ? badgesRaw.current : Array.isArray(badgesRaw.badges) ? badgesRaw.badges : [];
  const badges = current
    .map((b) => (typeof b === 'string' ? b : String(asRecord(b).badge ?? asRecord(b).name ?? '')))
    .filter(Boolean)
    .map((b) => b.replace(/_/g, ' '));
  const trust = asRecord(fl.trust ?? t.client);
  const facts = Array.isArray(trust.facts) ? trust.facts.map((f) => (typeof f === 'string' ? f : String(asRecord(f).text ?? ''))).filter(Boolean) : [];
  const score = typeof jss.score === 'number' ? jss.score : null;
  return { jss: score, badges, level: typeof trust.level === 'string' ? trust.level : null, facts: facts.slice(0, 4) };
}
