import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { evaluateDecision } from '../policy/decide.ts';
import { unknownContext } from '../screening/context.ts';
import { parseKind, runScreen, shippedPolicySet } from './screen.ts';

async function screen(lines: object[], kind?: Parameters<typeof runScreen>[3]) {
  const out: string[] = [];
  await runScreen(Readable.from(lines.map((l) => `${JSON.stringify(l)}\n`)), (l) => out.push(l), undefined, kind);
  return out.map((l) => JSON.parse(l) as { id: string; outcome: string; signals: { type: string; start?: number; end?: number }[] });
}

// Worded for this test: bulk SMS spam, which the message-spam model knows and job posts are never judged by.
const spam = 'FREE entry!! Text WIN to 80123 now to claim your £500 shopping voucher. T&Cs apply, stop to opt out.';

describe('warden screen --kind', () => {
  it('judges lines without a kind as the default kind, and a line kind wins', async () => {
    const [asMessage] = await screen([{ id: 'a', text: spam }]);
    const [asJob, named] = await screen(
      [
        { id: 'b', text: spam, job: { company: { hasLogo: false }, remote: true } },
        { id: 'c', text: spam, kind: 'message' },
      ],
      'job',
    );
    expect(asMessage.signals.map((s) => s.type)).toContain('spam.content');
    expect(asJob.signals.map((s) => s.type)).not.toContain('spam.content');
    expect(named.signals.map((s) => s.type)).toContain('spam.content');
  });

  it('accepts only the four kinds', () => {
    expect(parseKind('job')).toBe('job');
    expect(parseKind('email')).toBeUndefined();
    expect(parseKind(undefined)).toBeUndefined();
  });
});

// Issue 11: crypto and forex schemes promising fixed or multiplied returns for a deposit were
// allowed; honest guarantees (delivery, satisfaction), invoices and fintech ads must stay allowed.
describe('warden screen: investment fraud', () => {
  it('holds promised returns for a deposit, in several languages, and names the kind', async () => {
    const lines = [
      'Our quant bot trades the spread between exchanges: 4% every week, no losses. Send 200 USDT to join.',
      'Put 0.02 BTC into the pool tonight and it is doubled within 5 days.',
      'VIP signal channel: we guarantee daily profits, minimum deposit $150.',
      'Invierte 300 USDT en nuestro bot y gana un 6% diario, beneficios garantizados.',
      'Вложите 150 USDT и получайте гарантированный доход 5% в день.',
    ].map((text, i) => ({ id: `s${i}`, text }));
    for (const r of await screen(lines)) {
      expect(r.outcome, r.id).toBe('hold');
      expect(
        r.signals.map((s) => s.type),
        r.id,
      ).toContain('scam.investment_fraud');
    }
  });

  it('allows honest guarantees, invoices and fintech job ads', async () => {
    const lines = [
      'Guaranteed delivery within 3 days for orders placed before Thursday.',
      'I guarantee 100% satisfaction: revisions are free until you approve.',
      'Invoice 311: two illustrations, total $260, payable within 14 days.',
      'Fintech team hiring a TypeScript developer for our crypto payments API, full-time, remote.',
    ].map((text, i) => ({ id: `h${i}`, text }));
    for (const r of await screen(lines)) {
      expect(r.outcome, r.id).toBe('allow');
      expect(
        r.signals.filter((s) => s.type.startsWith('scam.')).map((s) => s.type),
        r.id,
      ).toEqual([]);
    }
  });
});

// The contact-intent model in screening (learned/index.ts detectContactIntent), with sentences
// written for this test: everyday chat passes; an ask no rule finds is read by the model and
// nudged, never more (its signal is weak: the shipped payment rule holds only at medium); job
// posts are not read by it.
describe('warden screen: the contact-intent model', () => {
  it('lets everyday greetings and thanks through, in several languages', async () => {
    const lines = [
      'Hi there, lovely to meet you.',
      'Buenas, un gusto saludarte. ¿Cómo va todo?',
      'Moin! Schön, dass es geklappt hat.',
      'こんにちは、今日もよろしくお願いします。',
      '안녕하세요, 반가워요!',
      'Merci pour le fichier, je regarde ça ce soir.',
      'Olá, tudo bem? Vi sua proposta agora.',
    ].map((text, i) => ({ id: `e${i}`, text }));
    for (const r of await screen(lines)) {
      expect(r.outcome, r.id).toBe('allow');
      expect(r.signals, r.id).toEqual([]);
    }
  });

  it('nudges an ask to move that only the model reads, and leaves job posts to the rules', async () => {
    const text = 'Could we continue in private?';
    const [message, proposal] = await screen([
      { id: 'm', text },
      { id: 'p', text, kind: 'proposal' },
    ]);
    for (const r of [message, proposal]) {
      expect(r.outcome).toBe('nudge');
      expect(r.signals.map((s) => s.type)).toEqual(['offplatform.solicitation']);
      expect(r.signals[0].end ?? 0).toBeLessThanOrEqual(text.length);
    }
    const [job] = await screen([{ id: 'j', text }], 'job');
    expect(job.signals).toEqual([]);
  });
});

describe('the contact-intent fairness gate against the shipped policies', () => {
  it('one weak intent signal, the most the model alone reports, is never held: payment outside is held at medium', () => {
    const decide = (strength: 'weak' | 'medium') =>
      evaluateDecision(
        shippedPolicySet(),
        {
          subject: { type: 'message', id: 'x' },
          kind: 'message',
          signals: [{ type: 'offplatform.payment_outside', strength, score: 0.95, start: 0, end: 4, evidence: { model: 'contact-intent' } }],
          context: unknownContext(),
        },
        {},
      ).combined.outcome;
    expect(decide('weak')).not.toBe('hold');
    expect(decide('medium')).toBe('hold');
  });
});
