// Contact details stay hidden in every case representation the API sends, not only in
// GET /v1/cases/{id}: the action endpoints' replies, the signals of messages that joined the
// case later, and a case reason that quotes an appeal. Only the audited reveal shows them.
// On PGlite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs } from '../helpers/cases.ts';
import { type ConsoleWarden, startConsoleWarden } from '../helpers/console-warden.ts';
import { ev } from '../helpers/events.ts';
import { backends } from '../helpers/warden.ts';

const PHONE = '+44 7700 900461';
const EMAIL = 'marta.quell.studio@gmail.com';
const LATER_PHONE = '+44 7700 900872';
const LATER_EMAIL = 'quell.files@outlook.com';
const APPEAL_PHONE = '+44 7700 900935';
const APPEAL_EMAIL = 'marta.appeals@yahoo.com';
const FIRST = `Hi! Text me on WhatsApp at ${PHONE} or write to ${EMAIL}, we can skip the fees.`;
const SECOND = `Still there? My number is ${LATER_PHONE}, mail ${LATER_EMAIL} and pay me directly.`;
const APPEAL = `That was my studio line ${APPEAL_PHONE} and ${APPEAL_EMAIL}, shared by mistake.`;

/**
 * The phones' digit runs and the addresses found in a reply. A run counts standing alone (not
 * inside an id such as a UUID's hex group), so "+44 7700 [contact hidden]" is a leak too.
 */
function leaks(body: unknown): string[] {
  const json = JSON.stringify(body);
  const digitRuns = [...new Set([PHONE, LATER_PHONE, APPEAL_PHONE].flatMap((p) => p.match(/\d{4,}/g) ?? []))];
  return [
    ...digitRuns.filter((run) => new RegExp(`(?<![\\w-])${run}(?![\\w-])`).test(json)),
    ...[EMAIL, LATER_EMAIL, APPEAL_EMAIL].filter((e) => json.includes(e)),
  ];
}

describe.each(await backends())('contact details in every case reply on %s', (backend) => {
  let w: ConsoleWarden;
  let reviewer: { id: string; token: string; name: string };
  let caseId: string;
  let appealCaseId: string;

  beforeAll(async () => {
    w = await startConsoleWarden(backend);
    for (const e of [
      ev.registered('fl-marta', 'freelancer'),
      ev.registered('cl-ivo', 'client'),
      ev.message('fl-marta', 'cl-ivo', FIRST),
      ev.message('fl-marta', 'cl-ivo', SECOND),
    ])
      expect((await w.call('POST', '/v1/events', e)).status).toBe(201);
    const cases = (await w.call('GET', '/v1/cases?accountId=fl-marta')).body.cases;
    expect(cases.length).toBeGreaterThan(0);
    caseId = cases[0].id;
    const action = await w.call('POST', '/v1/actions', {
      accountId: 'fl-marta',
      type: 'warning',
      policy: 'contact-sharing',
      reason: 'Shared contact details',
      evidence: { quote: SECOND },
    });
    expect(action.status).toBe(201);
    const appeal = await w.call('POST', '/v1/appeals', { accountId: 'fl-marta', actionId: action.body.action.id, text: APPEAL });
    expect(appeal.status, JSON.stringify(appeal.body)).toBe(201);
    appealCaseId = appeal.body.caseId;
    reviewer = await loginAs(w, 'reviewer', 'Rhea Reviewer');
  }, 300_000);
  afterAll(() => w?.close());

  it('joined the second message into the case, so the test looks where the leak was', async () => {
    const detail = (await w.call('GET', `/v1/cases/${caseId}`)).body;
    expect(detail.decisionIds.length).toBeGreaterThanOrEqual(2);
  });

  it('masks the subject and the signals of the joined message in GET case', async () => {
    const r = await w.call('GET', `/v1/cases/${caseId}`);
    expect(r.status).toBe(200);
    expect(leaks(r.body)).toEqual([]);
  });

  it('masks the appeal quoted in the case reason: GET case, the list, search and the timeline', async () => {
    const r = await w.call('GET', `/v1/cases/${appealCaseId}`);
    expect(r.status).toBe(200);
    expect(r.body.reason).toContain('shared by mistake');
    expect(leaks(r.body)).toEqual([]);
    const list = await w.call('GET', '/v1/cases?accountId=fl-marta&status=all');
    expect(list.body.cases.map((c: { id: string }) => c.id)).toContain(appealCaseId);
    expect(leaks(list.body)).toEqual([]);
    const search = await w.call('GET', '/v1/search?q=fl-marta&kinds=case');
    expect(search.status).toBe(200);
    expect(JSON.stringify(search.body)).toContain(appealCaseId);
    expect(leaks(search.body)).toEqual([]);
    const words = await w.call('GET', `/v1/search?q=${encodeURIComponent('shared by mistake')}&kinds=case`);
    expect(leaks(words.body)).toEqual([]);
    const timeline = await w.call('GET', '/v1/accounts/fl-marta/timeline?limit=200&kinds=case');
    expect(timeline.status).toBe(200);
    expect(JSON.stringify(timeline.body)).toContain(appealCaseId);
    expect(leaks(timeline.body)).toEqual([]);
  });

  it('masks the replies of claim, release, escalate and resolve', async () => {
    const replies = [
      await w.call('POST', `/v1/cases/${caseId}/claim`, {}, reviewer.token),
      await w.call('POST', `/v1/cases/${caseId}/release`, {}, reviewer.token),
      await w.call('POST', `/v1/cases/${caseId}/escalate`, { queue: 'senior', reason: 'second share this week' }, reviewer.token),
      await w.call('POST', `/v1/cases/${appealCaseId}/claim`, {}, reviewer.token),
      await w.call('POST', `/v1/cases/${caseId}/resolve`, { resolution: 'dismiss', reason: 'looked at both messages' }, reviewer.token),
    ];
    for (const r of replies) {
      expect(r.status).toBe(200);
      expect(r.body.subject.text).toContain('[contact hidden]');
      expect(leaks(r.body)).toEqual([]);
    }
  });

  it('still reveals the original through the audited reveal', async () => {
    const r = await w.call('POST', `/v1/cases/${caseId}/reveal`, { reason: 'compare with the profile' }, reviewer.token);
    expect(r.status).toBe(200);
    expect(r.body.text).toBe(FIRST);
    const trail = (await w.call('GET', `/v1/cases/${caseId}`)).body.audit;
    expect(trail.at(-1)).toMatchObject({ action: 'contact_revealed', actor: { id: reviewer.id }, detail: { reason: 'compare with the profile' } });
  });
});
