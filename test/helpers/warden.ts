// Test harness: a Warden on a fresh database — in-memory PGlite, or the local PostgreSQL
// server in a schema of its own — with an admin key, driven through HTTP injection.

import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { expect } from 'vitest';
import { createApiKey } from '../../src/access/keys.ts';
import { type Config, loadConfig } from '../../src/app/config.ts';
import { openWarden, type Warden } from '../../src/app/start.ts';
import type { CompositionOverrides } from '../../src/app/wiring.ts';
import { dropSchema } from '../../src/store/db.ts';

export const POSTGRES_URL = process.env.WARDEN_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export type Backend = 'pglite' | 'postgres';

let pgAvailable: Promise<boolean> | undefined;
/** Whether the PostgreSQL server answers. Under CI=true its absence is a failure, not a skip. */
export function postgresAvailable(): Promise<boolean> {
  pgAvailable ??= (async () => {
    const c = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3000 });
    try {
      await c.connect();
      await c.query('select 1');
      return true;
    } catch (err) {
      if (process.env.CI === 'true') throw new Error(`PostgreSQL is required under CI=true but ${POSTGRES_URL} did not answer: ${(err as Error).message}`);
      console.warn(`skipping PostgreSQL tests: ${POSTGRES_URL} did not answer (${(err as Error).message})`);
      return false;
    } finally {
      await c.end().catch(() => {});
    }
  })();
  return pgAvailable;
}

/** The backends to run a suite on: PGlite always, PostgreSQL when it answers (always under CI). */
export async function backends(): Promise<Backend[]> {
  return (await postgresAvailable()) ? ['pglite', 'postgres'] : ['pglite'];
}

export interface TestWarden extends Warden {
  backend: Backend;
  adminKey: string;
  schema?: string;
  /** HTTP call through Fastify's injection (no socket), with the admin key unless another is given. */
  call(method: string, url: string, body?: unknown, key?: string | null): Promise<{ status: number; body: any; headers: Record<string, unknown> }>;
  close(): Promise<void>;
}

/** `services`: settings and collaborators the composition root takes instead of its defaults. */
// Tests screen inline (detectThreads 0) unless they ask for the pool: a thread's cold start
// under tsx loads the detectors and models (~6 s), which every test file would pay again.
export async function startTestWarden(backend: Backend, overrides: Partial<Config> = {}, services: CompositionOverrides = {}): Promise<TestWarden> {
  const schema = backend === 'postgres' ? `t_${randomBytes(6).toString('hex')}` : undefined;
  const config = loadConfig({}, { logLevel: 'silent', detectThreads: 0, ...(backend === 'postgres' ? { databaseUrl: POSTGRES_URL } : {}), ...overrides });
  const w = await openWarden(config, { schema, memory: backend === 'pglite', ...services });
  const { key } = await createApiKey(w.ctx.db, 'test admin', ['admin']);
  return {
    ...w,
    backend,
    schema,
    adminKey: key,
    async call(method, url, body, k) {
      const token = k === undefined ? key : k;
      const res = await w.app.inject({
        method: method as 'GET',
        url,
        headers: token ? { authorization: `Bearer ${token}` } : {},
        ...(body === undefined
          ? {}
          : typeof body === 'string'
            ? { payload: body, headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) } }
            : { payload: body as object }),
      });
      let parsed: unknown = res.body;
      try {
        parsed = res.body ? JSON.parse(res.body) : undefined;
      } catch {}
      return { status: res.statusCode, body: parsed, headers: res.headers };
    },
    async close() {
      await w.stop();
      if (schema) await dropSchema(POSTGRES_URL, schema);
    },
  };
}

/**
 * Posts one event (it must be accepted), then drives the behaviour worker once
 * (`drainBehaviour`, what the background worker does within a second): the reply, with
 * `behaviour` listing the reply's own behaviour decisions (a payout's) and those the worker made
 * for the events it processed; absent when there are none.
 */
export async function postThenDrain(w: TestWarden, e: unknown) {
  const body = await postAccepted(w, e);
  const drained = await w.drainBehaviour();
  const behaviour = [...(body.behaviour ?? []), ...drained.verdicts.flatMap((v) => v.behaviour)];
  const { behaviour: _, ...rest } = body;
  return behaviour.length ? { ...rest, behaviour } : rest;
}

/** Posts one event through `POST /v1/events`, fails the test unless it is accepted (2xx, the reply body in the message), and returns the reply body. */
export async function postAccepted(w: TestWarden, e: unknown) {
  const r = await w.call('POST', '/v1/events', e);
  expect(r.status, JSON.stringify(r.body)).toBeLessThan(300);
  return r.body;
}
