// The composition root: every service is built here, once, with its collaborators passed in,
// so this file and the imports say who calls whom. No capability registers itself anywhere.
//
//   POST /v1/events ─► EventService ─► hooks, in order, in the event's transaction:
//        screening (ScreeningService ─► DecisionService ─► effects: cases · enforcement ─► trust)
//        trust · protection · security (DecisionService) · attachments (DecisionService)
//        · patterns (NetworkService, DecisionService)
//   cases ─► enforcement when a reviewer resolves with an action (then trust's consequences),
//         ─► disputes when the case is a dispute (the decision, its webhook, trust's consequences);
//   disputes ─► cases (each dispute is a case); protection ─► trust (confirmed circumvention);
//   enforcement ─► cases through its CaseDesk port.

import { readFileSync } from 'node:fs';
import type { Logger } from 'pino';
import { Gauge, type Registry } from 'prom-client';
import { createThrottles } from '../access/throttle.ts';
import { attachmentRoutes } from '../attachments/routes.ts';
import { AttachmentService } from '../attachments/service.ts';
import { loadCasesConfig } from '../cases/config.ts';
import { openCaseIds } from '../cases/lookups.ts';
import { caseRoutes } from '../cases/routes.ts';
import { type ActionApplier, CASE_SUBJECT_TYPES, CaseService, type CaseSubjectType, recordAppealOutcome } from '../cases/service.ts';
import { consoleRoutes } from '../console/routes.ts';
import { clamdFromEnv } from '../detect/malware/clamd.ts';
import { DetectionPool } from '../detect/pool/detection-pool.ts';
import { disputeRoutes } from '../disputes/routes.ts';
import { DISPUTE_DECISION, DisputeService } from '../disputes/service.ts';
import { type EnforceConfig, loadEnforceConfig } from '../enforce/config.ts';
import type { CaseDesk } from '../enforce/deps.ts';
import { holdingActionsSql } from '../enforce/held.ts';
import { payoutHoldHook } from '../enforce/payout-holds.ts';
import { enforceRoutes } from '../enforce/routes.ts';
import { EnforcementService } from '../enforce/service.ts';
import { ownerConfirmationProvider } from '../enforce/verification.ts';
import { sealPlaintextWebhookSecrets, startWebhookWorker } from '../enforce/webhooks/delivery.ts';
import { DEFAULT_NATS_OPTIONS, startNatsIngestion } from '../events/nats.ts';
import { EventService } from '../events/service.ts';
import { NetworkReputation } from '../network/reputation.ts';
import { networkRoutes } from '../network/routes.ts';
import { NetworkService } from '../network/service.ts';
import { queueLag } from '../patterns/queue.ts';
import { type BehaviourVerdict, PatternService } from '../patterns/service.ts';
import { loadPatternSettings, type PatternSettings, patternSettings } from '../patterns/settings.ts';
import { DecisionService } from '../policy/decide.ts';
import { policyRoutes } from '../policy/routes.ts';
import { installDefaultPolicies, PolicyCache, upgradeShippedPolicies } from '../policy/store.ts';
import { protectionRoutes } from '../protection/routes.ts';
import { ProtectionService } from '../protection/service.ts';
import { protectionHook } from '../protection/store.ts';
import { loadRetentionConfig } from '../rights/config.ts';
import { rightsRoutes } from '../rights/routes.ts';
import { RightsService } from '../rights/service.ts';
import { screeningHook, screeningReadAhead } from '../screening/hooks.ts';
import { screeningRoutes } from '../screening/routes.ts';
import { ScreeningService } from '../screening/service.ts';
import { securityHook } from '../security/hooks.ts';
import { linkedDealsHook } from '../security/linked-deals.ts';
import type { DatabaseHandle, Db } from '../store/db.ts';
import { transparencyRoutes } from '../transparency/routes.ts';
import { loadStatementsConfig } from '../transparency/statements.ts';
import { trustConfig } from '../trust/config.ts';
import { awardedBadges } from '../trust/facts.ts';
import { trustHook } from '../trust/hooks.ts';
import { circumventionKind } from '../trust/recompute.ts';
import { trustRoutes } from '../trust/routes.ts';
import { TrustService } from '../trust/service.ts';
import { type Clock, systemClock } from './clock.ts';
import { type Config, ConfigError } from './config.ts';
import type { AppContext } from './context.ts';
import { createMetrics } from './metrics.ts';
import { resolveDeploymentKey } from './secrets.ts';
import type { RouteModule } from './server.ts';

export interface Worker {
  start(): void;
  stop(): Promise<void>;
}

export interface Wiring {
  ctx: AppContext;
  routes: RouteModule[];
  /** Background work (retry queues, webhook delivery, sweeps) that `serve` starts and `stop` ends. */
  workers: Worker[];
  /**
   * Processes every event queued for behaviour across events (patterns/queue.ts), now: the
   * behaviour worker's work, which tests and the simulator call instead of waiting for it.
   */
  drainBehaviour(): Promise<{ processed: number; verdicts: { eventId: string; behaviour: BehaviourVerdict[] }[] }>;
  /**
   * Runs the time-driven sweeps once, now, on the composition's clock (after draining the
   * behaviour queue): expiry of actions and
   * verifications, recurring verifications, trust (JSS windows), time-based behaviour patterns. The simulator calls it once a
   * simulated day; the workers run the same work on their schedule.
   */
  sweepNow(): Promise<Record<string, unknown>>;
  /** Starts the detection pool's threads and loads the detectors in them (serve and worker, not tests). */
  warm(): Promise<void>;
  /** Ends what the composition holds besides the database (the detection pool's threads). */
  close(): Promise<void>;
}

/** What a caller (tests, benchmarks) may set instead of the environment. */
export interface CompositionOverrides {
  /** Enforcement settings over those read from WARDEN_ENFORCE_* and friends. */
  enforce?: Partial<EnforceConfig>;
  /** Replaces enforcement as the applier of reviewers' case actions (the cases suites). */
  applyCaseAction?: ActionApplier;
  /** false: ingestion without behaviour across events (linked accounts, patterns, payment risk); the benchmark's baseline. */
  behaviour?: boolean;
  /** An in-memory database: the encryption key (when not configured) lives as long as the process. */
  memory?: boolean;
  /** The time cases, enforcement, trust and the sweeps judge by; the system clock when absent (the simulator passes a simulated one). */
  clock?: Clock;
  /** Pattern settings instead of WARDEN_PATTERNS_CONFIG's (checked the same way; tests and benchmarks). */
  patterns?: PatternSettings;
}

const MINUTE = 60_000;

/** Builds every service once, in dependency order, and lists the routes and workers. */
export async function composeApp(config: Config, handle: DatabaseHandle, log: Logger, overrides: CompositionOverrides = {}): Promise<Wiring> {
  const db = handle.db;
  const clock = overrides.clock ?? systemClock;
  const metrics = createMetrics();
  const installed = await installDefaultPolicies(db);
  if (installed.length) log.info({ installed }, 'default policies installed');
  const updated = await upgradeShippedPolicies(db);
  if (updated.length) log.info({ updated }, 'shipped policies updated to this release');

  const enforceConfig = loadEnforceConfig(process.env, overrides.enforce ?? {});
  const deploymentKey = await resolveDeploymentKey(db, { configured: enforceConfig.encryptionKey, dataDir: overrides.memory ? undefined : config.dataDir });
  if (deploymentKey.source === 'generated')
    log.info({ file: deploymentKey.file, keyId: deploymentKey.keyId }, 'encryption key generated (mode 600); keep a copy');
  const sealed = await sealPlaintextWebhookSecrets(db, deploymentKey.key);
  if (sealed) log.info({ sealed }, 'webhook secrets encrypted at rest');

  const trust = new TrustService(loadTrustSettings(config.trustConfigFile));
  // Cases call enforcement when a reviewer resolves a case with an action; enforcement opens
  // and closes cases. That one cycle is closed here: the applier reads `enforcement` only
  // when a case is resolved, after both exist.
  // Dispute cases are decided by disputes (the money, its webhook, trust's consequences), every
  // other case by enforcement; the applier picks by the case's source.
  const cases: CaseService = new CaseService(
    loadCasesConfig(),
    overrides.applyCaseAction ??
      ((tx, kase, action, reviewer) =>
        kase.source === 'dispute' || action.type === DISPUTE_DECISION
          ? disputes.applyDecision(tx, kase, action, reviewer)
          : applyWithTrustConsequences(enforcement, trust, tx, kase, action, reviewer)),
    clock,
    // A report of a request to move off the platform by its recipient is a decline (screening knows the requests).
    (tx, r) => screening.noteReport(tx, r),
  );
  const disputes: DisputeService = new DisputeService(cases, trust);
  const protection = new ProtectionService(trust);
  // Every enforcement change recomputes the account's trust in its transaction: search rank and
  // badges follow an action, or its reversal, at once.
  const enforcement: EnforcementService = new EnforcementService(
    enforceConfig,
    caseDesk(cases),
    metrics.registry,
    async (tx, accountId, cause, asOf) => {
      const r = await trust.enforcementChanged(tx, accountId, cause, { asOf });
      return { badgesAwarded: r?.badgeChanges.filter((c) => c.change === 'awarded').map((c) => c.badge) ?? [] };
    },
    clock,
    awardedBadges,
  );

  const policies = new PolicyCache(db);
  const decisions = new DecisionService(
    policies,
    {
      openCase: (tx, req) => cases.openOrJoinCase(tx, req, { kind: 'system', id: 'policy', name: `policy ${req.policy}` }),
      recordStrike: async (tx, req) => {
        const r = await enforcement.recordViolation(tx, req, { now: req.at });
        return { outcome: r.outcome, strikeId: r.strikeId, action: r.action, caseId: r.caseId, guardrail: r.guardrail, incident: r.incident, held: r.held };
      },
      requestVerification: async (tx, req) => ({
        verificationId: (
          await enforcement.requestVerification(
            tx,
            // The light check confirms the sign-in: its notice says "to confirm it is really you".
            req.level === 'light'
              ? { accountId: req.accountId, reason: req.reason, provider: ownerConfirmationProvider.name, trigger: 'suspicious_login' }
              : { accountId: req.accountId, reason: req.reason },
          )
        ).id,
      }),
    },
    log.child({ subsystem: 'decisions' }),
  );
  // Long texts are screened in worker threads, so one cannot hold the event loop (closed by close()).
  const detection = new DetectionPool({ threads: config.detectThreads });
  const screening = new ScreeningService(
    decisions,
    {
      interviewPolicy: async (db, jobId) => (await trust.interviewPolicyForJob(db, jobId))?.policy ?? null,
      trustedClient: (db, clientId, asOf) => trust.trustedClientAt(db, clientId, { asOf }),
      trustedSender: (sender) => trust.trustedSender(sender),
      askPattern: { counterparts: trust.config.exemptions.askPatternCounterparts, windowDays: trust.config.exemptions.askPatternWindowDays },
    },
    {
      contentHold: (db, q) => enforcement.contentHold(db, q),
      holdingActionsSql: (accountId, at) => holdingActionsSql(accountId, at),
      recordHeld: (tx, h) => enforcement.recordHeldContent(tx, h),
      askGuidance: (f, locale) => enforcement.askGuidance(f, locale),
    },
    {
      declinedAsk: (tx, d) => trust.recordDeclinedAsk(tx, d),
      askReportReason: offPlatformReportReason(cases.config),
    },
    { domains: config.marketplaceDomains, addresses: config.marketplaceAddresses },
    detection,
  );
  const attachments = new AttachmentService(db, decisions, clamdFromEnv(process.env), log.child({ subsystem: 'attachments' }));
  // Data rights: an erased account's late events are scrubbed again as they are stored.
  const rights = new RightsService(loadRetentionConfig(process.env));
  // Loaded once (the ASN table from its cache after the first start); every hook asks it synchronously.
  const reputation = await NetworkReputation.open({
    enabled: config.networkReputation,
    asnDir: config.networkAsnDir,
    countryMmdb: config.networkCountryMmdb,
    torExitsFile: config.networkTorExitsFile,
    extraHostingAsns: config.networkHostingAsns,
    cacheDir: config.networkCacheDir,
  }).catch((err: Error) => {
    throw new ConfigError(`network reputation data: ${err.message}`);
  });
  log.info({ network: reputation.describe() }, 'network reputation data loaded');
  const network = await NetworkService.open(db, undefined, reputation);
  // Read and checked once at start: a bad WARDEN_PATTERNS_CONFIG stops Warden with its path and value.
  const patterns = new PatternService(
    network,
    decisions,
    overrides.patterns ? patternSettings(overrides.patterns, 'patterns override') : loadPatternSettings(process.env),
  );
  const events = new EventService(
    db,
    [
      // Screening first: a job post's interview policy (trust) weighs the scam signals screening
      // found in the same post; later messages about the job then read that policy.
      screeningHook(screening),
      trustHook(trust, { now: () => clock.now() }),
      protectionHook,
      securityHook(decisions, reputation),
      (tx, e) => (e.type === 'message.sent' ? attachments.onMessage(tx, e) : Promise.resolve(undefined)),
      // Behaviour across events (linked accounts, patterns, payment risk): after screening, whose findings it reads.
      ...(overrides.behaviour === false
        ? []
        : [
            // A proposal or contract between accounts of one person is held for a reviewer (self-dealing policy).
            // Their identifiers still queued for the behaviour worker are recorded first.
            linkedDealsHook(decisions, (tx, [a, b]) => patterns.catchUpIdentifiers(tx, a, b)),
            // Keeps each event to be queued (marked when its text shows a person's contact details); a payout is judged at once (its hold is in the reply).
            payoutHoldHook({
              behaviour: (tx, e) => patterns.onEvent(tx, e),
              policySet: (tx) => decisions.policySet(tx),
              recordPayoutHold: (tx, h) => enforcement.recordPayoutHold(tx, h),
            }),
          ]),
    ],
    {
      mode: config.ingestMode,
      // PGlite runs one transaction at a time; on PostgreSQL leave pool connections for reads and workers.
      maxConcurrentGroups: handle.kind === 'pglite' ? 1 : 4,
      log: log.child({ subsystem: 'events' }),
      beforeStore: rights.beforeEvents,
      // Screening's prefetch rides behind the event's insert, in its round trip (write-behind.ts).
      readAhead: screeningReadAhead(screening),
      // The new events of each transaction are queued for the behaviour worker in one statement before it commits.
      ...(overrides.behaviour === false ? {} : { beforeCommit: (tx) => patterns.flush(tx) }),
    },
  );

  const throttles = createThrottles(config);
  const ctx: AppContext = {
    readiness: new Map(),
    throttles,
    config,
    db,
    dbKind: handle.kind,
    log,
    metrics,
    deploymentKey,
    events,
    policies,
    decisions,
    screening,
    attachments,
    cases,
    enforcement,
    trust,
  };
  const sweeps = log.child({ subsystem: 'sweeps' });
  const expire = () => enforcement.expireActionsAndVerifications(db);
  const recurring = async () => ({
    ...(await enforcement.requestRecurringVerifications(db)),
    ...(await enforcement.purgeVerificationDocuments(db)),
  });
  const recomputeTrust = () => trust.recomputeTrust(db, clock.now());
  // Off with the rest of behaviour (the benchmark's baseline).
  const sweepPatterns = async () => (overrides.behaviour === false ? {} : patterns.sweep(db, clock.now()));
  const drainBehaviour = () => patterns.drain(db);
  behaviourLagMetrics(metrics.registry, db);
  return {
    ctx,
    drainBehaviour,
    warm: () => detection.warm(),
    close: () => detection.close(),
    sweepNow: async () => {
      // What was ingested is processed before the sweeps judge time passing.
      const behaviour = (await drainBehaviour()).processed;
      return { behaviour, expired: await expire(), recurring: await recurring(), trust: await recomputeTrust(), patterns: await sweepPatterns() };
    },
    routes: [
      screeningRoutes,
      policyRoutes,
      attachmentRoutes(attachments),
      caseRoutes,
      enforceRoutes,
      trustRoutes,
      protectionRoutes(protection),
      disputeRoutes(disputes),
      consoleRoutes,
      networkRoutes(network),
      rightsRoutes(rights),
      transparencyRoutes(loadStatementsConfig(process.env)),
    ],
    workers: [
      worker(() => attachments.startWorker()),
      // Behaviour across events for every queued event: linked accounts, patterns, account decisions.
      worker(() => behaviourWorker(log.child({ subsystem: 'behaviour' }), drainBehaviour)),
      worker(() => startWebhookWorker({ db, log }, { intervalMs: 1_000, config: enforcement.config, key: deploymentKey.key })),
      sweep(sweeps, 'expire actions and verifications', 5 * MINUTE, expire),
      sweep(sweeps, 'recurring verifications and document purge', 24 * 60 * MINUTE, recurring),
      // Job Success Score is recomputed on every relevant event; the schedule catches windows moving with time.
      sweep(sweeps, 'data retention', rights.retention.sweepEveryMinutes * MINUTE, () => rights.sweep(db)),
      sweep(sweeps, 'trust recompute', 24 * 60 * MINUTE, recomputeTrust),
      // Time-based patterns (contact then silence, invites without hiring): only what ripened since the last run.
      sweep(sweeps, 'behaviour patterns', patterns.settings.sweepEveryMinutes * MINUTE, sweepPatterns),
      ...(config.natsUrl ? [natsWorker(ctx, config.natsUrl)] : []),
    ],
  };
}

/** Enforcement's view of cases: opens review work as the system, files unknown subjects under the account. */
function caseDesk(cases: CaseService): CaseDesk {
  const actor = { kind: 'system', id: 'enforcement', name: 'Warden enforcement' };
  const subjectType = (t: string): CaseSubjectType => (CASE_SUBJECT_TYPES.includes(t as CaseSubjectType) ? (t as CaseSubjectType) : 'account');
  return {
    openCase: async (tx, input) =>
      (await cases.openOrJoinCase(tx, { ...input, subject: { ...input.subject, type: subjectType(input.subject.type) } }, actor)).caseId,
    resolveAppealCase: (tx, caseId, reviewer, outcome, appealId, reason) => cases.resolveAppealCase(tx, caseId, reviewer, outcome, appealId, reason),
    recordAppealOutcome,
    openCaseIds,
  };
}

const PENALTIES = new Set(['warning', 'restriction', 'payment_hold', 'suspension', 'permanent_suspension']);

/**
 * A reviewer's action on a case, then its trust consequences in the same transaction: a
 * penalty on a circumvention case is a confirmed circumvention (badges go for 6 months). Any
 * enforcement change already recomputed the account's trust (EnforcementService's accountChanged).
 */
const applyWithTrustConsequences = async (
  enforcement: EnforcementService,
  trust: TrustService,
  ...[tx, kase, action, reviewer]: Parameters<ActionApplier>
): ReturnType<ActionApplier> => {
  const result = await enforcement.applyCaseAction(tx, kase, action, reviewer);
  const accountId = kase.subject.accountId;
  if (kase.policy === 'contact-sharing' && PENALTIES.has(action.type)) {
    const kind = circumventionKind(kase.signals.map((s) => s.type));
    // Referenced by action, so an overturned appeal of that action withdraws the finding.
    await trust.recordCircumvention(tx, { accountId, kind, confirmedAt: new Date(), reference: `action:${result.actionId}` });
  }
  return result;
};

/** The report reason for a request to move off the platform: the catalogue's `offplatform…` code, else `other`. */
function offPlatformReportReason(cfg: { reportReasons: { code: string }[] }): string {
  return cfg.reportReasons.find((r) => /^off_?platform/.test(r.code))?.code ?? 'other';
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

/** How long the behaviour worker waits after finding the queue empty (ms): a console user sees cases within about a second. */
const BEHAVIOUR_IDLE_MS = 500;

/**
 * The behaviour worker: drains the queue (patterns/queue.ts) until it is empty, waits
 * BEHAVIOUR_IDLE_MS, again. A failed pass is logged and retried after the wait; the events stay queued.
 */
function behaviourWorker(log: Logger, drain: () => Promise<{ processed: number }>): { stop(): Promise<void> } {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();
  const pass = () => {
    current = drain().then(
      (r) => {
        if (r.processed) log.debug({ processed: r.processed }, 'behaviour queue drained');
      },
      (err) => log.error({ err }, 'behaviour worker pass failed; the events stay queued'),
    );
    current.then(() => {
      if (!stopped) timer = setTimeout(pass, BEHAVIOUR_IDLE_MS);
      timer?.unref();
    });
  };
  pass();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}

/**
 * The behaviour worker's lag, read when metrics are scraped: `warden_behaviour_queue_events`
 * (queued, not yet processed; `state` failed = skipped after repeated failures) and
 * `warden_behaviour_lag_seconds` (wall-clock age of the oldest queued event still tried).
 */
function behaviourLagMetrics(registry: Registry, db: Db): void {
  // One read per scrape for both gauges: a reading younger than a second is reused.
  let last: { at: number; lag: Promise<Awaited<ReturnType<typeof queueLag>>> } | undefined;
  const read = () => {
    if (!last || Date.now() - last.at > 1_000) last = { at: Date.now(), lag: queueLag(db) };
    return last.lag;
  };
  new Gauge({
    name: 'warden_behaviour_queue_events',
    help: 'Events queued for behaviour across events (patterns, linked accounts, payment risk) not yet processed, by state',
    labelNames: ['state'] as const,
    registers: [registry],
    async collect() {
      const r = await read();
      this.set({ state: 'pending' }, r.backlog - r.failed);
      this.set({ state: 'failed' }, r.failed);
    },
  });
  new Gauge({
    name: 'warden_behaviour_lag_seconds',
    help: 'Age of the oldest event waiting for the behaviour worker (0 when none waits)',
    registers: [registry],
    async collect() {
      this.set((await read()).oldestSeconds);
    },
  });
}

/** Connection retries while NATS is unreachable: from 1 s, doubling, at most every 15 s. */
const NATS_RETRY_MS = { first: 1_000, max: 15_000 };

/**
 * NATS ingestion. When NATS cannot be reached at start the process starts anyway (the HTTP
 * API takes events) and keeps trying, from 1 s to every 15 s; meanwhile, and whenever the
 * connection drops later (the client reconnects without limit), GET /readyz answers 503 naming
 * NATS. Nothing is lost: events published to the stream wait there, and each is acknowledged
 * only after it is committed.
 */
function natsWorker(ctx: AppContext, servers: string): Worker {
  let running: { stop(): Promise<void>; connected(): boolean } | undefined;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let attempt: Promise<void> | undefined;
  let lastError = 'not connected yet';
  const log = ctx.log.child({ subsystem: 'nats' });
  const tryStart = (delay: number) => {
    attempt = startNatsIngestion(ctx.events, log, {
      ...DEFAULT_NATS_OPTIONS,
      servers,
      stream: ctx.config.natsStream,
      subjectPrefix: ctx.config.natsSubjectPrefix,
    }).then(
      async (r) => {
        if (stopped) await r.stop();
        else running = r;
      },
      (err) => {
        lastError = (err as Error).message;
        if (stopped) return;
        log.warn({ err, retryInMs: delay }, 'NATS cannot be reached: not ready, retrying');
        timer = setTimeout(() => tryStart(Math.min(delay * 2, NATS_RETRY_MS.max)), delay);
      },
    );
  };
  return {
    start() {
      if (attempt) return;
      stopped = false;
      ctx.readiness.set('nats', () =>
        running
          ? running.connected()
            ? null
            : `NATS at ${servers} disconnected; reconnecting`
          : `NATS at ${servers} cannot be reached (${lastError}); retrying`,
      );
      tryStart(NATS_RETRY_MS.first);
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await attempt;
      await running?.stop();
      running = undefined;
      attempt = undefined;
      ctx.readiness.delete('nats');
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
