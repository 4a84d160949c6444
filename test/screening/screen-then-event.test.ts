// A marketplace screens a message with POST /v1/screen before delivering it, then reports the
// delivered message as a message.sent event. Warden judges that content once: the event takes
// the screen call's decision (no second count, strike, notice or case), and the account the
// screen call judged has a standing page like any other.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { event } from '../helpers/events.ts';
import { backends, startTestWarden, type TestWarden } from '../helpers/warden.ts';

const TEXTS = ['my whatsapp is +55 11 91234-5678', 'email me: fls.dev@gmail.com', 'telegram: t.me/flsdev', 'call me on +44 7911 123456'];
const message = (from: string, to: string, text: string, messageId: string) => event('message.sent', from, { messageId, recipientId: to, text });

for (const backend of await backends()) {
  describe(`screen, then the event for the same message (${backend})`, () => {
    let w: TestWarden;
    beforeAll(async () => {
      w = await startTestWarden(backend);
    });
    afterAll(() => w?.close());

    const decisionsOf = async (accountId: string) =>
      Number(
        (
          await w.ctx.db
            .selectFrom('decisions')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('account_id', '=', accountId)
            .executeTakeFirstOrThrow()
        ).n,
      );

    it('an account judged only through /v1/screen has a standing, accounts and strikes', async () => {
      const screened = [];
      for (const text of TEXTS) {
        const r = await w.call('POST', '/v1/screen', { text, senderId: 'fl-s', recipientId: 'cl-s' });
        expect(r.status).toBe(200);
        screened.push(r.body);
      }
      const kinds = screened.flatMap((r) => r.effects ?? []).map((e: { kind: string }) => e.kind);
      expect(kinds).toContain('strike');
      const standing = await w.call('GET', '/v1/accounts/fl-s/standing');
      expect(standing.status).toBe(200);
      expect(standing.body.strikes.points).toBeGreaterThan(0);
      expect((await w.call('GET', '/v1/accounts/cl-s')).status).toBe(200);
    });

    /** What the sender's sending left behind: fingerprints recorded and the message tail kept (screening's sendingSql). */
    const sendingOf = async (accountId: string) => ({
      fingerprints: Number(
        (
          await w.ctx.db
            .selectFrom('content_fingerprints')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('account_id', '=', accountId)
            .executeTakeFirstOrThrow()
        ).n,
      ),
      tails: await w.ctx.db.selectFrom('screening_message_tails').select(['recipient_id', 'tail', 'sent_at']).where('sender_id', '=', accountId).execute(),
    });

    it('the message.sent events for the screened texts take those decisions: nothing counted or struck twice', async () => {
      const before = (await w.call('GET', '/v1/accounts/fl-s/standing')).body;
      const decided = await decisionsOf('fl-s');
      const sent = await sendingOf('fl-s');
      expect(sent.fingerprints).toBe(TEXTS.length);
      for (const [i, text] of TEXTS.entries()) {
        const r = await w.call('POST', '/v1/events', message('fl-s', 'cl-s', text, `m-${i}`));
        expect(r.status).toBe(201);
        expect(r.body.decision.outcome).toBe('mask');
        expect(r.body.decision.decisionId).toBeDefined();
      }
      expect(await decisionsOf('fl-s')).toBe(decided);
      // The screen calls recorded the sending; the events taking their decisions record nothing more.
      expect(await sendingOf('fl-s')).toEqual(sent);
      const after = (await w.call('GET', '/v1/accounts/fl-s/standing')).body;
      expect(after.strikes).toEqual(before.strikes);
      expect(after.notices).toHaveLength(before.notices.length);
      // The decision now names the event's message.
      const linked = await w.ctx.db.selectFrom('decisions').select(['subject_id', 'event_id']).where('account_id', '=', 'fl-s').execute();
      expect(linked.map((d) => d.subject_id).sort()).toEqual(['m-0', 'm-1', 'm-2', 'm-3']);
      expect(linked.every((d) => d.event_id)).toBe(true);
    });

    it('an event is linked once: a second message with the same text, and any other text, are judged', async () => {
      const decided = await decisionsOf('fl-s');
      const again = await w.call('POST', '/v1/events', message('fl-s', 'cl-s', TEXTS[0], 'm-again'));
      const other = await w.call('POST', '/v1/events', message('fl-s', 'cl-s', 'my signal is +1 415 555 0132', 'm-other'));
      expect(again.status).toBe(201);
      expect(other.status).toBe(201);
      expect(await decisionsOf('fl-s')).toBe(decided + 2);
    });

    it('with contentId the event is matched by its id when it delivers the same text (spacing aside)', async () => {
      const screen = await w.call('POST', '/v1/screen', { text: 'ping me at +49 1512 3456789', senderId: 'fl-c', recipientId: 'cl-c', contentId: 'mc-1' });
      const ev = await w.call('POST', '/v1/events', message('fl-c', 'cl-c', ' ping me at  +49 1512 3456789 ', 'mc-1'));
      expect(ev.body.decision.decisionId).toBe(screen.body.decisionId);
      expect(await decisionsOf('fl-c')).toBe(1);
      // One description of the rule: the event's reply describes it as the screen reply did
      // (the rule's text and its own outcome, not its id and the policy's outcome).
      expect(screen.body.policies.length).toBeGreaterThan(0);
      expect(ev.body.decision.policies).toEqual(screen.body.policies);
      for (const m of screen.body.policies.flatMap((p: { matched: { rule: string; description: string }[] }) => p.matched))
        expect(m.description).not.toBe(m.rule);
    });

    it('a different text under a screened contentId is judged again, both ways', async () => {
      // Screened harmless, delivered with contact details: the contact must be found.
      const clean = await w.call('POST', '/v1/screen', { text: 'hello there, nice to meet you', senderId: 'fl-x', recipientId: 'cl-x', contentId: 'mx-1' });
      expect(clean.body.outcome).toBe('allow');
      const swapped = await w.call('POST', '/v1/events', message('fl-x', 'cl-x', 'my whatsapp is +44 7911 654321, talk there', 'mx-1'));
      expect(swapped.body.decision.decisionId).not.toBe(clean.body.decisionId);
      expect(swapped.body.decision.outcome).not.toBe('allow');
      // Screened with contact details, delivered harmless: the old masks must not fall on the new text.
      const contact = await w.call('POST', '/v1/screen', { text: 'my skype is bob.builder77', senderId: 'fl-x', recipientId: 'cl-x', contentId: 'mx-2' });
      expect(contact.body.outcome).not.toBe('allow');
      const innocent = await w.call('POST', '/v1/events', message('fl-x', 'cl-x', 'hello there, nice to meet you', 'mx-2'));
      expect(innocent.body.decision.decisionId).not.toBe(contact.body.decisionId);
      expect(innocent.body.decision.outcome).toBe('allow');
    });

    it('a dry run records nothing, so the event is judged', async () => {
      await w.call('POST', '/v1/screen', { text: 'viber +44 7911 123999', senderId: 'fl-d', recipientId: 'cl-d', dryRun: true });
      const ev = await w.call('POST', '/v1/events', message('fl-d', 'cl-d', 'viber +44 7911 123999', 'md-1'));
      expect(ev.status).toBe(201);
      expect(await decisionsOf('fl-d')).toBe(1);
    });
  });
}
