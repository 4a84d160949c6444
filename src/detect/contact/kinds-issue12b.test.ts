// Kinds fixed after blind set 5's first run (issue 12): each test is a new sentence written for
// the kind, never one of an evaluation set's.
import { describe, expect, it } from 'vitest';
import { detectContact, maskText } from './detect-contact.ts';

const types = (text: string, locale = 'en', platform?: { domains?: string[]; addresses?: string[] }) =>
  new Set(detectContact({ text, locale, platform }).map((s) => s.type));
const masked = (text: string, locale = 'en') => {
  const signals = detectContact({ text, locale });
  return maskText(
    text,
    signals.filter((s) => s.type.startsWith('contact.')),
  );
};

describe('payment accounts by structure', () => {
  it('a Luhn-valid card number named as a card is a payment handle; the same digits as an order are not', () => {
    const t = types('wire the advance to my card 4539 5781 2356 4418 please');
    expect(t.has('contact.payment_handle')).toBe(true);
    expect(t.has('offplatform.payment_outside')).toBe(true);
    expect(types('order 4539 5781 2356 4418 has shipped').has('contact.payment_handle')).toBe(false);
    // Fails the Luhn check: not a card.
    expect(types('my card 4539 5781 2356 4414').has('contact.payment_handle')).toBe(false);
  });

  it('a UPI address is a payment handle, not an e-mail', () => {
    const t = types('pay via UPI to rahul.k@oksbi before Friday');
    expect(t.has('contact.payment_handle')).toBe(true);
    expect(t.has('contact.email')).toBe(false);
  });

  it('a Pix key given as a valid CPF is a payment handle', () => {
    expect(types('minha chave pix é o cpf 529.982.247-25, pode mandar o adiantamento', 'pt').has('contact.payment_handle')).toBe(true);
    // Check digits wrong: not a CPF.
    expect(types('minha chave pix é o cpf 529.982.247-26', 'pt').has('contact.payment_handle')).toBe(false);
  });
});

describe('numbers split over lines and emoji digits', () => {
  it('joins fragments on number-only lines and masks every fragment', () => {
    const text = 'call me\n0 7 8\n23 419\n652 thanks';
    expect(types(text).has('contact.phone')).toBe(true);
    expect(masked(text)).not.toMatch(/\d/);
  });

  it('leaves a list of short numbers alone', () => {
    expect(types('steps:\n1\n2\n3\n4\n5\n6\n7').has('contact.phone')).toBe(false);
  });

  it('masks keycap digits whole (no keycap mark left behind)', () => {
    const text = 'call 9️⃣8️⃣4️⃣1️⃣0️⃣ 5️⃣5️⃣2️⃣1️⃣3️⃣ now';
    expect(types(text, 'hi').has('contact.phone')).toBe(true);
    const m = masked(text, 'hi');
    expect(m).not.toMatch(/[\u20e3\ufe0f\d]/);
  });
});

describe("the marketplace's own addresses are a setting", () => {
  it('exempts the configured domains and addresses only', () => {
    const text = 'write to refunds@acme-market.io if the payment fails';
    expect(types(text).has('contact.email')).toBe(true);
    expect(types(text, 'en', { domains: ['acme-market.io'] }).has('contact.email')).toBe(false);
    const desk = 'our help desk is care@deskly-support.com';
    expect(types(desk, 'en', { domains: ['acme-market.io'], addresses: ['care@deskly-support.com'] }).has('contact.email')).toBe(false);
    // A deployment's own list replaces the defaults: another marketplace's address is a way out there.
    expect(types('ping me at sales@fiverr.com', 'en', { domains: ['acme-market.io'] }).has('contact.email')).toBe(true);
  });
});

describe('meetings, pointers, refusals, codes', () => {
  it('reads a call on an outside tool with a short word between, not "teams" as people', () => {
    expect(types('zullen we morgen bellen via Teams om tien uur', 'nl').has('offplatform.interview_outside')).toBe(true);
    expect(types('my teams are busy, meeting at noon').has('offplatform.interview_outside')).toBe(false);
  });

  it('reads a number announced in parts as a pointer', () => {
    expect(types('you get half of the digits now and the rest in my next message').has('offplatform.solicitation')).toBe(true);
  });

  it('does not read a refused outside payment as paying outside', () => {
    expect(types('someone wanted a signup fee through Zelle, I refused and reported the account').has('offplatform.payment_outside')).toBe(false);
  });

  it('does not read a Dutch order number as a phone', () => {
    expect(types('bestelnummer 5512-30981-4 is verzonden', 'nl').has('contact.phone')).toBe(false);
  });

  it('ties an @handle to a messenger named in another script', () => {
    expect(types('در تلگرام پیام بده، آیدی من @reza_dev77 است', 'fa').has('contact.handle')).toBe(true);
  });
});
