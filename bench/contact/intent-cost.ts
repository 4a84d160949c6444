// CPU cost of the contact-intent model per message beside the contact detector's, on the contact
// benchmark mix (workload.ts), one core, in-process, passes alternated so load drifts hit both:
//   node bin/tsx.mjs bench/contact/intent-cost.ts [--passes 5]
// "model" is what screening adds per message: featurise + score (detectContactIntent with no
// rule intent, so every message is scored; spans only for the few flagged).
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { detectContact } from '../../src/detect/contact/index.ts';
import { detectContactIntent, loadContactIntentModel } from '../../src/detect/learned/index.ts';
import { workload } from './workload.ts';

function timed(texts: string[], fn: (t: string) => unknown): number {
  const t0 = performance.now();
  for (const t of texts) fn(t);
  return ((performance.now() - t0) * 1000) / texts.length;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

export function run(): void {
  const at = process.argv.indexOf('--passes');
  const passes = at > 0 ? Number(process.argv[at + 1]) : 5;
  const texts = workload();
  loadContactIntentModel();
  const contact = (t: string) => detectContact({ text: t });
  const model = (t: string) => detectContactIntent(t, []);
  timed(texts, contact);
  timed(texts, model);
  const c: number[] = [];
  const m: number[] = [];
  for (let p = 0; p < passes; p++) {
    c.push(timed(texts, contact));
    m.push(timed(texts, model));
  }
  const mc = median(c);
  const mm = median(m);
  console.log(`| ${texts.length} messages, median of ${passes} passes, load ${loadavg()[0].toFixed(1)} | µs / message | vs detectContact |`);
  console.log('|---|---|---|');
  console.log(`| detectContact | ${mc.toFixed(1)} | 1.00 |`);
  console.log(`| contact-intent model (featurise + score) | ${mm.toFixed(1)} | ${(mm / mc).toFixed(2)} |`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) run();
