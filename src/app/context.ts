// What every capability's routes and services share: one object, built once at start.
import type { Logger } from 'pino';
import { EventService } from '../events/service.ts';
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
}

export function createContext(config: Config, handle: DatabaseHandle, log: Logger): AppContext {
  return { config, db: handle.db, dbKind: handle.kind, log, metrics: createMetrics(), events: new EventService(handle.db) };
}
