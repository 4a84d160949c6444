// Report triage through the HTTP API, on PGlite and PostgreSQL: which reports wait in the triage
// queue instead of opening an investigation case, and how they leave it (a second independent
// reporter, a detection on the account, a triage reviewer's decision).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, startCasesWarden } from '../helpers/cases.ts';
import { ev, event } from '../helpers/events.ts';
import { backends, postThenDrain, type TestWarden } from '../helpers/warden.ts';

let n = 0;
const uid = (p: string) => `${p}-${Date.now().toString(36)}-${n++}`;

describe.each(await backends())('report triage on %s', (backend) => {
  let w: TestWarden;
  let alice: { id: string; token: string; name: string };
  let tina: { id: string; token: string; name: string };

  beforeAll(async () => {
    w = await startCasesWarden(backend);
    alice = await loginAs(w, 'reviewer', 'Alice');
    tina = await loginAs(w, 'triage', 'Tina');
  }, 900_000);
  afterAll(async () => {
    await w?.close();
  });

  // Identifiers (linked accounts) are recorded by the behaviour worker: driven here once per event.
  const post = (e: unknown) => postThenDrain(w, e);
  const report = async (reporterId: string, accountId: string, subject?: { type: string; id: string; text?: string }) => {
    const r = await w.call('POST', '/v1/reports', { reporterId, subject: { type: 'account', id: accountId, ...subject, accountId }, reason: 'scam_fraud' });
    expect(r.status).toBe(201);
    return r.body.id as string;
  };
  const casesOf = async (accountId: string) =>
    (await w.call('GET', `/v1/cases?status=all&accountId=${accountId}`)).body.cases as { id: string; source: string; status: string }[];
  const reportsOf = async (accountId: string) =>
    (await w.call('GET', `/v1/reports?triage=all&accountId=${accountId}`)).body.reports as {
      id: string;
      reporterId: string;
      triage: string;
      triageReasons: string[];
      triagedBy: string | null;
      caseId: string | null;
      outcome: string | null;
    }[];
  const strongDetection = (accountId: string) =>
    w.ctx.cases.openOrJoinCase(w.ctx.db, {
      subject: { type: 'message', id: uid('msg'), accountId, text: 'pay me on paypal' },
      source: 'detection',
      reason: 'Off-platform payment proposed before a contract',
      policy: 'contact-sharing',
      signals: [{ type: 'offplatform.payment_outside', strength: 'strong' }],
    });

  it("keeps a stranger's uncorroborated report in the triage queue, not a case, and shows it in the queue and the API", async () => {
    const [reporter, target] = [uid('rep'), uid('acct')];
    const before = (await w.call('GET', '/v1/queues')).body.reportTriage.queued as number;
    const id = await report(reporter, target);
    expect(await casesOf(target)).toEqual([]);
    const queued = (await w.call('GET', `/v1/reports?accountId=${target}`)).body;
    expect(queued).toMatchObject({ total: 1, nextOffset: null });
    expect(queued.reports[0]).toMatchObject({ id, reporterId: reporter, triage: 'queued', triageReasons: ['stranger'], caseId: null, status: 'open' });
    const q = (await w.call('GET', '/v1/queues')).body.reportTriage;
    expect(q.queued).toBe(before + 1);
    expect(q.oldestQueuedAt).toEqual(expect.any(String));
    // The reporter is told it was received, nothing more.
    expect((await w.call('GET', `/v1/reports/${id}`)).body).toMatchObject({ status: 'received', outcome: null });
    const summary = (await w.call('GET', '/v1/metrics/summary')).body.reports;
    expect(summary.triage.queued).toBeGreaterThanOrEqual(1);
  });

  it('escalates on a second, independent reporter: both reports go into one case', async () => {
    const target = uid('acct');
    const first = await report(uid('rep'), target);
    const second = await report(uid('rep'), target);
    const cases = await casesOf(target);
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ source: 'report', status: 'open' });
    const detail = (await w.call('GET', `/v1/cases/${cases[0].id}`)).body;
    expect(detail.reports.map((r: { id: string }) => r.id).sort()).toEqual([first, second].sort());
    expect(detail.reports.every((r: { triage: string }) => r.triage === 'escalated')).toBe(true);
    for (const r of await reportsOf(target)) expect(r).toMatchObject({ triage: 'escalated', triagedBy: 'reporters', caseId: cases[0].id });
  });

  it('does not count reporters who share a device as independent', async () => {
    const [a, b, target] = [uid('rep'), uid('rep'), uid('acct')];
    const device = uid('dev');
    for (const who of [a, b]) await post(event('user.login', who, { ip: '198.51.100.9', country: 'SE', deviceId: device, success: true }));
    await report(a, target);
    await report(b, target);
    expect(await casesOf(target)).toEqual([]);
    const byReporter = new Map((await reportsOf(target)).map((r) => [r.reporterId, r]));
    expect(byReporter.get(a)).toMatchObject({ triage: 'queued', triageReasons: ['stranger'] });
    expect(byReporter.get(b)?.triage).toBe('queued');
    expect(byReporter.get(b)?.triageReasons).toEqual(['stranger', 'linked_reporters']);
  });

  it('joins queued reports to a detection with a conduct signal on the account, not to network facts alone', async () => {
    const target = uid('acct');
    const id = await report(uid('rep'), target);
    // A VPN and a new country are not conduct: the report stays in triage.
    await w.ctx.cases.openOrJoinCase(w.ctx.db, {
      subject: { type: 'account', id: target, accountId: target },
      source: 'detection',
      reason: 'Several weak account-security signs at one login',
      policy: 'account-security',
      signals: [
        { type: 'account.new_country', strength: 'medium' },
        { type: 'account.vpn', strength: 'weak' },
      ],
    });
    expect((await reportsOf(target))[0].triage).toBe('queued');
    const { caseId } = await strongDetection(target);
    const [r] = await reportsOf(target);
    expect(r).toMatchObject({ id, triage: 'escalated', triagedBy: 'detection', caseId });
    const detail = (await w.call('GET', `/v1/cases/${caseId}`)).body;
    expect(detail.source).toBe('detection');
    expect(detail.reports.map((x: { id: string }) => x.id)).toEqual([id]);
    expect(detail.items.some((i: { kind: string; reportId: string }) => i.kind === 'report' && i.reportId === id)).toBe(true);
  });

  it('opens a case at once for a report on an account detection already corroborates, and joins an open case on the account', async () => {
    const target = uid('acct');
    const { caseId } = await strongDetection(target);
    // Open: a stranger's report on another of the account's subjects joins that case.
    const joined = await report(uid('rep'), target, { type: 'profile', id: uid('prof') });
    expect((await reportsOf(target)).find((r) => r.id === joined)).toMatchObject({ triage: 'direct', caseId });
    expect(await casesOf(target)).toHaveLength(1);
    // Resolved with an action: it still corroborates, so the next report opens its own case.
    expect(
      (await w.call('POST', `/v1/cases/${caseId}/resolve`, { resolution: 'action', action: { type: 'warning' }, reason: 'paypal' }, alice.token)).status,
    ).toBe(200);
    const direct = await report(uid('rep'), target);
    const r = (await reportsOf(target)).find((x) => x.id === direct);
    expect(r).toMatchObject({ triage: 'direct', triageReasons: [] });
    expect(r?.caseId).not.toBe(caseId);
    expect((await casesOf(target)).filter((c) => c.status === 'open')).toHaveLength(1);
  });

  it("lets triage escalate or close a queued report; a closed report counts against its reporter's accuracy", async () => {
    const reporter = uid('rep');
    const [x, y, z] = [uid('acct'), uid('acct'), uid('acct')];
    const rx = await report(reporter, x, { type: 'message', id: uid('msg'), text: 'Send the $50 registration fee by gift card to get the job' });
    const escalated = await w.call('POST', `/v1/reports/${rx}/triage`, { decision: 'escalate', reason: 'asks for a fee up front' }, tina.token);
    expect(escalated.status).toBe(200);
    expect(escalated.body).toMatchObject({ triage: 'escalated', triagedBy: `reviewer:${tina.id}` });
    const [cx] = await casesOf(x);
    expect(cx).toMatchObject({ source: 'report', status: 'open', id: escalated.body.caseId });
    // Deciding it again, or a report that is not queued: 409; a decision that does not exist: 400.
    expect((await w.call('POST', `/v1/reports/${rx}/triage`, { decision: 'close', reason: 'again' }, tina.token)).status).toBe(409);
    expect((await w.call('POST', `/v1/reports/${rx}/triage`, { decision: 'ignore', reason: 'r' }, tina.token)).status).toBe(400);
    expect((await w.call('POST', '/v1/reports/nope/triage', { decision: 'close', reason: 'r' }, tina.token)).status).toBe(404);

    const ry = await report(reporter, y);
    const closed = await w.call('POST', `/v1/reports/${ry}/triage`, { decision: 'close', reason: 'nothing to verify' }, tina.token);
    expect(closed.body).toMatchObject({ triage: 'closed', status: 'resolved', outcome: 'dismissed', caseId: null });
    expect((await w.call('GET', `/v1/reports/${ry}`)).body).toMatchObject({ status: 'reviewed', outcome: 'no_violation' });
    expect(await casesOf(y)).toEqual([]);
    // Dismissed once in its case, closed once in triage: two rejected reports, none upheld.
    expect((await w.call('POST', `/v1/cases/${cx.id}/resolve`, { resolution: 'dismiss', reason: 'fine' }, alice.token)).status).toBe(200);
    await post(ev.message(z, reporter, 'hello'));
    await report(reporter, z, { type: 'message', id: uid('msg') });
    const [rz] = await reportsOf(z);
    expect(rz.triage).toBe('queued');
    expect(rz.triageReasons).toContain('low_accuracy');
  });

  it("queues a burst of reports from a reporter who is not yet proven, and takes a proven reporter's word", async () => {
    const reporter = uid('rep');
    const senders = [uid('snd'), uid('snd'), uid('snd')];
    for (const s of senders) await post(ev.message(s, reporter, 'hello'));
    for (const s of senders) await report(reporter, s, { type: 'message', id: uid('msg') });
    expect((await reportsOf(senders[0]))[0]).toMatchObject({ triage: 'direct' });
    expect((await reportsOf(senders[2]))[0]).toMatchObject({ triage: 'queued', triageReasons: ['burst'] });
    // One report upheld: the reporter is proven, and their report on a stranger opens a case.
    const [c0] = await casesOf(senders[0]);
    expect(
      (await w.call('POST', `/v1/cases/${c0.id}/resolve`, { resolution: 'action', action: { type: 'warning' }, reason: 'spam' }, alice.token)).status,
    ).toBe(200);
    const stranger = uid('acct');
    await report(reporter, stranger);
    expect((await reportsOf(stranger))[0]).toMatchObject({ triage: 'direct', triageReasons: [] });
    expect(await casesOf(stranger)).toHaveLength(1);
  });

  // Retaliation: reports after a falling-out between reporter and reported (triage.ts `retaliation`).
  const workedTogether = async (
    client: string,
    freelancer: string,
    end: { reason: string; review?: { from: string; to: string; stars: number; score: number } },
  ) => {
    const k = uid('k');
    await post(ev.contractStarted(k, client, freelancer));
    await post(ev.message(freelancer, client, 'Draft attached, let me know what you think.'));
    await post(ev.contractEnded(k, client, undefined, end.reason));
    if (end.review) await post(ev.feedback(k, end.review.from, end.review.to, end.review.stars, end.review.score));
  };

  it('queues a report filed after the reported account gave the reporter a bad review, not one after a good contract', async () => {
    const [client, fl, client2, fl2] = [uid('cl'), uid('fl'), uid('cl'), uid('fl')];
    // The freelancer reviewed the client badly; the client then reports the freelancer.
    await workedTogether(client, fl, { reason: 'completed', review: { from: fl, to: client, stars: 2, score: 5 } });
    await report(client, fl);
    expect((await reportsOf(fl))[0]).toMatchObject({ triage: 'queued', triageReasons: ['retaliation'] });
    expect(await casesOf(fl)).toEqual([]);
    // The same relationship without a falling-out: the report opens a case as before.
    await workedTogether(client2, fl2, { reason: 'completed', review: { from: fl2, to: client2, stars: 5, score: 9 } });
    await report(client2, fl2);
    expect((await reportsOf(fl2))[0]).toMatchObject({ triage: 'direct', triageReasons: [] });
    expect(await casesOf(fl2)).toHaveLength(1);
  });

  it('queues a report after a disputed contract, unless detection on the account corroborates it', async () => {
    const [client, fl, victim, scammer] = [uid('cl'), uid('fl'), uid('fl'), uid('cl')];
    await workedTogether(client, fl, { reason: 'dispute' });
    await report(fl, client);
    expect((await reportsOf(client))[0]).toMatchObject({ triage: 'queued', triageReasons: ['retaliation'] });
    // A freelancer a fake client charged back and reviewed with one star reports them: Warden's own
    // detection on the client agrees, so the report opens (joins) a case at once.
    await workedTogether(scammer, victim, { reason: 'dispute', review: { from: scammer, to: victim, stars: 1, score: 0 } });
    const { caseId } = await strongDetection(scammer);
    await report(victim, scammer);
    expect((await reportsOf(scammer))[0]).toMatchObject({ triage: 'direct', caseId });
  });

  it('does not take reporters who share only an IP as independent: a ring of strangers stays in triage', async () => {
    const [a, b, target] = [uid('rep'), uid('rep'), uid('acct')];
    await post(event('user.login', a, { ip: '203.0.113.77', country: 'SE', deviceId: uid('dev'), success: true }));
    await post(event('user.login', b, { ip: '203.0.113.77', country: 'SE', deviceId: uid('dev'), success: true }));
    await report(a, target);
    await report(b, target);
    expect(await casesOf(target)).toEqual([]);
    const byReporter = new Map((await reportsOf(target)).map((r) => [r.reporterId, r]));
    expect(byReporter.get(a)).toMatchObject({ triage: 'queued', triageReasons: ['stranger'] });
    expect(byReporter.get(b)).toMatchObject({ triage: 'queued', triageReasons: ['stranger', 'same_network'] });
  });

  it("keeps a linked reporter's report out of a case that stands on reports alone; an independent one joins it", async () => {
    const [a, b, c, target] = [uid('rep'), uid('rep'), uid('rep'), uid('acct')];
    const ip = '203.0.113.78';
    for (const who of [a, b]) await post(event('user.login', who, { ip, country: 'SE', deviceId: uid('dev'), success: true }));
    // Each wrote to the target first, so none is a stranger.
    for (const who of [a, b, c]) await post(ev.message(who, target, 'Hi, are you available for a small task next week?'));
    await report(a, target);
    const [opened] = await casesOf(target);
    expect(opened).toMatchObject({ source: 'report', status: 'open' });
    await report(b, target);
    await report(c, target);
    const byReporter = new Map((await reportsOf(target)).map((r) => [r.reporterId, r]));
    expect(byReporter.get(a)).toMatchObject({ triage: 'direct', caseId: opened.id });
    expect(byReporter.get(b)).toMatchObject({ triage: 'queued', triageReasons: ['same_network'], caseId: null });
    expect(byReporter.get(c)).toMatchObject({ triage: 'direct', caseId: opened.id });
    const detail = (await w.call('GET', `/v1/cases/${opened.id}`)).body;
    expect(detail.reports.map((r: { reporterId: string }) => r.reporterId).sort()).toEqual([a, c].sort());
  });

  it('answers bad list queries with a 400 naming the field', async () => {
    const bad = await w.call('GET', '/v1/reports?triage=pending');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('triage');
    expect((await w.call('GET', '/v1/reports?limit=0')).status).toBe(400);
  });
});
