// Issue 15's privacy leftovers, on PGlite and PostgreSQL: the appeal a reviewer reads (the
// console's appeal card reads GET /v1/appeals/{id}) hides contact details until an audited
// reveal; case reasons stored before masking-at-write are masked when read; and case search
// matches the masked text, so it cannot tell which case carries a hidden e-mail or number.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs } from '../helpers/cases.ts';
import { type ConsoleWarden, startConsoleWarden } from '../helpers/console-warden.ts';
import { ev } from '../helpers/events.ts';
import { backends } from '../helpers/warden.ts';

const PHONE = '+44 7700 900461';
const EMAIL = 'ines.quarto.design@gmail.com';
const APPEAL_PHONE = '+44 7700 900935';
const APPEAL_EMAIL = 'ines.appeals@yahoo.com';
const STATEMENT_EMAIL = 'ines.billing@outlook.com';
const FIRST = `Hi! Text me on WhatsApp at ${PHONE} or write to ${EMAIL}, we can skip the fees.`;
const APPEAL = `That was my studio line ${APPEAL_PHONE} and ${APPEAL_EMAIL}, shared by mistake.`;
const STATEMENT = `My accountant writes from ${STATEMENT_EMAIL}, nothing else.`;
const ALL = [PHONE, EMAIL, APPEAL_PHONE, APPEAL_EMAIL, STATEMENT_EMAIL];

/** The contact details (or a phone's last digit run) found anywhere in a reply. */
const leaks = (body: unknown) => {
  const json = JSON.stringify(body);
  return ALL.filter((c) => json.includes(c) || json.includes(c.split(' ').at(-1) as string));
};

describe.each(await backends())('privacy leftovers on %s', (backend) => {
  let w: ConsoleWarden;
  let reviewer: { id: string; token: string; name: string };
  let caseId: string;
  let appealId: string;
  let appealCaseId: string;

  beforeAll(async () => {
    w = await startConsoleWarden(backend);
    for (const e of [ev.registered('fl-ines', 'freelancer'), ev.registered('cl-oto', 'client'), ev.message('fl-ines', 'cl-oto', FIRST)])
      expect((await w.call('POST', '/v1/events', e)).status).toBe(201);
    caseId = (await w.call('GET', '/v1/cases?accountId=fl-ines')).body.cases[0].id;
    const action = await w.call('POST', '/v1/actions', { accountId: 'fl-ines', type: 'warning', policy: 'contact-sharing', reason: 'Shared contact details' });
    expect(action.status).toBe(201);
    const appeal = await w.call('POST', '/v1/appeals', { accountId: 'fl-ines', actionId: action.body.action.id, text: APPEAL });
    expect(appeal.status, JSON.stringify(appeal.body)).toBe(201);
    appealId = appeal.body.id;
    appealCaseId = appeal.body.caseId;
    expect((await w.call('POST', `/v1/appeals/${appealId}/statements`, { kind: 'statement', text: STATEMENT })).status).toBe(201);
    reviewer = await loginAs(w, 'reviewer', 'Remy Reviewer');
  }, 300_000);
  afterAll(() => w?.close());

  it('GET /v1/appeals/{id} hides contact details in the appeal and the user’s messages; the reveal shows them and is audited', async () => {
    const r = await w.call('GET', `/v1/appeals/${appealId}`, undefined, reviewer.token);
    expect(r.status).toBe(200);
    expect(r.body.text).toContain('shared by mistake');
    expect(r.body.text).toContain('[contact hidden]');
    expect(r.body.hiddenContacts).toBe(3);
    expect(leaks(r.body)).toEqual([]);
    const asked = await w.call('POST', `/v1/appeals/${appealId}/questions`, { kind: 'question', text: 'Whose address is that?' }, reviewer.token);
    expect(asked.status).toBe(201);
    expect(leaks(asked.body)).toEqual([]);

    const shown = await w.call('POST', `/v1/appeals/${appealId}/reveal`, { reason: 'check the studio line' }, reviewer.token);
    expect(shown.status).toBe(200);
    expect(shown.body.text).toBe(APPEAL);
    expect(shown.body.messages.map((m: { text: string }) => m.text)).toEqual([STATEMENT]);
    const trail = (await w.call('GET', `/v1/cases/${appealCaseId}`, undefined, reviewer.token)).body.audit;
    expect(trail.at(-1)).toMatchObject({ action: 'contact_revealed', actor: { id: reviewer.id }, detail: { appealId, contacts: 3 } });
  });

  it('masks a case reason stored unmasked (before masking at write) in the case, the list, the timeline and search', async () => {
    const old = `Appeal of an action: ${APPEAL}`;
    await sql`update cases set reason = ${old} where id = ${caseId}`.execute(w.ctx.db);
    const one = await w.call('GET', `/v1/cases/${caseId}`);
    expect(one.body.reason).toContain('shared by mistake');
    expect(leaks(one.body)).toEqual([]);
    expect(leaks((await w.call('GET', '/v1/cases?accountId=fl-ines&status=all')).body)).toEqual([]);
    expect(leaks((await w.call('GET', '/v1/accounts/fl-ines/timeline?limit=200&kinds=case')).body)).toEqual([]);
    const words = await w.call('GET', `/v1/search?q=${encodeURIComponent('shared by mistake')}&kinds=case`);
    expect(words.body.cases.map((c: { id: string }) => c.id)).toContain(caseId);
    expect(leaks(words.body)).toEqual([]);
  });

  it('case search does not find a case by its hidden contact details, and still finds it by visible words', async () => {
    for (const q of [EMAIL, 'quarto.design', '900461', APPEAL_EMAIL]) {
      const r = await w.call('GET', `/v1/search?q=${encodeURIComponent(q)}&kinds=case`, undefined, reviewer.token);
      expect(r.status).toBe(200);
      expect(r.body.cases, q).toEqual([]);
    }
    const visible = await w.call('GET', `/v1/search?q=${encodeURIComponent('skip the fees')}&kinds=case`, undefined, reviewer.token);
    expect(visible.body.cases.map((c: { id: string }) => c.id)).toContain(caseId);
  });
});
