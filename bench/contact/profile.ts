// Where the contact detector's time goes on the bench mix (workload.ts): a V8 CPU profile of
// detectContact, taken in-process through node:inspector, summed into self time per function
// (by file) and per regular expression, as shares of the profiled time (idle excluded). Line
// numbers are not given: the TypeScript loader hands V8 code without source positions.
//   node bin/tsx.mjs bench/contact/profile.ts [passes, default 6] [rows, default 30]
// Shares only, no rates: use alternate.ts to compare speed, snapshot.ts to check findings.

import { Session } from 'node:inspector/promises';
import { loadavg } from 'node:os';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { detectContact } from '../../src/detect/contact/index.ts';
import { workload } from './workload.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export async function run(): Promise<void> {
  const passes = Number(process.argv[2] ?? 6);
  const rows = Number(process.argv[3] ?? 30);
  const texts = workload();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  const load = loadavg()[0];
  await session.post('Profiler.start');
  // Regular expressions are compiled at their first use: only those compiled while the profiler
  // runs are named in it (else their time is filed under their callers). So the warm-up pass
  // (JIT, lazily built tables) is inside the profile: one pass in passes + 1.
  for (let p = 0; p <= passes; p++) for (const t of texts) detectContact({ text: t, locale: 'en' });
  const { profile } = (await session.post('Profiler.stop')) as { profile: Profile };
  session.disconnect();

  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const name = (n: ProfileNode) => {
    const f = n.callFrame;
    const where = f.url ? ` ${basename(f.url)}` : '';
    return `${f.functionName || '(anonymous)'}${where}`;
  };
  // Self time per node. The profile spans the detector's passes only; V8 files samples taken
  // inside compiled regular expressions at the root, not under their caller, so every sample
  // but idle time counts.
  const selfTime = new Map<number, number>();
  for (let k = 0; k < profile.samples.length; k++) {
    const id = profile.samples[k];
    selfTime.set(id, (selfTime.get(id) ?? 0) + profile.timeDeltas[k]);
  }
  const self = new Map<string, number>();
  let total = 0;
  let regexTotal = 0;
  for (const [id, t] of selfTime) {
    if (byId.get(id)?.callFrame.functionName === '(idle)') continue;
    const key = name(byId.get(id) as ProfileNode);
    self.set(key, (self.get(key) ?? 0) + t);
    total += t;
    if (key.startsWith('RegExp:')) regexTotal += t;
  }
  const pct = (t: number) => `${((100 * t) / total).toFixed(1).padStart(5)} %`;
  const sorted = [...self].sort((a, b) => b[1] - a[1]);
  console.log(
    `detectContact, ${passes} passes + 1 warm-up pass of ${texts.length} messages; 1-minute load average ${load.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after.\n` +
      `Self time inside regular expressions: ${pct(regexTotal)} of the profiled time.\n\nFunctions (self time):`,
  );
  for (const [k, t] of sorted.filter(([k]) => !k.startsWith('RegExp:')).slice(0, rows)) console.log(`${pct(t)}  ${k}`);
  console.log('\nRegular expressions (self time, source cut at 140 characters):');
  for (const [k, t] of sorted.filter(([k]) => k.startsWith('RegExp:')).slice(0, rows)) console.log(`${pct(t)}  ${k.slice(8, 148)}`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await run();
