// Both sides of a request to move off the platform (issue 14, item 11), through the HTTP API on
// both databases: the recipient gets guidance in their language with a reply that declines and
// a one-step report; the asker an education notice in theirs; a recipient who declines (a
// refusing reply or a report) earns trust's positive fact, shown by GET /v1/accounts/{id}/trust.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEnforceWarden } from '../helpers/enforce-warden.ts';
import { ev } from '../helpers/events.ts';
import { backends, type TestWarden } from '../helpers/warden.ts';

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString();

describe.each(await backends())('both sides of an off-platform ask (%s)', { timeout: 120_000 }, (backend) => {
  let w: TestWarden;
  const post = async (e: unknown) => {
    const r = await w.call('POST', '/v1/events', e);
    expect(r.status, JSON.stringify(r.body)).toBeLessThan(300);
    return r.body;
  };
  const declined = async (id: string) => {
    const r = await w.call('GET', `/v1/accounts/${id}/trust`);
    expect(r.status).toBe(200);
    return r.body.conduct.offPlatformAsksDeclined as number;
  };

  beforeAll(async () => {
    w = await startEnforceWarden(backend);
    await post(ev.registered('oa-cl', 'client', { locale: 'es' }, daysAgo(40)));
    for (const [id, locale] of [
      ['oa-fl', 'pt'],
      ['oa-fl2', 'hi'],
      ['oa-fl3', 'de'],
      ['oa-fl4', 'ru'],
    ])
      await post(ev.registered(id, 'freelancer', { locale }, daysAgo(40)));
    await post(ev.registered('oa-other', 'freelancer', {}, daysAgo(40)));
  }, 300_000);
  afterAll(async () => w?.close());

  it('the recipient gets guidance in their language (decline, one-step report), the asker an education notice in theirs', async () => {
    const ask = await post(ev.message('oa-cl', 'oa-fl', 'Can you send me your WhatsApp number so we can talk there instead?'));
    const d = ask.decision;
    expect(d.outcome).toBe('nudge');
    // The asker: the policy's notice, in Spanish.
    expect(d.notice.locale).toBe('es');
    expect(d.notice.text).toMatch(/plataforma/);
    // The recipient: guidance in Portuguese, naming the asker's role, with a declining reply and the report to send.
    const g = d.recipientNotice;
    expect(g).toMatchObject({ id: 'offplatform_ask_guidance', accountId: 'oa-fl', locale: 'pt' });
    expect(g.text).toContain('O cliente pediu');
    expect(g.text).toContain(g.suggestedReply);
    expect(g.text).not.toMatch(/\{|\}/);
    expect(g.report).toMatchObject({
      method: 'POST',
      path: '/v1/reports',
      body: { reporterId: 'oa-fl', subject: { type: 'message', accountId: 'oa-cl' }, reason: 'offplatform_contact' },
    });
    // Stored with the decision.
    const stored = await w.call('GET', `/v1/decisions/${d.decisionId}`);
    expect(stored.status).toBe(200);
    expect(JSON.stringify(stored.body)).toContain('offplatform_ask_guidance');
    // A second ask to the same person says how many times they have asked (ICU plural).
    const again = await post(ev.message('oa-cl', 'oa-fl', 'Please, just add me on WhatsApp so we talk there.'));
    expect(again.decision.recipientNotice.text).toContain('Esta pessoa já pediu isso 2 vezes.');
  });

  it('a refusing reply is a decline: a positive trust fact for the one who kept the work here', async () => {
    expect(await declined('oa-fl')).toBe(0);
    const reply = await post(ev.message('oa-fl', 'oa-cl', 'Não, obrigado. Prefiro conversar aqui na plataforma até o contrato.'));
    expect(reply.decision.outcome).toBe('allow');
    expect(reply.decision.recipientNotice).toBeUndefined();
    expect(await declined('oa-fl')).toBe(1);
    // Declining the same asker again counts once (distinct askers).
    await post(ev.message('oa-fl', 'oa-cl', 'No thanks, I will keep our talk on the platform.'));
    expect(await declined('oa-fl')).toBe(1);
    // The asker earns nothing for it.
    expect(await declined('oa-cl')).toBe(0);
  });

  it('reporting the request with the one-step report is a decline too; a reply that does not refuse is not', async () => {
    const ask = await post(ev.message('oa-cl', 'oa-fl2', 'Let us move this chat to Telegram, it is easier for me.'));
    const g = ask.decision.recipientNotice;
    expect(g.locale).toBe('hi');
    expect(g.text).toContain('क्लाइंट ने');
    const rep = await w.call(g.report.method, g.report.path, g.report.body);
    expect(rep.status, JSON.stringify(rep.body)).toBe(201);
    expect(await declined('oa-fl2')).toBe(1);

    // Someone the request was not sent to cannot earn the fact by reporting it.
    const other = await w.call('POST', '/v1/reports', { ...g.report.body, reporterId: 'oa-other' });
    expect(other.status).toBe(201);
    expect(await declined('oa-other')).toBe(0);

    // A reply that neither refuses nor shares: no fact (and no penalty).
    await post(ev.message('oa-cl', 'oa-fl3', 'Can we continue on Skype instead? Send me your Skype name.'));
    const unsure = await post(ev.message('oa-fl3', 'oa-cl', 'Ich überlege es mir und melde mich morgen.'));
    expect(unsure.decision.effects.filter((e: { status: string }) => e.status === 'done')).toEqual([]);
    expect(await declined('oa-fl3')).toBe(0);
  });

  it('content that is not delivered carries no guidance, and a reply to one’s own request gets none', async () => {
    await post(ev.registered('oa-cl2', 'client', {}, daysAgo(40)));
    const s = await w.call('POST', '/v1/actions', { accountId: 'oa-cl2', type: 'suspension', policy: 'scams', reason: 'reviewer finding', durationDays: 14 });
    expect(s.status).toBe(201);
    const held = await post(ev.message('oa-cl2', 'oa-fl4', 'Can you send me your WhatsApp number so we can talk there instead?'));
    expect(held.decision.outcome).toBe('hold');
    expect(held.decision.recipientNotice).toBeUndefined();
    // The freelancer's counter-request answering the client's: the client asked first, no guidance for them.
    await post(ev.message('oa-cl', 'oa-fl4', 'Can we talk on WhatsApp instead?'));
    const counter = await post(ev.message('oa-fl4', 'oa-cl', 'Sure, what is your WhatsApp? Let us talk there.'));
    expect(counter.decision.recipientNotice).toBeUndefined();
  });
});
