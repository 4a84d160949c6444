// Instructions the contact detector executes over the bench mix (workload.ts), counted by
// valgrind's callgrind: a measure of speed that a loaded, shared machine does not blur (wall
// and CPU time here vary by a third from pass to pass). The detector of this checkout, or of a
// git commit (extracted by before.ts, e.g. the commit before a change), is bundled by esbuild with a small
// runner into one file under .cache/, and plain node runs it under callgrind twice: a warm-up
// pass only, then the warm-up pass and `passes` more. Their difference divided by the messages
// read is the cost per message in the warmed-up detector, without node's start, the loading of
// the mix and the detector's tables at load, or the JIT's first compilations.
//   node bin/tsx.mjs bench/contact/instructions.ts [--commit C] [--passes 2]
// Node runs with --single-threaded (no concurrent compiler or GC threads), so the count is the
// same work every time; the JIT still decides a little differently from run to run, so runs
// of one build differ by well under 1 %: run it twice and read both. Each run takes minutes
// (callgrind runs node some 50x slower); the two runs go side by side.
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { extractDetector } from './before.ts';
import { workload } from './workload.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

// The runner bundled with the detector: reads the mix, runs a warm-up pass and `passes` more.
const RUNNER = `import { readFileSync } from 'node:fs';
import { detectContact } from './src/detect/contact/index.ts';
const texts = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const passes = Number(process.argv[3]);
let found = 0;
for (let p = 0; p <= passes; p++) for (const t of texts) found += detectContact({ text: t, locale: 'en' }).length;
console.log(found);
`;

/** Bundles `checkout`'s detectContact with the runner into one ES module; returns its path. */
async function bundle(checkout: string, out: string): Promise<string> {
  const require = createRequire(import.meta.url);
  const esbuild = (await import(pathToFileURL(require.resolve('esbuild')).href)) as typeof import('esbuild');
  const file = join(out, 'detect-contact.mjs');
  await esbuild.build({
    stdin: { contents: RUNNER, resolveDir: checkout, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: file,
    logLevel: 'error',
    // Packages resolve from this checkout's node_modules (an extracted commit has none).
    nodePaths: [join(root, 'node_modules')],
  });
  return file;
}

/** Total instructions (Ir) of one callgrind run of the bundle over `passes` passes after the warm-up. */
async function count(bundleFile: string, mix: string, passes: number, out: string): Promise<number> {
  const log = join(out, `callgrind.${passes}.out`);
  await valgrind(['--tool=callgrind', `--callgrind-out-file=${log}`, process.execPath, '--single-threaded', bundleFile, mix, String(passes)]);
  const totals = /^(?:summary|totals): (\d+)/m.exec(readFileSync(log, 'utf8'));
  if (!totals) throw new Error(`no totals in ${log}`);
  return Number(totals[1]);
}

const valgrind = (args: string[]) => promisify(execFile)('valgrind', args, { maxBuffer: 64 << 20 });

export async function run(): Promise<void> {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const commit = arg('--commit');
  const checkout = commit ? extractDetector(commit) : root;
  const passes = Number(arg('--passes') ?? 2);
  const what = commit ? `detectContact at ${commit}` : 'detectContact (working tree)';
  const out = join(root, '.cache', 'instructions', `${commit ?? 'tree'}-${process.pid}`);
  mkdirSync(out, { recursive: true });
  const texts = workload();
  const mix = join(out, 'mix.json');
  writeFileSync(mix, JSON.stringify(texts));
  const file = await bundle(checkout, out);
  // The two runs at once: on a shared machine each takes many minutes of wall time.
  const [warm, all] = await Promise.all([count(file, mix, 0, out), count(file, mix, passes, out)]);
  const perMessage = (all - warm) / (passes * texts.length);
  const g = (x: number) => `${(x / 1e9).toFixed(3)} G`;
  console.log(
    `${what}: warm-up only ${g(warm)} instructions, warm-up + ${passes} passes ${g(all)}; ` +
      `${Math.round(perMessage).toLocaleString('en')} instructions per message (${passes} x ${texts.length} messages)`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await run();
