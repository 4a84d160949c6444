// Harness for the console's browser suite: the fully wired test Warden (every capability the
// app registers, trust included) listening on a port for a real browser, with an encryption
// key of its own for identity documents, and seed builders for the stories the suite tells.
import { TEST_ENCRYPTION_KEY } from './enforce-warden.ts';
import { ev } from './events.ts';
import { type Backend, startTestWarden, type TestWarden } from './warden.ts';

export interface WiredConsoleWarden extends TestWarden {
  url: string;
}

export async function startWiredConsoleWarden(backend: Backend): Promise<WiredConsoleWarden> {
  const w = await startTestWarden(backend, {}, { enforce: { encryptionKey: TEST_ENCRYPTION_KEY } });
  await w.app.listen({ port: 0, host: '127.0.0.1' });
  return { ...w, url: `http://127.0.0.1:${(w.app.server.address() as { port: number }).port}` };
}

const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString();

/**
 * A freelancer with a year of good work: registered `tenureDays` ago, then one fixed-price
 * contract per client, paid, completed and rated highly (public stars and private score).
 */
export function contractHistoryEvents(freelancerId: string, clients: string[], opts: { tenureDays?: number; amountCents?: number } = {}) {
  const tenure = opts.tenureDays ?? 400;
  const amount = opts.amountCents ?? 90_000;
  const events: ReturnType<typeof ev.registered>[] = [];
  clients.forEach((client, i) => {
    const start = tenure - 30 - i * 40;
    const contract = `ct-${freelancerId}-${client}`;
    events.push(
      ev.registered(client, 'client', { displayName: `Client ${i + 1}` }, daysAgo(tenure - 1)),
      // They talk on the platform before the hire, as honest pairs do (a hire with no message is a pattern signal).
      ev.message(client, freelancerId, 'Hi! I liked your portfolio. Could you take on a logo refresh for us this month?', daysAgo(start + 1)),
      ev.contractStarted(contract, client, freelancerId, daysAgo(start), amount),
      ev.released(contract, client, amount, daysAgo(start - 20)),
      ev.contractEnded(contract, client, daysAgo(start - 21)),
      ev.feedback(contract, client, freelancerId, 5, 10, daysAgo(start - 21)),
    );
  });
  return events;
}

export const registeredDaysAgo = (id: string, role: 'client' | 'freelancer', days: number, extra: Record<string, unknown> = {}) =>
  ev.registered(id, role, extra, daysAgo(days));
