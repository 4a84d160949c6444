// Where the simulated pipeline's node CPU goes, by stage: every API request the simulator makes
// (by method and route, ids folded), the behaviour worker's drains, the daily sweeps, and the
// simulator's own work between them (reading the cohort files, bookkeeping). CPU is
// process.cpuUsage() (user + system, all of node's threads) measured around each awaited call:
// the bench runs Warden in-process with no background workers, so while the simulator awaits a
// call nothing else runs. SQL statements are counted on PostgreSQL (every pg.Client query).
import pg from 'pg';
import type { WardenClient } from '../../src/simulate/client.ts';

let statements = 0;
let patched = false;
/** Counts every statement the pg driver sends from now on (once per process). */
function countStatements(): void {
  if (patched) return;
  patched = true;
  const original = pg.Client.prototype.query;
  (pg.Client.prototype as any).query = function (this: pg.Client, ...args: any[]) {
    statements++;
    return (original as any).apply(this, args);
  };
}

export interface StageRow {
  stage: string;
  calls: number;
  /** Node CPU, milliseconds (user + system). */
  cpuMs: number;
  /** SQL statements sent (PostgreSQL only; 0 on PGlite). */
  statements: number;
}

/** Accumulates CPU and statements per stage; calls nested inside a measured call count for the outer one only. */
export class StageMeter {
  private rows = new Map<string, StageRow>();
  private depth = 0;
  /** The phase the simulator's own CPU between calls is counted under, and its CPU (ms) and statements when it began. */
  private current: { name: string; cpuMs: number; statements: number } | null = null;
  private phases = new Map<string, { cpuMs: number; statements: number }>();
  private inCalls = { cpuMs: 0, statements: 0 };

  constructor() {
    countStatements();
  }

  /** From now on, CPU outside measured calls counts as `simulator <name> (between calls)`; null stops counting it. */
  phase(name: string | null): void {
    const now = this.now();
    if (this.current) {
      const p = this.phases.get(this.current.name) ?? { cpuMs: 0, statements: 0 };
      p.cpuMs += now.cpuMs - this.current.cpuMs;
      p.statements += now.statements - this.current.statements;
      this.phases.set(this.current.name, p);
    }
    this.current = name === null ? null : { name, ...now };
  }

  /** Process CPU so far minus what measured calls took, and statements likewise. */
  private now(): { cpuMs: number; statements: number } {
    const c = process.cpuUsage();
    return { cpuMs: (c.user + c.system) / 1000 - this.inCalls.cpuMs, statements: statements - this.inCalls.statements };
  }

  async time<T>(stage: string, fn: () => Promise<T>): Promise<T> {
    if (this.depth > 0) return fn();
    this.depth++;
    const c0 = process.cpuUsage();
    const s0 = statements;
    try {
      return await fn();
    } finally {
      this.depth--;
      const c = process.cpuUsage(c0);
      const row = this.rows.get(stage) ?? { stage, calls: 0, cpuMs: 0, statements: 0 };
      const ms = (c.user + c.system) / 1000;
      row.calls++;
      row.cpuMs += ms;
      row.statements += statements - s0;
      this.inCalls.cpuMs += ms;
      this.inCalls.statements += statements - s0;
      this.rows.set(stage, row);
    }
  }

  /** The stages and the simulator's own CPU per phase (between calls), heaviest first. */
  report(): StageRow[] {
    if (this.current) this.phase(this.current.name);
    const rows = [...this.rows.values()];
    for (const [name, p] of this.phases) rows.push({ stage: `${name} simulator (between calls)`, calls: 0, ...p });
    return rows.sort((a, b) => b.cpuMs - a.cpuMs);
  }
}

/** `GET /v1/cases/abc?x=1` → `GET /v1/cases/:id`: ids (anything with a digit or long) folded, query dropped. */
export function routeOf(method: string, path: string): string {
  const p = path.split('?')[0];
  const parts = p.split('/').map((s, i) => (i > 2 && (/\d/.test(s) || s.length > 24) ? ':id' : s));
  return `${method} ${parts.join('/')}`;
}

/** `client` with each request measured under `prefix` + its route. */
export function meteredClient(client: WardenClient, meter: StageMeter, prefix: string): WardenClient {
  return { request: (method, path, body, raw) => meter.time(`${prefix}${routeOf(method, path)}`, () => client.request(method, path, body, raw)) };
}
