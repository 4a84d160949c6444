// Two builds of the contact detector run alternately in one process: the detector at a git
// commit (extracted by before.ts) and the working tree's, pass by pass over the bench mix
// (workload.ts), each pass timed in CPU time of this process and the order swapped every
// pass, so that a loaded, shared machine slows both alike. Prints each build's median and
// best messages/s and their ratio per pass.
//   node bin/tsx.mjs bench/contact/alternate.ts <commit> [passes, default 6]
// For speed work that must not change findings: pair it with snapshot.ts.
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { detectContact } from '../../src/detect/contact/index.ts';
import { loadBeforeDetector } from './before.ts';
import { workload } from './workload.ts';

/** CPU seconds (user + system) of this process so far. */
function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

export async function run(): Promise<void> {
  const commit = process.argv[2];
  if (!commit) throw new Error('usage: alternate.ts <commit> [passes]');
  const passes = Number(process.argv[3] ?? 6);
  const old = await loadBeforeDetector(commit);
  if (!('detect' in old)) throw new Error(`detectContact at ${commit} unavailable: ${old.error}`);
  const texts = workload();
  const builds: [string, (t: string) => unknown][] = [
    [`detectContact at ${commit}`, (t) => old.detect({ text: t, locale: 'en' })],
    ['detectContact (working tree)', (t) => detectContact({ text: t, locale: 'en' })],
  ];
  const loadBefore = loadavg()[0];
  // One warm-up pass each (JIT, lazily built tables).
  for (const [, detect] of builds) for (const t of texts) detect(t);
  const rates: number[][] = [[], []];
  for (let p = 0; p < passes; p++) {
    for (const k of p % 2 ? [1, 0] : [0, 1]) {
      const start = cpuSeconds();
      for (const t of texts) builds[k][1](t);
      rates[k].push(texts.length / (cpuSeconds() - start));
    }
  }
  const rate = (x: number) => Math.round(x).toLocaleString('en');
  for (const k of [0, 1]) console.log(`${builds[k][0]}: median ${rate(median(rates[k]))} messages/s of CPU time, best ${rate(Math.max(...rates[k]))}`);
  const ratios = rates[1].map((r, i) => r / rates[0][i]);
  console.log(
    `working tree / ${commit}: median ${median(ratios).toFixed(2)}x, per pass ${ratios.map((r) => r.toFixed(2)).join(' ')}; ` +
      `${texts.length} messages per pass, 1-minute load average ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await run();
