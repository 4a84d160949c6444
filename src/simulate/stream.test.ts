// The player's clock duties: Warden's simulated clock moves with the timeline (per item, or to
// a batch's last event) and the daily sweeps run once per simulated day, before its first item.
import { describe, expect, it } from 'vitest';
import type { ApiReply, WardenClient } from './client.ts';
import { playTimeline, replyDecision, reviewerActs, triageEscalates } from './stream.ts';
import type { GroundTruth, TimelineItem } from './types.ts';

const truth: GroundTruth = {
  version: 1,
  seed: 1,
  scale: { accounts: 1, days: 3 },
  startAt: '2026-10-05T00:00:00.000Z',
  endAt: '2026-10-08T00:00:00.000Z',
  textSource: 'templates',
  realDataDir: null,
  accounts: [],
  abusive: [],
  takeovers: [],
};
const item = (id: string, at: string): TimelineItem => ({
  kind: 'event',
  at,
  event: { id, type: 'user.login', occurredAt: at, actor: { id: 'a1' }, data: { success: true } },
});
const timeline = [item('e1', '2026-10-05T10:00:00.000Z'), item('e2', '2026-10-05T18:00:00.000Z'), item('e3', '2026-10-07T08:00:00.000Z')];

function recorder(clockAt: () => string) {
  const seen: string[] = [];
  const client: WardenClient = {
    async request(method, path, body): Promise<ApiReply> {
      seen.push(`${method} ${path} @${clockAt()}`);
      if (path === '/v1/events/batch') {
        const events = (body as { events: unknown[] }).events;
        return { status: 200, body: { results: events.map((_, index) => ({ index, status: 'accepted' })) } };
      }
      return { status: 201, body: {} };
    },
  };
  return { client, seen };
}

describe('playTimeline on a simulated clock', () => {
  it('moves the clock to each item and runs the sweeps once per simulated day', async () => {
    let now = '';
    const { client, seen } = recorder(() => now);
    const days: string[] = [];
    const log = await playTimeline(client, timeline, truth, {
      mode: 'one',
      clock: {
        advanceTo: (at) => {
          now = at;
        },
      },
      onSimulatedDay: async (day) => {
        days.push(`${day} @${now}`);
      },
    });
    expect(days).toEqual(['2026-10-05 @2026-10-05T00:00:00.000Z', '2026-10-07 @2026-10-07T00:00:00.000Z']);
    expect(seen).toEqual([
      'POST /v1/events @2026-10-05T10:00:00.000Z',
      'POST /v1/events @2026-10-05T18:00:00.000Z',
      'POST /v1/events @2026-10-07T08:00:00.000Z',
    ]);
    expect(log.wardenClock).toBe('simulated');
  });

  it("in batches: a day's events go before its sweeps, the clock at the batch's last event", async () => {
    let now = '';
    const { client, seen } = recorder(() => now);
    const order: string[] = [];
    await playTimeline(client, timeline, truth, {
      mode: 'batch',
      batchSize: 10,
      clock: {
        advanceTo: (at) => {
          now = at;
        },
      },
      onSimulatedDay: async (day) => {
        order.push(`sweep ${day}`);
      },
    });
    expect(seen).toEqual(['POST /v1/events/batch @2026-10-05T18:00:00.000Z', 'POST /v1/events/batch @2026-10-07T08:00:00.000Z']);
    expect(order).toEqual(['sweep 2026-10-05', 'sweep 2026-10-07']);
  });

  it('keeps wall-clock mapping when Warden runs on the wall clock', async () => {
    const { client } = recorder(() => '');
    expect((await playTimeline(client, timeline, truth, { mode: 'one' })).wardenClock).toBe('wall');
  });
});

describe('what the player records of each reply', () => {
  // Warden answers a sign-in with `security` (no `decision`): e2 refused until a step-up.
  const reply = (id: string) => (id === 'e2' ? { security: { outcome: 'block' } } : id === 'e3' ? { security: { outcome: 'allow' } } : {});
  const client: WardenClient = {
    async request(_method, path, body): Promise<ApiReply> {
      if (path === '/v1/events/batch') {
        const events = (body as { events: { id: string }[] }).events;
        return { status: 200, body: { results: events.map((e, index) => ({ index, status: 'accepted', result: { id: e.id, ...reply(e.id) } })) } };
      }
      return { status: 201, body: { id: (body as { id: string }).id, ...reply((body as { id: string }).id) } };
    },
  };

  it('takes the most severe of the screening, sign-in and deal verdicts', () => {
    expect(replyDecision({ decision: { outcome: 'allow' }, deal: { outcome: 'hold' } })).toEqual({ outcome: 'hold' });
    expect(replyDecision({ decision: { outcome: 'mask' }, deal: { outcome: 'allow' } })).toEqual({ outcome: 'mask' });
    expect(replyDecision({ security: { outcome: 'block' } })).toEqual({ outcome: 'block' });
    expect(replyDecision({})).toBeUndefined();
    expect(replyDecision(undefined)).toBeUndefined();
  });

  it("keeps a sign-in's account-security outcome, one by one and in batches", async () => {
    for (const mode of ['one', 'batch'] as const) {
      const log = await playTimeline(client, timeline, truth, { mode, batchSize: 10 });
      expect(log.outcomes).toEqual({ e2: 'block' });
      expect(log.decided).toEqual({ e2: ['a1', 'user.login'] });
      expect(log.stats.outcomes).toEqual({ block: 1, allow: 1 });
    }
  });
});

describe('the simulated reviewer follows the evidence the case shows', () => {
  const report = (corroborated: boolean, text: string | null = null) => ({ source: 'report', subject: { text }, evidence: { corroborated } });
  const detection = (corroborated: boolean) => ({ source: 'detection', subject: { text: null }, evidence: { corroborated } });

  it('never acts on an honest account without corroborating detection, right or wrong', () => {
    for (const right of [true, false]) {
      expect(reviewerActs(report(false), false, right)).toBe(false);
      expect(reviewerActs(report(false, 'hello, is the job still open?'), false, right)).toBe(false);
      expect(reviewerActs(detection(false), false, right)).toBe(false);
    }
    // A detection false positive misleads a reviewer who judges wrong.
    expect(reviewerActs(detection(true), false, false)).toBe(true);
    expect(reviewerActs(detection(true), false, true)).toBe(false);
  });

  it('acts on a bad account only with evidence to read: corroborated, or reported text', () => {
    expect(reviewerActs(detection(true), true, true)).toBe(true);
    expect(reviewerActs(report(false, 'pay me outside'), true, true)).toBe(true);
    expect(reviewerActs(report(false), true, true)).toBe(false);
    expect(reviewerActs(detection(false), true, true)).toBe(false);
    expect(reviewerActs(detection(true), true, false)).toBe(false);
  });

  it('keeps the old coin for a Warden that shows no evidence', () => {
    expect(reviewerActs({ source: 'report' }, false, false)).toBe(true);
    expect(reviewerActs({ source: 'report' }, true, true)).toBe(true);
  });
});

describe('the simulated triage reviewer escalates only reported content they can read', () => {
  it("escalates a bad account's reported text when judging right, never an honest one, never with nothing to read", () => {
    expect(triageEscalates({ subject: { text: 'send the fee by gift card' } }, true, true)).toBe(true);
    expect(triageEscalates({ subject: { text: 'send the fee by gift card' } }, true, false)).toBe(false);
    for (const right of [true, false]) {
      expect(triageEscalates({ subject: { text: 'is the job still open?' } }, false, right)).toBe(false);
      expect(triageEscalates({ subject: { text: null } }, true, right)).toBe(false);
      expect(triageEscalates({ subject: { text: '' } }, true, right)).toBe(false);
    }
  });
});
