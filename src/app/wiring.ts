// Connects the capabilities to the event pipeline and the HTTP server. Each capability
// registers its event hooks and returns its routes; the order of hooks is the order here.

import { attachmentRoutes } from '../attachments/routes.ts';
import { AttachmentService } from '../attachments/service.ts';
import { clamdFromEnv } from '../detect/malware/clamd.ts';
import { policyRoutes } from '../policy/routes.ts';
import { installDefaultPolicies } from '../policy/store.ts';
import { registerScreeningHooks } from '../screening/hooks.ts';
import { screeningRoutes } from '../screening/routes.ts';
import type { AppContext } from './context.ts';
import type { RouteModule } from './server.ts';

export interface Wiring {
  routes: RouteModule[];
  /** Background work (retry queues, sweeps) that `serve` starts and `stop` ends. */
  workers: { start(): void; stop(): Promise<void> }[];
}

export async function wireCapabilities(ctx: AppContext): Promise<Wiring> {
  const installed = await installDefaultPolicies(ctx.db);
  if (installed.length) ctx.log.info({ installed }, 'default policies installed');
  registerScreeningHooks(ctx);

  const attachments = new AttachmentService(ctx.db, ctx.decisions, clamdFromEnv(process.env), ctx.log.child({ subsystem: 'attachments' }));
  ctx.events.addHook((tx, e) => (e.type === 'message.sent' ? attachments.onMessage(tx, e) : Promise.resolve(undefined)));

  return {
    routes: [screeningRoutes, policyRoutes, attachmentRoutes(attachments)],
    workers: [worker(() => attachments.startWorker())],
  };
}

function worker(start: () => { stop(): Promise<void> }) {
  let running: { stop(): Promise<void> } | undefined;
  return {
    start() {
      running ??= start();
    },
    async stop() {
      await running?.stop();
      running = undefined;
    },
  };
}
