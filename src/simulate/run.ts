// The simulator's two verbs, for the CLI and the tests: play a simulation into Warden, and
// evaluate what Warden did. Both reach Warden through a WardenClient (its HTTP API).
import type { WardenClient } from './client.ts';
import { collectOutcomes, type Evaluation, evaluate } from './evaluate.ts';
import { writeReport } from './report.ts';
import { playTimeline, type RunLog, type StreamOptions } from './stream.ts';
import type { Simulation, TimelineItem } from './types.ts';

/** `sim.timeline` may be streamed (an async iterable, e.g. cohorts.ts) with `sim.items` its length. */
export async function playSimulation(
  client: WardenClient,
  sim: Pick<Simulation, 'truth'> & { timeline: Simulation['timeline'] | Iterable<TimelineItem> | AsyncIterable<TimelineItem>; items?: number },
  opts: StreamOptions = {},
): Promise<RunLog> {
  const health = await client.request('GET', '/v1/auth/me');
  if (health.status !== 200) throw new Error(`Warden refused the key (${health.status}): the simulator needs an admin key (events, reports, appeals, reviews)`);
  return playTimeline(client, sim.timeline, sim.truth, { ...opts, ...(sim.items !== undefined ? { total: sim.items } : {}) });
}

/** `sim` may be a streamed one (cohorts.ts): the truth and its number of items, no timeline in memory. */
export async function evaluateRun(
  client: WardenClient,
  sim: Simulation | { truth: Simulation['truth']; items: number; timeline?: unknown },
  log: RunLog,
  reportDir?: string,
  onProgress?: (done: number, total: number) => void,
): Promise<{ evaluation: Evaluation; files: string[] }> {
  const collected = await collectOutcomes(client, sim.truth, onProgress);
  const timeline = Array.isArray(sim.timeline) ? (sim.timeline as TimelineItem[]) : undefined;
  const evaluation = evaluate(sim.truth, log, collected, timeline ? timeline.length : 'items' in sim ? sim.items : 0, timeline);
  const files = reportDir ? await writeReport(reportDir, evaluation, { collected }) : [];
  return { evaluation, files };
}
