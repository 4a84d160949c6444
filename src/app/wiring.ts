// Connects the capabilities to the event pipeline, the decision effects and the HTTP server.
// Each capability registers its event hooks and returns its routes; hooks run in the order
// they are added here, inside the ingestion transaction of each new event.
import { readFileSync } from 'node:fs';
import type { Logger } from 'pino';
import { attachmentRoutes } from '../attachments/routes.ts';
import { AttachmentService } from '../attachments/service.ts';
import { caseRoutes } from '../cases/routes.ts';
import { type ActionApplier, openOrJoinCase, setActionApplier } from '../cases/service.ts';
import { consoleRoutes } from '../console/routes.ts';
import { clamdFromEnv } from '../detect/malware/clamd.ts';
import { expireActions, recordViolation } from '../enforce/actions.ts';
import { makeActionApplier, registerEnforcement } from '../enforce/register.ts';
import { enforceRoutes } from '../enforce/routes.ts';
import { expireVerifications, purgeVerificationDocuments, requestRecurringVerifications, requestVerification } from '../enforce/verification.ts';
import { startWebhookWorker } from '../enforce/webhooks/delivery.ts';
import { DEFAULT_NATS_OPTIONS, startNatsIngestion } from '../events/nats.ts';
import { policyRoutes } from '../policy/routes.ts';
import { installDefaultPolicies } from '../policy/store.ts';
import { registerScreeningHooks } from '../screening/hooks.ts';
import { screeningRoutes } from '../screening/routes.ts';
import { registerSecurityHooks } from '../security/hooks.ts';
import { setTrustConfig, trustConfig } from '../trust/config.ts';
import { registerTrustHooks } from '../trust/hooks.ts';
import { trustRoutes } from '../trust/routes.ts';
import { interviewPolicyForJob, recomputeAccountTrust, recomputeTrust, recordCircumvention } from '../trust/service.ts';
import { ConfigError } from './config.ts';
import type { AppContext } from './context.ts';
import type { RouteModule } from './server.ts';

export interface Worker {
  start(): void;
  stop(): Promise<void>;
}

export interface Wiring {
  routes: RouteModule[];
  /** Background work (retry queues, webhook delivery, sweeps) that `serve` starts and `stop` ends. */
  workers: Worker[];
}

const MINUTE = 60_000;

export async function wireCapabilities(ctx: AppContext): Promise<Wiring> {
  setTrustConfig(loadTrustSettings(ctx.config.trustConfigFile));
  const installed = await installDefaultPolicies(ctx.db);
  if (installed.length) ctx.log.info({ installed }, 'default policies installed');

  // Decisions' side effects: cases (review) and strikes/actions (enforcement).
  registerEnforcement(ctx);
  setActionApplier(withTrustConsequences(makeActionApplier(ctx)));
  ctx.decisions.handlers = {
    openCase: (tx, req) => openOrJoinCase(tx, req, { kind: 'system', id: 'policy', name: `policy ${req.policy}` }),
    recordStrike: async (tx, req) => {
      const r = await recordViolation(tx, req, { now: req.at });
      return { outcome: r.outcome, strikeId: r.strikeId, action: r.action, caseId: r.caseId, guardrail: r.guardrail, incident: r.incident, held: r.held };
    },
    requestVerification: async (tx, req) => ({ verificationId: (await requestVerification(tx, { accountId: req.accountId, reason: req.reason })).id }),
  };
  ctx.screening.interviewPolicy = async (db, jobId) => (await interviewPolicyForJob(db, jobId))?.policy ?? null;

  // Screening first: a job post's interview policy (trust) weighs the scam signals screening
  // found in the same post; later messages about the job then read that policy.
  registerScreeningHooks(ctx);
  registerTrustHooks(ctx);
  registerSecurityHooks(ctx);
  const attachments = new AttachmentService(ctx.db, ctx.decisions, clamdFromEnv(process.env), ctx.log.child({ subsystem: 'attachments' }));
  ctx.events.addHook((tx, e) => (e.type === 'message.sent' ? attachments.onMessage(tx, e) : Promise.resolve(undefined)));

  const log = ctx.log.child({ subsystem: 'sweeps' });
  return {
    routes: [screeningRoutes, policyRoutes, attachmentRoutes(attachments), caseRoutes, enforceRoutes, trustRoutes, consoleRoutes],
    workers: [
      worker(() => attachments.startWorker()),
      worker(() => startWebhookWorker(ctx, { intervalMs: 1_000 })),
      sweep(log, 'expire actions and verifications', 5 * MINUTE, async () => ({ ...(await expireActions(ctx.db)), ...(await expireVerifications(ctx.db)) })),
      sweep(log, 'recurring verifications and document purge', 24 * 60 * MINUTE, async () => ({
        ...(await requestRecurringVerifications(ctx.db)),
        ...(await purgeVerificationDocuments(ctx.db)),
      })),
      // Job Success Score is recomputed on every relevant event; the schedule catches windows moving with time.
      sweep(log, 'trust recompute', 24 * 60 * MINUTE, () => recomputeTrust(ctx.db, new Date())),
      ...(ctx.config.natsUrl ? [natsWorker(ctx, ctx.config.natsUrl)] : []),
    ],
  };
}

/** Trust settings: the facts-file defaults, overridden by WARDEN_TRUST_CONFIG's JSON file. */
function loadTrustSettings(file: string | undefined) {
  if (!file) return trustConfig();
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new ConfigError(`WARDEN_TRUST_CONFIG: cannot read ${file}: ${(err as Error).message}`);
  }
  return trustConfig(raw as Parameters<typeof trustConfig>[0]);
}

const PENALTIES = new Set(['warning', 'restriction', 'payment_hold', 'suspension', 'permanent_suspension']);

/**
 * A reviewer's penalty on a circumvention case is a confirmed circumvention: badges go for
 * 6 months (trust). Any enforcement changes the account's trust and search standing, so it
 * is recomputed in the same transaction.
 */
function withTrustConsequences(apply: ActionApplier): ActionApplier {
  return async (tx, kase, action, reviewer) => {
    const result = await apply(tx, kase, action, reviewer);
    const accountId = kase.subject.accountId;
    if (kase.policy === 'contact-sharing' && PENALTIES.has(action.type)) {
      const kind = /payment/i.test(kase.reason) ? 'payment_outside' : 'contact_sharing';
      // Referenced by action, so an overturned appeal of that action withdraws the finding.
      await recordCircumvention(tx, { accountId, kind, confirmedAt: new Date(), reference: `action:${result.actionId}` });
    } else {
      await recomputeAccountTrust(tx, accountId, `enforcement:${action.type}`);
    }
    return result;
  };
}

function worker(start: () => { stop(): Promise<void> }): Worker {
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

function natsWorker(ctx: AppContext, servers: string): Worker {
  let started: Promise<{ stop(): Promise<void> }> | undefined;
  const log = ctx.log.child({ subsystem: 'nats' });
  return {
    start() {
      started ??= startNatsIngestion(ctx.events, log, {
        ...DEFAULT_NATS_OPTIONS,
        servers,
        stream: ctx.config.natsStream,
        subjectPrefix: ctx.config.natsSubjectPrefix,
      });
      started.catch((err) => log.error({ err }, 'could not start NATS ingestion'));
    },
    async stop() {
      const s = await started?.catch(() => undefined);
      await s?.stop();
      started = undefined;
    },
  };
}

/** A periodic job: one run at a time, errors logged, never overlapping with itself. */
function sweep(log: Logger, name: string, everyMs: number, run: () => Promise<unknown>): Worker {
  return worker(() => {
    let current: Promise<unknown> = Promise.resolve();
    const tick = () => {
      current = current.then(run).then(
        (result) => log.info({ sweep: name, result }, 'sweep done'),
        (err) => log.error({ err, sweep: name }, 'sweep failed'),
      );
    };
    const timer = setInterval(tick, everyMs);
    timer.unref();
    return {
      stop: async () => {
        clearInterval(timer);
        await current;
      },
    };
  });
}
