// A large marketplace as independent cohorts, streamed in time order with bounded memory.
//
// `generate` builds a whole timeline in memory: fine for thousands of accounts, not for a
// million events (≈ 49,000 accounts over 14 days, ~1–2 GB of objects). Here the population is
// split into cohorts of at most `cohortAccounts` accounts — sub-markets whose people deal with
// each other (each cohort is a complete `generate` population with every kind of bad actor) —
// each generated alone, written to its own JSON-lines file, and forgotten; playing then merges
// the files by time (a k-way merge reading one line per file at a time). Memory: one cohort
// while generating (~45,000 items at 2,000 accounts), then one pending item per cohort, plus
// the ground truth (accounts and abusive items, kept whole for the evaluation).
import { closeSync, createReadStream, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { type GenerateOptions, generate } from './generate.ts';
import { loadRealTexts } from './real-texts.ts';
import type { GroundTruth, TimelineItem } from './types.ts';

export interface CohortSimulation {
  truth: GroundTruth;
  /** Timeline items over all cohorts (what `timeline()` yields). */
  items: number;
  events: number;
  /** The merged timeline, in time order (ties: cohort order, then creation order); can be read more than once. */
  timeline(): AsyncIterable<TimelineItem>;
  files: string[];
}

/**
 * Generates `accounts` accounts as cohorts of at most `cohortAccounts` (default 2,000) into
 * `dir` (cohort-<n>.jsonl each). Deterministic for a seed and cohort size. The simulated review
 * team (one `review` item a day) is played once, from cohort 0.
 */
export function generateCohorts(opts: GenerateOptions & { dir: string; cohortAccounts?: number }): CohortSimulation {
  const seed = opts.seed ?? 1;
  const total = Math.max(40, Math.floor(opts.accounts ?? 300));
  const size = Math.max(40, Math.floor(opts.cohortAccounts ?? 2_000));
  const n = Math.max(1, Math.round(total / size));
  const realTexts = opts.realTexts !== undefined ? opts.realTexts : opts.realDataDir === null ? null : loadRealTexts(opts.realDataDir);
  mkdirSync(opts.dir, { recursive: true });
  let truth: GroundTruth | null = null;
  let items = 0;
  let events = 0;
  const files: string[] = [];
  for (let c = 0; c < n; c++) {
    // Spread the remainder so cohorts differ by at most one account.
    const accounts = Math.floor(total / n) + (c < total % n ? 1 : 0);
    const sim = generate({ ...opts, seed, accounts, cohort: c, realTexts, reviewers: c === 0 && opts.reviewers !== false });
    const file = join(opts.dir, `cohort-${c}.jsonl`);
    const fd = openSync(file, 'w');
    try {
      for (const i of sim.timeline) {
        writeSync(fd, `${JSON.stringify(i)}\n`);
        items++;
        if (i.kind === 'event') events++;
      }
    } finally {
      closeSync(fd);
    }
    files.push(file);
    if (!truth) truth = { ...sim.truth, accounts: [...sim.truth.accounts], abusive: [...sim.truth.abusive], takeovers: [...sim.truth.takeovers] };
    else {
      truth.accounts.push(...sim.truth.accounts);
      truth.abusive.push(...sim.truth.abusive);
      truth.takeovers.push(...sim.truth.takeovers);
    }
  }
  const t = truth as GroundTruth;
  t.scale = { accounts: t.accounts.length, days: t.scale.days };
  t.abusive.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return { truth: t, items, events, files, timeline: () => mergeByTime(files) };
}

/** k-way merge of time-ordered JSON-lines timelines (one pending line per file). */
export async function* mergeByTime(files: string[]): AsyncGenerator<TimelineItem> {
  const readers = files.map((f) => createInterface({ input: createReadStream(f, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY })[Symbol.asyncIterator]());
  const head: (TimelineItem | null)[] = [];
  const next = async (k: number) => {
    for (;;) {
      const r = await readers[k].next();
      if (r.done) return null;
      if (r.value.trim()) return JSON.parse(r.value) as TimelineItem;
    }
  };
  for (let k = 0; k < readers.length; k++) head.push(await next(k));
  for (;;) {
    // A linear scan: cohorts are few (≈ 25 at a million events), a heap would not pay.
    let best = -1;
    for (let k = 0; k < head.length; k++) {
      const h = head[k];
      if (h && (best < 0 || h.at < (head[best] as TimelineItem).at)) best = k;
    }
    if (best < 0) return;
    yield head[best] as TimelineItem;
    head[best] = await next(best);
  }
}
