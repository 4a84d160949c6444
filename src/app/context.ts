// What every capability's routes and workers share: one object, built once at start by the
// composition root (app/wiring.ts), which says which service gets which collaborators.
import type { Logger } from 'pino';
import type { Throttles } from '../access/throttle.ts';
import type { AttachmentService } from '../attachments/service.ts';
import type { CaseService } from '../cases/service.ts';
import type { EnforcementService } from '../enforce/service.ts';
import type { EventService } from '../events/service.ts';
import type { DecisionService } from '../policy/decide.ts';
import type { PolicyCache } from '../policy/store.ts';
import type { ScreeningService } from '../screening/service.ts';
import type { DatabaseHandle, Db } from '../store/db.ts';
import type { TrustService } from '../trust/service.ts';
import type { Config } from './config.ts';
import type { Metrics } from './metrics.ts';
import type { DeploymentKey } from './secrets.ts';

export interface AppContext {
  config: Config;
  db: Db;
  dbKind: DatabaseHandle['kind'];
  log: Logger;
  metrics: Metrics;
  /** Seals secrets at rest: identity documents, webhook signing secrets (app/secrets.ts). */
  deploymentKey: DeploymentKey;
  /** Login, unknown-key and public-page throttles (access/throttle.ts). */
  throttles: Throttles;
  events: EventService;
  policies: PolicyCache;
  decisions: DecisionService;
  screening: ScreeningService;
  attachments: AttachmentService;
  cases: CaseService;
  enforcement: EnforcementService;
  trust: TrustService;
  /**
   * What else must work for the process to take traffic besides the database, by name: each
   * answers null when ready, or why not (GET /readyz answers 503 naming it). Workers set theirs.
   */
  readiness: Map<string, () => string | null>;
}
