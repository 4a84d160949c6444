// `npm run bench`: every benchmark in one run, each printing absolute figures and ratios
// against a baseline measured in the same run (machines are shared and noisy).
// BENCH_ONLY=http,contact runs a subset.
import { loadavg } from 'node:os';

const SUITES: { name: string; load: () => Promise<{ run(): Promise<void> }> }[] = [
  { name: 'http', load: () => import('./http/bench.ts') },
  { name: 'throughput', load: () => import('./throughput/bench.ts') },
  { name: 'contact', load: () => import('./contact/bench.ts') },
  { name: 'scam', load: () => import('./scam/bench.ts') },
  // Event-loop delay while long texts are screened: inline against the detection pool's threads.
  { name: 'detect-pool', load: () => import('./detect-pool/bench.ts') },
  { name: 'real', load: () => import('./real/bench.ts') },
  { name: 'malware', load: () => import('./malware/bench.ts') },
  { name: 'search', load: () => import('./search/bench.ts') },
  { name: 'patterns', load: () => import('./patterns/bench.ts') },
  // Per-pattern precision and recall at the account level on simulated histories with money flows.
  { name: 'pattern-accuracy', load: () => import('./patterns/accuracy.ts') },
  // The marketplace simulation through the whole pipeline (BENCH_SIM_EVENTS, default 1,000,000).
  { name: 'simulate', load: () => import('./simulate/bench.ts') },
];

const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
let failed = 0;
console.log(
  `# Warden benchmarks — node ${process.version}, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
for (const s of SUITES) {
  if (only && !only.includes(s.name)) continue;
  console.log(`\n# ${s.name}`);
  const t = performance.now();
  try {
    await (await s.load()).run();
  } catch (err) {
    failed++;
    console.log(`benchmark ${s.name} failed: ${(err as Error).stack ?? err}`);
  }
  console.log(`(${s.name}: ${((performance.now() - t) / 1000).toFixed(1)} s)`);
}
process.exit(failed ? 1 : 0);
