// The simulator's two verbs, for the CLI and the tests: play a simulation into Warden, and
// evaluate what Warden did. Both reach Warden through a WardenClient (its HTTP API).
import type { WardenClient } from './client.ts';
import { collectOutcomes, type Evaluation, evaluate } from './evaluate.ts';
import { writeReport } from './report.ts';
import { playTimeline, type RunLog, type StreamOptions } from './stream.ts';
import type { Simulation } from './types.ts';

export async function playSimulation(client: WardenClient, sim: Simulation, opts: StreamOptions = {}): Promise<RunLog> {
  const health = await client.request('GET', '/v1/auth/me');
  if (health.status !== 200) throw new Error(`Warden refused the key (${health.status}): the simulator needs an admin key (events, reports, appeals, reviews)`);
  return playTimeline(client, sim.timeline, sim.truth, opts);
}

export async function evaluateRun(
  client: WardenClient,
  sim: Simulation,
  log: RunLog,
  reportDir?: string,
  onProgress?: (done: number, total: number) => void,
): Promise<{ evaluation: Evaluation; files: string[] }> {
  const collected = await collectOutcomes(client, sim.truth, onProgress);
  const evaluation = evaluate(sim.truth, log, collected, sim.timeline.length, sim.timeline);
  const files = reportDir ? await writeReport(reportDir, evaluation, { collected }) : [];
  return { evaluation, files };
}
