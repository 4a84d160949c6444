// Instructions the contact detector executes over the bench mix (workload.ts), counted by
// valgrind's callgrind: a measure of speed that a loaded, shared machine does not blur (wall
// and CPU time here vary by a third from pass to pass). The detector of this checkout, or of a
// git commit (extracted by before.ts, e.g. the commit before a change), is bundled by esbuild
// with a small runner into one file under .cache/, and plain node runs it under callgrind with
// instrumentation off: node's start, the loading of the mix and of the detector's tables and a
// warm-up pass over the mix (the JIT's first compilations) are not counted. The runner then
// waits; `callgrind_control -i on` switches counting on, and the runner makes `passes` passes
// more. The total divided by the messages read is the cost per message in the warmed-up detector.
//   node bin/tsx.mjs bench/contact/instructions.ts [--commit C] [--passes 1]
// Node runs with --single-threaded (no concurrent compiler or GC threads), so the count is the
// same work every time; the JIT still decides a little differently from run to run: run it
// twice and read both. A pass takes a few minutes of CPU under callgrind.
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { extractDetector } from './before.ts';
import { workload } from './workload.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

// The runner bundled with the detector: reads the mix, runs a warm-up pass, says "warm" and
// spins until the flag file exists (guest code must run for valgrind to take the command that
// switches counting on), then runs `passes` passes.
const RUNNER = `import { existsSync, readFileSync } from 'node:fs';
import { detectContact } from './src/detect/contact/index.ts';
const texts = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const passes = Number(process.argv[3]);
let found = 0;
for (const t of texts) found += detectContact({ text: t, locale: 'en' }).length;
process.stdout.write('warm\\n');
while (!existsSync(process.argv[4])) for (let k = 0; k < 1e5; k++) found += k & 1;
for (let p = 0; p < passes; p++) for (const t of texts) found += detectContact({ text: t, locale: 'en' }).length;
process.stdout.write(\`\${found}\\n\`);
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

/** Instructions (Ir) of `passes` passes over the mix after the warm-up pass, in one callgrind run of the bundle. */
async function count(bundleFile: string, mix: string, passes: number, out: string): Promise<number> {
  const log = join(out, 'callgrind.out');
  const flag = join(out, 'counting');
  const child = spawn(
    'valgrind',
    ['--tool=callgrind', '--instr-atstart=no', `--callgrind-out-file=${log}`, process.execPath, '--single-threaded', bundleFile, mix, String(passes), flag],
    {
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  const exited = new Promise<number | null>((done) => child.on('exit', done));
  let said = '';
  await new Promise<void>((warm, fail) => {
    child.stdout.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      if (said.startsWith('warm\n')) warm();
    });
    child.on('exit', () => fail(new Error(`the runner ended before its warm-up pass was done: ${said}`)));
  });
  await promisify(execFile)('callgrind_control', ['-i', 'on', String(child.pid)]);
  writeFileSync(flag, '');
  if ((await exited) !== 0) throw new Error(`valgrind failed: ${said}`);
  const totals = /^(?:summary|totals): (\d+)/m.exec(readFileSync(log, 'utf8'));
  if (!totals) throw new Error(`no totals in ${log}`);
  return Number(totals[1]);
}

export async function run(): Promise<void> {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const commit = arg('--commit');
  const checkout = commit ? extractDetector(commit) : root;
  const passes = Number(arg('--passes') ?? 1);
  const what = commit ? `detectContact at ${commit}` : 'detectContact (working tree)';
  const out = join(root, '.cache', 'instructions', `${commit ?? 'tree'}-${process.pid}`);
  mkdirSync(out, { recursive: true });
  const texts = workload();
  const mix = join(out, 'mix.json');
  writeFileSync(mix, JSON.stringify(texts));
  const file = await bundle(checkout, out);
  const counted = await count(file, mix, passes, out);
  console.log(
    `${what}: ${(counted / 1e9).toFixed(3)} G instructions in ${passes} pass(es) over ${texts.length} messages after a warm-up pass: ` +
      `${Math.round(counted / (passes * texts.length)).toLocaleString('en')} instructions per message`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await run();
