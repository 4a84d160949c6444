// A test Warden with enforcement's routes and settings, whether or not the wiring has them yet.
import { randomBytes } from 'node:crypto';
import { buildServer } from '../../src/app/server.ts';
import type { EnforceConfig } from '../../src/enforce/config.ts';
import { registerEnforcement } from '../../src/enforce/register.ts';
import { enforceRoutes } from '../../src/enforce/routes.ts';
import { type Backend, startTestWarden, type TestWarden } from './warden.ts';

export const TEST_ENCRYPTION_KEY = randomBytes(32).toString('base64');

export async function startEnforceWarden(backend: Backend, overrides: Partial<EnforceConfig> = {}): Promise<TestWarden> {
  const w = await startTestWarden(backend);
  registerEnforcement(w.ctx, { encryptionKey: TEST_ENCRYPTION_KEY, ...overrides });
  if (w.app.hasRoute({ method: 'GET', url: '/v1/accounts/:id/standing' })) return w;
  const app = await buildServer(w.ctx, [enforceRoutes]);
  await app.ready();
  const call: TestWarden['call'] = async (method, url, body, k) => {
    const token = k === undefined ? w.adminKey : k;
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    const res = await app.inject({ method: method as 'GET', url, headers, ...(body === undefined ? {} : { payload: body as object }) });
    let parsed: unknown = res.body;
    try {
      parsed = res.body ? JSON.parse(res.body) : undefined;
    } catch {}
    return { status: res.statusCode, body: parsed, headers: res.headers };
  };
  return {
    ...w,
    app,
    call,
    async close() {
      await app.close();
      await w.close();
    },
  };
}
