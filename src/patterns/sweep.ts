// The background sweep of the time-based patterns. "Contact shared, then the conversation
// stopped" and "invited many, never hired" are facts about time passing, which no event
// announces; evaluating them on every event would cost every event a scan. Instead each sweep
// reads only the facts that ripened since the previous sweep (a cursor per pattern in
// pattern_sweeps), and evaluates those facts' accounts once each, as of `now`.
import type { Signal } from '../detect/types.ts';
import type { Db, Tx } from '../store/db.ts';
import { TIME_PATTERNS, type TimePattern, timePattern } from './detect.ts';
import type { PatternSettings } from './settings.ts';

const DAY = 86_400_000;
/** Accounts evaluated per transaction: short transactions beside ingestion, few commits. */
const ACCOUNTS_PER_TX = 50;

export interface SweepCounts {
  /** Accounts whose facts ripened since the previous sweep, each evaluated once. */
  accounts: number;
  /** Account decisions made (accounts with a signal). */
  decisions: number;
}

export type DecideAccount = (tx: Tx, accountId: string, signals: Signal[], at: Date) => Promise<unknown>;

function windowDays(cfg: PatternSettings, p: TimePattern): number {
  return p === 'contact_then_silence' ? cfg.contactThenSilence.windowDays : cfg.invitesWithoutHiring.windowDays;
}

/**
 * One sweep as of `now`: for each time-based pattern, the facts that ripened in
 * (previous cursor, now − ripening time] — on the first sweep, the whole window — name the
 * accounts to evaluate. The cursor moves in the same transaction as the last batch's
 * decisions, so a sweep that fails half-way evaluates the rest (and at most a batch again) next time.
 * `factsUntil`: facts are complete up to this time (the oldest event still queued for the
 * behaviour worker has not written its facts yet): the cursor never moves past it.
 */
export async function sweepTimePatterns(
  db: Db,
  cfg: PatternSettings,
  now: Date,
  decide: DecideAccount,
  factsUntil: Date = now,
): Promise<Record<string, SweepCounts>> {
  const out: Record<string, SweepCounts> = {};
  for (const pattern of Object.keys(TIME_PATTERNS) as TimePattern[]) {
    const { kind, ripensMs } = TIME_PATTERNS[pattern];
    const until = new Date(Math.min(now.getTime() - ripensMs(cfg), factsUntil.getTime()));
    const state = await db.selectFrom('pattern_sweeps').select('swept_until').where('pattern', '=', pattern).executeTakeFirst();
    const from = state ? new Date(state.swept_until) : new Date(until.getTime() - windowDays(cfg, pattern) * DAY);
    const counts: SweepCounts = { accounts: 0, decisions: 0 };
    out[pattern] = counts;
    if (until.getTime() <= from.getTime()) continue;
    const accounts = (
      await db
        .selectFrom('pattern_facts')
        .select('account_id')
        .distinct()
        .where('kind', '=', kind)
        .where('at', '>', from)
        .where('at', '<=', until)
        .orderBy('account_id')
        .execute()
    ).map((r) => r.account_id);
    counts.accounts = accounts.length;
    for (let i = 0; i < accounts.length || i === 0; i += ACCOUNTS_PER_TX) {
      const batch = accounts.slice(i, i + ACCOUNTS_PER_TX);
      const last = i + ACCOUNTS_PER_TX >= accounts.length;
      await db.transaction().execute(async (tx) => {
        for (const accountId of batch) {
          const signals: Signal[] = [];
          await timePattern({ tx, at: now, cfg, screened: [], emit: (_id, s) => signals.push(s) }, pattern, accountId);
          if (!signals.length) continue;
          await decide(tx, accountId, signals, now);
          counts.decisions++;
        }
        if (last)
          await tx
            .insertInto('pattern_sweeps')
            .values({ pattern, swept_until: until })
            .onConflict((oc) => oc.column('pattern').doUpdateSet({ swept_until: until }))
            .execute();
      });
    }
  }
  return out;
}
