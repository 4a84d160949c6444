// Decisions know about current enforcement, trust follows enforcement at once, and messages
// carry their job: through the HTTP API on both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEnforceWarden } from '../helpers/enforce-warden.ts';
import { ev, event } from '../helpers/events.ts';
import { backends, type TestWarden } from '../helpers/warden.ts';

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString();
const REACT = { title: 'React developer', overview: 'I build React and TypeScript web apps.', skills: ['React', 'TypeScript'], complete: true };

describe.each(await backends())('enforcement reaches decisions and trust (%s)', (backend) => {
  let w: TestWarden;
  const post = async (e: unknown) => {
    const r = await w.call('POST', '/v1/events', e);
    expect(r.status, JSON.stringify(r.body)).toBeLessThan(300);
    return r.body;
  };
  const outbox = async (topic: string) =>
    (await w.ctx.db.selectFrom('outbox').select(['payload']).where('topic', '=', topic).execute()).map((r) =>
      typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload,
    );

  /** A reviewer's 7-day restriction on starting new conversations; returns the action. */
  const restrictNewConversations = async (accountId: string) => {
    const r = await w.call('POST', '/v1/actions', {
      accountId,
      type: 'restriction',
      feature: 'new_conversations',
      policy: 'contact-sharing',
      reason: 'repeated contact sharing',
      durationDays: 7,
    });
    expect(r.status).toBe(201);
    return r.body.action;
  };

  beforeAll(async () => {
    w = await startEnforceWarden(backend);
  }, 120_000);
  afterAll(async () => w?.close());

  it('a suspended account’s messages and proposals are held (not delivered) with a notice naming the action, and an overturn releases them', async () => {
    await post(ev.registered('h-fl', 'freelancer', {}, daysAgo(30)));
    await post(ev.registered('h-cl', 'client', {}, daysAgo(30)));
    const s = await w.call('POST', '/v1/actions', { accountId: 'h-fl', type: 'suspension', policy: 'scams', reason: 'reviewer finding', durationDays: 14 });
    expect(s.status).toBe(201);
    const m = await post(ev.message('h-fl', 'h-cl', 'Thanks, the draft is attached.'));
    expect(m.decision.outcome).toBe('hold');
    expect(m.decision.heldBy).toMatchObject({ actionId: s.body.action.id, type: 'suspension' });
    expect(m.decision.notice.text).toContain('was not delivered because your account is suspended');
    expect(m.decision.notice.text).toContain('Fraud and scams');
    expect(m.decision.notice.text).toContain('/account/standing');
    const p = await post(event('proposal.submitted', 'h-fl', { proposalId: 'h-p1', jobId: 'h-job', clientId: 'h-cl', text: 'I can do this job.' }));
    expect(p.decision.outcome).toBe('hold');
    expect(p.decision.notice.text).toContain('Your proposal was not sent');
    const stored = (await w.call('GET', `/v1/decisions/${m.decision.decisionId}`)).body;
    expect(stored.outcome).toBe('hold');

    const ap = await w.call('POST', '/v1/appeals', { accountId: 'h-fl', actionId: s.body.action.id, text: 'Not me.' });
    const d = await w.call('POST', `/v1/appeals/${ap.body.id}/decide`, { outcome: 'overturned', reason: 'mistaken identity' });
    expect(d.status).toBe(200);
    expect(d.body.notice.facts.restored).toContain('held_content');
    const decided = (await outbox('appeal.decided')).find((x) => x.appealId === ap.body.id);
    expect(decided.restored.actionsLifted).toEqual([s.body.action.id]);
    expect(decided.restored.strikesRemoved).toEqual([]);
    expect(decided.restored.heldContentReleased.map((x: { decisionId: string }) => x.decisionId)).toContain(m.decision.decisionId);
    expect(decided.restored.heldContentReleased.map((x: { subject: { id: string } }) => x.subject.id)).toContain('h-p1');
    const released = (await outbox('content.released')).find((x) => x.actionId === s.body.action.id);
    expect(released.released).toHaveLength(2);
    // Once lifted, the account's messages go out again.
    expect((await post(ev.message('h-fl', 'h-cl', 'Back again.'))).decision.outcome).toBe('allow');
  });

  it('a restriction holds only what it names: new conversations, not a client the account already works with', async () => {
    await post(ev.registered('r-fl', 'freelancer', {}, daysAgo(30)));
    await post(ev.registered('r-old', 'client', {}, daysAgo(30)));
    await post(ev.registered('r-new', 'client', {}, daysAgo(30)));
    await post(ev.contractStarted('r-k', 'r-old', 'r-fl', daysAgo(10)));
    await restrictNewConversations('r-fl');
    const old = await post(ev.message('r-fl', 'r-old', 'Milestone 2 is ready for review.'));
    expect(old.decision.outcome).toBe('allow');
    const fresh = await post(ev.message('r-fl', 'r-new', 'Hi, I saw your job post.'));
    expect(fresh.decision.outcome).toBe('hold');
    expect(fresh.decision.heldBy).toMatchObject({ type: 'restriction', feature: 'new_conversations' });
    expect(fresh.decision.notice.text).toContain('may not start new conversations');
    // Policy names are titled in the account's language.
    await post(event('profile.updated', 'r-fl', { locale: 'es-MX' }));
    const es = await post(ev.message('r-fl', 'r-new', 'Hola de nuevo.'));
    expect(es.decision.notice.locale).toBe('es');
    expect(es.decision.notice.text).toContain('Datos de contacto y pagos antes de un contrato');
    // A proposal is not a message: this restriction does not hold it.
    const p = await post(event('proposal.submitted', 'r-fl', { proposalId: 'r-p1', jobId: 'r-job', clientId: 'r-new', text: 'I can help.' }));
    expect(p.decision.outcome).not.toBe('hold');
  });

  it('content held by an action in force earns no new strike: it was never delivered, the action already stopped it', async () => {
    await post(ev.registered('hs-fl', 'freelancer', {}, daysAgo(30)));
    for (const c of ['hs-c1', 'hs-c2', 'hs-c3', 'hs-c4']) await post(ev.registered(c, 'client', {}, daysAgo(30)));
    await restrictNewConversations('hs-fl');
    const strikes = async () => (await w.call('GET', '/v1/accounts/hs-fl/standing')).body.strikes;
    const before = await strikes();
    const numbers = ['+44 7911 123456', '+44 7700 900123', '+44 7700 900456', '+44 7700 900789'];
    for (const [i, c] of ['hs-c1', 'hs-c2', 'hs-c3', 'hs-c4'].entries()) {
      const m = await post(ev.message('hs-fl', c, `Hi! Add me on WhatsApp ${numbers[i]} so we can talk faster`));
      expect(m.decision.outcome).toBe('hold');
      expect(m.decision.heldBy).toMatchObject({ type: 'restriction', feature: 'new_conversations' });
    }
    expect(await strikes()).toEqual(before);
  });

  it('search rank and badges follow an enforcement action and its reversal at once, without the daily sweep', async () => {
    for (const id of ['s-a', 's-b']) {
      await post(event('user.registered', id, { role: 'freelancer', country: 'PT', displayName: id }, { at: daysAgo(400) }));
      await post(event('profile.updated', id, REACT, { at: daysAgo(399) }));
      await post(event('contract.started', `${id}-c`, { contractId: `${id}-k`, clientId: `${id}-c`, freelancerId: id, kind: 'hourly' }, { at: daysAgo(60) }));
      for (let i = 0; i < 8; i++)
        await post(event('hours.logged', `${id}-c`, { contractId: `${id}-k`, hours: 10, amountCents: 50_000 }, { at: daysAgo(7 * i + 1) }));
    }
    const rank = async () => {
      const res = await w.call('GET', `/v1/search/freelancers?q=${encodeURIComponent('react developer')}&explain=true`);
      expect(res.status).toBe(200);
      return Object.fromEntries(
        res.body.results
          .filter((r: { accountId: string }) => r.accountId.startsWith('s-'))
          .map((r: { accountId: string; score: number }) => [r.accountId, r.score]),
      );
    };
    const before = await rank();
    expect(before['s-a']).toBe(before['s-b']);
    const warn = await w.call('POST', '/v1/actions', { accountId: 's-a', type: 'warning', policy: 'spam', reason: 'bulk messages' });
    expect(warn.status).toBe(201);
    const after = await rank();
    expect(after['s-a']).toBeLessThan(after['s-b']);
    const ap = await w.call('POST', '/v1/appeals', { accountId: 's-a', actionId: warn.body.action.id, text: 'They were replies.' });
    await w.call('POST', `/v1/appeals/${ap.body.id}/decide`, { outcome: 'overturned', reason: 'replies to clients' });
    const restored = await rank();
    expect(restored['s-a']).toBe(restored['s-b']);
    // A suspension hides the account from search at once.
    await w.call('POST', '/v1/actions', { accountId: 's-b', type: 'suspension', policy: 'scams', reason: 'finding', durationDays: 14 });
    expect((await rank())['s-b']).toBeUndefined();
  });

  it('message.sent carries its job: the job’s interview policy reaches the message, and a contract on the job allows contact', async () => {
    await post(ev.registered('j-cl', 'client', {}, daysAgo(1)));
    await post(ev.registered('j-fl', 'freelancer', {}, daysAgo(300)));
    const job = await post(event('job.posted', 'j-cl', { jobId: 'j-1', title: 'Logo design', description: 'A logo for a bakery.', budgetCents: 50_000 }));
    expect(job.interviewPolicy.policy).toBe('on_platform_required');
    const zoom = "Let's do the interview on Zoom instead";
    const without = await post(ev.message('j-fl', 'j-cl', zoom));
    const withJob = await post(event('message.sent', 'j-fl', { messageId: 'j-m2', recipientId: 'j-cl', text: zoom, jobId: 'j-1' }));
    expect(without.decision.policies.flatMap((p: { matched: { rule: string }[] }) => p.matched.map((m) => m.rule))).not.toContain('interview-outside-required');
    expect(withJob.decision.policies.flatMap((p: { matched: { rule: string }[] }) => p.matched.map((m) => m.rule))).toContain('interview-outside-required');
    expect(withJob.decision.outcome).toBe('hold');
    // Through the proposal it belongs to, the same.
    await post(event('proposal.submitted', 'j-fl', { proposalId: 'j-p', jobId: 'j-1', clientId: 'j-cl', text: 'I can design it.' }));
    const viaProposal = await post(event('message.sent', 'j-fl', { messageId: 'j-m3', recipientId: 'j-cl', text: zoom, proposalId: 'j-p' }));
    expect(viaProposal.decision.outcome).toBe('hold');
    // After a contract on that job, sharing contact details is fine.
    await post(event('contract.started', 'j-cl', { contractId: 'j-k', jobId: 'j-1', clientId: 'j-cl', freelancerId: 'j-fl', kind: 'fixed' }));
    const contact = await post(event('message.sent', 'j-fl', { messageId: 'j-m4', recipientId: 'j-cl', text: 'my number is +44 7911 123456', jobId: 'j-1' }));
    expect(contact.decision.outcome).toBe('allow');
    const bad = await w.call('POST', '/v1/events', event('message.sent', 'j-fl', { messageId: 'j-m5', recipientId: 'j-cl', text: 'x', jobId: '' }));
    expect(bad.status).toBe(400);
    expect(bad.body.invalidParams[0].pointer).toBe('/data/jobId');
  });

  it('an appeal is a conversation: the user adds evidence, a reviewer asks, the user answers; the reviewer’s question is a notice in the user’s language', async () => {
    await post(ev.registered('a-fl', 'freelancer', { locale: 'pt-BR' }, daysAgo(30)));
    const warn = await w.call('POST', '/v1/actions', { accountId: 'a-fl', type: 'warning', policy: 'contact-sharing', reason: 'shared a phone number' });
    const ap = await w.call('POST', '/v1/appeals', { accountId: 'a-fl', actionId: warn.body.action.id, text: 'He is my client already.' });
    expect(ap.status).toBe(201);
    const ev1 = await w.call('POST', `/v1/appeals/${ap.body.id}/statements`, {
      kind: 'evidence',
      text: 'Contract 881 started last month.',
      attachments: [{ name: 'contract.pdf' }],
    });
    expect(ev1.status, JSON.stringify(ev1.body)).toBe(201);
    const q = await w.call('POST', `/v1/appeals/${ap.body.id}/questions`, { kind: 'question', text: 'Which contract is it?' });
    expect(q.status).toBe(201);
    expect(q.body.awaitingUser).toBe(true);
    const standing = (await w.call('GET', '/v1/accounts/a-fl/standing')).body;
    const asked = standing.notices.find((n: { kind: string }) => n.kind === 'appeal_question');
    expect(asked.locale).toBe('pt');
    expect(asked.text).toContain('Which contract is it?');
    expect(asked.text).toContain('Dados de contato e pagamentos');
    // The user answers through the signed standing link.
    const link = await w.call('POST', '/v1/accounts/a-fl/standing-link', {});
    const answer = await w.call('POST', `/v1/standing/${link.body.token}/appeals/${ap.body.id}/messages`, { kind: 'answer', text: 'Contract 881.' }, null);
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    expect(answer.body.awaitingUser).toBe(false);
    const full = (await w.call('GET', `/v1/appeals/${ap.body.id}`)).body;
    expect(full.messages.map((m: { author: string; kind: string }) => `${m.author}:${m.kind}`)).toEqual(['user:evidence', 'reviewer:question', 'user:answer']);
    // A user may not ask questions, and a reviewer may not speak for the user.
    expect((await w.call('POST', `/v1/appeals/${ap.body.id}/statements`, { kind: 'question', text: 'x' })).status).toBe(400);
    // Someone else's link cannot write to this appeal.
    await post(ev.registered('a-other', 'freelancer', {}, daysAgo(30)));
    const other = await w.call('POST', '/v1/accounts/a-other/standing-link', {});
    expect((await w.call('POST', `/v1/standing/${other.body.token}/appeals/${ap.body.id}/messages`, { kind: 'answer', text: 'x' }, null)).status).toBe(404);
    await w.call('POST', `/v1/appeals/${ap.body.id}/decide`, { outcome: 'overturned', reason: 'existing client' });
    const closed = await w.call('POST', `/v1/appeals/${ap.body.id}/statements`, { kind: 'statement', text: 'thanks' });
    expect(closed.status).toBe(409);
    expect(closed.body.code).toBe('AppealDecided');
  });

  it('both sides of an off-platform ask: the asker is the main actor, the answer is not struck, a refusal is never penalised', async () => {
    await post(ev.registered('k-cl', 'client', {}, daysAgo(30)));
    await post(ev.registered('k-fl', 'freelancer', {}, daysAgo(30)));
    await post(ev.registered('k-fl2', 'freelancer', {}, daysAgo(30)));
    const ask = await post(ev.message('k-cl', 'k-fl', 'Can you send me your WhatsApp number so we can talk there instead?'));
    expect(ask.decision.signals.map((x: { type: string }) => x.type)).toContain('offplatform.solicitation');
    const share = await post(ev.message('k-fl', 'k-cl', 'Sure, it is +44 7911 123456'));
    expect(share.decision.outcome).toBe('mask');
    const strikes = share.decision.effects.filter((e: { kind: string; status: string }) => e.kind === 'strike' && e.status === 'done');
    expect(strikes).toHaveLength(1);
    expect(strikes[0].detail.accountId).toBe('k-cl');
    const byAccount = async (id: string) => (await w.ctx.db.selectFrom('enforcement_strikes').select('id').where('account_id', '=', id).execute()).length;
    expect(await byAccount('k-cl')).toBe(1);
    expect(await byAccount('k-fl')).toBe(0);
    // A second answer to the same request is the same incident for the asker: no second strike.
    await post(ev.message('k-fl', 'k-cl', 'or mail me at kfl.dev@gmail.com'));
    expect(await byAccount('k-cl')).toBe(1);
    // A refusal is never penalised, whatever words it uses.
    await post(ev.message('k-cl', 'k-fl2', 'Add me on WhatsApp, we move there'));
    const refusal = await post(ev.message('k-fl2', 'k-cl', 'No thanks, I keep all talk here on the platform, not on WhatsApp.'));
    expect(refusal.decision.effects.filter((e: { status: string }) => e.status === 'done')).toEqual([]);
    expect(await byAccount('k-fl2')).toBe(0);
  });
});
