// Throughput and per-message latency of the contact detector on one core, beside a baseline
// of what a team might wire up instead (libphonenumber-js findNumbers + linkifyjs).
//   node bin/tsx.mjs bench/contact/bench.ts
import { pathToFileURL } from 'node:url';
import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import * as linkify from 'linkifyjs';
import { detectContact } from '../../src/detect/contact/index.ts';
import { loadCorpus } from './evaluate.ts';

/** A realistic mix: corpus messages, most joined into ~200-character chats, some up to 5,000. */
function workload(): string[] {
  const corpus = loadCorpus().map((l) => l.text);
  let seed = 7;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const pick = () => corpus[Math.floor(rand() * corpus.length)];
  const out: string[] = [];
  for (let i = 0; i < 4000; i++) {
    const target = rand() < 0.03 ? 1500 + rand() * 3500 : rand() < 0.5 ? 60 + rand() * 140 : 150 + rand() * 250;
    let text = pick();
    while (text.length < target) text += ` ${pick()}`;
    out.push(text.slice(0, 5000));
  }
  return out;
}

function measure(name: string, texts: string[], fn: (t: string) => unknown) {
  for (let i = 0; i < 500; i++) fn(texts[i % texts.length]);
  const lat = new Float64Array(texts.length);
  const t0 = performance.now();
  for (let i = 0; i < texts.length; i++) {
    const s = performance.now();
    fn(texts[i]);
    lat[i] = performance.now() - s;
  }
  const total = performance.now() - t0;
  lat.sort();
  return { name, perSec: texts.length / (total / 1000), p50: lat[Math.floor(lat.length * 0.5)], p99: lat[Math.floor(lat.length * 0.99)] };
}

export async function run(): Promise<void> {
  const texts = workload();
  const lengths = texts.map((t) => t.length).sort((a, b) => a - b);
  const warden = measure('Warden detectContact', texts, (t) => detectContact({ text: t, locale: 'en' }));
  const baseline = measure('libphonenumber-js findNumbers + linkifyjs', texts, (t) => {
    findPhoneNumbersInText(t, { defaultCountry: 'US' });
    linkify.find(t);
  });
  const rows = [
    `Workload: ${texts.length} messages, median ${lengths[lengths.length >> 1]} chars, max ${lengths[lengths.length - 1]} chars; one core, in-process.`,
    '',
    '| Detector | messages/s | p50 ms | p99 ms | throughput vs baseline |',
    '|---|---:|---:|---:|---:|',
    ...[warden, baseline].map(
      (r) =>
        `| ${r.name} | ${Math.round(r.perSec).toLocaleString('en')} | ${r.p50.toFixed(3)} | ${r.p99.toFixed(3)} | ${(r.perSec / baseline.perSec).toFixed(2)}x |`,
    ),
  ];
  console.log(rows.join('\n'));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await run();
