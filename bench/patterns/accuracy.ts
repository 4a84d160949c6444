// Per-pattern precision and recall at the account level on a simulated marketplace with its
// money flows (src/patterns/accuracy.ts). BENCH_PATTERN_SEED (1), BENCH_PATTERN_SIM_ACCOUNTS
// (200), BENCH_PATTERN_SIM_DAYS (21). Precision counts any bad account flagged as right;
// recall is over the accounts of the abuse each pattern is for; "honest flagged" names the
// look-alikes that fooled it, "honest held" those a decision carrying the pattern held.
import { pathToFileURL } from 'node:url';
import { measurePatterns } from '../../src/patterns/accuracy.ts';
import { generate } from '../../src/simulate/generate.ts';
import { printTable } from '../table.ts';

const pct = (x: number | null) => (x === null ? '—' : `${(100 * x).toFixed(1)} %`);
const byKind = (m: Record<string, number>) =>
  Object.entries(m)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');

export async function run(): Promise<void> {
  const seed = Number(process.env.BENCH_PATTERN_SEED ?? 1);
  const accounts = Number(process.env.BENCH_PATTERN_SIM_ACCOUNTS ?? 200);
  const days = Number(process.env.BENCH_PATTERN_SIM_DAYS ?? 21);
  const sim = generate({ seed, accounts, days, realDataDir: null, reviewers: false, moneyFlows: true });
  const r = await measurePatterns(sim);
  console.log(`seed ${seed}: ${r.accounts} accounts, ${days} days, ${r.events} events in ${(r.ms / 1000).toFixed(1)} s`);
  printTable(
    r.figures.map((f) => ({
      pattern: f.pattern,
      flagged: f.flagged,
      'bad flagged': f.bad,
      'targets found': `${f.targeted}/${f.targets}`,
      'by abuse': Object.entries(f.byAbuse ?? {})
        .map(([k, x]) => `${k} ${x.found}/${x.of}`)
        .join(', '),
      precision: pct(f.precision),
      recall: pct(f.recall),
      'honest flagged': byKind(f.honestFlagged),
      'honest held': byKind(f.honestHeld ?? {}),
    })),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await run();
