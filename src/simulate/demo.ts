// `warden serve --demo` (`npm start -- --demo`): a small simulated population played into the
// running Warden through its API, so the console shows real queues, cases, appeals and
// figures at once. The same seed each day: restarting replays nothing (event ids repeat).
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { injectClient } from './client.ts';
import { generate } from './generate.ts';
import { playSimulation } from './run.ts';

export interface DemoTarget {
  app: FastifyInstance;
  log: Logger;
  createKey(): Promise<{ key: string; revoke(): Promise<void> }>;
}

export async function loadDemo(t: DemoTarget, opts: { accounts?: number; days?: number } = {}): Promise<void> {
  const days = opts.days ?? 7;
  const today = new Date();
  today.setUTCHours(0, 0, 0, 0);
  // Reviewers close few cases a day so that the queues still hold work when the demo ends.
  const sim = generate({ seed: 2026, accounts: opts.accounts ?? 60, days, startAt: new Date(today.getTime() - days * 86_400_000).toISOString() });
  const { key, revoke } = await t.createKey();
  try {
    t.log.info({ accounts: sim.truth.accounts.length, items: sim.timeline.length, texts: sim.truth.textSource }, 'demo: loading a simulated population');
    let next = 0.25;
    const log = await playSimulation(injectClient(t.app, key), sim, {
      mode: 'batch',
      batchSize: 100,
      reviewCapacityPerDay: 4,
      onProgress: (done, total) => {
        if (done / total >= next) {
          t.log.info({ done, total }, 'demo: loading');
          next += 0.25;
        }
      },
    });
    t.log.info({ events: log.stats.events, reports: log.stats.reports, appeals: log.stats.appeals, errors: log.stats.errors }, 'demo: population loaded');
  } finally {
    await revoke();
  }
}
