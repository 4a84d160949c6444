// One event, one strike: when several rules match one event, the most severe wins and the others
// are kept as reasons of the same strike. The decision path merges an event's matches here once;
// enforcement's fairness rules (enforce/incidents.ts) rest on the same definition.
import { type Severity, severityRank } from './schema.ts';

export interface MatchSignal {
  type: string;
  strength: string;
}

export interface RuleMatch {
  policy: string;
  rule?: string;
  severity: Severity;
  signals: MatchSignal[];
}

const STRENGTH_RANK: Readonly<Record<string, number>> = { weak: 1, medium: 2, strong: 3 };

/** The rank of the strongest of `signals` (weak 1, medium 2, strong 3; 0 when there is none). */
export const strongestOf = (signals: readonly { strength: string }[]): number => Math.max(0, ...signals.map((s) => STRENGTH_RANK[s.strength] ?? 0));

/**
 * Whether match `a` outranks `b`: more severe, or as severe with a stronger strongest signal (a
 * strong scam rule over a medium payment rule that asks as much). One order for the strike
 * (`mergeMatches`) and the inline notice (decide.ts `noticeFor`), so the notice names the policy
 * the strike is recorded under.
 */
export function outranks(a: { severity: Severity; signals: readonly MatchSignal[] }, b: { severity: Severity; signals: readonly MatchSignal[] }): boolean {
  const bySeverity = severityRank(a.severity) - severityRank(b.severity);
  return bySeverity !== 0 ? bySeverity > 0 : strongestOf(a.signals) > strongestOf(b.signals);
}

/** The match that outranks the others wins (first on full ties); the others become reasons of the same strike. */
export function mergeMatches<M extends RuleMatch>(matches: M[]): { chosen: M; others: M[]; signals: MatchSignal[] } | null {
  if (!matches.length) return null;
  let chosen = matches[0];
  for (const m of matches) if (outranks(m, chosen)) chosen = m;
  const seen = new Set<string>();
  const signals: MatchSignal[] = [];
  for (const m of matches)
    for (const s of m.signals) {
      const k = `${s.type}|${s.strength}`;
      if (!seen.has(k)) {
        seen.add(k);
        signals.push(s);
      }
    }
  return { chosen, others: matches.filter((m) => m !== chosen), signals };
}
