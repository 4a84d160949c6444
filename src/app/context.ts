// What every capability's routes and services share: one object, built once at start.
import type { Logger } from 'pino';
import { EventService } from '../events/service.ts';
import { DecisionService } from '../policy/decide.ts';
import { PolicyCache } from '../policy/store.ts';
import { ScreeningService } from '../screening/service.ts';
import type { DatabaseHandle, Db } from '../store/db.ts';
import type { Config } from './config.ts';
import type { Metrics } from './metrics.ts';
import { createMetrics } from './metrics.ts';

export interface AppContext {
  config: Config;
  db: Db;
  dbKind: DatabaseHandle['kind'];
  log: Logger;
  metrics: Metrics;
  events: EventService;
  policies: PolicyCache;
  decisions: DecisionService;
  screening: ScreeningService;
}

export function createContext(config: Config, handle: DatabaseHandle, log: Logger): AppContext {
  const policies = new PolicyCache(handle.db);
  const decisions = new DecisionService(policies, log.child({ subsystem: 'decisions' }));
  return {
    config,
    db: handle.db,
    dbKind: handle.kind,
    log,
    metrics: createMetrics(),
    events: new EventService(handle.db),
    policies,
    decisions,
    screening: new ScreeningService(decisions),
  };
}
