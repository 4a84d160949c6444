// Issue 12, weak scripts closed by kind (Greek, Tamil, Bengali, Vietnamese, French, Korean): each
// language's words for "@" and ".", its number words (CLDR and spoken), its native digits, its
// intent vocabulary, and reports of someone else's ask. Sentences are written for these tests
// (script-probes.ts), none copied from an evaluation set.
import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize/normalize.ts';
import { SYMBOL_WORDS } from '../normalize/symbol-words.ts';
import { detectContact } from './detect-contact.ts';
import { INTENT_PROBES, NATIVE_DIGIT_ZERO, OWN_ASKS, REPORTED_ASKS, SPOKEN_DIGITS } from './script-probes.ts';

const types = (text: string, locale?: string) => [...new Set(detectContact({ text, locale }).map((s) => s.type))].sort();
const digitsOf = (text: string) => normalize(text).text.replace(/ /g, '');

describe('number words people say, beside CLDR’s', () => {
  const cases = Object.entries(SPOKEN_DIGITS).flatMap(([lang, words]) => words.map(([v, w]) => [lang, v, w] as const));
  it.each(cases)('%s: %s = %s', (lang, value, word) => {
    const spaceless = lang === 'ko';
    const zero = SPOKEN_DIGITS[lang].find(([v]) => v === 0)?.[1] as string;
    const text =
      value >= 10
        ? [zero, zero, word].join(' ')
        : Array(spaceless ? 6 : 4)
            .fill(word)
            .join(spaceless ? '' : ' ');
    expect(digitsOf(text)).toContain(value >= 10 ? `00${value}` : String(value).repeat(spaceless ? 6 : 4));
  });

  it('reads a French number said in pairs with "et" hyphenated (1990 spelling)', () => {
    expect(digitsOf('zéro six, vingt-et-un, soixante-et-onze, quarante-deux, dix-huit')).toContain('0621714218');
    expect(normalize('rock-et-roll').text).toBe('rock-et-roll');
  });

  it('reads Greek typed in capitals or without accents as with them', () => {
    expect(normalize('ΣΤΕΙΛΕ ΜΟΥ').text).toBe(normalize('στείλε μου').text);
    expect(digitsOf('ΜΗΔΕΝ ΕΞΙ ΕΝΝΙΑ ΟΧΤΩ ΔΥΟ')).toBe('06982');
    expect(types('κινητό: εξι εννεα τρια επτα μηδεν ενα δυο τεσσερα πεντε οκτω')).toContain('contact.phone');
  });

  it('finds numbers dictated in Tamil and Bengali words, colloquial forms included', () => {
    expect(types('என் நம்பர் ஜீரோ ஒம்போது எட்டு நாலு ஒன்னு ரெண்டு மூணு நாலு அஞ்சு ஆறு ஏழு')).toContain('contact.phone');
    expect(types('আমার নম্বর জিরো এক সাত এক দুই তিন চার পাচ ছয় সাত আট')).toContain('contact.phone');
    // A bare digit run needs a phone word before it: the Dravidian scripts' words for number/phone.
    expect(types('என் நம்பர் 09841234567')).toContain('contact.phone');
    expect(types('నా ఫోన్ 09841234567')).toContain('contact.phone');
  });
});

describe('native digits', () => {
  it.each(Object.entries(NATIVE_DIGIT_ZERO))('%s', (_, zero) => {
    const d = (s: string) => [...s].map((c) => String.fromCodePoint(zero + Number(c))).join('');
    expect(types(`phone ${d('98410')} ${d('27365')}`)).toContain('contact.phone');
  });
});

describe('"@" and "." words', () => {
  it.each(['bg', 'ne'])('%s has its words, and an address dictated with them is found', (lang) => {
    const words = SYMBOL_WORDS[lang];
    expect(words).toBeDefined();
    expect(types(`mail: mira.t84 ${words.at[0]} kestrelbox ${words.dot[0]} com`)).toContain('contact.email');
  });
});

describe('intent vocabulary per language (call, write, add me, number, e-mail, outside, pay direct)', () => {
  const cases = Object.entries(INTENT_PROBES).flatMap(([lang, probes]) => probes.map(([kind, text, want]) => [lang, kind, text, want] as const));
  it.each(cases)('%s %s: %s', (lang, _kind, text, want) => {
    const got = types(text, lang);
    if (want === 'none') expect(got).toEqual([]);
    else expect(got).toContain(want);
  });

  it('talking outside the platform, in any language, unless refused or quoted as the rule', () => {
    for (const t of ['Kita ngobrol di luar platform saja', 'प्लेटफॉर्म के बाहर बात करते हैं', 'Platformun dışında konuşalım', '平台外聊吧'])
      expect(types(t), t).toContain('offplatform.solicitation');
    for (const t of [
      'I never talk to clients outside the platform.',
      'Talking outside the platform is against the rules.',
      'Δεν μιλάμε εκτός πλατφόρμας, απαγορεύεται.',
    ])
      expect(types(t), t).toEqual([]);
  });

  it('"call me" on the platform itself, or refused, is no move', () => {
    expect(types('Appelle-moi ici sur la plateforme')).toEqual([]);
    expect(types('Ne m’appelle pas ce soir')).toEqual([]);
    for (const t of [
      'Ruf mich bitte nicht an',
      'Chiamami qui sulla piattaforma',
      'Ruf mich über die Plattform an',
      'मुझे कॉल मत करना',
      'لا تتصل بي',
      'Не звони мне, пиши здесь',
    ])
      expect(types(t), t).toEqual([]);
  });

  it('"call me" as one imperative, in the languages whose rules lacked it', () => {
    for (const t of [
      'Ruf mich morgen früh an',
      'Chiamami stasera dopo cena',
      'Позвони мне вечером',
      'Zadzwoń do mnie po południu',
      'Akşam beni ara',
      'Telepon aku nanti malam',
      'शाम को मुझे कॉल करो',
      'اتصل بي بعد الظهر',
      'Sună-mă diseară',
      'תתקשר אליי בערב',
      'เย็นนี้โทรหาฉันนะ',
      'Nipigie jioni',
      'Tawagan mo ako mamaya',
    ])
      expect(types(t), t).toContain('offplatform.solicitation');
  });
});

describe('reports of someone else’s ask', () => {
  it.each(REPORTED_ASKS)('%s: %s', (lang, text) => {
    expect(types(text, lang)).toEqual([]);
  });

  it.each(OWN_ASKS)('the writer’s own ask stays flagged, %s: %s', (lang, text) => {
    expect(types(text, lang)).toContain('offplatform.solicitation');
  });

  it('a reported ask with an identifier of the writer’s own is still a share', () => {
    expect(types('A client asked for my WhatsApp, is that ok? +44 7700 900 461')).toContain('contact.phone');
  });
});
