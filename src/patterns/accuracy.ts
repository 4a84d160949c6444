// Per-pattern precision and recall at the account level on a simulated marketplace (src/simulate,
// with its money flows): the timeline's events go through an in-process Warden on the
// simulation's clock (the daily sweeps, the patterns' one among them, run at each simulated
// midnight), then every account decision's signals are read back and compared with the ground
// truth. Reports, uploads, appeals and reviewers are not played: the patterns are judged on the
// events alone, and no reviewer's action changes what happens next.

import { SimulatedClock } from '../app/clock.ts';
import { loadConfig } from '../app/config.ts';
import { openWarden } from '../app/start.ts';
import type { Simulation } from '../simulate/types.ts';
import { PATTERN_TARGETS, type PatternFigures, patternFigures } from './figures.ts';
import type { PatternSettings } from './settings.ts';

export interface AccuracyRun {
  events: number;
  accounts: number;
  ms: number;
  figures: PatternFigures[];
  /** Pattern signal type → accounts an account decision carrying it was made on. */
  flaggedBy: Map<string, Set<string>>;
  /** Pattern signal type → accounts such a decision held (outcome `hold`). */
  heldBy: Map<string, Set<string>>;
}

const DAY = 86_400_000;

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
      // The behaviour worker's turn: at most one batch of 100 events behind, as a running worker.
      await w.drainBehaviour();
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

    const rows = await w.ctx.db.selectFrom('decisions').select(['account_id', 'signals', 'outcome']).where('subject_type', '=', 'account').execute();
    const flaggedBy = new Map<string, Set<string>>();
    const heldBy = new Map<string, Set<string>>();
    const add = (m: Map<string, Set<string>>, k: string, id: string) => m.set(k, (m.get(k) ?? new Set()).add(id));
    for (const r of rows) {
      for (const s of r.signals as { type: string }[]) {
        if (!PATTERN_TARGETS[s.type] || !r.account_id) continue;
        add(flaggedBy, s.type, r.account_id);
        if (r.outcome === 'hold') add(heldBy, s.type, r.account_id);
      }
    }
    const truth = sim.truth;
    const figures = patternFigures(flaggedBy, truth, heldBy);
    return { events, accounts: truth.accounts.length, ms: performance.now() - t0, figures, flaggedBy, heldBy };
  } finally {
    await w.stop();
  }
}
