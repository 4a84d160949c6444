// The whole path through the HTTP API, on both databases: events in → decision with its
// explanation → case opened by the policy → claimed → resolved with a warning → the user's
// standing → appeal → overturned → standing restored; a community report joining the case.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs } from '../helpers/cases.ts';
import { ev } from '../helpers/events.ts';
import { backends, startTestWarden, type TestWarden } from '../helpers/warden.ts';

describe.each(await backends())('end to end on %s', (backend) => {
  let w: TestWarden;
  beforeAll(async () => {
    w = await startTestWarden(backend);
    await w.call('POST', '/v1/events/batch', {
      events: [ev.registered('cl-e', 'client', { country: 'US' }), ev.registered('fl-e', 'freelancer', { country: 'IN' })],
    });
  }, 60_000);
  afterAll(async () => w?.close());

  it('a payment-outside message is held, explained, reviewed, warned, appealed and restored', async () => {
    const text = 'Let us skip the platform fee: pay me directly by PayPal and I start today';
    const ingest = await w.call('POST', '/v1/events', ev.message('fl-e', 'cl-e', text));
    expect(ingest.status).toBe(201);
    const decision = ingest.body.decision;
    expect(decision.outcome).toBe('hold');
    const caseEffect = decision.effects.find((e: { kind: string }) => e.kind === 'case');
    expect(caseEffect.status).toBe('done');
    const caseId = caseEffect.detail.caseId;

    const explained = await w.call('GET', `/v1/decisions/${decision.decisionId}`);
    // Paying outside "to skip the platform fee" also proposes the deal without the platform
    // (bench/contact/LABELLING.md, fourth reading): both rules match.
    expect(explained.body.explanation).toMatch(/contact-sharing v1 → hold \(rules: payment-outside, ask-contact\)/);

    // A community report on the same message joins the detection case.
    const messageSubject = (await w.call('GET', `/v1/cases/${caseId}`)).body;
    const subject = messageSubject.subject ?? messageSubject.case?.subject;
    const report = await w.call('POST', '/v1/reports', {
      reporterId: 'cl-e',
      subject: { type: subject.type, id: subject.id, accountId: 'fl-e' },
      reason: 'offplatform_contact',
      comment: 'asked me to pay outside',
    });
    expect(report.status).toBeLessThan(300);
    const joined = (await w.call('GET', `/v1/cases/${caseId}`)).body;
    expect(JSON.stringify(joined.reports)).toContain('asked me to pay outside');

    const reviewer = await loginAs(w, 'reviewer', 'Rita Reviewer');
    const queue = await w.call('GET', '/v1/cases?status=open', undefined, reviewer.token);
    expect(queue.body.cases.map((c: { id: string }) => c.id)).toContain(caseId);
    expect((await w.call('POST', `/v1/cases/${caseId}/claim`, {}, reviewer.token)).status).toBe(200);
    const resolved = await w.call(
      'POST',
      `/v1/cases/${caseId}/resolve`,
      {
        resolution: 'action',
        action: { type: 'warning', severity: 'medium', policy: 'contact-sharing' },
        reason: 'Asked the client to pay outside the platform',
      },
      reviewer.token,
    );
    expect(resolved.status).toBe(200);

    // The confirmed circumvention is recorded for trust (badges are withheld for 6 months).
    const findings = await w.ctx.db.selectFrom('circumvention_findings').selectAll().where('account_id', '=', 'fl-e').execute();
    expect(findings.map((f) => f.kind)).toEqual(['payment_outside']);
    const standing = (await w.call('GET', '/v1/accounts/fl-e/standing')).body;
    const warning = standing.activeActions.find((a: { type: string }) => a.type === 'warning');
    expect(warning).toBeTruthy();
    expect(standing.strikes.active.length).toBeGreaterThan(0);
    expect(standing.summary).toBeTruthy();
    const notices = JSON.stringify(standing.notices);
    expect(notices).toContain('pay me directly by PayPal');
    expect(notices).not.toMatch(/offplatform\.|score|threshold/);

    const appeal = await w.call('POST', '/v1/appeals', {
      accountId: 'fl-e',
      actionId: warning.id,
      text: 'The client asked about invoices; I only explained that PayPal is not allowed here.',
    });
    expect(appeal.status).toBe(201);
    const decided = await w.call(
      'POST',
      `/v1/appeals/${appeal.body.id}/decide`,
      { outcome: 'overturned', reason: 'Context shows the freelancer declined.' },
      reviewer.token,
    );
    expect(decided.status).toBe(200);
    const after = (await w.call('GET', '/v1/accounts/fl-e/standing')).body;
    expect(after.activeActions).toHaveLength(0);
    expect(after.strikes.active).toHaveLength(0);
    expect(after.status).toBe('good');
    const { loadCircumventions } = await import('../../src/trust/store.ts');
    expect(await loadCircumventions(w.ctx.db, 'fl-e')).toEqual([]);

    const summary = (await w.call('GET', '/v1/metrics/summary')).body;
    expect(JSON.stringify(summary)).toContain('contact-sharing');
  });
});
