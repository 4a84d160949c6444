// The simulator end to end at a small scale on PGlite: generate, play into Warden through its
// API, evaluate against the ground truth, write the report. Asserts structure and
// determinism, not detector quality (that is what the report is for).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { injectClient } from '../../src/simulate/client.ts';
import { installPolicies } from '../../src/simulate/compare.ts';
import { readSimulation, writeSimulation } from '../../src/simulate/files.ts';
import { generate } from '../../src/simulate/generate.ts';
import { evaluateRun, playSimulation } from '../../src/simulate/run.ts';
import type { RunLog } from '../../src/simulate/stream.ts';
import { ABUSE_TYPES, HONEST_KINDS, MONEY_FLOW_ABUSE } from '../../src/simulate/types.ts';
import { startTestWarden, type TestWarden } from '../helpers/warden.ts';

// Templates only: the test must not depend on whether ../shared/data/real is present.
const OPTS = { seed: 11, accounts: 40, days: 7, realDataDir: null } as const;
const dir = mkdtempSync(join(tmpdir(), 'warden-sim-'));
let w: TestWarden;
let log: RunLog;
const sim = generate(OPTS);

beforeAll(async () => {
  w = await startTestWarden('pglite');
  log = await playSimulation(injectClient(w.app, w.adminKey), sim, { mode: 'batch', batchSize: 250 });
}, 600_000);
afterAll(async () => {
  await w?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('warden simulate', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    expect(JSON.stringify(generate(OPTS))).toBe(JSON.stringify(sim));
    expect(JSON.stringify(generate({ ...OPTS, seed: 12 }).truth.accounts)).not.toBe(JSON.stringify(sim.truth.accounts));
  });

  it('keeps the ground truth apart and consistent with the timeline', async () => {
    const ids = new Set(sim.timeline.flatMap((i) => (i.kind === 'event' ? [i.event.id] : i.kind === 'report' ? [i.id] : [])));
    for (const a of sim.truth.abusive) expect(ids.has(a.id)).toBe(true);
    expect(sim.truth.textSource).toBe('templates');
    for (const abuse of ABUSE_TYPES) expect(sim.truth.accounts.some((a) => a.abuse === abuse)).toBe(!MONEY_FLOW_ABUSE.includes(abuse));
    // Nothing Warden sees says who is bad.
    const seen = JSON.stringify(sim.timeline);
    expect(seen).not.toMatch(/"(abuse|honest)":/);
    const times = sim.timeline.map((i) => i.at);
    expect([...times].sort()).toEqual(times);
    writeSimulation(dir, sim);
    expect(await readSimulation(dir)).toEqual(sim);
  });

  it('covers every event type Warden accepts, plus uploads, reports and appeals', async () => {
    const { EVENT_TYPES } = await import('../../src/events/schemas.ts');
    const types = new Set(sim.timeline.flatMap((i) => (i.kind === 'event' ? [i.event.type] : [])));
    expect([...EVENT_TYPES].filter((t) => !types.has(t))).toEqual([]);
    for (const kind of ['upload', 'report', 'appeal', 'review']) expect(sim.timeline.some((i) => i.kind === kind)).toBe(true);
  });

  it('plays into Warden without a rejected event or an API error', () => {
    expect(log.errors).toEqual([]);
    expect(log.stats.rejected).toBe(0);
    expect(log.stats.accepted).toBe(sim.timeline.filter((i) => i.kind === 'event').length);
    expect(log.stats.reports).toBe(sim.timeline.filter((i) => i.kind === 'report').length);
  });
});

describe('warden evaluate', () => {
  it('writes a report with account-level figures for every abuse type and honest kind', async () => {
    const out = join(dir, 'report');
    const { evaluation: e, files } = await evaluateRun(injectClient(w.app, w.adminKey), sim, log, out);
    expect(e.byAbuse.map((r) => r.abuse).sort()).toEqual(ABUSE_TYPES.filter((a) => !MONEY_FLOW_ABUSE.includes(a)).sort());
    for (const r of e.byHonestKind) expect(HONEST_KINDS).toContain(r.kind);
    const rates = [...Object.values(e.overall), ...e.byAbuse.flatMap((r) => [r.casedRecall, r.actionRecall, r.recallWithin3])].filter(
      (x): x is { n: number; of: number; rate: number | null } => typeof x === 'object' && x !== null && 'of' in x,
    );
    for (const r of rates) {
      expect(r.n).toBeLessThanOrEqual(r.of);
      if (r.rate !== null) expect(r.rate).toBeGreaterThanOrEqual(0);
    }
    expect(e.scale.accounts).toBe(sim.truth.accounts.length);
    for (const f of files) expect(existsSync(join(out, f))).toBe(true);
    expect(readFileSync(join(out, 'recall-by-abuse.svg'), 'utf8')).toMatch(/^<svg/);
    expect(readFileSync(join(out, 'README.md'), 'utf8')).toContain('proactive share of account-level investigations');
    // Evaluating twice reads the same outcomes.
    const again = await evaluateRun(injectClient(w.app, w.adminKey), sim, log);
    expect(again.evaluation.overall).toEqual(e.overall);
    // Two evaluations (every case read with its evidence, every account's standing and timeline)
    // and the charts: over 30 s on a loaded 2-core machine.
  }, 180_000);
});

describe('warden compare', () => {
  it('installs a candidate policy set through the policy API as new live versions', async () => {
    const doc = JSON.parse(readFileSync(join(process.cwd(), 'src/policy/defaults/contact-sharing.json'), 'utf8'));
    doc.description = `${doc.description} (candidate)`;
    const client = injectClient(w.app, w.adminKey);
    const [installed] = await installPolicies(client, [doc]);
    expect(installed).toEqual({ name: 'contact-sharing', version: 2 });
    expect((await client.request('GET', '/v1/policies/contact-sharing')).body.liveVersion).toBe(2);
  });
});
