import { describe, expect, it } from 'vitest';
import { detectVelocity, velocityLimits } from './velocity.ts';

describe('detectVelocity', () => {
  it('gives new accounts lower limits than established ones', () => {
    const fresh = velocityLimits({ ageDays: 0.5, trusted: false });
    const old = velocityLimits({ ageDays: 400, trusted: false });
    expect(fresh.proposals).toBeLessThan(old.proposals);
    expect(velocityLimits({ ageDays: 400, trusted: true }).proposals).toBeGreaterThan(old.proposals);
  });

  it('flags a day-old account sending many proposals, but not an old trusted one', () => {
    const counts = {
      messages: 10,
      invites: 0,
      proposals: 12,
      newConversations: 3,
    };
    const [signal] = detectVelocity(counts, { ageDays: 1, trusted: false });
    expect(signal).toMatchObject({
      type: 'spam.velocity',
      strength: 'medium',
      evidence: { action: 'proposals', count: 12, limit: 5 },
    });
    expect(detectVelocity(counts, { ageDays: 900, trusted: true })).toEqual([]);
  });

  it('reports every action over its limit, with strength by ratio', () => {
    const signals = detectVelocity({ messages: 31, newConversations: 40 }, { ageDays: 0, trusted: false });
    expect(signals.map((s) => [s.evidence?.action, s.strength])).toEqual([
      ['messages', 'weak'],
      ['newConversations', 'strong'],
    ]);
  });

  it('treats counts at the limit as fine', () => {
    expect(detectVelocity({ proposals: 5 }, { ageDays: 0, trusted: false })).toEqual([]);
  });
});
