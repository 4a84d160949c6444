// Warden on a simulated clock (what `warden simulate --embedded` runs): actions are stamped on
// the simulation's time line and expire when simulated days pass and the sweeps run, not when
// wall-clock days do. PGlite (the clock is the composition's, not the database's).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimulatedClock } from '../../src/app/clock.ts';
import { ev } from '../helpers/events.ts';
import { startTestWarden, type TestWarden } from '../helpers/warden.ts';

const T0 = '2026-10-05T09:00:00.000Z';
const DAY = 86_400_000;

describe('Warden on a simulated clock', () => {
  const clock = new SimulatedClock(T0);
  let w: TestWarden;
  beforeAll(async () => {
    w = await startTestWarden('pglite', {}, { clock });
  }, 120_000);
  afterAll(async () => {
    await w?.close();
  });

  it('stamps actions on simulated time and expires them when simulated days pass', async () => {
    expect((await w.call('POST', '/v1/events', ev.registered('sim-clock-1', 'freelancer', {}, T0))).status).toBe(201);
    const applied = await w.call('POST', '/v1/actions', {
      accountId: 'sim-clock-1',
      type: 'restriction',
      feature: 'new_conversations',
      durationDays: 3,
      policy: 'contact-sharing',
      reason: 'simulated clock test',
    });
    expect(applied.status).toBe(201);
    const action = (applied.body as { action: { id: string; createdAt: string; endsAt: string; status: string } }).action;
    expect(action.createdAt).toBe(T0);
    expect(action.endsAt).toBe(new Date(Date.parse(T0) + 3 * DAY).toISOString());

    // Two simulated days on: still in force, whatever the wall clock says.
    clock.advanceTo(Date.parse(T0) + 2 * DAY);
    await w.sweepNow();
    expect(((await w.call('GET', `/v1/actions/${action.id}`)).body as { status: string }).status).toBe('active');

    // Four simulated days on, after the daily sweeps: expired.
    clock.advanceTo(Date.parse(T0) + 4 * DAY);
    await w.sweepNow();
    const standing = (await w.call('GET', '/v1/accounts/sim-clock-1/standing')).body as { activeActions: { id: string }[] };
    expect(standing.activeActions.map((a) => a.id)).not.toContain(action.id);
    expect(((await w.call('GET', `/v1/actions/${action.id}`)).body as { status: string }).status).toBe('expired');
  }, 120_000);
});
