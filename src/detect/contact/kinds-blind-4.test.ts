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
