// Harness for the console suites: a test Warden with every capability the console drives
// (screening, policies, cases, enforcement, the console routes) mounted on one app,
// detections opening cases, and an HTTP listener for a real browser.
import { buildServer, type RouteModule } from '../../src/app/server.ts';
import { caseRoutes } from '../../src/cases/routes.ts';
import { createConsoleRoutes } from '../../src/console/routes.ts';
import { enforceRoutes } from '../../src/enforce/routes.ts';
import { policyRoutes } from '../../src/policy/routes.ts';
import { screeningRoutes } from '../../src/screening/routes.ts';
import { TEST_ENCRYPTION_KEY } from './enforce-warden.ts';
import { type Backend, startTestWarden, type TestWarden } from './warden.ts';

export interface ConsoleWarden extends TestWarden {
  /** Base URL once listening (listen: true). */
  url: string;
}

export async function startConsoleWarden(backend: Backend, opts: { distDir?: string; listen?: boolean } = {}): Promise<ConsoleWarden> {
  const w = await startTestWarden(backend, {}, { enforce: { encryptionKey: TEST_ENCRYPTION_KEY } });
  // One app with exactly the modules the console needs, whatever the wiring registers today.
  await w.app.close();
  const modules: RouteModule[] = [screeningRoutes, policyRoutes, caseRoutes, enforceRoutes, createConsoleRoutes({ distDir: opts.distDir })];
  const app = await buildServer(w.ctx, modules);
  await app.ready();
  let url = '';
  if (opts.listen) {
    await app.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  }
  const call: TestWarden['call'] = async (method, path, body, k) => {
    const token = k === undefined ? w.adminKey : k;
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    const res = await app.inject({ method: method as 'GET', url: path, headers, ...(body === undefined ? {} : { payload: body as object }) });
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
    url,
    async close() {
      await app.close();
      await w.close();
    },
  };
}

let seq = 0;
/** A console login for a role; returns the credentials to type into the login form. */
export async function createReviewer(w: TestWarden, role: 'admin' | 'reviewer' | 'triage' | 'policy-editor', name: string) {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${seq++}@example.test`;
  const password = 'correct horse battery staple';
  const r = await w.call('POST', '/v1/admin/users', { email, name, role, password });
  if (r.status !== 201) throw new Error(`could not create ${role} ${name}: ${JSON.stringify(r.body)}`);
  return { id: r.body.id as string, email, password, name };
}
