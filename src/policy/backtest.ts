// Backtest: replay stored content events of a time range through a candidate policy version
// and the live one, side by side, and report how outcomes, cases and strikes would change.
// Context comes from today's projections (the projections keep no history); counters come
// from the recorded rule matches at each event's time. Both sides see the same inputs.
import { detectText, isScopingAccessRequest } from '../detect/index.ts';
import type { WardenEvent } from '../events/schemas.ts';
import type { DbOrTx } from '../store/db.ts';
import { loadCounters } from './decide.ts';
import { type ContextValues, evaluatePolicy, type PolicyResult, type PolicyVersion } from './engine.ts';
import type { Outcome } from './schema.ts';

export interface BacktestReport {
  policy: string;
  baselineVersion: number | null;
  candidateVersion: number;
  from: string;
  to: string;
  events: number;
  evaluated: number;
  outcomes: { baseline: Record<Outcome, number>; candidate: Record<Outcome, number> };
  changed: number;
  transitions: { from: Outcome; to: Outcome; count: number }[];
  /**
   * Cases each side would have open, counted as live cases are made (cases/service.ts
   * openOrJoinCase): one per account and policy, every further match joins it. The same count on
   * both sides, so baseline and candidate compare.
   */
  cases: { baseline: number; candidate: number };
  /** Strikes each side would record: at most one per event, whatever the number of rules it matches (one event, one strike). */
  strikes: { baseline: number; candidate: number };
  examples: { eventId: string; accountId: string; text: string; baseline: Outcome; candidate: Outcome; baselineRules: string[]; candidateRules: string[] }[];
  truncated: boolean;
}

const emptyOutcomes = (): Record<Outcome, number> => ({ allow: 0, nudge: 0, mask: 0, hold: 0, block: 0 });
const hasEffect = (r: PolicyResult, kind: 'case' | 'strike') => r.matched.some((m) => m.effects.some((e) => e[kind]));

function contentOf(e: WardenEvent): { text: string; kind: 'message' | 'proposal' | 'job' | 'profile'; recipientId?: string; jobId?: string } | null {
  switch (e.type) {
    case 'message.sent':
      return { text: e.data.text, kind: 'message', recipientId: e.data.recipientId };
    case 'proposal.submitted':
      return { text: e.data.text, kind: 'proposal', recipientId: e.data.clientId, jobId: e.data.jobId };
    case 'job.posted':
      return { text: `${e.data.title}\n${e.data.description}`, kind: 'job', jobId: e.data.jobId };
    case 'profile.updated': {
      const text = [e.data.title, e.data.overview].filter(Boolean).join('\n');
      return text ? { text, kind: 'profile' } : null;
    }
    default:
      return null;
  }
}

/**
 * The context a replayed event is judged in: screening's, given by the caller (screening
 * depends on policy, not the other way round).
 */
export type ReplayContext = (db: DbOrTx, parties: { senderId: string; recipientId?: string; jobId?: string; at: Date }) => Promise<ContextValues>;

export async function backtest(
  db: DbOrTx,
  baseline: PolicyVersion | null,
  candidate: PolicyVersion,
  range: { from: Date; to: Date; limit?: number },
  contextOf: ReplayContext,
): Promise<BacktestReport> {
  const limit = Math.min(range.limit ?? 50_000, 200_000);
  const rows = await db
    .selectFrom('events')
    .select(['id', 'payload'])
    .where('type', 'in', ['message.sent', 'proposal.submitted', 'job.posted', 'profile.updated'])
    .where('occurred_at', '>=', range.from)
    .where('occurred_at', '<', range.to)
    .orderBy('occurred_at')
    .limit(limit + 1)
    .execute();
  const report: BacktestReport = {
    policy: candidate.name,
    baselineVersion: baseline?.version ?? null,
    candidateVersion: candidate.version,
    from: range.from.toISOString(),
    to: range.to.toISOString(),
    events: Math.min(rows.length, limit),
    evaluated: 0,
    outcomes: { baseline: emptyOutcomes(), candidate: emptyOutcomes() },
    changed: 0,
    transitions: [],
    cases: { baseline: 0, candidate: 0 },
    strikes: { baseline: 0, candidate: 0 },
    examples: [],
    truncated: rows.length > limit,
  };
  const transitions = new Map<string, number>();
  // Accounts with a case on each side: one case per account and policy, as live.
  const caseAccounts = { baseline: new Set<string>(), candidate: new Set<string>() };
  const set = { live: [baseline, candidate].filter((p): p is PolicyVersion => p !== null), shadow: [] };
  for (const row of rows.slice(0, limit)) {
    const e = row.payload as unknown as WardenEvent;
    const c = contentOf(e);
    if (!c) continue;
    const at = new Date(e.occurredAt);
    const signals = detectText({ text: c.text, kind: c.kind });
    const context = await contextOf(db, { senderId: e.actor.id, recipientId: c.recipientId, jobId: c.jobId, at });
    context.text = { scopingAccess: signals.some((s) => s.type === 'contact.email') && isScopingAccessRequest(c.text) };
    const counters = await loadCounters(db, set, e.actor.id, at);
    const input = { kind: c.kind, signals, context, counters };
    const b = baseline ? evaluatePolicy(baseline, input) : null;
    const k = evaluatePolicy(candidate, input);
    const bo: Outcome = b?.outcome ?? 'allow';
    report.evaluated++;
    report.outcomes.baseline[bo]++;
    report.outcomes.candidate[k.outcome]++;
    if (b && hasEffect(b, 'case')) caseAccounts.baseline.add(e.actor.id);
    if (b && hasEffect(b, 'strike')) report.strikes.baseline++;
    if (hasEffect(k, 'case')) caseAccounts.candidate.add(e.actor.id);
    if (hasEffect(k, 'strike')) report.strikes.candidate++;
    if (bo !== k.outcome) {
      report.changed++;
      const key = `${bo}>${k.outcome}`;
      transitions.set(key, (transitions.get(key) ?? 0) + 1);
      if (report.examples.length < 20) {
        report.examples.push({
          eventId: e.id,
          accountId: e.actor.id,
          text: c.text.slice(0, 500),
          baseline: bo,
          candidate: k.outcome,
          baselineRules: b?.matched.map((m) => m.rule) ?? [],
          candidateRules: k.matched.map((m) => m.rule),
        });
      }
    }
  }
  report.cases = { baseline: caseAccounts.baseline.size, candidate: caseAccounts.candidate.size };
  report.transitions = [...transitions].map(([key, count]) => {
    const [from, to] = key.split('>') as [Outcome, Outcome];
    return { from, to, count };
  });
  return report;
}
