// Harness for the cases suites: a test Warden and reviewer logins to act as different people.
import type { CompositionOverrides } from '../../src/app/wiring.ts';
import { type Backend, startTestWarden, type TestWarden } from './warden.ts';

/** The app wires the case routes; kept as a name the case suites read well with. */
export const startCasesWarden = (backend: Backend, services: CompositionOverrides = {}): Promise<TestWarden> => startTestWarden(backend, {}, services);

let seq = 0;
/** Creates a console user with a role and logs them in; returns their id and session token. */
export async function loginAs(
  w: TestWarden,
  role: 'admin' | 'reviewer' | 'triage' | 'policy-editor',
  name: string,
): Promise<{ id: string; token: string; name: string }> {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${seq++}@example.test`;
  const password = 'correct horse battery';
  const created = await w.call('POST', '/v1/admin/users', { email, name, role, password });
  if (created.status !== 201) throw new Error(`could not create ${role} ${name}: ${JSON.stringify(created.body)}`);
  const session = await w.call('POST', '/v1/auth/login', { email, password }, null);
  if (session.status !== 200) throw new Error(`could not log ${name} in: ${JSON.stringify(session.body)}`);
  return { id: created.body.id, token: session.body.token, name };
}
