// Kinds of the circumvention patterns the first simulation on seed 41 showed they missed (src/simulate/RESULTS.md),
// through the API on both databases, each beside honest look-alikes that must not trigger:
//  - apply, then ask the client to move in the first reply rather than in the proposal;
//  - job ads that move the interview to a messenger ("interview on Telegram") without contact details;
//  - feedback farmed through linked accounts (sock clients sharing the freelancer's device, each
//    hiring once at an ordinary price), not only tiny contracts repeated in one pair.
// The time-based kinds (asks to move followed by silence; invitations across jobs that never
// lead to a hire, or only to a hire charged back) are the sweep's: sweep.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ev, event } from '../helpers/events.ts';
import { backends, startTestWarden, type TestWarden } from '../helpers/warden.ts';
import { at, postAll as postEvents, signalsOf } from './behaviour.ts';

describe.each(await backends())('circumvention pattern kinds (%s)', (backend) => {
  let w: TestWarden;
  const postAll = (es: unknown[]) => postEvents(w, es);
  const proposal = (fl: string, client: string, i: number, day: number, text = 'I have shipped several projects like this one.') =>
    event('proposal.submitted', fl, { proposalId: `${fl}-p${i}`, jobId: `${client}-j`, clientId: client, text }, { at: at(day) });

  beforeAll(async () => {
    w = await startTestWarden(backend);
    await postAll([ev.message('warm-up-a', 'warm-up-b', 'hello', at(0))]);
  }, 180_000);
  afterAll(async () => w?.close());

  it('a freelancer who applies to three clients and asks each, in the first reply, to move: apply_and_move', async () => {
    const vs = await postAll(
      ['am2-c1', 'am2-c2', 'am2-c3'].flatMap((c, i) => [
        proposal('am2-fl', c, i, 1 + i),
        ev.message(c, 'am2-fl', 'Thanks for your proposal, a few questions about your approach.', at(1 + i + 0.1)),
        ev.message('am2-fl', c, 'Add me on telegram @quick_dev_pro and we can agree a better price there.', at(1 + i + 0.11)),
      ]),
    );
    expect(signalsOf(vs, 'am2-fl')).toContain('circumvention.apply_and_move');
  });

  it('honest: contact shared after contracts started, and one client asked before a contract, are no pattern', async () => {
    const vs = await postAll([
      // A post-contract sharer: three clients, each after the contract started on the platform.
      ...['pc-c1', 'pc-c2', 'pc-c3'].flatMap((c, i) => [
        proposal('pc-fl', c, i, 10 + i),
        ev.message(c, 'pc-fl', 'Your proposal looks good, let us start.', at(10 + i + 0.1)),
        ev.contractStarted(`pc-k${i}`, c, 'pc-fl', at(10 + i + 0.2)),
        ev.message('pc-fl', c, 'For urgent production issues you can call me at +1 415 555 0142.', at(10 + i + 0.3)),
      ]),
      // One share before a contract, with a client the freelancer applied to: once is not a pattern.
      proposal('one-fl', 'one-c', 0, 12),
      ev.message('one-fl', 'one-c', 'You can also reach me at one.dev.portfolio@gmail.com', at(12.1)),
    ]);
    expect(signalsOf(vs, 'pc-fl')).not.toContain('circumvention.apply_and_move');
    expect(signalsOf(vs, 'one-fl')).not.toContain('circumvention.apply_and_move');
  });

  it('job ads that move the interview to a messenger, twice: job_posts_ask_contact; one ad with an e-mail for CVs is not', async () => {
    const job = (client: string, i: number, description: string) =>
      event('job.posted', client, { jobId: `${client}-j${i}`, title: 'Data entry assistant', description }, { at: at(20 + i) });
    const vs = await postAll([
      job('ji-client', 1, 'Remote data entry, flexible hours. The interview is held on Telegram with our hiring manager; add him after you apply.'),
      job('ji-client', 2, 'Part-time typing job. For the interview please contact our HR manager on WhatsApp, interviews are only done there.'),
      job('cv-client', 1, 'We are hiring a bookkeeper for our office. Send your CV to jobs@acme-books.example.com.'),
      job('cv-client', 2, 'Second opening: a junior bookkeeper, same team, start next month.'),
    ]);
    expect(signalsOf(vs, 'ji-client')).toContain('circumvention.job_posts_ask_contact');
    expect(signalsOf(vs, 'cv-client')).not.toContain('circumvention.job_posts_ask_contact');
  });

  it('feedback farmed through two sock clients on the freelancer’s device: feedback_farming on the freelancer and both socks', async () => {
    const login = (id: string, day: number) => event('user.login', id, { deviceId: 'ring-pc', ip: '198.51.100.77' }, { at: at(day) });
    const hire = (sock: string, i: number, day: number) => [
      ev.contractStarted(`ring-k${i}`, sock, 'ring-fl', at(day), 60_000),
      ev.contractEnded(`ring-k${i}`, sock, at(day + 2)),
      ev.feedback(`ring-k${i}`, sock, 'ring-fl', 5, 10, at(day + 2.1)),
      ev.feedback(`ring-k${i}`, 'ring-fl', sock, 5, 10, at(day + 2.2)),
    ];
    const vs = await postAll([login('ring-fl', 30), login('ring-s1', 30.5), login('ring-s2', 31), ...hire('ring-s1', 1, 31), ...hire('ring-s2', 2, 33)]);
    for (const id of ['ring-fl', 'ring-s1', 'ring-s2']) expect(signalsOf(vs, id), id).toContain('circumvention.feedback_farming');
  });

  it('two sock clients on the freelancer’s device hiring it is the farm before any review; one family member hiring once is not', async () => {
    const login = (id: string, device: string, day: number) => event('user.login', id, { deviceId: device, ip: '198.51.100.78' }, { at: at(day) });
    // A family computer: the freelancer's sister hires it once (a linked counterparty, no farm).
    const family = await postAll([
      login('fam-fl', 'fam-pc', 50),
      login('fam-sis', 'fam-pc', 50.2),
      ev.contractStarted('fam-k1', 'fam-sis', 'fam-fl', at(51), 40_000),
    ]);
    expect(family.flatMap((v) => v.signals)).toContain('linked.counterparty');
    expect(family.flatMap((v) => v.signals)).not.toContain('circumvention.feedback_farming');
    // Two socks on the freelancer's device each start a contract with it; no review written yet.
    const vs = await postAll([
      login('lc-fl', 'lc-pc', 50),
      login('lc-s1', 'lc-pc', 50.3),
      login('lc-s2', 'lc-pc', 50.6),
      ev.contractStarted('lc-k1', 'lc-s1', 'lc-fl', at(51), 2_000),
      ev.contractStarted('lc-k2', 'lc-s2', 'lc-fl', at(52), 2_000),
    ]);
    for (const id of ['lc-fl', 'lc-s1', 'lc-s2']) expect(signalsOf(vs, id), id).toContain('circumvention.feedback_farming');
  });

  it('honest: an agency paying and reviewing many freelancers, and a co-working client on the same IP, farm nothing', async () => {
    const vs = await postAll([
      ...[1, 2, 3, 4].flatMap((i) => [
        event('user.login', `ag-fl${i}`, { deviceId: `ag-laptop-${i}`, ip: '203.0.113.50' }, { at: at(40) }),
        ev.contractStarted(`ag-k${i}`, 'ag-agency', `ag-fl${i}`, at(40 + i), 50_000),
        ev.contractEnded(`ag-k${i}`, 'ag-agency', at(41 + i)),
        ev.feedback(`ag-k${i}`, 'ag-agency', `ag-fl${i}`, 5, 9, at(41.1 + i)),
        ev.feedback(`ag-k${i}`, `ag-fl${i}`, 'ag-agency', 5, 9, at(41.2 + i)),
      ]),
      event('user.login', 'ag-agency', { deviceId: 'ag-office-pc', ip: '203.0.113.50' }, { at: at(40) }),
    ]);
    expect(vs.flatMap((v) => v.signals)).not.toContain('circumvention.feedback_farming');
  });
});
