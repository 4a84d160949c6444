// In-process screening throughput for spam and scam detectors on marketplace-sized texts
// (the scam corpus), with p50/p99 latency and ratios against the content classifier alone.
//   node bin/tsx.mjs bench/scam/bench.ts

import { pathToFileURL } from 'node:url';
import { detectText } from '../../src/detect/index.ts';
import { loadLearnedModels } from '../../src/detect/learned/index.ts';
import { detectScam } from '../../src/detect/scam/detect-scam.ts';
import { loadSpamClassifier } from '../../src/detect/spam/classifier.ts';
import { detectLinks } from '../../src/detect/spam/links.ts';
import { signalsNeeded } from '../../src/policy/needs.ts';
import { defaultPolicies } from '../../src/policy/store.ts';
import { loadCorpus as loadContactCorpus } from '../contact/evaluate.ts';
import { loadScamCorpus } from './corpus.ts';

const loadContactTexts = () => loadContactCorpus().map((e) => e.text);

interface Measured {
  name: string;
  perSecond: number;
  p50: number;
  p99: number;
}

function measure(name: string, texts: readonly string[], rounds: number, screen: (text: string) => unknown): Measured {
  for (const t of texts) screen(t); // warm-up: JIT and lazy regex compilation
  const latencies: number[] = [];
  const start = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const t of texts) {
      const t0 = performance.now();
      screen(t);
      latencies.push(performance.now() - t0);
    }
  }
  const seconds = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] * 1000;
  return { name, perSecond: latencies.length / seconds, p50: at(0.5), p99: at(0.99) };
}

/**
 * CPU time per text (process.cpuUsage: user + system, µs) of several screening functions,
 * measured in alternating rounds in one process so that load on a shared machine falls on all
 * of them alike. The median round is reported.
 */
export function cpuPerText(variants: Record<string, (text: string) => unknown>, texts: readonly string[], rounds: number): Record<string, number> {
  const names = Object.keys(variants);
  for (const n of names) for (const t of texts) variants[n](t); // warm-up
  const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < rounds; r++) {
    for (const n of r % 2 ? [...names].reverse() : names) {
      const c0 = process.cpuUsage();
      for (const t of texts) variants[n](t);
      const c = process.cpuUsage(c0);
      samples[n].push((c.user + c.system) / texts.length);
    }
  }
  return Object.fromEntries(names.map((n) => [n, samples[n].sort((a, b) => a - b)[Math.floor(rounds / 2)]]));
}

function cpuTable(): string {
  const mixes: [string, string[]][] = [
    ['scam corpus (half scams)', loadScamCorpus().map((e) => e.text)],
    ['contact corpus (ordinary chat)', loadContactTexts()],
  ];
  // A deployment whose live policies read contact signals only (the shipped contact policies):
  // screening then skips the scam and spam models (policy/needs.ts).
  const contactOnly = defaultPolicies().filter((d) => !JSON.stringify(d).includes('"scam.') && !JSON.stringify(d).includes('"spam.'));
  const contactNeeds = signalsNeeded({ live: contactOnly.map((document) => ({ name: document.name, version: 1, document })), shadow: [] });
  const lines = [
    '| Mix | detectText before (rules + e-mail NB), µs/text | after (learned layer), µs/text | after / before | contact policies only, µs/text | contact only / after |',
    '|---|---|---|---|---|---|',
  ];
  for (const [name, texts] of mixes) {
    const cpu = cpuPerText(
      {
        before: (t) => detectText({ text: t, kind: 'message' }, { learned: false }),
        after: (t) => detectText({ text: t, kind: 'message' }),
        contactOnly: (t) => detectText({ text: t, kind: 'message' }, { needs: contactNeeds }),
      },
      texts,
      9,
    );
    lines.push(
      `| ${name} (${texts.length}) | ${cpu.before.toFixed(0)} | ${cpu.after.toFixed(0)} | ${(cpu.after / cpu.before).toFixed(2)}× | ${cpu.contactOnly.toFixed(0)} | ${(cpu.contactOnly / cpu.after).toFixed(2)}× |`,
    );
  }
  return lines.join('\n');
}

export async function run(): Promise<void> {
  const texts = loadScamCorpus().map((e) => e.text);
  const classifier = loadSpamClassifier();
  loadLearnedModels();
  const rounds = 20;
  const baseline = measure('spam classifier alone (baseline)', texts, rounds, (t) => classifier.classify(t));
  const rows = [
    baseline,
    measure('scam detector (detectScam)', texts, rounds, (t) => detectScam({ text: t, kind: 'message' })),
    measure('link checks (detectLinks)', texts, rounds, (t) => detectLinks(t)),
    measure('full text screening (scam + links + classifier)', texts, rounds, (t) => {
      detectScam({ text: t, kind: 'message' });
      detectLinks(t);
      classifier.classify(t);
    }),
    // The whole detectText path as screening runs it (contact included), before and after the
    // learned layer, measured in the same run.
    measure('detectText before (rules + e-mail NB)', texts, rounds, (t) => detectText({ text: t, kind: 'message' }, { learned: false })),
    measure('detectText after (learned layer)', texts, rounds, (t) => detectText({ text: t, kind: 'message' })),
  ];
  const avgChars = Math.round(texts.reduce((n, t) => n + t.length, 0) / texts.length);
  console.log(`\n### Spam and scam screening, in-process, one thread (${texts.length} texts × ${rounds} rounds, ${avgChars} chars on average)\n`);
  console.log('| Screening | Messages/s | p50 (µs) | p99 (µs) | Throughput vs baseline |');
  console.log('|---|---|---|---|---|');
  for (const r of rows) {
    console.log(`| ${r.name} | ${r.perSecond.toFixed(0)} | ${r.p50.toFixed(0)} | ${r.p99.toFixed(0)} | ${(r.perSecond / baseline.perSecond).toFixed(2)}× |`);
  }
  console.log('\n### Detection CPU time per text, before and after the learned layer (median of 9 alternating rounds)\n');
  console.log(cpuTable());
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await run();
