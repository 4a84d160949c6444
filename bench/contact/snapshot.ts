// Finding-level snapshot of the contact detector, for speed work that must not change what it
// finds: every message of the labelled sets (under its own language, under "en" and with no
// locale), the benchmark mix, and seeded mutations of them (cut, spliced, with digits,
// separators, at-signs and other scripts' characters inserted). Each line is one input's
// findings (type, strength, span). Write one before a change, one after, and compare:
//   node bin/tsx.mjs bench/contact/snapshot.ts --out /tmp/before.jsonl
//   node bin/tsx.mjs bench/contact/snapshot.ts --compare /tmp/before.jsonl
// The sets are named one by one. Blind sets 6-10 are read only to compare findings old vs new
// for equality (nobody reads or tunes on their errors here).
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { detectContact } from '../../src/detect/contact/index.ts';
import { CONTACT_SETS, type CorpusFile, loadCorpus, STILL_BLIND } from './evaluate.ts';
import { workload } from './workload.ts';

// A set nobody has tuned on yet stays out: the snapshot file lists each input's findings by id,
// and `--compare` prints changed ones, which would show a tuning or speed helper a blind set's
// results line by line (STILL_BLIND in evaluate.ts).
const SETS: readonly CorpusFile[] = CONTACT_SETS.filter((f) => !STILL_BLIND.includes(f));

// Characters the mutations insert: digits of several scripts, separators, at-signs and dots
// (full-width too), blanks the normaliser folds, letters of other scripts, keycap marks.
const NOISE = [
  ...'0123456789٠١٢٣٤٥٦٧٨٩०१२३४५६७८९０１２３',
  ...' \n\t-_.,;:/|*~#+()[]{}@＠。．・',
  ...'\u00a0\u200b\u200d\u2800\u3000\ufe0f\u20e3',
  ...'aeiostxz@AOIlSBZqQ',
  ...'абвгдеоср微信电话ライン카톡واتسابडॉटνωאב',
];

function mutations(texts: string[], count: number): string[] {
  let seed = 12;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let t = pick(texts);
    const ops = 1 + Math.floor(rand() * 4);
    for (let k = 0; k < ops; k++) {
      const at = Math.floor(rand() * (t.length + 1));
      const r = rand();
      if (r < 0.35) t = t.slice(0, at) + Array.from({ length: 1 + Math.floor(rand() * 4) }, () => pick(NOISE)).join('') + t.slice(at);
      else if (r < 0.55) t = t.slice(0, at) + t.slice(at + 1 + Math.floor(rand() * 6));
      else if (r < 0.8) {
        const other = pick(texts);
        const from = Math.floor(rand() * other.length);
        t = t.slice(0, at) + other.slice(from, from + 5 + Math.floor(rand() * 60)) + t.slice(at);
      } else t = t.slice(0, at) + String(Math.floor(rand() * 1e9)) + t.slice(at);
    }
    out.push(t);
  }
  return out;
}

/** Every input of the snapshot with the locales it is read under. */
export function inputs(): { id: string; text: string; locale?: string }[] {
  const out: { id: string; text: string; locale?: string }[] = [];
  const all: string[] = [];
  for (const file of SETS) {
    for (const l of loadCorpus(file)) {
      all.push(l.text);
      out.push({ id: `${l.id}/${l.lang}`, text: l.text, locale: l.lang });
      if (l.lang !== 'en') out.push({ id: `${l.id}/en`, text: l.text, locale: 'en' });
      out.push({ id: `${l.id}/-`, text: l.text });
    }
  }
  for (const [i, t] of workload().entries()) out.push({ id: `bench-${i}`, text: t, locale: 'en' });
  for (const [i, t] of mutations(all, 20_000).entries()) out.push({ id: `mut-${i}`, text: t, locale: i % 3 === 0 ? undefined : i % 3 === 1 ? 'en' : 'pt-BR' });
  return out;
}

function snapshot(): string[] {
  return inputs().map(({ id, text, locale }) => {
    const found = detectContact({ text, locale })
      .map((s) => `${s.type}:${s.strength}:${s.start}-${s.end}`)
      .sort();
    return JSON.stringify({ id, found });
  });
}

export function run(): void {
  const out = process.argv.indexOf('--out');
  const cmp = process.argv.indexOf('--compare');
  const lines = snapshot();
  if (out > 0) {
    writeFileSync(process.argv[out + 1], `${lines.join('\n')}\n`);
    console.log(`${lines.length} inputs written to ${process.argv[out + 1]}`);
  }
  if (cmp > 0) {
    const old = readFileSync(process.argv[cmp + 1], 'utf8')
      .split('\n')
      .filter(Boolean);
    let diff = 0;
    for (let i = 0; i < Math.max(old.length, lines.length); i++) {
      if (old[i] === lines[i]) continue;
      if (++diff <= 20) console.log(`- ${old[i]}\n+ ${lines[i]}`);
    }
    console.log(diff ? `${diff} of ${lines.length} inputs differ` : `all ${lines.length} inputs identical`);
    if (diff) process.exitCode = 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) run();
