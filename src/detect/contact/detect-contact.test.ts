import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectContact, MASK, maskText } from './detect-contact.ts';
import { isScopingAccessRequest } from './scoping.ts';

const types = (text: string, extra: { locale?: string; country?: string } = {}) => [...new Set(detectContact({ text, ...extra }).map((s) => s.type))].sort();

describe('detectContact: identifiers', () => {
  it.each([
    ['mail me: john.smith@gmail.com', 'contact.email'],
    ['john at gmail dot com', 'contact.email'],
    ['juan arroba gmail punto com', 'contact.email'],
    ['ivan собака mail точка ru', 'contact.email'],
    ['j o h n @ g m a i l . c o m', 'contact.email'],
    ['anna(at)web(dot)de', 'contact.email'],
  ])('e-mail: %s', (text, type) => expect(types(text)).toContain(type));

  it.each([
    ['+44 7911 123456', {}],
    ['my number is five five five eight two three four five six seven', {}],
    ['06 12 34 56 78', { country: 'FR' }],
    ['+7 9I6 l23-45-67', {}],
    ['٠٧٩١١ ١٢٣٤٥٦', { country: 'GB' }],
  ])('phone: %s', (text, extra) => expect(types(text, extra)).toContain('contact.phone'));

  it.each([
    ['wa.me/447911123456', 'contact.handle'],
    ['my telegram is @john_dev99', 'contact.handle'],
    ['add me: live:.cid.12ab34cd', 'contact.handle'],
    ['https://us05web.zoom.us/j/81234567890', 'contact.handle'],
    ['meet.google.com/abc-defg-hij', 'contact.handle'],
    ['calendly.com/john/30min', 'contact.handle'],
    ['discord.gg/devhub42', 'contact.handle'],
    ['linkedin.com/in/john-smith-123', 'contact.link'],
    ['my instagram @john.photos', 'contact.link'],
    ['paypal.me/johnsmith', 'contact.payment_handle'],
    ['BTC: 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa', 'contact.payment_handle'],
    ['bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', 'contact.payment_handle'],
    ['USDT TRC20 TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE', 'contact.payment_handle'],
    ['IBAN DE89 3704 0044 0532 0130 00', 'contact.payment_handle'],
    ['my PayPal is sarah.k@gmail.com', 'contact.payment_handle'],
  ])('%s -> %s', (text, type) => expect(types(text)).toContain(type));

  it('rejects checksum-broken wallets', () => {
    expect(types('BTC: 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb')).toEqual([]);
    expect(types('IBAN DE89 3704 0044 0532 0130 01')).toEqual([]);
  });
});

describe('detectContact: intent', () => {
  it.each([
    ["what's your WhatsApp?", 'offplatform.solicitation'],
    ['send me your number', 'offplatform.solicitation'],
    ["let's take this off the platform", 'offplatform.solicitation'],
    ['add me on skype', 'offplatform.solicitation'],
    ['¿me pasas tu número?', 'offplatform.solicitation'],
    ['скиньте свой телеграм', 'offplatform.solicitation'],
    ['pay me directly to skip the fee', 'offplatform.payment_outside'],
    ['I can pay via PayPal outside', 'offplatform.payment_outside'],
    ['avoid Upwork fees', 'offplatform.payment_outside'],
    ['Ich zahle dir direkt per PayPal', 'offplatform.payment_outside'],
    ["let's do the interview on Zoom", 'offplatform.interview_outside'],
    ['Entretien sur Zoom demain ?', 'offplatform.interview_outside'],
  ])('%s -> %s', (text, type) => expect(types(text)).toContain(type));
});

describe('detectContact: hard negatives', () => {
  it.each([
    'I need a Telegram bot that posts orders to a channel.',
    'WhatsApp Business API integration with our CRM.',
    'We use the Zoom SDK for in-app calls.',
    "Let's use the Upwork video call for the interview.",
    "Sorry, I can't share my phone before a contract.",
    'Use test@example.com for the staging login.',
    'Order #88213945 was refunded on 2024-03-02.',
    'Ticket ID 4829301847 is in the backlog.',
    'Version v1.2.3 and ISBN 978-3-16-148410-0.',
    'Budget is $1,500 fixed, invoice total 1,250.00 EUR.',
    'Coordinates: 40.712776, -74.005974.',
    'git clone git@github.com:acme/webapp.git',
    'The meeting is at 14:30 on 12/06/2024 here on the platform.',
    'Oplata вне платформы запрещена.',
    "I won't take payments outside the platform.",
    'The client asked me to move to WhatsApp, is that allowed?',
    'icon@2x.png is in the assets folder.',
  ])('%s', (text) => expect(types(text, { locale: 'en' })).toEqual([]));
});

// Honest job ads (issue 11): a duty, a qualification or a benefit is not a request to the reader.
// Worded afresh, so each checks a kind of false positive rather than one sentence.
describe('detectContact: honest job-ad wording', () => {
  it.each([
    ['a word that starts with an app name', 'You will craft pixel-perfect screens and a clean design system.'],
    ['direct collaboration with a role', 'As our first designer you will work directly with the founders and the product team.'],
    ['phone calls as a duty', 'Office assistant: answer and forward phone calls, greet guests and sort the mail.'],
    ['phone calls refused in an application instruction', 'Apply through this posting only; phone calls will not be returned.'],
  ])('%s', (_, text) => expect(types(text, { locale: 'en' })).toEqual([]));

  it.each([
    ["let's work directly, I will pay you by bank transfer", 'offplatform.payment_outside'],
    ['my pix: joao.silva99', 'contact.payment_handle'],
    ["let's do a quick phone call tomorrow instead of chatting here", 'offplatform.interview_outside'],
  ])('still finds %s', (text, type) => expect(types(text, { locale: 'en' })).toContain(type));
});

describe('detectContact: general fixes found on the held-out corpus', () => {
  it.each([
    ['My phone is four one five, seven three one, one three eight nine.', 'en'],
    ['Mi número es seis uno dos, tres cuatro cinco, seis siete ocho.', 'es'],
    ['sıfır beş üç iki, bir iki üç, dört beş, altı yedi numaram', 'tr'],
  ])('reads numbers dictated in comma-separated groups: %s', (text, locale) => {
    expect(types(text, { locale })).toContain('contact.phone');
  });

  it.each([
    'Server IP is 192.168.10.254 and the Postgres port is 5432.',
    'Our VAT number is GB 123 4567 89, please put it on the invoice.',
    'The customer ID is 4481 2290 3375 in our CRM.',
    'NIP firmy: 123-456-32-18.',
    'Номер замовлення 55120934, відправлено 12.04.',
    'Invoice reference RF18 5390 0754 7034 must appear in the footer.',
  ])('leaves IDs, addresses and references alone: %s', (text) => {
    expect(types(text)).toEqual([]);
  });

  it.each([
    ['Ruf mich an: +49 151 23456789', 'offplatform.solicitation', 'de'],
    ['My number is +1 (415) 731-1389, WhatsApp or call.', 'offplatform.solicitation', 'en'],
    ['My PayPal is carlos.design.studio@gmail.com, send the rest there', 'offplatform.payment_outside', 'en'],
    ['IBAN DE89 3704 0044 0532 0130 00, außerhalb der Plattform', 'offplatform.payment_outside', 'de'],
    ['Pay 50% upfront via crypto to wallet 0x742d35Cc6634C0532925a3b844Bc454e4438f44e', 'offplatform.payment_outside', 'en'],
    ['For the interview please message our HR on Telegram @hr_talent_global', 'offplatform.interview_outside', 'en'],
    // LABELLING.md (settled): a meeting or booking link is a call proposed on an outside tool.
    ['Interview link: https://us05web.zoom.us/j/36315906701', 'offplatform.interview_outside', 'en'],
  ])('reads intent around a shared identifier: %s', (text, type, locale) => {
    expect(types(text, { locale })).toContain(type);
  });

  it.each([
    // "…, text anytime" is an imperative ask (LABELLING.md, settled after blind set 11): sharing is the number alone.
    ['my cell is +1 312 683 8394, I am in the office until 6', 'offplatform.solicitation'],
    ['Phone: +1 312 683 8394 (US)', 'offplatform.solicitation'],
    ['BTC: bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq is the address in the README of the donation page', 'offplatform.payment_outside'],
  ])('keeps sharing apart from asking: %s', (text, type) => {
    expect(types(text)).not.toContain(type);
  });

  it('reads an own free-mail account given by user name only', () => {
    const [email] = detectContact({ text: 'Let me give you my gmail: lucas.b.martin' }).filter((s) => s.type === 'contact.email');
    expect(email.text).toBe('gmail: lucas.b.martin');
    expect(types('the outlook - 2024.05 report')).toEqual([]);
  });

  it('reads the French spelled-out at sign', () => {
    expect(types('luc point bernard arobase orange point fr')).toContain('contact.email');
  });
});

describe('detectContact: spans', () => {
  it('reports original offsets including invisible characters inside', () => {
    const text = 'write to joh\u200Bn@gm\u200Bail.com today';
    const [s] = detectContact({ text }).filter((x) => x.type === 'contact.email');
    expect(s.text).toBe('joh\u200Bn@gm\u200Bail.com');
    expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it.each([
    ['email me at john dot smith at gmail dot com', 'john dot smith at gmail dot com'],
    ['my email is r.patel dot work at gmail dot com', 'r.patel dot work at gmail dot com'],
    ['write to anna (dot) lee (at) yahoo (dot) co (dot) uk please', 'anna (dot) lee (at) yahoo (dot) co (dot) uk'],
  ])('covers a local part spelled with dots: %s', (text, address) => {
    const emails = detectContact({ text }).filter((s) => s.type === 'contact.email');
    expect(emails.map((s) => s.text)).toEqual([address]);
  });

  it('does not pull a preceding sentence into a spelled address', () => {
    const [email] = detectContact({ text: 'Thanks. john at gmail dot com' }).filter((s) => s.type === 'contact.email');
    expect(email.text).toBe('john at gmail dot com');
  });

  it('masks identifiers with a readable marker', () => {
    const text = 'Call +44 7911 123456 or john@gmail.com';
    // Only the identifiers are hidden (as screening does): "Call" is the ask, kept readable.
    const masked = maskText(
      text,
      detectContact({ text }).filter((s) => s.type.startsWith('contact.')),
    );
    expect(masked).toBe(`Call ${MASK} or ${MASK}`);
  });
});

describe('detectContact: properties', () => {
  const contactish = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 120 }),
    fc
      .array(
        fc.constantFrom(
          'john',
          '@',
          'gmail',
          '.com',
          ' at ',
          ' dot ',
          '+44 7911 123456',
          'five',
          ' ',
          '\u200B',
          'wa.me/',
          't.me/',
          'whatsapp',
          'pay',
          'directly',
          'your',
          'number',
          'zoom',
          'call',
          'live:',
          '0',
          '7',
        ),
        { maxLength: 25 },
      )
      .map((xs) => xs.join('')),
  );

  it('never throws and keeps spans inside the text', () => {
    fc.assert(
      fc.property(contactish, (text) => {
        for (const s of detectContact({ text })) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeGreaterThan(s.start as number);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(s.text).toBe(text.slice(s.start, s.end));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never reads an identifier across a mask marker (the counterexample fast-check found)', () => {
    const text = 'wa.me/ dot john at gmail';
    const masked = maskText(
      text,
      detectContact({ text }).filter((s) => s.type.startsWith('contact.')),
    );
    expect(masked).toBe(`${MASK} dot john at gmail`);
    expect(detectContact({ text: masked }).filter((s) => s.type.startsWith('contact.'))).toEqual([]);
    // Text beside a marker is still read: the marker is a boundary, not a blindfold.
    expect(detectContact({ text: `${MASK} or mail me at lena.berg@gmail.com` }).map((s) => s.type)).toContain('contact.email');
  });

  it('masking removes every flagged span', () => {
    fc.assert(
      fc.property(contactish, (text) => {
        const signals = detectContact({ text }).filter((s) => s.type.startsWith('contact.'));
        const masked = maskText(text, signals);
        // Every flagged character is gone: what is left is exactly the unflagged text.
        const flagged = new Array<boolean>(text.length).fill(false);
        for (const s of signals) for (let i = s.start as number; i < (s.end as number); i++) flagged[i] = true;
        const kept = text
          .split('')
          .filter((_, i) => !flagged[i])
          .join('');
        expect(masked.split(MASK).join('')).toBe(kept);
        // Re-screening the masked text finds nothing where a marker now stands.
        const markers: [number, number][] = [];
        for (let at = masked.indexOf(MASK); at >= 0; at = masked.indexOf(MASK, at + 1)) markers.push([at, at + MASK.length]);
        for (const s of detectContact({ text: masked }).filter((x) => x.type.startsWith('contact.'))) {
          for (const [a, b] of markers) expect((s.start as number) < b && (s.end as number) > a).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('isScopingAccessRequest', () => {
  it('recognises e-mails shared to grant access', () => {
    expect(isScopingAccessRequest('Please add my email dev.anna@gmail.com to the GitHub repo so I can scope it')).toBe(true);
    expect(isScopingAccessRequest('Share the Google Drive with marco.rossi@libero.it')).toBe(true);
    expect(isScopingAccessRequest('Can you give me access to Google Analytics? my email is x.y@gmail.com')).toBe(true);
  });
  it('does not excuse plain contact sharing', () => {
    expect(isScopingAccessRequest('my email is dev.anna@gmail.com, write me there')).toBe(false);
    expect(isScopingAccessRequest("what's your WhatsApp?")).toBe(false);
  });
});

// Kind: a refusal typed with smart punctuation ("don’t", U+2019) read as the offer it refuses,
// since every word list is written with the ASCII apostrophe; normalize() now folds it.
describe('detectContact: refusals typed with a typographic apostrophe', () => {
  it.each(['Sorry, I don’t take payments outside the platform.', 'We won’t pay outside the milestone, the contract stays here.'])('%s', (text) => {
    expect(detectContact({ text }).map((s) => s.type)).toEqual([]);
    expect(detectContact({ text: text.replaceAll('’', "'") }).map((s) => s.type)).toEqual([]);
  });

  it('an offer typed the same way is still found', () => {
    expect(detectContact({ text: 'I’ll send my number in my next message, it’s blocked here' }).map((s) => s.type)).toContain('offplatform.solicitation');
  });
});

// Kind: Filipino phone numbers dictated with Spanish-derived digits in Tagalog spelling (sero,
// singko, otso …) and asked for with "i-text mo ako" / "mag-text" (blind set 4's Tagalog miss).
describe('detectContact: Filipino number words and text-me words', () => {
  it.each([
    'Pakitext mo na lang ako, sero siyam isa pito, dos singko otso, tres kwatro nuwebe',
    'i-text mo ako sa sero siyam dalawa walo, isa isa tatlo, apat lima anim syete',
    'Mag-text ka sa selpon ko: 0917 555 0199',
  ])('%s', (text) => {
    expect(detectContact({ text }).map((s) => s.type)).toContain('contact.phone');
  });

  it('leaves the iText library and short Tagalog amounts alone', () => {
    expect(detectContact({ text: 'Gamit ko ang iText 7.2.5 para sa PDF export, tapos na ang invoice module' }).map((s) => s.type)).toEqual([]);
    expect(detectContact({ text: 'Siyam na raan lang po ang presyo, otso oras ang trabaho' }).map((s) => s.type)).toEqual([]);
  });
});
