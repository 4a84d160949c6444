import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseKind, runScreen } from './screen.ts';

async function screen(lines: object[], kind?: Parameters<typeof runScreen>[3]) {
  const out: string[] = [];
  await runScreen(Readable.from(lines.map((l) => `${JSON.stringify(l)}\n`)), (l) => out.push(l), undefined, kind);
  return out.map((l) => JSON.parse(l) as { id: string; signals: { type: string }[] });
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
    for (const r of (await screen(lines)) as { id: string; outcome: string; signals: { type: string }[] }[]) {
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
    for (const r of (await screen(lines)) as { id: string; outcome: string; signals: { type: string }[] }[]) {
      expect(r.outcome, r.id).toBe('allow');
      expect(
        r.signals.filter((s) => s.type.startsWith('scam.')).map((s) => s.type),
        r.id,
      ).toEqual([]);
    }
  });
});
