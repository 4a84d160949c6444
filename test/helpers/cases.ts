// Harness for the cases suites: a test Warden with the case routes mounted (unless the app
// wiring already registers them), and reviewer logins to act as different people.
import { buildServer } from '../../src/app/server.ts';
import { caseRoutes } from '../../src/cases/routes.ts';
import { type Backend, startTestWarden, type TestWarden } from './warden.ts';

export async function startCasesWarden(backend: Backend): Promise<TestWarden> {
  const w = await startTestWarden(backend);
  if (w.app.hasRoute({ method: 'GET', url: '/v1/cases' })) return w;
  const app = await buildServer(w.ctx, [caseRoutes]);
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

let seq = 0;
/** Creates a console user with a role and logs them in; returns their id and session token. */
export async function loginAs(w: TestWarden, role: 'admin' | 'reviewer' | 'triage', name: string): Promise<{ id: string; token: string; name: string }> {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${seq++}@example.test`;
  const password = 'correct horse battery';
  const created = await w.call('POST', '/v1/admin/users', { email, name, role, password });
  if (created.status !== 201) throw new Error(`could not create ${role} ${name}: ${JSON.stringify(created.body)}`);
  const session = await w.call('POST', '/v1/auth/login', { email, password }, null);
  if (session.status !== 200) throw new Error(`could not log ${name} in: ${JSON.stringify(session.body)}`);
  return { id: created.body.id, token: session.body.token, name };
}
