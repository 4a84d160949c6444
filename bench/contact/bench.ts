// Throughput and per-message latency on one core, in-process: the contact detector beside a
// baseline of what a team might wire up instead (libphonenumber-js findNumbers + linkifyjs),
// and the full screening path `detectText` (contact + scam + links + spam classifier).
//   node bin/tsx.mjs bench/contact/bench.ts [--passes 5] [--contact-only]
// --contact-only measures the contact detector and its earlier versions only (no scam, full
// path, negatives-only mix or scaling): the speed ratios, in less time on a loaded machine.
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import * as linkify from 'linkifyjs';
import { detectContact } from '../../src/detect/contact/index.ts';
import { detectText } from '../../src/detect/index.ts';
import { detectScam } from '../../src/detect/scam/index.ts';
import { BEFORE_COMMIT, BEFORE_SET_3_COMMIT, BEFORE_SET_4_COMMIT, BEFORE_SPEED_COMMIT, loadBeforeDetector } from './before.ts';
import { run as runScaling } from './scaling.ts';
import { workload } from './workload.ts';

interface Pass {
  perSec: number;
  p50: number;
  p99: number;
}

function pass(texts: string[], fn: (t: string) => unknown): Pass {
  const lat = new Float64Array(texts.length);
  const t0 = performance.now();
  for (let i = 0; i < texts.length; i++) {
    const s = performance.now();
    fn(texts[i]);
    lat[i] = performance.now() - s;
  }
  const total = performance.now() - t0;
  lat.sort();
  return { perSec: texts.length / (total / 1000), p50: lat[Math.floor(lat.length * 0.5)], p99: lat[Math.floor(lat.length * 0.99)] };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** One warm-up pass over the whole workload (JIT, lazy tables, the spam model), then the median of `passes`. */
function measure(name: string, texts: string[], passes: number, fn: (t: string) => unknown) {
  pass(texts, fn);
  const runs = Array.from({ length: passes }, () => pass(texts, fn));
  return {
    name,
    perSec: median(runs.map((r) => r.perSec)),
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    spread: [Math.min(...runs.map((r) => r.perSec)), Math.max(...runs.map((r) => r.perSec))],
  };
}

type Measured = ReturnType<typeof measure>;

function row(r: Measured, baseline: Measured): string {
  const rate = (x: number) => Math.round(x).toLocaleString('en');
  return `| ${r.name} | ${rate(r.perSec)} (${r.spread.map(rate).join('–')}) | ${r.p50.toFixed(3)} | ${r.p99.toFixed(3)} | ${(r.perSec / baseline.perSec).toFixed(2)}x |`;
}

/** The markdown table of a run; rows[0] is the baseline the last column divides by. */
function table(rows: Measured[], texts: string[], passes: number, loadBefore: number): string[] {
  const lengths = texts.map((t) => t.length).sort((a, b) => a - b);
  return [
    `Workload: ${texts.length} messages, median ${lengths[lengths.length >> 1]} chars, max ${lengths[lengths.length - 1]} chars; one core, in-process.`,
    `Median of ${passes} passes after a warm-up pass; 1-minute load average ${loadBefore.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after.`,
    '',
    '| Path | messages/s (min–max) | p50 ms | p99 ms | throughput vs baseline |',
    '|---|---:|---:|---:|---:|',
    ...rows.map((r) => row(r, rows[0])),
  ];
}

/** detectContact against each earlier version, measured on the same messages in the same run: ratios hold whatever the load. */
function printRatios(current: Measured, earlier: Measured[]): void {
  console.log('');
  for (const e of earlier) console.log(`detectContact now / ${e.name}: ${(current.perSec / e.perSec).toFixed(2)}x`);
  console.log('');
}

export async function run(): Promise<void> {
  const arg = process.argv.indexOf('--passes');
  const passes = arg > 0 ? Number(process.argv[arg + 1]) : 5;
  const texts = workload();
  const loadBefore = loadavg()[0];
  const baseline = measure('baseline: libphonenumber-js findNumbers + linkifyjs', texts, passes, (t) => {
    findPhoneNumbersInText(t, { defaultCountry: 'US' });
    linkify.find(t);
  });
  // The same detector at earlier commits, on the same messages in the same run: the speed
  // regression of issue 12 and its fix read as ratios, whatever the machine's load.
  const earlier = [];
  for (const [commit, what] of [
    [BEFORE_COMMIT, 'before issue 12'],
    [BEFORE_SET_3_COMMIT, 'before blind set 3'],
    [BEFORE_SET_4_COMMIT, 'before blind set 4'],
    [BEFORE_SPEED_COMMIT, 'before the speed work'],
  ] as const) {
    const old = await loadBeforeDetector(commit);
    if ('detect' in old) earlier.push(measure(`Warden detectContact at ${commit} (${what})`, texts, passes, (t) => old.detect({ text: t, locale: 'en' })));
    else console.log(`(detectContact at ${commit} unavailable: ${old.error})`);
  }
  const current = measure('Warden detectContact', texts, passes, (t) => detectContact({ text: t, locale: 'en' }));
  const rows = [baseline, ...earlier, current];
  if (process.argv.includes('--contact-only')) {
    console.log(table(rows, texts, passes, loadBefore).join('\n'));
    printRatios(current, earlier);
    return;
  }
  rows.push(
    measure('Warden detectScam', texts, passes, (t) => detectScam({ text: t, kind: 'message' })),
    measure('Warden detectText (contact + scam + links + spam)', texts, passes, (t) => detectText({ text: t, kind: 'message', locale: 'en' })),
  );
  const benign = workload(true);
  const benignContact = measure('Warden detectContact, negatives-only mix', benign, passes, (t) => detectContact({ text: t, locale: 'en' }));
  console.log(
    [
      ...table(rows, texts, passes, loadBefore),
      '',
      `The same shape of workload built from the negative messages only (no contact details; median ${[...benign.map((t) => t.length)].sort((a, b) => a - b)[benign.length >> 1]} chars; ratio against the baseline above):`,
      '',
      row(benignContact, baseline),
    ].join('\n'),
  );
  printRatios(current, earlier);
  await runScaling();
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await run();
