// Issue 12: identifiers found by structure whatever the language, script or separator; intent
// in languages without per-language rules; false positives removed by kind.
import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize/normalize.ts';
import { SYMBOL_WORDS } from '../normalize/symbol-words.ts';
import { detectContact, MASK, maskText } from './detect-contact.ts';

const types = (text: string, locale?: string) => [...new Set(detectContact({ text, locale }).map((s) => s.type))].sort();
const masked = (text: string, locale?: string) =>
  maskText(
    text,
    detectContact({ text, locale }).filter((s) => s.type.startsWith('contact.')),
  );

describe('e-mail addresses dictated with local words for "@" and "."', () => {
  // One address per language of the table, built from its own words: the table is the data.
  const languages = Object.entries(SYMBOL_WORDS).filter(([lang]) => !['en', 'fr', 'tl', 'id', 'ms'].includes(lang));
  it.each(languages)('%s', (_, words) => {
    const text = `contact: dana.k77 ${words.at[0]} fastmail ${words.dot[0]} com`;
    expect(types(text)).toContain('contact.email');
    expect(masked(text)).toBe(`contact: ${MASK}`);
  });

  it.each([
    ['commas between the parts', 'lucia.mendez, arroba, proton, punto me'],
    ['brackets', 'pavel.n (собака) yandex (точка) ru'],
    ['line breaks', 'omar.f\nat\ngmail\ndot\ncom'],
    ['Hindi in Devanagari', 'मेरा ईमेल suresh.p ऐट gmail डॉट com है'],
    ['Japanese without spaces', 'メールはkenji_tアットマークoutlookドットjpです'],
    ['Korean without spaces', 'jiwoo.park골뱅이naver닷com'],
    ['Vietnamese', 'email: hoang.nam a còng gmail chấm com'],
    ['Indonesian', 'email saya rina.s et yahoo titik co titik id'],
    ['Turkish', 'ayse.k et işareti hotmail nokta com'],
  ])('%s', (_, text) => expect(types(text)).toContain('contact.email'));

  it('leaves ordinary uses of the same words alone', () => {
    expect(types('meet me at the office at 5, point 3 of the agenda')).toEqual([]);
    expect(types('la reunión es a las cinco, punto final')).toEqual([]);
    expect(types('I looked at gmail dot com yesterday for the outage')).toEqual([]);
  });
});

describe('phone numbers', () => {
  it.each([
    ['underscores', 'call 07911_123_456'],
    ['stars', 'my cell 07911*123*456'],
    ['tildes', 'phone: 07911~123~456'],
    ['pipes', 'whatsapp 07911|123|456'],
    ['commas', 'text me 07911,123,456'],
    ['hashes', 'call 07911#123#456'],
    ['x between spaces', 'mobile 07911 x 123 x 456'],
    ['an emoji', 'call me 07911📱123456'],
    ['Braille blanks', 'call 07911\u2800123\u2800456'],
  ])('separated by %s', (_, text) => {
    expect(types(text, 'en-GB')).toContain('contact.phone');
    expect(masked(text, 'en-GB')).not.toMatch(/\d/);
  });

  it('masks every fragment of a number split over lines', () => {
    for (const text of ['call 07911 123\n\n\n456', 'my number is\n07911\n123456']) {
      expect(types(text, 'en-GB')).toContain('contact.phone');
      expect(masked(text, 'en-GB')).not.toMatch(/\d/);
    }
  });

  it.each([
    ['hi', 'मेरा नंबर नौ आठ सात छह पाँच चार तीन दो एक शून्य है', 'hi'],
    ['id', 'nomor saya nol delapan satu tiga dua dua tiga tiga empat empat lima', 'id'],
    ['tl', 'tawagan mo ako sa siyam isa pito dalawa tatlo apat lima anim pito walo', 'fil'],
    ['vi', 'số của tôi là không chín không một hai ba bốn năm sáu bảy', 'vi'],
    ['ko', '제 번호는 공일공 사오육칠 팔구공일 입니다', 'ko'],
    ['ja', '電話は〇九〇・四五六七・八九〇一です', 'ja'],
    ['zh', '我的电话是幺三八零零一二三四五六', 'zh'],
  ])('spelled in %s number words', (_, text, locale) => expect(types(text, locale)).toContain('contact.phone'));

  it('reads digits of every Unicode decimal digit script, mixed with ASCII ones', () => {
    // Every \p{Nd} zero (a code point whose predecessor is not a digit) starts a script's 0..9.
    let scripts = 0;
    for (let cp = 0x80; cp <= 0x1fbff; cp++) {
      const ch = String.fromCodePoint(cp);
      if (!/\p{Nd}/u.test(ch) || /\p{Nd}/u.test(String.fromCodePoint(cp - 1))) continue;
      const digits = Array.from({ length: 10 }, (_, d) => String.fromCodePoint(cp + d)).join('');
      expect(normalize(digits).text).toBe('0123456789');
      scripts++;
    }
    expect(scripts).toBeGreaterThan(60);
    expect(types('call +44 ٧٩١١ 123456', 'en')).toContain('contact.phone');
    expect(types('call +91 ९८७६५ 43210', 'hi')).toContain('contact.phone');
  });
});

describe('messengers named in other scripts and words', () => {
  it.each([
    ['微信号：lin_yu2024', 'contact.handle'],
    ['加我微信wang.lei_88', 'contact.handle'],
    ['LINEのIDはhiro_77です', 'contact.handle'],
    ['카카오톡 아이디: jisoo_kim', 'contact.handle'],
    ['ไลน์ไอดี nattapong88', 'contact.handle'],
    ['zalo: minh.anh95', 'contact.handle'],
    ['телега: @petrov_dev', 'contact.handle'],
    ['واتساب 0501234567', 'contact.phone'],
  ])('%s', (text, type) => expect(types(text)).toContain(type));

  it('leaves apps named as the work alone', () => {
    expect(types('我们开发微信小程序，需要对接支付')).toEqual([]);
    expect(types('카카오톡 봇 개발 경험이 있으신가요?')).toEqual([]);
  });
});

describe('intent in languages without per-language rules, and indirect pointers', () => {
  it.each([
    'आपका व्हाट्सएप नंबर क्या है? भेज दीजिए',
    '微信多少？加我一下',
    'LINE交換しませんか',
    '카톡 아이디 알려주세요',
    'ขอเบอร์โทรหน่อยครับ',
    'cho mình xin số zalo nhé',
    'boleh minta nomor WA kamu?',
    'ano number mo sa viber?',
    'nitumie namba yako ya whatsapp',
    'ممكن رقمك على الواتساب؟',
    "I'm on Telegram, same username as here",
    'My number is in the portfolio PDF',
    "I'll send my number in my next message",
    'Scan the QR code in my profile picture',
    'You can find me on Fiverr, lower fees there',
    'Invite me to your Slack please',
    'what address should I invite to the workspace?',
  ])('%s', (text) => expect(types(text)).toContain('offplatform.solicitation'));

  it.each([
    'आपका ऑर्डर नंबर 1234 है',
    'ไม่สามารถให้เบอร์ได้ครับ ผิดกฎ',
    'See the screenshot of the bug',
    'Fiverr has lower fees but I prefer it here',
    'I added the QR code generator to the app',
  ])('not: %s', (text) => expect(types(text)).not.toContain('offplatform.solicitation'));
});

describe('false positives removed by kind', () => {
  it.each([
    ['a date and time', 'Deadline: 2026-12-15 17:30'],
    ['a European date and time', 'Lieferung am 15.12.2026 17:30'],
    ['a dotted release stamp', 'Release 2026.12.15.1730'],
    ['an article number', 'Artikel 4410-2231-07 ist ausverkauft'],
    ['an order number', 'sipariş no 7781-2204 kargoya verildi'],
    ['a ZIP+4 code', 'Ship to Austin, TX 78701-4412'],
    ['a byte count', 'The dump is 123 456 789 bytes'],
    ['code about phone regexes', 'const phone = /^\\+?\\d{10,13}$/; // matches 5551234567'],
    ['code about e-mail regexes', 'expect(isEmail("ana@proton.me")).toBe(true)'],
    ['a rule reminder', 'Reminder: the rules forbid swapping numbers like 555 123 4567 before a contract'],
  ])('%s', (_, text) => expect(types(text, 'en')).toEqual([]));
});
