// Per-pattern precision and recall at the account level on a simulated marketplace (src/simulate,
// with its money flows): the timeline's events go through an in-process Warden on the
// simulation's clock (the daily sweeps, the patterns' one among them, run at each simulated
// midnight), then every account decision's signals are read back and compared with the ground
// truth. Reports, uploads, appeals and reviewers are not played: the patterns are judged on the
// events alone, and no reviewer's action changes what happens next.

import { SimulatedClock } from '../app/clock.ts';
import { loadConfig } from '../app/config.ts';
import { openWarden } from '../app/start.ts';
import type { AbuseType, GroundTruth, Simulation } from '../simulate/types.ts';
import type { PatternSettings } from './settings.ts';

/**
 * What each pattern is for: the abuse types whose accounts it should find. `leaders`: only the
 * account that receives (a money mule, not the ring of clients paying it).
 */
export const PATTERN_TARGETS: Record<string, { abuse: AbuseType[]; leaders?: boolean }> = {
  'circumvention.hire_without_messages': { abuse: ['direct_hire'] },
  'circumvention.contact_then_silence': { abuse: ['circumvention'] },
  'circumvention.contract_undercut_after_contact': { abuse: ['circumvention'] },
  'circumvention.feedback_farming': { abuse: ['multi_account'] },
  'circumvention.job_posts_ask_contact': { abuse: ['scam_job', 'mule_recruiter'] },
  'circumvention.invites_without_hiring': { abuse: ['scam_job', 'mule_recruiter'] },
  'circumvention.apply_and_move': { abuse: ['circumvention'] },
  'payment.chargebacks': { abuse: ['scam_job'] },
  'payment.takeover_payout': { abuse: ['account_takeover'] },
  'payment.new_method_payout': { abuse: ['account_takeover', 'money_mule'], leaders: true },
  'payment.payout_velocity': { abuse: ['account_takeover', 'money_mule'], leaders: true },
  'payment.rapid_in_out': { abuse: ['money_mule'], leaders: true },
  'payment.funnel': { abuse: ['money_mule'], leaders: true },
  'payment.round_amounts': { abuse: ['money_mule'], leaders: true },
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
  /** bad / flagged (null when nothing was flagged). */
  precision: number | null;
  /** targeted / targets (null when the population has none). */
  recall: number | null;
  /** Honest accounts flagged, by honest kind (the look-alikes that fooled it). */
  honestFlagged: Record<string, number>;
}

export interface AccuracyRun {
  events: number;
  accounts: number;
  ms: number;
  figures: PatternFigures[];
}

const DAY = 86_400_000;

function isTarget(truth: GroundTruth, id: string, spec: { abuse: AbuseType[]; leaders?: boolean }): boolean {
  const a = truth.accounts.find((x) => x.id === id);
  if (!a?.abuse || !spec.abuse.includes(a.abuse)) return false;
  return !spec.leaders || !a.group || a.group === a.id;
}

/** Plays `sim`'s events into a fresh in-memory Warden (with `settings`, else the defaults) and measures every pattern. */
export async function measurePatterns(sim: Simulation, settings?: PatternSettings): Promise<AccuracyRun> {
  const clock = new SimulatedClock(sim.truth.startAt);
  const w = await openWarden(loadConfig({}, { logLevel: 'silent' }), { memory: true, clock, ...(settings ? { patterns: settings } : {}) });
  const t0 = performance.now();
  let events = 0;
  try {
    const start = Date.parse(sim.truth.startAt);
    let day = Math.floor((Math.max(start, Date.parse(sim.timeline[0]?.at ?? sim.truth.startAt)) - start) / DAY);
    let batch: unknown[] = [];
    const flush = async () => {
      if (!batch.length) return;
      clock.advanceTo((batch[batch.length - 1] as { occurredAt: string }).occurredAt);
      await w.ctx.events.ingestBatch(batch);
      events += batch.length;
      batch = [];
    };
    for (const item of sim.timeline) {
      if (item.kind !== 'event') continue;
      const d = Math.floor((Date.parse(item.at) - start) / DAY);
      if (d > day) {
        await flush();
        // Each simulated midnight passed: the daily sweeps, on the simulated clock.
        for (let k = Math.max(day + 1, 0); k <= d; k++) {
          clock.advanceTo(start + k * DAY);
          await w.sweepNow();
        }
        day = d;
      }
      batch.push(item.event);
      if (batch.length >= 100) await flush();
    }
    await flush();
    clock.advanceTo(sim.truth.endAt);
    await w.sweepNow();

    const rows = await w.ctx.db.selectFrom('decisions').select(['account_id', 'signals']).where('subject_type', '=', 'account').execute();
    const flaggedBy = new Map<string, Set<string>>();
    for (const r of rows) {
      for (const s of r.signals as { type: string }[]) {
        if (!PATTERN_TARGETS[s.type] || !r.account_id) continue;
        flaggedBy.set(s.type, (flaggedBy.get(s.type) ?? new Set()).add(r.account_id));
      }
    }
    const truth = sim.truth;
    const byId = new Map(truth.accounts.map((a) => [a.id, a]));
    const figures = Object.entries(PATTERN_TARGETS).map(([pattern, spec]): PatternFigures => {
      const flagged = [...(flaggedBy.get(pattern) ?? [])];
      const bad = flagged.filter((id) => byId.get(id) && !byId.get(id)?.honest);
      const targeted = flagged.filter((id) => isTarget(truth, id, spec));
      const targets = truth.accounts.filter((a) => isTarget(truth, a.id, spec)).length;
      const honestFlagged: Record<string, number> = {};
      for (const id of flagged) {
        const a = byId.get(id);
        // An account the simulation does not know (none expected) counts as honest: a false alarm.
        const kind = a ? (a.honest ? a.kind : null) : 'unknown';
        if (kind) honestFlagged[kind] = (honestFlagged[kind] ?? 0) + 1;
      }
      return {
        pattern,
        flagged: flagged.length,
        bad: bad.length,
        targeted: targeted.length,
        targets,
        precision: flagged.length ? bad.length / flagged.length : null,
        recall: targets ? targeted.length / targets : null,
        honestFlagged,
      };
    });
    return { events, accounts: truth.accounts.length, ms: performance.now() - t0, figures };
  } finally {
    await w.stop();
  }
}
