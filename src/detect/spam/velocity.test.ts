import { describe, expect, it } from 'vitest';
import { evaluatePolicy } from '../../policy/engine.ts';
import { defaultPolicies } from '../../policy/store.ts';
import { type AccountFacts, DEFAULT_VELOCITY_CONFIG, detectVelocity, velocityLimits } from './velocity.ts';

describe('detectVelocity', () => {
  it('gives new accounts lower limits than established ones', () => {
    const fresh = velocityLimits({ ageDays: 0.5, trusted: false });
    const old = velocityLimits({ ageDays: 400, trusted: false });
    expect(fresh.proposals).toBeLessThan(old.proposals);
    expect(velocityLimits({ ageDays: 400, trusted: true }).proposals).toBeGreaterThan(old.proposals);
  });

  it('flags a day-old account sending many proposals (strong: a proposal is written for one job), but not an old trusted one', () => {
    const counts = {
      messages: 10,
      invites: 0,
      proposals: 12,
      newConversations: 3,
    };
    const [signal] = detectVelocity(counts, { ageDays: 1, trusted: false });
    expect(signal).toMatchObject({
      type: 'spam.velocity',
      strength: 'strong',
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

const MIN = 60_000;
const spam = defaultPolicies().find((d) => d.name === 'spam')!;

/**
 * A hand-built history of one account's proposals, sent `gapsMin` minutes apart: for each, the
 * proposals in the velocity window up to it (itself included, as screening counts them), the
 * velocity signals and what the shipped spam policy decides on them.
 */
function playProposals(gapsMin: number[], account: AccountFacts) {
  const times: number[] = [];
  let t = 0;
  for (const gap of gapsMin) {
    t += gap * MIN;
    times.push(t);
  }
  return times.map((at) => {
    const proposals = times.filter((x) => x > at - DEFAULT_VELOCITY_CONFIG.windowMs && x <= at).length;
    const signals = detectVelocity({ proposals }, account);
    const result = evaluatePolicy({ name: spam.name, version: 1, document: spam }, { kind: 'proposal', signals, context: {} });
    return { proposals, outcome: result.outcome, rules: result.matched.map((m) => m.rule), effects: result.matched.flatMap((m) => m.effects) };
  });
}

describe('proposal bursts under the shipped spam policy (hand-built histories)', () => {
  it('holds a day-old account pasting proposals minutes apart from the 8th in the hour, for review, without a strike', () => {
    // The shape of a proposal spammer: a fresh account, one proposal every 1-8 minutes.
    const played = playProposals([3, 5, 2, 7, 4, 1, 6, 3, 5, 2, 4, 8], { ageDays: 0.5, trusted: false });
    expect(played.map((p) => p.outcome)).toEqual([...Array(7).fill('allow'), ...Array(5).fill('hold')]);
    expect(played[7]!.rules).toEqual(['velocity']);
    expect(played[7]!.effects).toEqual([expect.objectContaining({ case: expect.objectContaining({ queue: 'spam' }) })]);
    expect(played.flatMap((p) => p.effects).some((e) => 'strike' in e)).toBe(false);
  });

  it('lets an honest new freelancer send ten tailored proposals in a day from a reused template, a focused hour included', () => {
    // Six proposals ten minutes apart (reading each post, adapting the template), then four more through the day.
    const played = playProposals([0, 10, 10, 10, 10, 10, 120, 45, 200, 90], { ageDays: 1, trusted: false });
    expect(Math.max(...played.map((p) => p.proposals))).toBe(6);
    expect(played.map((p) => p.outcome)).toEqual(Array(10).fill('allow'));
  });

  it("lets an established agency's team send forty proposals over a workday, with busy hours", () => {
    // Four people bidding for one agency account: up to 16 in the busiest hour, 40 in eight hours.
    const gaps = [...Array(16).fill(3.5), ...Array(12).fill(15), ...Array(12).fill(20)];
    const played = playProposals(gaps, { ageDays: 400, trusted: false });
    expect(Math.max(...played.map((p) => p.proposals))).toBeGreaterThanOrEqual(16);
    expect(played.map((p) => p.outcome)).toEqual(Array(40).fill('allow'));
  });

  it('lets a month-old agency send fifteen proposals in its busiest hour, and a trusted one far more', () => {
    expect(playProposals(Array(15).fill(4), { ageDays: 10, trusted: false }).map((p) => p.outcome)).toEqual(Array(15).fill('allow'));
    expect(playProposals(Array(40).fill(1.5), { ageDays: 10, trusted: true }).map((p) => p.outcome)).toEqual(Array(40).fill('allow'));
  });

  it('keeps messages and invitations at three times the limit before a hold', () => {
    const fresh = { ageDays: 0.5, trusted: false };
    expect(detectVelocity({ messages: 60 }, fresh)[0]!.strength).toBe('medium');
    expect(detectVelocity({ invites: 29 }, fresh)[0]!.strength).toBe('medium');
    expect(detectVelocity({ invites: 30 }, fresh)[0]!.strength).toBe('strong');
  });
});
