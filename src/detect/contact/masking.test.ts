import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Signal } from '../types.ts';
import { MASK, maskText } from './index.ts';
import { caseMasker, maskQuote, maskSubject, storedSpans, subjectSpans, type TextSpan } from './masking.ts';

const MESSAGE = "Hi Sam! Let's skip the fees: pay me via PayPal and write to me at jane.doe.design@gmail.com so we can start today.";
const at = (text: string, part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });

describe('subjectSpans', () => {
  it('keeps stored signals that quote this text and adds the contact details the detector finds', () => {
    const stored = [
      { type: 'offplatform.payment_outside', strength: 'strong', ...at(MESSAGE, 'pay me via PayPal'), text: 'pay me via PayPal' },
      // Quotes another field: its offsets mean nothing here.
      { type: 'spam.link', strength: 'weak', start: 0, end: 5, text: 'Buy now' },
      { type: 'broken', start: 'x', end: 3 },
    ];
    const spans = subjectSpans(MESSAGE, stored);
    expect(spans).toContainEqual({ type: 'offplatform.payment_outside', ...at(MESSAGE, 'pay me via PayPal') });
    expect(spans).toContainEqual({ type: 'contact.email', ...at(MESSAGE, 'jane.doe.design@gmail.com') });
    expect(spans.some((s) => s.type === 'spam.link' || s.type === 'broken')).toBe(false);
  });

  it('drops spans outside the text or empty', () => {
    expect(
      storedSpans('short', [
        { type: 'contact.email', start: 2, end: 40 },
        { type: 'contact.email', start: 3, end: 3 },
      ]),
    ).toEqual([]);
  });
});

describe('maskSubject', () => {
  it('hides the e-mail address and re-indexes every highlight into the masked text', () => {
    const m = maskSubject(MESSAGE, subjectSpans(MESSAGE, []));
    expect(m.text).toBe("Hi Sam! Let's skip the fees: pay me via PayPal and write to me at [contact hidden] so we can start today.");
    expect(m.hidden).toBe(1);
    for (const s of m.spans) {
      if (s.type.startsWith('contact.')) expect(m.text.slice(s.start, s.end)).toBe(MASK);
    }
    const pay = maskSubject(MESSAGE, [
      { type: 'offplatform.payment_outside', ...at(MESSAGE, 'pay me via PayPal') },
      { type: 'contact.email', ...at(MESSAGE, 'jane.doe.design@gmail.com') },
    ]);
    const outside = pay.spans.find((s) => s.type === 'offplatform.payment_outside') as TextSpan;
    expect(pay.text.slice(outside.start, outside.end)).toBe('pay me via PayPal');
  });

  it('stretches a span that reaches into a hidden detail over its whole mask', () => {
    const text = 'write to me at jo@example.com today';
    const m = maskSubject(text, [
      { type: 'offplatform.solicitation', start: 0, end: text.indexOf('@') },
      { type: 'contact.email', ...at(text, 'jo@example.com') },
    ]);
    const sol = m.spans.find((s) => s.type === 'offplatform.solicitation') as TextSpan;
    expect(m.text.slice(sol.start, sol.end)).toBe(`write to me at ${MASK}`);
  });

  const textAndSpans = fc.string({ maxLength: 60 }).chain((text) =>
    fc.tuple(
      fc.constant(text),
      fc.array(
        fc
          .tuple(fc.nat({ max: text.length }), fc.nat({ max: text.length }), fc.constantFrom('contact.email', 'contact.phone', 'offplatform.solicitation'))
          .map(([a, b, type]) => ({ type, start: Math.min(a, b), end: Math.max(a, b) })),
        { maxLength: 6 },
      ),
    ),
  );

  it('masks exactly as the detector’s maskText does, and every span stays inside the masked text', () => {
    fc.assert(
      fc.property(textAndSpans, ([text, spans]) => {
        const m = maskSubject(text, spans);
        const contacts = spans.filter((s) => s.type.startsWith('contact.')).map((s): Signal => ({ ...s, strength: 'strong', score: 1 }));
        expect(m.text).toBe(maskText(text, contacts));
        for (const s of m.spans) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(m.text.length);
          expect(s.end).toBeGreaterThan(s.start);
          if (s.type.startsWith('contact.')) expect(m.text.slice(s.start, s.end).replaceAll(MASK, '')).toBe('');
        }
      }),
    );
  });

  it('keeps the text of a span that touches no hidden detail', () => {
    fc.assert(
      fc.property(textAndSpans, ([text, spans]) => {
        const m = maskSubject(text, spans);
        const contacts = spans.filter((s) => s.type.startsWith('contact.'));
        for (const s of spans) {
          if (s.type.startsWith('contact.') || s.end <= s.start) continue;
          if (contacts.some((c) => c.end > c.start && c.start <= s.end && c.end >= s.start)) continue;
          expect(m.spans.some((x) => x.type === s.type && m.text.slice(x.start, x.end) === text.slice(s.start, s.end))).toBe(true);
        }
      }),
    );
  });
});

describe('maskQuote', () => {
  it('masks a signal’s quote from the subject’s spans, or by detection when it quotes something else', () => {
    const contacts = subjectSpans(MESSAGE, []).filter((s) => s.type.startsWith('contact.'));
    const email = at(MESSAGE, 'jane.doe.design@gmail.com');
    expect(maskQuote(MESSAGE, contacts, 'jane.doe.design@gmail.com', email.start, email.end)).toBe(MASK);
    const phrase = at(MESSAGE, 'write to me at jane.doe.design@gmail.com');
    expect(maskQuote(MESSAGE, contacts, 'write to me at jane.doe.design@gmail.com', phrase.start, phrase.end)).toBe(`write to me at ${MASK}`);
    expect(maskQuote(null, [], 'mail bob.smith@gmail.com now')).toBe(`mail ${MASK} now`);
    expect(maskQuote(MESSAGE, contacts, 'pay me via PayPal', 29, 46)).toBe('pay me via PayPal');
  });
});

describe('caseMasker', () => {
  const LATER = 'Still there? Reach me at 07700 900872 and pay directly.';
  const phone = at(LATER, '07700 900872');
  const payment = at(LATER, 'pay directly');

  it('masks the signals of a message that joined the case from that message, not the subject', () => {
    const signals = [
      { type: 'contact.phone', strength: 'strong', ...phone, text: '07700 900872' },
      { type: 'offplatform.payment_outside', strength: 'medium', start: 13, end: payment.end, text: LATER.slice(13, payment.end) },
    ];
    const m = caseMasker({ subjectText: MESSAGE, signals, decisions: [{ signals, context: { subjectText: LATER } }] });
    expect(m.subject?.text).toBe(MESSAGE.replace('jane.doe.design@gmail.com', MASK));
    const out = m.signals(signals);
    expect(out[0].text).toBe(MASK);
    expect(out[1].text).toBe(`Reach me at ${MASK} and pay directly`);
    expect(m.context({ subjectText: LATER, account: 'fl-1' })).toEqual({ subjectText: LATER.replace('07700 900872', MASK), account: 'fl-1' });
  });

  it('hides a contact signal’s quote whole, and the part of a detail split over two messages kept in its evidence', () => {
    const m = caseMasker({ subjectText: null, signals: [], decisions: [] });
    const split = { type: 'contact.phone', strength: 'strong', start: 0, end: 6, text: '900872', evidence: { acrossMessages: { previousPart: '07700' } } };
    expect(m.signal(split)).toEqual({ ...split, text: MASK, evidence: { acrossMessages: { previousPart: MASK } } });
    const other = { type: 'spam.link', strength: 'weak', evidence: { domain: 'example.test' } };
    expect(m.signal(other)).toEqual(other);
  });
});
