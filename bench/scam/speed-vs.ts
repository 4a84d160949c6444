// detectText of this checkout against another checkout's (e.g. main before a change), in one run:
// CPU time per text on the benchmark mix (scam corpus, contact corpus). Each measurement is a
// child process that loads one checkout only (two checkouts in one process bias each other: the
// same code measured 0.90× and 1.57× depending on which was loaded first), and the two
// checkouts' children alternate, so load on a shared machine falls on both alike. Reports the
// median over the rounds of each child's median of 3 passes.
//   git archive main | tar -x -C /tmp/old && ln -s "$PWD/node_modules" /tmp/old/node_modules
//   node bin/tsx.mjs bench/scam/speed-vs.ts /tmp/old [rounds]

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// Only node modules are imported here: a child measuring the other checkout must not load this
// checkout's detectors too (bench.ts and the corpus loaders import them).
type DetectText = (input: { text: string; kind: 'message' }) => unknown;

const MIXES = [
  ['scam corpus (half scams)', 'bench/scam/corpus.jsonl'],
  ['contact corpus (ordinary chat)', 'bench/contact/corpus.jsonl'],
] as const;

function texts(file: string): string[] {
  return readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
}

/** CPU µs per text (user + system) of `screen` over `all`: the median of `passes` passes after a warm-up pass. */
function cpuPerText(screen: (text: string) => unknown, all: readonly string[], passes: number): number {
  for (const t of all) screen(t);
  const samples: number[] = [];
  for (let p = 0; p < passes; p++) {
    const c0 = process.cpuUsage();
    for (const t of all) screen(t);
    const c = process.cpuUsage(c0);
    samples.push((c.user + c.system) / all.length);
  }
  return median(samples);
}

/** In a child: µs per text of `checkout`'s detectText on each mix, printed as JSON. */
async function child(checkout: string): Promise<void> {
  const { detectText } = (await import(pathToFileURL(resolve(checkout, 'src/detect/index.ts')).href)) as { detectText: DetectText };
  console.log(JSON.stringify(MIXES.map(([, file]) => cpuPerText((t) => detectText({ text: t, kind: 'message' }), texts(file), 3))));
}

function median(xs: readonly number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
}

export async function run(args: string[]): Promise<void> {
  if (args[0] === '--child') return child(args[1]);
  const other = args[0];
  if (!other) throw new Error('usage: speed-vs.ts <other checkout> [rounds]');
  const rounds = Number(args[1] ?? 6);
  const self = resolve(fileURLToPath(new URL('../..', import.meta.url)));
  const tsx = resolve(self, 'bin/tsx.mjs');
  const script = fileURLToPath(import.meta.url);
  const samples: Record<'other' | 'self', number[][]> = { other: [], self: [] };
  for (let r = 0; r < rounds; r++) {
    const order: ('other' | 'self')[] = r % 2 ? ['self', 'other'] : ['other', 'self'];
    for (const who of order) {
      const out = execFileSync(process.execPath, [tsx, script, '--child', who === 'self' ? self : resolve(other)], { encoding: 'utf8' });
      samples[who].push(JSON.parse(out.trim().split('\n').pop() as string) as number[]);
    }
  }
  console.log(`| Mix | ${other} µs/text | this checkout µs/text | this / other |\n|---|---|---|---|`);
  MIXES.forEach(([name], i) => {
    const o = median(samples.other.map((s) => s[i]));
    const s = median(samples.self.map((x) => x[i]));
    console.log(`| ${name} | ${o.toFixed(0)} | ${s.toFixed(0)} | ${(s / o).toFixed(2)}× |`);
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await run(process.argv.slice(2));
