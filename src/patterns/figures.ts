// Per-pattern precision and recall at the account level, from which accounts each pattern
// flagged and the simulation's ground truth: one computation for the pattern bench
// (accuracy.ts, every account decision's signals) and the simulator's evaluation
// (simulate/evaluate.ts, the signals behind the cases Warden opened).
import type { AbuseType, GroundTruth } from '../simulate/types.ts';

/**
 * What each pattern is for: the abuse types whose accounts it should find. `leaders`: only the
 * account that receives (a money mule, not the ring of clients paying it).
 */
export const PATTERN_TARGETS: Record<string, { abuse: AbuseType[]; leaders?: boolean }> = {
  'circumvention.hire_without_messages': { abuse: ['direct_hire'] },
  'circumvention.contact_then_silence': { abuse: ['circumvention'] },
  'circumvention.contract_undercut_after_contact': { abuse: ['circumvention', 'contract_undercut'] },
  'circumvention.feedback_farming': { abuse: ['multi_account'] },
  'circumvention.job_posts_ask_contact': { abuse: ['scam_job', 'mule_recruiter'] },
  'circumvention.invites_without_hiring': { abuse: ['scam_job', 'mule_recruiter', 'invite_fishing'] },
  'circumvention.apply_and_move': { abuse: ['circumvention'] },
  'linked.counterparty': { abuse: ['multi_account'] },
  'payment.chargebacks': { abuse: ['scam_job'] },
  'payment.takeover_payout': { abuse: ['account_takeover'] },
  'account.payout_method_after_new_place': { abuse: ['account_takeover'] },
  'payment.new_method_payout': { abuse: ['account_takeover', 'money_mule'], leaders: true },
  'payment.payout_velocity': { abuse: ['account_takeover', 'money_mule'], leaders: true },
  'payment.rapid_in_out': { abuse: ['money_mule', 'laundering'], leaders: true },
  'payment.funnel': { abuse: ['money_mule'], leaders: true },
  'payment.round_amounts': { abuse: ['money_mule', 'laundering'], leaders: true },
};

export interface PatternFigures {
  pattern: string;
  /** Accounts the pattern signalled. */
  flagged: number;
  /** Of those, accounts that are bad in the ground truth (any abuse). */
  bad: number;
  /** Of those, accounts of the abuse the pattern is for. */
  targeted: number;
  /** Accounts of the abuse the pattern is for. */
  targets: number;
  /** targeted / targets by abuse type (only the types the population has); absent in figures saved before it was kept. */
  byAbuse?: Record<string, { found: number; of: number }>;
  /** bad / flagged (null when nothing was flagged). */
  precision: number | null;
  /** targeted / targets (null when the population has none). */
  recall: number | null;
  /** Honest accounts flagged, by honest kind (the look-alikes that fooled it). */
  honestFlagged: Record<string, number>;
  /** Honest accounts a decision carrying the pattern's signal held (a payout or a deal), by honest kind; only when holds were collected. */
  honestHeld?: Record<string, number>;
}

function isTarget(truth: GroundTruth, id: string, spec: { abuse: AbuseType[]; leaders?: boolean }): boolean {
  const a = truth.accounts.find((x) => x.id === id);
  if (!a?.abuse || !spec.abuse.includes(a.abuse)) return false;
  return !spec.leaders || !a.group || a.group === a.id;
}

/** Honest accounts among `ids`, by honest kind; an account the truth does not know is 'unknown'. */
function honestByKind(ids: Iterable<string>, byId: ReadonlyMap<string, GroundTruth['accounts'][number]>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const id of ids) {
    const a = byId.get(id);
    const kind = a ? (a.honest ? a.kind : null) : 'unknown';
    if (kind) out[kind] = (out[kind] ?? 0) + 1;
  }
  return out;
}

/**
 * The figures of every pattern in PATTERN_TARGETS, given the accounts each flagged (pattern →
 * account ids) and, optionally, those a decision carrying it held. Precision counts any bad
 * account as right; recall is over the accounts of the abuse the pattern is for; an account the
 * truth does not know counts as an honest false alarm.
 */
export function patternFigures(
  flaggedBy: ReadonlyMap<string, ReadonlySet<string>>,
  truth: GroundTruth,
  heldBy?: ReadonlyMap<string, ReadonlySet<string>>,
): PatternFigures[] {
  const byId = new Map(truth.accounts.map((a) => [a.id, a]));
  return Object.entries(PATTERN_TARGETS).map(([pattern, spec]): PatternFigures => {
    const flagged = [...(flaggedBy.get(pattern) ?? [])];
    const bad = flagged.filter((id) => byId.get(id) && !byId.get(id)?.honest);
    const targeted = flagged.filter((id) => isTarget(truth, id, spec));
    const targetAccounts = truth.accounts.filter((a) => isTarget(truth, a.id, spec));
    const targets = targetAccounts.length;
    const byAbuse: Record<string, { found: number; of: number }> = {};
    for (const a of targetAccounts) {
      const row = byAbuse[a.abuse as string] ?? { found: 0, of: 0 };
      row.of++;
      if (flagged.includes(a.id)) row.found++;
      byAbuse[a.abuse as string] = row;
    }
    return {
      pattern,
      flagged: flagged.length,
      bad: bad.length,
      targeted: targeted.length,
      targets,
      byAbuse,
      precision: flagged.length ? bad.length / flagged.length : null,
      recall: targets ? targeted.length / targets : null,
      honestFlagged: honestByKind(flagged, byId),
      ...(heldBy ? { honestHeld: honestByKind(heldBy.get(pattern) ?? [], byId) } : {}),
    };
  });
}
