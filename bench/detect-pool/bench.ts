// Event-loop delay while long texts are screened: inline (what every request waits behind)
// against the detection pool's worker threads (src/detect/pool/), side by side in one run.
// perf_hooks' monitorEventLoopDelay samples how late the loop answers a timer; a server's
// other requests (/healthz included) wait at least that long. BENCH_POOL_ROUNDS (default 3).
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { detectText, type TextDetectionInput } from '../../src/detect/index.ts';
import { DetectionPool, defaultDetectThreads } from '../../src/detect/pool/detection-pool.ts';

const LONG_TEXTS: TextDetectionInput[] = [
  { text: '7'.repeat(50_000), kind: 'message' },
  { text: '1.2.3.4.5.6.7.8.9.0.'.repeat(2_500), kind: 'message' },
  { text: '7 7.7-7 (77) 7.77 +7 '.repeat(2_400), kind: 'message' },
  {
    text: 'I can build the whole dashboard in React and Node, with tests and docs, and hand it over by Friday. '.repeat(200),
    kind: 'proposal',
  },
];

interface Figures {
  wallMs: number;
  p50: number;
  p99: number;
  max: number;
}

async function measure(detect: (input: TextDetectionInput) => Promise<unknown>, rounds: number): Promise<Figures> {
  const h = monitorEventLoopDelay({ resolution: 5 });
  h.enable();
  const started = performance.now();
  // Each round: every text at once, as concurrent requests would arrive: each from its own
  // turn of the loop (a timer), so that the histogram's own timer can run between them.
  const arrive = (input: TextDetectionInput) => new Promise((resolve) => setTimeout(() => resolve(detect(input)), 0));
  for (let r = 0; r < rounds; r++) await Promise.all(LONG_TEXTS.map(arrive));
  const wallMs = performance.now() - started;
  // One more sample after the last text, which the blocked loop could not take during it.
  await new Promise((resolve) => setTimeout(resolve, 20));
  h.disable();
  const ms = (ns: number) => ns / 1e6;
  return { wallMs, p50: ms(h.percentile(50)), p99: ms(h.percentile(99)), max: ms(h.max) };
}

export async function run(): Promise<void> {
  const rounds = Number(process.env.BENCH_POOL_ROUNDS ?? 3);
  const threads = defaultDetectThreads();
  const pool = new DetectionPool({ threads });
  try {
    // Both sides warm: the detectors loaded inline and in every thread.
    for (const input of LONG_TEXTS) detectText(input);
    await pool.warm();
    await Promise.all(LONG_TEXTS.map((input) => pool.detect(input)));
    const inline = await measure(async (input) => detectText(input), rounds);
    const pooled = await measure((input) => pool.detect(input), rounds);
    const chars = LONG_TEXTS.reduce((n, t) => n + t.text.length, 0);
    console.log(`${LONG_TEXTS.length} long texts (${chars.toLocaleString('en')} characters) × ${rounds} rounds; pool: ${threads} thread(s)`);
    console.log('| mode | wall ms | loop delay p50 ms | p99 ms | max ms |');
    console.log('|---|---:|---:|---:|---:|');
    for (const [name, f] of [
      ['inline', inline],
      ['pool', pooled],
    ] as const)
      console.log(`| ${name} | ${f.wallMs.toFixed(0)} | ${f.p50.toFixed(1)} | ${f.p99.toFixed(1)} | ${f.max.toFixed(1)} |`);
    console.log(
      `event-loop delay inline/pool: p99 ×${(inline.p99 / pooled.p99).toFixed(1)}, max ×${(inline.max / pooled.max).toFixed(1)}; wall time pool/inline ×${(pooled.wallMs / inline.wallMs).toFixed(2)}`,
    );
  } finally {
    await pool.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
