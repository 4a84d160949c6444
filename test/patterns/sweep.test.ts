// The background sweep of the time-based patterns, on a simulated clock: hand-built histories
// go in as events (which only record facts), the clock moves, and sweepNow decides. Checks that
// the pattern waits for time to pass, fires once, reads only what ripened since the previous
// sweep, and leaves the honest look-alikes alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimulatedClock } from '../../src/app/clock.ts';
import { ev, event } from '../helpers/events.ts';
import { backends, postThenDrain, startTestWarden, type TestWarden } from '../helpers/warden.ts';

const T0 = Date.parse('2026-09-01T08:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (days: number) => new Date(T0 + days * DAY).toISOString();
type SweepResult = { patterns: Record<string, { accounts: number; decisions: number }> };

describe.each(await backends())('time-based patterns in the background sweep (%s)', (backend) => {
  let w: TestWarden;
  const clock = new SimulatedClock(T0);
  const post = async (e: unknown) => (await postThenDrain(w, e)) as { behaviour?: { accountId: string; signals: string[] }[] };
  const postAll = async (es: unknown[]) => {
    const out: { accountId: string; signals: string[] }[] = [];
    for (const e of es) out.push(...((await post(e)).behaviour ?? []));
    return out;
  };
  const sweepAt = async (days: number) => {
    clock.advanceTo(T0 + days * DAY);
    return ((await w.sweepNow()) as SweepResult).patterns;
  };
  /** Pattern signals on the account's decisions so far (the sweep's decisions carry no event). */
  const patternSignals = async (accountId: string) => {
    const cases = (await w.call('GET', `/v1/cases?accountId=${accountId}`)).body.cases as { id: string }[];
    const out: string[] = [];
    for (const c of cases) {
      const d = (await w.call('GET', `/v1/cases/${c.id}`)).body;
      for (const dec of d.decisions) for (const s of dec.signals) if (s.type.startsWith('circumvention.')) out.push(s.type);
    }
    return out;
  };

  beforeAll(async () => {
    w = await startTestWarden(backend, {}, { clock });
    await post(ev.message('warm-up-a', 'warm-up-b', 'hello', at(0)));
  }, 180_000);
  afterAll(async () => w?.close());

  it('contact shared with several clients, then silence and no contract: signalled by the sweep once the quiet period passed, once', async () => {
    const shares = ['cs-c1', 'cs-c2', 'cs-c3'].flatMap((c, i) => [
      ev.message(c, 'cs-fl', 'Thanks for the proposal, a few questions about your approach.', at(i)),
      ev.message('cs-fl', c, `let's continue at jan.kowalski.dev@gmail.com`, at(i + 0.01)),
    ]);
    const onEvents = await postAll(shares);
    // The events themselves only record the shares: silence is not known yet.
    expect(onEvents.flatMap((v) => v.signals).filter((s) => s === 'circumvention.contact_then_silence')).toEqual([]);
    // Day 3.5: the third share is 36 hours old, within the 72-hour quiet period; not yet.
    await sweepAt(3.5);
    expect(await patternSignals('cs-fl')).toEqual([]);
    const ripe = await sweepAt(6);
    expect(ripe.contact_then_silence.decisions).toBeGreaterThanOrEqual(1);
    expect(await patternSignals('cs-fl')).toEqual(['circumvention.contact_then_silence']);
    const cases = (await w.call('GET', '/v1/cases?accountId=cs-fl')).body.cases as { id: string }[];
    const decisions = (await Promise.all(cases.map(async (c) => (await w.call('GET', `/v1/cases/${c.id}`)).body.decisions))).flat();
    const sig = decisions
      .flatMap((d: { signals: { type: string; evidence: Record<string, unknown> }[] }) => d.signals)
      .find((s: { type: string }) => s.type === 'circumvention.contact_then_silence');
    expect((sig?.evidence.counterparts as string[]).sort()).toEqual(['cs-c1', 'cs-c2', 'cs-c3']);
    expect(sig?.evidence.eventIds).toHaveLength(3);
    // The next sweep reads only what ripened since: nothing of cs-fl, and no second signal.
    const again = await sweepAt(6.5);
    expect(again.contact_then_silence.accounts).toBe(0);
    expect(await patternSignals('cs-fl')).toEqual(['circumvention.contact_then_silence']);
  });

  it('honest: contact shared with three clients whose conversations go on, or who hire on the platform', async () => {
    await postAll([
      // An enterprise client's NDA address, then the conversation continues for days.
      ev.message('ok-fl', 'ok-c1', 'Please send the NDA to anna.portfolio@gmail.com and I will sign it today.', at(7)),
      ev.message('ok-c1', 'ok-fl', 'Sent, thanks. Here is the brief for the first milestone.', at(8)),
      ev.message('ok-fl', 'ok-c2', 'My portfolio is at anna.portfolio@gmail.com', at(7.1)),
      ev.contractStarted('ok-k2', 'ok-c2', 'ok-fl', at(8)),
      ev.message('ok-fl', 'ok-c3', 'You can reach me at anna.portfolio@gmail.com', at(7.2)),
      ev.message('ok-c3', 'ok-fl', 'Great, let us set up the milestone here first.', at(9)),
    ]);
    const r = await sweepAt(14);
    expect(r.contact_then_silence.accounts).toBeGreaterThanOrEqual(1);
    expect(await patternSignals('ok-fl')).toEqual([]);
  });

  it('a client who invites many freelancers to job after job and never hires: signalled after the grace period; one who hires is not', async () => {
    // Eight freelancers over two jobs.
    const invites = (client: string, day: number, jobs = 2, n = 8) =>
      Array.from({ length: n }, (_, i) =>
        event(
          'invite.sent',
          client,
          { inviteId: `${client}-i${i}`, jobId: `${client}-j${i % jobs}`, freelancerId: `${client}-fl${i}` },
          { at: at(day + i / 10) },
        ),
      );
    await postAll([
      ...invites('in-client', 15),
      ...invites('in-ok', 15),
      ev.contractStarted('in-ok-k', 'in-ok', 'in-ok-fl0', at(18)),
      // Honest: a dozen invited to one job that was then cancelled — one job is no pattern.
      ...invites('in-one-job', 15, 1, 12),
      // A fake client whose only "hire" was paid with a card that was charged back.
      ...invites('in-fake', 15),
      ev.contractStarted('in-fake-k', 'in-fake', 'in-fake-fl0', at(16)),
      event('chargeback.received', 'in-fake', { contractId: 'in-fake-k', amountCents: 80_000 }, { at: at(19) }),
    ]);
    // Two days later the client may still be choosing: nothing yet.
    await sweepAt(17);
    expect(await patternSignals('in-client')).toEqual([]);
    const r = await sweepAt(22);
    expect(r.invites_without_hiring.accounts).toBe(4);
    expect(await patternSignals('in-client')).toEqual(['circumvention.invites_without_hiring']);
    expect(await patternSignals('in-fake')).toEqual(['circumvention.invites_without_hiring']);
    expect(await patternSignals('in-ok')).toEqual([]);
    expect(await patternSignals('in-one-job')).toEqual([]);
  });

  it('asks to move the payment off the platform (no contact details) to three clients a freelancer applied to, then silence: signalled', async () => {
    const asks = ['mv-c1', 'mv-c2', 'mv-c3'].flatMap((c, i) => [
      event(
        'proposal.submitted',
        'mv-fl',
        { proposalId: `mv-p${i}`, jobId: `mv-j${i}`, clientId: c, text: 'I have done this kind of work for years.' },
        { at: at(40 + i) },
      ),
      ev.message(c, 'mv-fl', 'Thanks for your proposal, a few questions about your approach.', at(40 + i + 0.2)),
      ev.message('mv-fl', c, 'If you pay me via PayPal directly we both skip the platform fee.', at(40 + i + 0.21)),
    ]);
    // Honest: a freelancer on a VPN every day, who applies, talks and is hired on the platform.
    const vpn = ['vp-c1', 'vp-c2', 'vp-c3'].flatMap((c, i) => [
      event('user.login', 'vp-fl', { ip: '185.159.157.13', deviceId: 'vp-laptop' }, { at: at(40 + i) }),
      event(
        'proposal.submitted',
        'vp-fl',
        { proposalId: `vp-p${i}`, jobId: `vp-j${i}`, clientId: c, text: 'Happy to help with the migration.' },
        { at: at(40 + i + 0.1) },
      ),
      ev.message(c, 'vp-fl', 'Thanks, when could you start?', at(40 + i + 0.2)),
      ev.message('vp-fl', c, 'Monday works; I will keep everything here on the platform.', at(40 + i + 0.3)),
      ev.contractStarted(`vp-k${i}`, c, 'vp-fl', at(40 + i + 1)),
    ]);
    // Contact in three proposals, and not one message or contract after: silence with no conversation at all.
    const proposals = ['pp-c1', 'pp-c2', 'pp-c3'].map((c, i) =>
      event(
        'proposal.submitted',
        'pp-fl',
        { proposalId: `pp-p${i}`, jobId: `pp-j${i}`, clientId: c, text: 'Quick question first: message me on WhatsApp +1 415 555 0178 and we go faster.' },
        { at: at(40 + i) },
      ),
    );
    await postAll([...asks, ...vpn, ...proposals]);
    await sweepAt(47);
    expect(await patternSignals('mv-fl')).toContain('circumvention.contact_then_silence');
    expect(await patternSignals('pp-fl')).toContain('circumvention.contact_then_silence');
    expect(await patternSignals('vp-fl')).toEqual([]);
  });
});
