// detectText of this checkout against another checkout's (e.g. main before a change), in one
// process: CPU time per text on the benchmark mix (scam corpus, contact corpus), median of
// alternating rounds (cpuPerText), so load on a shared machine falls on both alike.
//   git worktree add /tmp/old main   (or: git archive main | tar -x -C /tmp/old; link node_modules)
//   node bin/tsx.mjs bench/scam/speed-vs.ts /tmp/old [rounds]
// Both checkouts load their own lexicon and committed models (paths relative to each module).

import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { detectText } from '../../src/detect/index.ts';
import { loadCorpus as loadContactCorpus } from '../contact/evaluate.ts';
import { cpuPerText } from './bench.ts';
import { loadScamCorpus } from './corpus.ts';

type DetectText = typeof detectText;

export async function run(args: string[]): Promise<void> {
  const other = args[0];
  if (!other) throw new Error('usage: speed-vs.ts <other checkout> [rounds]');
  const rounds = Number(args[1] ?? 15);
  const { detectText: otherDetect } = (await import(pathToFileURL(resolve(other, 'src/detect/index.ts')).href)) as { detectText: DetectText };
  const mixes: [string, string[]][] = [
    ['scam corpus (half scams)', loadScamCorpus().map((e) => e.text)],
    ['contact corpus (ordinary chat)', loadContactCorpus().map((e) => e.text)],
  ];
  console.log(`| Mix | ${other} µs/text | this checkout µs/text | this / other |\n|---|---|---|---|`);
  for (const [name, texts] of mixes) {
    const cpu = cpuPerText(
      {
        other: (t) => otherDetect({ text: t, kind: 'message' }),
        self: (t) => detectText({ text: t, kind: 'message' }),
      },
      texts,
      rounds,
    );
    console.log(`| ${name} (${texts.length}) | ${cpu.other.toFixed(0)} | ${cpu.self.toFixed(0)} | ${(cpu.self / cpu.other).toFixed(2)}× |`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await run(process.argv.slice(2));
