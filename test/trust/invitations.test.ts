// A freelancer sees invitations from clients with an unverified payment method flagged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ev, event } from '../helpers/events.ts';
import { backends, startTestWarden, type TestWarden } from '../helpers/warden.ts';

describe.each(await backends())('invitations on %s', (backend) => {
  let w: TestWarden;
  beforeAll(async () => {
    w = await startTestWarden(backend);
  }, 60_000);
  afterAll(async () => w?.close());

  it('flags and deprioritises an invitation from an unverified client, and lists it for the freelancer', async () => {
    await w.call('POST', '/v1/events/batch', {
      events: [ev.registered('cl-unv', 'client'), ev.registered('cl-ver', 'client'), ev.paymentVerified('cl-ver'), ev.registered('fl-inv', 'freelancer')],
    });
    const risky = await w.call('POST', '/v1/events', event('invite.sent', 'cl-unv', { inviteId: 'inv-1', jobId: 'j-1', freelancerId: 'fl-inv' }));
    expect(risky.body.invitation).toMatchObject({ flagged: true });
    const fine = await w.call('POST', '/v1/events', event('invite.sent', 'cl-ver', { inviteId: 'inv-2', jobId: 'j-2', freelancerId: 'fl-inv' }));
    expect(fine.body.invitation.flagged).toBe(false);
    const flagged = await w.call('GET', '/v1/accounts/fl-inv/invitations?flagged=true');
    expect(flagged.body.invitations.map((i: { inviteId: string }) => i.inviteId)).toEqual(['inv-1']);
    expect(flagged.body.invitations[0].priority).toBe('low');
    expect((await w.call('GET', '/v1/accounts/fl-inv/invitations')).body.invitations).toHaveLength(2);
  });
});
