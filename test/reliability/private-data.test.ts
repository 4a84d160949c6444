// Contact details the case view masks are masked everywhere a key or reviewer reads content:
// a decision's subject text and signal quotes, a standing's evidence quotes, shadow-run
// examples. The original is only shown through a case's audited reveal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MASK } from '../../src/detect/contact/index.ts';
import { ev } from '../helpers/events.ts';
import { backends, startTestWarden, type TestWarden } from '../helpers/warden.ts';

const EMAIL = 'rosa.quintero.dev@gmail.com';
const MESSAGE = `ok, write to me at ${EMAIL} and we sort it out there`;

for (const backend of await backends()) {
  describe(`private data is masked for readers (${backend})`, () => {
    let w: TestWarden;
    let readKey: string;
    let decisionId: string;
    beforeAll(async () => {
      w = await startTestWarden(backend);
      readKey = (await w.call('POST', '/v1/admin/keys', { name: 'dashboards', scopes: ['read'] })).body.key;
      // A shadow version that allows everything differs from the live one on this message.
      const cur = (await w.call('GET', '/v1/policies/contact-sharing')).body.current.document;
      const lenient = { ...cur, rules: cur.rules.map((r: { outcome: string }) => ({ ...r, outcome: 'allow' })) };
      expect((await w.call('POST', '/v1/policies/contact-sharing/versions', { document: lenient, baseVersion: 1, activate: 'shadow' })).status).toBe(201);
      const sent = await w.call('POST', '/v1/events', ev.message('fl-priv', 'cl-priv', MESSAGE));
      expect(sent.status).toBe(201);
      decisionId = (await w.ctx.db.selectFrom('decisions').select('id').where('account_id', '=', 'fl-priv').executeTakeFirstOrThrow()).id;
      await w.call('POST', '/v1/actions', {
        accountId: 'fl-priv',
        type: 'warning',
        policy: 'contact-sharing',
        reason: 'shared contact',
        evidence: { quote: MESSAGE },
      });
    });
    afterAll(() => w?.close());

    it('GET /v1/decisions/{id}: subject text and signal quotes masked', async () => {
      const r = await w.call('GET', `/v1/decisions/${decisionId}`, undefined, readKey);
      expect(r.status).toBe(200);
      expect(JSON.stringify(r.body)).not.toContain(EMAIL);
      expect(r.body.context.subjectText).toBe(MESSAGE.replace(EMAIL, MASK));
      expect(JSON.stringify(r.body.signals)).toContain(MASK);
    });

    it('GET /v1/accounts/{id}/standing: evidence quotes masked for an API key', async () => {
      const r = await w.call('GET', '/v1/accounts/fl-priv/standing', undefined, readKey);
      expect(r.status).toBe(200);
      expect(JSON.stringify(r.body)).toContain('sort it out there');
      expect(JSON.stringify(r.body)).not.toContain(EMAIL);
    });

    it('a read-only key can neither note nor escalate a case', async () => {
      await w.call('POST', '/v1/reports', { reporterId: 'cl-priv', subject: { type: 'account', id: 'fl-priv', accountId: 'fl-priv' }, reason: 'spam' });
      const caseId = (await w.call('GET', '/v1/cases?accountId=fl-priv')).body.cases[0].id;
      const note = await w.call('POST', `/v1/cases/${caseId}/notes`, { body: 'from a dashboard key' }, readKey);
      expect(note.status).toBe(403);
      const up = await w.call('POST', `/v1/cases/${caseId}/escalate`, { reason: 'from a dashboard key' }, readKey);
      expect(up.status).toBe(403);
      expect((await w.call('POST', `/v1/cases/${caseId}/notes`, { body: 'admin note' })).status).toBe(201);
    });

    it('GET /v1/policies/{name}/shadow: examples masked', async () => {
      const r = await w.call('GET', '/v1/policies/contact-sharing/shadow', undefined, readKey);
      expect(r.status).toBe(200);
      expect(r.body.examples.length).toBeGreaterThan(0);
      expect(JSON.stringify(r.body)).not.toContain(EMAIL);
      expect(r.body.examples[0].text).toBe(MESSAGE.replace(EMAIL, MASK));
    });
  });
}
