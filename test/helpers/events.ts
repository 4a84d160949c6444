// Builders for marketplace events, so tests say what happens, not how events are shaped.
let seq = 0;
const nextId = (p: string) => `${p}-${Date.now().toString(36)}-${(seq++).toString(36)}`;

export function event(type: string, actorId: string, data: Record<string, unknown>, opts: { id?: string; at?: string | Date } = {}) {
  return {
    id: opts.id ?? nextId('evt'),
    type,
    occurredAt: (opts.at ? new Date(opts.at) : new Date()).toISOString(),
    actor: { id: actorId },
    data,
  };
}

export const ev = {
  registered: (id: string, role: 'client' | 'freelancer' | 'agency', extra: Record<string, unknown> = {}, at?: string) =>
    event('user.registered', id, { role, ...extra }, { at }),
  message: (from: string, to: string, text: string, at?: string) => event('message.sent', from, { messageId: nextId('msg'), recipientId: to, text }, { at }),
  contractStarted: (contractId: string, clientId: string, freelancerId: string, at?: string, amountCents = 100_000) =>
    event('contract.started', clientId, { contractId, clientId, freelancerId, kind: 'fixed', amountCents }, { at }),
  contractEnded: (contractId: string, actorId: string, at?: string, reason = 'completed') => event('contract.ended', actorId, { contractId, reason }, { at }),
  released: (contractId: string, clientId: string, amountCents: number, at?: string) =>
    event('milestone.released', clientId, { contractId, amountCents }, { at }),
  feedback: (contractId: string, from: string, to: string, stars: number, privateScore: number, at?: string) =>
    event('feedback.left', from, { contractId, toId: to, stars, privateScore }, { at }),
  paymentVerified: (id: string, at?: string) => event('payment.method_verified', id, {}, { at }),
};
