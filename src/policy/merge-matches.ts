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

/** The most severe match wins (first on ties); the others become reasons of the same strike. */
export function mergeMatches<M extends RuleMatch>(matches: M[]): { chosen: M; others: M[]; signals: MatchSignal[] } | null {
  if (!matches.length) return null;
  let chosen = matches[0];
  for (const m of matches) if (severityRank(m.severity) > severityRank(chosen.severity)) chosen = m;
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
