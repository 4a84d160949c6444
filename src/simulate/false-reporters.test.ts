import { describe, expect, it } from 'vitest';
import { generate } from './generate.ts';
import type { SimEvent, TimelineItem } from './types.ts';

const sim = generate({ seed: 3, accounts: 200, days: 14, realDataDir: null });
const events = sim.timeline.flatMap((i) => (i.kind === 'event' ? [i.event] : []));
const reports = sim.timeline.filter((i): i is Extract<TimelineItem, { kind: 'report' }> => i.kind === 'report');
const abusive = new Set(sim.truth.abusive.map((x) => x.id));
const byStyle = (style: string) => sim.truth.accounts.filter((a) => a.falseReporting === style);
const earlier = (e: SimEvent, at: string) => e.occurredAt < at;

describe('false reporters who are not strangers', () => {
  it('adds retaliators and a ring beside the mass reporters, all bad with abuse false_reporter', () => {
    for (const style of ['mass', 'retaliation', 'ring']) expect(byStyle(style).length).toBeGreaterThan(0);
    expect(byStyle('retaliation')).toHaveLength(2);
    expect(byStyle('ring')).toHaveLength(3);
    for (const a of sim.truth.accounts.filter((x) => x.falseReporting)) expect(a).toMatchObject({ honest: false, abuse: 'false_reporter' });
    // Small populations still get one of each.
    const small = generate({ seed: 4, accounts: 40, days: 7, realDataDir: null });
    expect(small.truth.accounts.filter((a) => a.falseReporting === 'retaliation')).toHaveLength(1);
    expect(small.truth.accounts.filter((a) => a.falseReporting === 'ring')).toHaveLength(3);
  });

  it('has each retaliator report an honest counterparty after a disputed contract and a bad review from them', () => {
    for (const a of byStyle('retaliation')) {
      const theirs = reports.filter((r) => r.report.reporterId === a.id);
      expect(theirs.length).toBeGreaterThan(0);
      for (const r of theirs) {
        expect(abusive.has(r.id)).toBe(true);
        const target = r.report.subject.accountId;
        expect(sim.truth.accounts.find((x) => x.id === target)?.honest).toBe(true);
        const k = events.find(
          (e) =>
            e.type === 'contract.started' &&
            [e.data.clientId, e.data.freelancerId].includes(a.id) &&
            [e.data.clientId, e.data.freelancerId].includes(target) &&
            earlier(e, r.at),
        );
        expect(k).toBeDefined();
        const contractId = k?.data.contractId;
        expect(events.some((e) => e.type === 'contract.ended' && e.data.contractId === contractId && e.data.reason === 'dispute' && earlier(e, r.at))).toBe(
          true,
        );
        const review = events.find((e) => e.type === 'feedback.left' && e.data.contractId === contractId && e.actor.id === target);
        expect(review && earlier(review, r.at) && Number(review.data.stars) <= 2).toBe(true);
      }
    }
  });

  it('has the ring share a connection (two of them one device), write to one honest target first, then report them', () => {
    const ring = byStyle('ring');
    const sessions = ring.map((a) => events.find((e) => e.actor.id === a.id && e.type === 'user.login')?.actor);
    expect(new Set(sessions.map((s) => s?.ip)).size).toBe(1);
    expect(new Set(sessions.map((s) => s?.deviceId)).size).toBe(2);
    const theirs = reports.filter((r) => ring.some((a) => a.id === r.report.reporterId));
    expect(new Set(theirs.map((r) => r.report.reporterId)).size).toBe(3);
    expect(new Set(theirs.map((r) => r.report.subject.accountId)).size).toBe(1);
    for (const r of theirs) {
      expect(abusive.has(r.id)).toBe(true);
      expect(
        events.some(
          (e) => e.type === 'message.sent' && e.actor.id === r.report.reporterId && e.data.recipientId === r.report.subject.accountId && earlier(e, r.at),
        ),
      ).toBe(true);
    }
  });

  it('gives the retaliator an honest look-alike: a freelancer a fake client charged back and reviewed with one star, reporting them truly', () => {
    const fakes = new Set(sim.truth.accounts.filter((a) => a.abuse === 'scam_job').map((a) => a.id));
    const trueAfterDispute = reports.filter(
      (r) =>
        fakes.has(r.report.subject.accountId) &&
        !abusive.has(r.id) &&
        events.some((e) => e.type === 'feedback.left' && e.actor.id === r.report.subject.accountId && e.data.toId === r.report.reporterId && earlier(e, r.at)),
    );
    expect(trueAfterDispute.length).toBeGreaterThan(0);
  });
});
