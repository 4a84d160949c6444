// Issue 12, round after blind set 4: kinds that set found missing, each tested on sentences
// of its own (none copied from an evaluation set), with honest look-alikes of each kind.
import { describe, expect, it } from 'vitest';
import { DOMAIN_WORDS } from '../normalize/symbol-words.ts';
import { detectContact, MASK, maskText } from './detect-contact.ts';

const types = (text: string, locale?: string) => [...new Set(detectContact({ text, locale }).map((s) => s.type))].sort();
const masked = (text: string, locale?: string) =>
  maskText(
    text,
    detectContact({ text, locale }).filter((s) => s.type.startsWith('contact.')),
  );

describe('common names at real providers are addresses, not placeholders', () => {
  it('john.doe / jane.doe at a free-mail provider are found and masked whole', () => {
    expect(types('send the invoice draft to john.doe@gmail.com tonight')).toContain('contact.email');
    expect(masked('ok, jane.doe@yahoo.com works')).toBe(`ok, ${MASK} works`);
  });

  it('an address given as a PayPal account is masked whole, not only its local part', () => {
    const text = 'PayPal: jane.doe@gmail.com';
    expect(types(text)).toEqual(expect.arrayContaining(['contact.email', 'contact.payment_handle']));
    expect(masked(text)).toBe(`PayPal: ${MASK}`);
  });

  it('documentation domains stay placeholders', () => {
    expect(types('in the fixtures use john.doe@example.com and jane.doe@test.invalid')).toEqual([]);
  });
});

describe('addresses dictated with the provider and domain written in another script', () => {
  it.each([
    ['ar', 'بريدي sara.k آت هوتميل دوت كوم'],
    ['fa', 'ایمیل: nima.r اَت جیمیل دات کام'],
    ['ur', 'ای میل کریں: asad.k ایٹ یاهو ڈاٹ کام'],
    ['hi', 'मेल करें neha.gupta ऐट याहू डॉट कॉम'],
    ['bn', 'মেইল: rafi.k অ্যাট ইয়াহু ডট কম'],
    ['ta', 'மெயில்: meena.s அட் யாகூ டாட் காம்'],
    ['th', 'เมล ploy.s แอท ฮอตเมล ดอท คอม'],
  ])('%s', (locale, text) => {
    expect(types(text, locale)).toContain('contact.email');
    expect(masked(text, locale)).not.toMatch(/[a-z]\.[a-z]/);
  });

  it('every provider and domain word maps to an ASCII label', () => {
    for (const label of Object.keys(DOMAIN_WORDS)) expect(label).toMatch(/^[a-z]+$/);
  });

  it('the same words without an address around them are prose', () => {
    expect(types('मुझे जीमेल डॉट कॉम पर लॉगिन करने में दिक्कत है', 'hi')).toEqual([]);
    expect(types('كوم الملفات جاهز', 'ar')).toEqual([]);
  });
});

describe('phone numbers spelled out in more languages and number grammars', () => {
  it.each([
    ['ta', 'கைபேசி: ஒன்பது ஒன்பது நான்கு, ஐந்து ஆறு ஏழு, எட்டு ஒன்பது ஒன்று இரண்டு'],
    ['bn', 'নম্বর: শূন্য এক নয়, আট সাত ছয়, পাঁচ চার তিন দুই'],
    ['ur', 'فون: صفر تین دو ایک، چار پانچ چھ، سات آٹھ نو صفر'],
    ['ar', 'اتصل على صفر واحد واحد، اربعة خمسة ستة، سبعة ثمانية تسعة اثنين'],
    ['he', 'טלפון: אפס חמש ארבע, שבע שש חמש, ארבע שלוש שתיים אחת'],
    ['el', 'τηλέφωνο: έξι εννιά τέσσερα, ένα δύο τρία, τέσσερα πέντε έξι εφτά'],
    ['es', 'mi cel: seis cuatro cuatro, veintiuno, treinta y dos, cuarenta y tres'],
    ['pt', 'celular: onze, nove, oitenta e sete, sessenta e cinco, quarenta e três, vinte e um'],
    ['fr', 'portable : zéro sept, soixante-dix-sept, quatre-vingt-dix-neuf, douze, trente'],
    ['fa', 'شماره: صفر نهصد و سی و پنج، دویست و یازده، چهل و چهار، پنجاه و پنج'],
  ])('%s', (locale, text) => {
    expect(types(text, locale)).toContain('contact.phone');
  });

  it('number words with "and" or French tens in ordinary talk are not phones', () => {
    expect(types('tengo dos perros y tres gatos, y cuatro peces', 'es')).toEqual([]);
    expect(types('quatre-vingts pages et soixante-dix images, livrées en trois jours', 'fr')).toEqual([]);
    expect(types('سه یا چهار طرح و دو نسخه', 'fa')).toEqual([]);
  });
});

describe('messengers by nickname, other script or inflected name, with a local ask', () => {
  it.each([
    ['pt', 'você tem zap? te mando o orçamento por lá'],
    ['fr', "t'as whatsapp ? je t'envoie les maquettes"],
    ['pl', 'odezwij się, napisz na telegramie'],
    ['ru', 'давай в телегу, там быстрее'],
    ['uk', 'скинь свій телеграм, я надішлю файли'],
    ['tr', 'vatsapp var mı? dosyaları oradan atayım'],
    ['ar', 'ضيفني على سناب شات'],
    ['he', 'בוא נעבור לטלגרם בבקשה'],
    ['el', 'έχεις viber; θα σου στείλω τα σχέδια'],
    ['hi', 'bhai telegram pe aaja, files wahin bhejta hoon'],
    ['bn', 'হোয়াটসঅ্যাপে নক করুন'],
    ['tl', 'pm mo ako sa fb para sa sample'],
  ])('%s', (locale, text) => {
    expect(types(text, locale)).toContain('offplatform.solicitation');
  });

  it.each([
    ['en', 'the WhatsApp chatbot must answer in Hindi too'],
    ['pt', 'tem como integrar o zap com a loja? é o escopo do projeto'],
    ['ru', 'нужен бот для телеги с оплатой'],
    ['pl', 'klient prosi, żebym napisał na messengerze, ale to zabronione przed umową'],
  ])('%s: the app as the work, or a refusal, is not an ask', (locale, text) => {
    expect(types(text, locale)).not.toContain('offplatform.solicitation');
  });
});

describe('service names in leetspeak or spelled letter by letter', () => {
  it.each([
    ['wh4ts4pp me, the number is on my card', 'offplatform.solicitation'],
    ['add me on te1egram, handle @lina_draws', 'contact.handle'],
    ['my h o t m 4 i l is vera.ng77', 'contact.email'],
  ])('%s', (text, type) => {
    expect(types(text)).toContain(type);
  });

  it('codes, versions and addresses with digits are left as typed', () => {
    expect(types('build w4-2231 of app v3.1.0, see ticket 7a1b')).toEqual([]);
  });
});

describe('identifiers written backwards', () => {
  it('an address whose reversed form is at a mail provider', () => {
    const text = 'mail me (reverse it): moc.liamtoh@isoom.ylla';
    expect(types(text)).toContain('contact.email');
    expect(masked(text)).toBe(`mail me (reverse it): ${MASK}`);
  });

  it('a number the sender says is reversed, when its digits reversed are valid', () => {
    expect(types('my cell written backwards: 2345 981 7020', 'en')).toContain('contact.phone');
  });

  it('file names and reversed-looking words without a valid reading are not identifiers', () => {
    expect(types('see moc.tset@foo and icon.png@2x, build ur.12@x')).toEqual([]);
    expect(types('order 4410 2231 9 written backwards in the log')).not.toContain('contact.phone');
  });
});

describe('a user name introduced by the word for "ID" in a message naming a messenger', () => {
  it.each([
    ['ja', 'LINEやってますか？私のIDは saki.t_88 です'],
    ['th', 'ทักไลน์ได้เลย ไอดี mook_2024'],
    ['tl', 'sa viber na lang, id ko ay rico.b12'],
    ['en', 'Skype is easier; username marta.k_design'],
    ['zh', '加微信 wxid_q8k2m1'],
  ])('%s', (locale, text) => {
    expect(types(text, locale)).toContain('contact.handle');
  });

  it('ids of work objects or without a messenger are not handles', () => {
    expect(types('the WhatsApp bot logs each user id like u_8812 to the sheet')).not.toContain('contact.handle');
    expect(types('the ticket id is abc_123 in Jira')).not.toContain('contact.handle');
  });
});

describe("the marketplace's own addresses", () => {
  it('writing to the platform is not contact; a personal address next to it is', () => {
    expect(types('billing@fiverr.com answered my refund question')).toEqual([]);
    expect(types('support at upwork dot com said to wait 24 hours')).toEqual([]);
    expect(types('not support@upwork.com, write to me: ola.n@proton.me')).toContain('contact.email');
  });
});
