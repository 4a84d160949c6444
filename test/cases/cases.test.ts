// Cases, queues, community reports and review measures through the HTTP API, on PGlite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionApplier } from '../../src/cases/service.ts';
import { loginAs, startCasesWarden } from '../helpers/cases.ts';
import { ev } from '../helpers/events.ts';
import { backends, type TestWarden } from '../helpers/warden.ts';

let n = 0;
const uid = (p: string) => `${p}-${Date.now().toString(36)}-${n++}`;

describe.each(await backends())('cases on %s', (backend) => {
  let w: TestWarden;
  let alice: { id: string; token: string; name: string };
  let bob: { id: string; token: string; name: string };
  let tina: { id: string; token: string; name: string };
  const applied: { caseId: string; type: string; reviewer: string; accountId: string; reason: unknown }[] = [];
  const applier: ActionApplier = async (tx, kase, action, reviewer) => {
    // Written in the resolution's transaction: it must commit or roll back with it.
    await tx
      .insertInto('case_notes')
      .values({ case_id: kase.id, author_id: 'enforcement', author_name: 'enforcement', body: `applied ${action.type}`, created_at: new Date() })
      .execute();
    if (action.type === 'explode') throw new Error('enforcement failed');
    applied.push({ caseId: kase.id, type: action.type, reviewer: reviewer.id, accountId: kase.subject.accountId, reason: action.reason });
    return { actionId: `act-${applied.length}` };
  };

  const detection = (
    over: { subjectId?: string; accountId?: string; policy?: string; signal?: string; text?: string; severity?: 'low' | 'medium' | 'high' | 'critical' } = {},
  ) =>
    w.ctx.cases.openOrJoinCase(w.ctx.db, {
      subject: {
        type: 'message',
        id: over.subjectId ?? uid('msg'),
        accountId: over.accountId ?? uid('acct'),
        text: over.text ?? 'pay me on paypal at jo@example.com',
      },
      source: 'detection',
      reason: 'Off-platform payment proposed before a contract',
      policy: over.policy ?? 'contact-sharing',
      severity: over.severity ?? 'medium',
      signals: [{ type: over.signal ?? 'offplatform.payment_outside', strength: 'strong', start: 7, end: 13, text: 'paypal' }],
    });

  beforeAll(async () => {
    w = await startCasesWarden(backend, { applyCaseAction: applier });
    alice = await loginAs(w, 'reviewer', 'Alice');
    bob = await loginAs(w, 'reviewer', 'Bob');
    tina = await loginAs(w, 'triage', 'Tina');
  }, 900_000);
  afterAll(async () => {
    await w?.close();
  });

  it('opens a detection case, joins later signals to it, and lists it with filters', async () => {
    const account = uid('fl');
    // Reach: the account messaged three people, which raises priority above the bare severity.
    for (const to of ['c1', 'c2', 'c3']) expect((await w.call('POST', '/v1/events', ev.message(account, `${to}-${account}`, 'hello'))).status).toBe(201);
    const subjectId = uid('msg');
    const first = await detection({ subjectId, accountId: account });
    expect(first.created).toBe(true);
    const decisionId = uid('dec');
    await w.ctx.db
      .insertInto('decisions')
      .values({
        id: decisionId,
        event_id: null,
        subject_type: 'message',
        subject_id: subjectId,
        account_id: account,
        counterpart_id: null,
        outcome: 'hold',
        policy_versions: JSON.stringify([{ name: 'contact-sharing', version: 3, outcome: 'hold' }]),
        signals: JSON.stringify([]),
        context: JSON.stringify({}),
        effects: JSON.stringify({}),
      })
      .execute();
    const again = await w.ctx.cases.openOrJoinCase(w.ctx.db, {
      subject: { type: 'message', id: subjectId, accountId: account },
      source: 'detection',
      reason: 'Email address shared before a contract',
      policy: 'contact-sharing',
      decisionId,
      severity: 'high',
      signals: [{ type: 'contact.email', strength: 'strong', start: 17, end: 31, text: 'jo@example.com' }],
    });
    expect(again).toEqual({ caseId: first.caseId, created: false });

    const list = await w.call('GET', `/v1/cases?queue=circumvention&source=detection&subjectId=${subjectId}`, undefined, alice.token);
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(1);
    expect(list.body.cases[0]).toMatchObject({ id: first.caseId, queue: 'circumvention', severity: 'high', status: 'open', assignee: null, overdue: false });
    expect(list.body.cases[0].priority).toBeGreaterThan(55); // high severity plus reach
    expect((await w.call('GET', `/v1/cases?queue=security&subjectId=${subjectId}`, undefined, alice.token)).body.total).toBe(0);
    expect((await w.call('GET', `/v1/cases?priorityMin=100&subjectId=${subjectId}`, undefined, alice.token)).body.total).toBe(0);

    const detail = await w.call('GET', `/v1/cases/${first.caseId}`, undefined, tina.token);
    expect(detail.status).toBe(200);
    expect(detail.body.subject.text).toBe('pay me on paypal at jo@example.com');
    expect(detail.body.signals.map((s: { type: string }) => s.type)).toEqual(['offplatform.payment_outside', 'contact.email']);
    expect(detail.body.decisions).toHaveLength(1);
    expect(detail.body.decisions[0]).toMatchObject({ id: decisionId, outcome: 'hold' });
    expect(detail.body.audit.map((a: { action: string }) => a.action)).toEqual(['opened', 'joined']);
    expect(detail.body.audit[1].detail.priorityAfter).toBeGreaterThan(detail.body.audit[1].detail.priorityBefore);
  });

  it('sorts and pages the case list, and shows the settings in force', async () => {
    const account = uid('acct');
    const made = [];
    // One open case per account and policy: three policies, three cases.
    for (const [severity, policy] of [
      ['low', 'spam'],
      ['critical', 'scams'],
      ['medium', 'contact-sharing'],
    ] as const)
      made.push((await detection({ accountId: account, severity, policy })).caseId);
    const byPriority = (await w.call('GET', `/v1/cases?accountId=${account}&sort=priority`, undefined, tina.token)).body;
    expect(byPriority.cases.map((c: { id: string }) => c.id)).toEqual([made[1], made[2], made[0]]);
    const page1 = (await w.call('GET', `/v1/cases?accountId=${account}&sort=oldest&limit=2`)).body;
    expect(page1).toMatchObject({ total: 3, limit: 2, offset: 0, nextOffset: 2 });
    const page2 = (await w.call('GET', `/v1/cases?accountId=${account}&sort=oldest&limit=2&offset=2`)).body;
    expect(page2.nextOffset).toBeNull();
    expect([...page1.cases, ...page2.cases].map((c: { id: string }) => c.id)).toEqual(made);
    expect((await w.call('GET', `/v1/cases?accountId=${account}&createdBefore=2000-01-01T00:00:00Z`)).body.total).toBe(0);
    expect((await w.call('GET', `/v1/cases?accountId=${account}&assignee=none&overdue=false`)).body.total).toBe(3);
    expect((await w.call('GET', '/v1/cases?sort=sideways')).status).toBe(400);
    const settings = (await w.call('GET', '/v1/cases/settings', undefined, tina.token)).body;
    expect(settings.defaultQueue).toBe('general');
    expect(settings.routes.some((r: { queue: string }) => r.queue === 'appeals')).toBe(true);
  });

  it('keeps one open case per account and policy: each detection and report of the account is an item of it', async () => {
    const account = uid('acct');
    const first = await detection({ accountId: account });
    for (let i = 0; i < 30; i++) expect((await detection({ accountId: account })).caseId).toBe(first.caseId);
    const other = await detection({ accountId: account, policy: 'spam' });
    expect(other.caseId).not.toBe(first.caseId);
    const list = (await w.call('GET', `/v1/cases?accountId=${account}`)).body;
    expect(list.total).toBe(2);
    const items = await w.ctx.db.selectFrom('case_items').select('id').where('case_id', '=', first.caseId).execute();
    expect(items).toHaveLength(31);
  });

  it('lets one reviewer hold a case: the second gets 409, triage cannot claim, an admin can force', async () => {
    const { caseId } = await detection();
    expect((await w.call('POST', `/v1/cases/${caseId}/claim`, {}, alice.token)).body.assignee).toEqual({ id: alice.id, name: 'Alice' });
    const taken = await w.call('POST', `/v1/cases/${caseId}/claim`, {}, bob.token);
    expect(taken.status).toBe(409);
    expect(taken.headers['content-type']).toContain('application/problem+json');
    expect(taken.body.assignee.id).toBe(alice.id);
    expect((await w.call('POST', `/v1/cases/${caseId}/claim`, {}, tina.token)).status).toBe(403);
    expect((await w.call('POST', `/v1/cases/${caseId}/claim`, { force: true }, bob.token)).status).toBe(403);
    // Two reviewers racing for a fresh case: exactly one wins.
    const race = await detection();
    const results = await Promise.all([alice, bob].map((r) => w.call('POST', `/v1/cases/${race.caseId}/claim`, {}, r.token)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const forced = await w.call('POST', `/v1/cases/${caseId}/claim`, { force: true });
    expect(forced.status).toBe(200);
    expect(forced.body.assignee.name).toBe('test admin');
    const trail = (await w.call('GET', `/v1/cases/${caseId}`)).body.audit;
    expect(trail.at(-1)).toMatchObject({ action: 'claimed', detail: { forcedFrom: { id: alice.id } } });
    expect((await w.call('POST', `/v1/cases/${caseId}/release`, {})).body.assignee).toBeNull();
    expect((await w.call('POST', `/v1/cases/${caseId}/claim`, {}, bob.token)).status).toBe(200);
  });

  it('takes notes, escalates, and resolves with dismiss or an action, each in the audit trail', async () => {
    const { caseId } = await detection({ severity: 'low' });
    expect((await w.call('POST', `/v1/cases/${caseId}/claim`, {}, alice.token)).status).toBe(200);
    const note = await w.call('POST', `/v1/cases/${caseId}/notes`, { body: 'Second time this week; checking the thread.' }, alice.token);
    expect(note.status).toBe(201);
    expect((await w.call('POST', `/v1/cases/${caseId}/notes`, { body: 'Triage: looks like a pattern.' }, tina.token)).status).toBe(201);
    const esc = await w.call('POST', `/v1/cases/${caseId}/escalate`, { queue: 'senior', reason: 'possible repeat offender' }, alice.token);
    expect(esc.body).toMatchObject({ queue: 'senior', escalated: true, assignee: null });
    expect((await w.call('POST', `/v1/cases/${caseId}/resolve`, { resolution: 'dismiss', reason: 'x' }, tina.token)).status).toBe(403);
    expect((await w.call('POST', `/v1/cases/${caseId}/claim`, {}, bob.token)).status).toBe(200);
    expect((await w.call('POST', `/v1/cases/${caseId}/resolve`, { resolution: 'dismiss', reason: 'not mine' }, alice.token)).status).toBe(409);
    const done = await w.call(
      'POST',
      `/v1/cases/${caseId}/resolve`,
      { resolution: 'dismiss', reason: 'Shared a repository invite email, allowed.' },
      bob.token,
    );
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'resolved', resolution: { kind: 'dismiss', by: { id: bob.id } } });
    expect((await w.call('POST', `/v1/cases/${caseId}/resolve`, { resolution: 'dismiss', reason: 'again' }, bob.token)).status).toBe(409);
    const detail = (await w.call('GET', `/v1/cases/${caseId}`, undefined, alice.token)).body;
    expect(detail.notes.map((x: { author: { name: string } }) => x.author.name)).toEqual(['Alice', 'Tina']);
    expect(detail.audit.map((a: { action: string; actor: { name: string } }) => `${a.action}:${a.actor.name}`)).toEqual([
      'opened:Warden',
      'claimed:Alice',
      'noted:Alice',
      'noted:Tina',
      'escalated:Alice',
      'claimed:Bob',
      'resolved:Bob',
    ]);
    const outbox = await w.ctx.db.selectFrom('outbox').selectAll().where('dedupe_key', '=', `case.resolved:${caseId}`).execute();
    expect(outbox).toHaveLength(1);
    expect(outbox[0].payload).toMatchObject({ caseId, resolution: 'dismiss', queue: 'senior' });

    const acted = await detection();
    const res = await w.call(
      'POST',
      `/v1/cases/${acted.caseId}/resolve`,
      { resolution: 'action', action: { type: 'warning' }, reason: 'First off-platform payment ask' },
      alice.token,
    );
    expect(res.status).toBe(200);
    expect(res.body.resolution).toMatchObject({ kind: 'action', actionType: 'warning', actionId: `act-${applied.length}` });
    // Enforcement records the reviewer's reason on the action it applies.
    expect(applied.at(-1)).toMatchObject({ caseId: acted.caseId, type: 'warning', reviewer: alice.id, reason: 'First off-platform payment ask' });
    expect((await w.call('POST', `/v1/cases/${acted.caseId}/resolve`, { resolution: 'dismiss', reason: 'twice' }, alice.token)).status).toBe(409);
  });

  it('rolls the whole resolution back when enforcement fails', async () => {
    const { caseId } = await detection();
    const res = await w.call('POST', `/v1/cases/${caseId}/resolve`, { resolution: 'action', action: { type: 'explode' }, reason: 'r' }, alice.token);
    expect(res.status).toBe(500);
    const detail = (await w.call('GET', `/v1/cases/${caseId}`)).body;
    expect(detail.status).toBe('open');
    expect(detail.notes).toHaveLength(0);
    expect(await w.ctx.db.selectFrom('outbox').select('id').where('dedupe_key', '=', `case.resolved:${caseId}`).execute()).toHaveLength(0);
    expect((await w.call('POST', `/v1/cases/${caseId}/resolve`, { resolution: 'action', reason: 'no type' }, alice.token)).status).toBe(400);
  });

  it('bulk-resolves with one result per case', async () => {
    const ids = [(await detection()).caseId, (await detection()).caseId, (await detection()).caseId];
    expect((await w.call('POST', `/v1/cases/${ids[2]}/claim`, {}, bob.token)).status).toBe(200);
    const res = await w.call(
      'POST',
      '/v1/cases/bulk-resolve',
      { ids: [...ids, 'no-such-case'], resolution: 'dismiss', reason: 'Batch of false positives' },
      alice.token,
    );
    expect(res.status).toBe(200);
    expect(res.body.resolved).toBe(2);
    expect(res.body.results).toEqual([
      { id: ids[0], ok: true, actionId: null },
      { id: ids[1], ok: true, actionId: null },
      expect.objectContaining({ id: ids[2], ok: false, status: 409 }),
      expect.objectContaining({ id: 'no-such-case', ok: false, status: 404 }),
    ]);
    const mixed = [(await detection()).caseId, (await detection()).caseId];
    const boom = await w.call('POST', '/v1/cases/bulk-resolve', { ids: mixed, resolution: 'action', action: { type: 'explode' }, reason: 'r' }, alice.token);
    expect(boom.body.results).toEqual(mixed.map((id) => ({ id, ok: false, status: 500, code: 'Internal', detail: 'the case could not be resolved' })));
    expect((await w.call('GET', `/v1/cases/${mixed[0]}`)).body.status).toBe('open');
    expect(
      (
        await w.call(
          'POST',
          '/v1/cases/bulk-resolve',
          { ids: Array.from({ length: 1001 }, (_, i) => `c${i}`), resolution: 'dismiss', reason: 'r' },
          alice.token,
        )
      ).status,
    ).toBe(400);
    expect((await w.call('POST', '/v1/cases/bulk-resolve', { ids, resolution: 'dismiss', reason: 'r' }, tina.token)).status).toBe(403);
  });

  it('groups a report into the existing detection case and tells the reporter the outcome in neutral words', async () => {
    const reasons = await w.call('GET', '/v1/reports/reasons', undefined, null);
    expect(reasons.body.reasons).toContainEqual({ code: 'offplatform_contact', label: 'Asked to communicate or pay outside the platform' });
    expect(reasons.body.reasons.map((r: { code: string }) => r.code)).toEqual(
      expect.arrayContaining(['offplatform_contact', 'spam', 'scam_fraud', 'fake_identity', 'harassment', 'suspicious_file_or_link', 'other']),
    );
    const subjectId = uid('msg');
    const account = uid('cl');
    const { caseId } = await detection({ subjectId, accountId: account });
    const before = (await w.call('GET', `/v1/cases/${caseId}`)).body.priority;
    const reporterId = uid('fl');
    const body = {
      reporterId,
      subject: { type: 'message', id: subjectId, accountId: account, text: 'pay me on paypal' },
      reason: 'offplatform_contact',
      comment: 'Asked me to pay outside before any contract',
    };
    const report = await w.call('POST', '/v1/reports', body);
    expect(report.status).toBe(201);
    expect(report.body).toMatchObject({ status: 'received', duplicate: false });
    // Reporting the same thing twice does not count twice.
    const twice = await w.call('POST', '/v1/reports', body);
    expect(twice.status).toBe(200);
    expect(twice.body).toMatchObject({ id: report.body.id, duplicate: true });
    const detail = (await w.call('GET', `/v1/cases/${caseId}`)).body;
    expect(detail.source).toBe('detection');
    expect(detail.reports).toHaveLength(1);
    expect(detail.reports[0]).toMatchObject({ id: report.body.id, reasonLabel: 'Asked to communicate or pay outside the platform', muted: false });
    expect(detail.priority).toBeGreaterThan(before);
    expect(detail.audit.at(-1)).toMatchObject({ action: 'joined', detail: { source: 'report', reportId: report.body.id } });
    expect((await w.call('GET', `/v1/cases?subjectId=${subjectId}&status=all`)).body.total).toBe(1);

    const pending = await w.call('GET', `/v1/reports/${report.body.id}`);
    expect(pending.body).toMatchObject({ status: 'received', outcome: null });
    await w.call(
      'POST',
      `/v1/cases/${caseId}/resolve`,
      { resolution: 'action', action: { type: 'suspension', durationDays: 7 }, reason: 'Repeat' },
      alice.token,
    );
    const told = await w.call('GET', `/v1/reports/${report.body.id}`);
    expect(told.body).toMatchObject({ status: 'reviewed', outcome: 'action_taken' });
    expect(told.body.message).toContain('took action');
    expect(JSON.stringify(told.body)).not.toMatch(/suspen|warning|strike|ban/i);

    // A report with no detection case opens a report case, routed by its reason (the reporter
    // dealt with the account: a message between them; strangers' reports are triaged, report-triage.test.ts).
    const profile = uid('prof');
    const [harasser, harassed] = [uid('x'), uid('fl')];
    expect((await w.call('POST', '/v1/events', ev.message(harasser, harassed, 'hello'))).status).toBe(201);
    expect(
      (await w.call('POST', '/v1/reports', { reporterId: harassed, subject: { type: 'profile', id: profile, accountId: harasser }, reason: 'harassment' }))
        .status,
    ).toBe(201);
    const opened = (await w.call('GET', `/v1/cases?subjectId=${profile}`)).body.cases;
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject({ source: 'report', queue: 'safety', severity: 'high' });
    expect((await w.call('POST', '/v1/reports', { reporterId: 'a', subject: { type: 'message', id: 'm', accountId: 'a' }, reason: 'spam' })).status).toBe(400);
    expect((await w.call('POST', '/v1/reports', { reporterId: 'a', subject: { type: 'message', id: 'm', accountId: 'b' }, reason: 'rude' })).status).toBe(400);
    expect(
      (await w.call('POST', '/v1/reports', { reporterId: 'a', subject: { type: 'message', id: 'm', accountId: 'b' }, reason: 'spam' }, alice.token)).status,
    ).toBe(403);
  });

  it('learns reporter credibility: upheld reports weigh more, a mass false reporter is muted', async () => {
    const reportOn = async (reporterId: string, reason = 'spam') => {
      const subject = { type: 'message' as const, id: uid('msg'), accountId: uid('acct') };
      // Someone who wrote to the reporter (reports on strangers are another matter, tested below).
      expect((await w.call('POST', '/v1/events', ev.message(subject.accountId, reporterId, 'hello'))).status).toBe(201);
      const r = await w.call('POST', '/v1/reports', { reporterId, subject, reason });
      expect(r.status).toBe(201);
      const cases = (await w.call('GET', `/v1/cases?subjectId=${subject.id}`)).body.cases;
      return { reportId: r.body.id as string, caseId: cases[0]?.id as string | undefined, subject };
    };
    const good = uid('good');
    const noisy = uid('noisy');
    for (let i = 0; i < 3; i++) {
      const { caseId } = await reportOn(good);
      expect(
        (await w.call('POST', `/v1/cases/${caseId}/resolve`, { resolution: 'action', action: { type: 'warning' }, reason: 'spam' }, alice.token)).status,
      ).toBe(200);
    }
    // The noisy reporter's first two reports open cases, dismissed; from then on their accuracy
    // is low and their reports wait in report triage, where closing them counts as dismissed too.
    const falseCases: string[] = [];
    for (let i = 0; i < 2; i++) falseCases.push((await reportOn(noisy)).caseId as string);
    expect((await w.call('POST', '/v1/cases/bulk-resolve', { ids: falseCases, resolution: 'dismiss', reason: 'no spam' }, alice.token)).body.resolved).toBe(2);
    for (let i = 0; i < 5; i++) {
      const queued = await reportOn(noisy);
      expect(queued.caseId).toBeUndefined();
      const closed = await w.call('POST', `/v1/reports/${queued.reportId}/triage`, { decision: 'close', reason: 'nothing there' }, tina.token);
      expect(closed.status).toBe(200);
      expect(closed.body).toMatchObject({ triage: 'closed', outcome: 'dismissed' });
      expect(closed.body.triageReasons).toContain('low_accuracy');
    }
    const dismissedReport = await w.call(
      'GET',
      `/v1/reports/${(await w.ctx.db.selectFrom('reports').select('id').where('reporter_id', '=', noisy).executeTakeFirstOrThrow()).id}`,
    );
    expect(dismissedReport.body).toMatchObject({ status: 'reviewed', outcome: 'no_violation' });
    expect(dismissedReport.body.message).toContain('found no violation');

    // Both report the same detection case: the good reporter's report raises priority more.
    const a = await detection({ severity: 'low' });
    const b = await detection({ severity: 'low' });
    const view = async (id: string) => (await w.call('GET', `/v1/cases/${id}`)).body;
    const [pa, pb] = [(await view(a.caseId)).priority, (await view(b.caseId)).priority];
    expect(pa).toBe(pb);
    const va = await view(a.caseId);
    const vb = await view(b.caseId);
    await w.call('POST', '/v1/reports', { reporterId: good, subject: { type: 'message', id: va.subject.id, accountId: va.subject.accountId }, reason: 'spam' });
    await w.call('POST', '/v1/reports', {
      reporterId: noisy,
      subject: { type: 'message', id: vb.subject.id, accountId: vb.subject.accountId },
      reason: 'spam',
    });
    const [ra, rb] = [await view(a.caseId), await view(b.caseId)];
    expect(ra.reports[0].reporterCredibility).toBeGreaterThan(0.5);
    expect(rb.reports[0]).toMatchObject({ muted: true });
    expect(rb.reports[0].reporterCredibility).toBeLessThan(0.2);
    expect(ra.priority).toBeGreaterThan(pa);
    expect(rb.priority).toBe(pb);

    // Alone, the muted reporter's report is recorded but opens no case.
    const muted = await reportOn(noisy);
    expect(muted.caseId).toBeUndefined();
    expect((await w.call('GET', `/v1/reports/${muted.reportId}`)).body).toMatchObject({ status: 'received' });
  });

  it('investigates a reporter who reports several accounts they never dealt with, not one who reports what reached them', async () => {
    const reportAccount = (reporterId: string, accountId: string) =>
      w.call('POST', '/v1/reports', { reporterId, subject: { type: 'account', id: accountId, accountId }, reason: 'scam_fraud' });
    const casesOf = async (accountId: string) =>
      (
        (await w.call('GET', `/v1/cases?status=all&accountId=${accountId}`)).body.cases as { source: string; queue: string; subject: { accountId: string } }[]
      ).filter((c) => c.subject.accountId === accountId);
    // Honest: three people messaged them, they report those three.
    const honest = uid('rep');
    const senders = [uid('snd'), uid('snd'), uid('snd')];
    for (const s of senders) expect((await w.call('POST', '/v1/events', ev.message(s, honest, 'hello there'))).status).toBe(201);
    for (const s of senders) expect((await reportAccount(honest, s)).status).toBe(201);
    expect(await casesOf(honest)).toEqual([]);
    // Mass reporter: three strangers. Two are not yet a pattern; the third opens a detection case on the reporter.
    // They have one upheld report, so their reports on strangers are not triaged for that alone.
    const mass = uid('rep');
    const sender = uid('snd');
    expect((await w.call('POST', '/v1/events', ev.message(sender, mass, 'hello there'))).status).toBe(201);
    expect((await reportAccount(mass, sender)).status).toBe(201);
    const [upheld] = (await casesOf(sender)) as unknown as { id: string }[];
    expect(
      (await w.call('POST', `/v1/cases/${upheld.id}/resolve`, { resolution: 'action', action: { type: 'warning' }, reason: 'scam' }, alice.token)).status,
    ).toBe(200);
    const strangers = [uid('str'), uid('str'), uid('str')];
    for (const s of strangers.slice(0, 2)) expect((await reportAccount(mass, s)).status).toBe(201);
    expect(await casesOf(mass)).toEqual([]);
    expect((await reportAccount(mass, strangers[2])).status).toBe(201);
    const opened = await casesOf(mass);
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject({ source: 'detection', queue: 'fraud' });
    // The first two strangers got a report case each; from the third on, reports on strangers open none alone.
    expect(await casesOf(strangers[0])).toHaveLength(1);
    expect(await casesOf(strangers[2])).toEqual([]);
    // The reporter's case shows the pattern as its evidence; the strangers' cases stood on this
    // reporter's reports alone, with nothing corroborating: Warden closed them, saying why.
    const reporterCase = (await w.call('GET', `/v1/cases/${(opened[0] as unknown as { id: string }).id}`)).body;
    expect(reporterCase.evidence).toMatchObject({ strongest: 'medium', corroborated: true, reportsOnly: false });
    for (const s of strangers.slice(0, 2)) {
      const [c] = (await casesOf(s)) as unknown as { id: string }[];
      const full = (await w.call('GET', `/v1/cases/${c.id}`)).body;
      expect(full).toMatchObject({ status: 'resolved', resolution: { kind: 'dismiss' } });
      expect(full.resolution.reason).toContain('No corroborating evidence');
      expect(full.evidence).toMatchObject({ corroborated: false, reportsOnly: true, doubtfulReports: 1 });
    }
  });

  it('shows what a case stands on: reports alone, or reports a detection on the account corroborates', async () => {
    const reportOn = async (accountId: string) => {
      const reporterId = uid('rep');
      const subject = { type: 'message' as const, id: uid('msg'), accountId };
      expect((await w.call('POST', '/v1/events', ev.message(accountId, reporterId, 'hello'))).status).toBe(201);
      expect((await w.call('POST', '/v1/reports', { reporterId, subject, reason: 'spam' })).status).toBe(201);
      const [c] = (await w.call('GET', `/v1/cases?subjectId=${subject.id}`)).body.cases as { id: string }[];
      return (await w.call('GET', `/v1/cases/${c.id}`)).body;
    };
    const alone = await reportOn(uid('acct'));
    expect(alone.evidence).toMatchObject({ strongest: 'none', corroborated: false, reportsOnly: true, doubtfulReports: 0 });
    expect(alone.evidence.summary).toContain('No corroborating evidence');
    // A strong detection on the same account under another policy corroborates the report.
    // (Resolved: while it is open, a report on the account joins that case instead.)
    const account = uid('acct');
    const det = await detection({ accountId: account });
    expect(
      (await w.call('POST', `/v1/cases/${det.caseId}/resolve`, { resolution: 'action', action: { type: 'warning' }, reason: 'paypal' }, alice.token)).status,
    ).toBe(200);
    const backed = await reportOn(account);
    expect(backed.evidence).toMatchObject({ corroborated: true, corroboratingPolicies: ['contact-sharing'], reportsOnly: true });
    // Network and travel facts are not conduct: a case on them alone corroborates nothing.
    const vpn = uid('acct');
    const weak = await w.ctx.cases.openOrJoinCase(w.ctx.db, {
      subject: { type: 'account', id: vpn, accountId: vpn },
      source: 'detection',
      reason: 'Several weak account-security signs at one login',
      policy: 'account-security',
      severity: 'low',
      signals: [
        { type: 'account.new_country', strength: 'medium' },
        { type: 'account.vpn', strength: 'weak' },
      ],
    });
    expect((await w.call('GET', `/v1/cases/${weak.caseId}`)).body.evidence).toMatchObject({ strongest: 'weak', corroborated: false, networkOnly: true });
  });

  it('measures proactive share, queue ages, time to first action, action and overturn rates', async () => {
    const appeal = await w.ctx.cases.openOrJoinCase(w.ctx.db, {
      subject: { type: 'account', id: uid('acct'), accountId: uid('acct') },
      source: 'appeal',
      reason: 'Appeal of a suspension',
      policy: 'contact-sharing',
      appealId: uid('appeal'),
      severity: 'high',
    });
    expect((await w.call('GET', `/v1/cases/${appeal.caseId}`)).body.queue).toBe('appeals');
    expect(
      (await w.call('POST', `/v1/cases/${appeal.caseId}/resolve`, { resolution: 'action', action: { type: 'overturn' }, reason: 'Proven error' }, alice.token))
        .status,
    ).toBe(200);
    const upheld = await w.ctx.cases.openOrJoinCase(w.ctx.db, {
      subject: { type: 'account', id: uid('acct'), accountId: uid('acct') },
      source: 'appeal',
      reason: 'Appeal of a warning',
      policy: 'contact-sharing',
      appealId: uid('appeal'),
    });
    expect((await w.call('POST', `/v1/cases/${upheld.caseId}/resolve`, { resolution: 'dismiss', reason: 'Upheld' }, alice.token)).status).toBe(200);

    const all = (await w.call('GET', '/v1/cases?status=all&limit=500')).body;
    const count = (pred: (c: { source: string; status: string; resolution: string | null; queue: string; policy: string | null }) => boolean) =>
      all.cases.filter(pred).length;
    const s = await w.call('GET', '/v1/metrics/summary', undefined, tina.token);
    expect(s.status).toBe(200);
    const det = count((c) => c.source === 'detection');
    const rep = count((c) => c.source === 'report');
    expect(s.body.cases.bySource).toEqual({ detection: det, report: rep, appeal: count((c) => c.source === 'appeal') });
    expect(s.body.cases.proactiveShare).toBeCloseTo(det / (det + rep), 3);
    expect(s.body.cases.meetsTarget).toBe(det / (det + rep) >= 0.9);
    const circ = s.body.openByQueue.find((q: { queue: string }) => q.queue === 'circumvention');
    expect(circ.open).toBe(count((c) => c.queue === 'circumvention' && c.status === 'open'));
    expect(circ.oldestAgeSeconds).toBeGreaterThanOrEqual(0);
    expect(s.body.timeToFirstActionSeconds.measured).toBe(count((c) => c.status === 'resolved') + 3 /* claimed or noted while open */);
    expect(s.body.timeToFirstActionSeconds.median).toBeGreaterThanOrEqual(0);
    const circRate = s.body.actionRate.byQueue.find((q: { queue: string }) => q.queue === 'circumvention');
    const circResolved = count((c) => c.queue === 'circumvention' && c.status === 'resolved');
    const circActioned = count((c) => c.queue === 'circumvention' && c.resolution === 'action');
    expect(circRate).toEqual({
      queue: 'circumvention',
      resolved: circResolved,
      actioned: circActioned,
      rate: Math.round((circActioned / circResolved) * 10_000) / 10_000,
    });
    expect(s.body.actionRate.byPolicy.find((p: { policy: string }) => p.policy === 'contact-sharing').actioned).toBeGreaterThan(0);
    expect(s.body.appeals.byPolicy).toEqual([{ policy: 'contact-sharing', decided: 2, overturned: 1, overturnRate: 0.5 }]);

    const prom = await w.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${w.adminKey}` } });
    expect(prom.body).toMatch(/warden_cases_open\{queue="circumvention"\} \d+/);
    expect(prom.body).toContain(`warden_cases_opened_total{source="detection"} ${det}`);
    expect(prom.body).toContain('warden_appeal_overturn_rate{policy="contact-sharing"} 0.5');

    const queues = (await w.call('GET', '/v1/queues', undefined, tina.token)).body.queues;
    expect(queues.map((q: { queue: string }) => q.queue)).toEqual(expect.arrayContaining(['appeals', 'circumvention', 'general', 'safety', 'security']));
    expect(queues.find((q: { queue: string }) => q.queue === 'circumvention').open).toBe(circ.open);
  });
});
