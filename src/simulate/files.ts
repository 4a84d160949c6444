// A simulation on disk: timeline.jsonl (everything played, in order), events.jsonl (the events
// alone, for `warden ingest`), truth.json (never shown to Warden) and, once played, run.json.
import { closeSync, createReadStream, existsSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { RunLog } from './stream.ts';
import type { GroundTruth, Simulation, TimelineItem } from './types.ts';

export function writeSimulation(dir: string, sim: Simulation): { timeline: string; events: string; truth: string } {
  mkdirSync(dir, { recursive: true });
  const paths = { timeline: join(dir, 'timeline.jsonl'), events: join(dir, 'events.jsonl'), truth: join(dir, 'truth.json') };
  // Line by line: a million-event timeline is larger than one string may be.
  const timeline = openSync(paths.timeline, 'w');
  const events = openSync(paths.events, 'w');
  try {
    for (const i of sim.timeline) {
      writeSync(timeline, `${JSON.stringify(i)}\n`);
      if (i.kind === 'event') writeSync(events, `${JSON.stringify(i.event)}\n`);
    }
  } finally {
    closeSync(timeline);
    closeSync(events);
  }
  writeFileSync(paths.truth, `${JSON.stringify(sim.truth, null, 2)}\n`);
  return paths;
}

export function writeTruth(dir: string, truth: GroundTruth): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'truth.json');
  writeFileSync(path, `${JSON.stringify(truth)}\n`);
  return path;
}

/** A cohort simulation (cohorts.ts) has no timeline.jsonl: its truth and the number of items in its cohort files. */
export function readTruthOnly(dir: string): { truth: GroundTruth; items: number } {
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as GroundTruth;
  const cohorts = join(dir, 'cohorts');
  let items = 0;
  if (existsSync(cohorts))
    for (const f of readdirSync(cohorts))
      if (f.endsWith('.jsonl'))
        items += readFileSync(join(cohorts, f), 'utf8')
          .split('\n')
          .filter((l) => l.trim()).length;
  return { truth, items };
}

export async function readSimulation(dir: string): Promise<Simulation> {
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as GroundTruth;
  const timeline: TimelineItem[] = [];
  const rl = createInterface({ input: createReadStream(join(dir, 'timeline.jsonl'), 'utf8'), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of rl) if (line.trim()) timeline.push(JSON.parse(line) as TimelineItem);
  return { timeline, truth };
}

export function writeRunLog(dir: string, log: RunLog): string {
  const path = join(dir, 'run.json');
  writeFileSync(path, `${JSON.stringify(log)}\n`);
  return path;
}

export function readRunLog(dir: string): RunLog {
  const path = join(dir, 'run.json');
  if (!existsSync(path)) throw new Error(`${path} not found: play the simulation into Warden first (warden simulate --url … or --embedded)`);
  return JSON.parse(readFileSync(path, 'utf8')) as RunLog;
}
