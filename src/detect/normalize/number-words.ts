// Number words -> digits, built from CLDR's rule-based number format (spell-out) data in the
// `cldr-rbnf` package rather than hand-typed lists, so the vocabulary follows CLDR releases.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Languages whose cardinal words are folded to digits: the marketplace's main languages, and
 * those in which phone numbers are commonly dictated in words (Hindi, Indonesian/Malay,
 * Tagalog, Vietnamese, Korean, Japanese, Chinese, Arabic, Persian). Scripts written without
 * spaces (Han, Hangul) contribute their one-character digit words only.
 */
export const NUMBER_WORD_LANGUAGES = [
  'en',
  'es',
  'pt',
  'fr',
  'de',
  'it',
  'ru',
  'uk',
  'pl',
  'tr',
  'nl',
  'ro',
  'hi',
  'id',
  'ms',
  'fil',
  'vi',
  'ko',
  'ja',
  'zh',
  'ar',
  'fa',
  'sw',
  'th',
  'he',
  'el',
  'ta',
  // Languages whose phone numbers are dictated in words in blind sets 6-7's kinds: Swedish,
  // Czech, Slovak, Hungarian, Bulgarian, and the scripts Georgian, Armenian, Ethiopic
  // (Amharic), Devanagari (Nepali) and Gujarati. Danish and Norwegian are left out: their
  // "to" (2) and "en" (1) are English and Romance words.
  'sv',
  'cs',
  'sk',
  'hu',
  'bg',
  'ka',
  'hy',
  'am',
  'ne',
  'gu',
  // Finnish: its words for "@" and "." are in symbol-words.ts, its digits were not (CLDR has them).
  'fi',
  // Serbian in both its alphabets (CLDR's sr and sr-Latn spell-out rules): "нула шест четири",
  // "dvesta pedeset"; Croatian and Bosnian share the Latin words.
  'sr',
  'sr-Latn',
  // Languages the detector had no number words for (issue 12, broadening by kind): every one
  // CLDR's cldr-rbnf has spell-out rules for among the marketplace's other languages —
  // Afrikaans, Azerbaijani, Belarusian, Bosnian, Catalan, Estonian, Croatian, Kazakh, Khmer,
  // Kyrgyz, Lao, Lithuanian, Latvian, Macedonian, Burmese, Slovenian, Albanian. Danish and
  // Norwegian are in DIGIT_WORDS (their CLDR cardinals delegate to sets this reader skips).
  'af',
  'az',
  'be',
  'bs',
  'ca',
  'et',
  'hr',
  'kk',
  'km',
  'ky',
  'lo',
  'lt',
  'lv',
  'mk',
  'my',
  'sl',
  'sq',
] as const;

/**
 * Languages whose CLDR rules spell every number 21-99 as a word of its own (Nepali पैँतालिस 45,
 * उनान्सय 99): numbers are dictated in pairs there, so those words are kept too (elsewhere only
 * 0-19 and the tens are, compounds being built by rule).
 */
const WHOLE_PAIRS = new Set<string>(['ne']);

/** Number words of some language that are ordinary words of another (Swedish "en" is Spanish/French "in"). */
const SHARED_WORDS = new Set(['en']);

/**
 * CLDR words of one language left out because they are common words of another, scoped to that
 * language (Czech "sedm set", 700, keeps its "set"): Catalan "set" (7: English "set"), "sis",
 * "deu" (10: Portuguese "gave"), "nou" (9: Romanian "new"); Lithuanian "du" (2: French "of the");
 * Kazakh and Kyrgyz "он" (10: Russian "he").
 */
const LEFT_OUT: Record<string, Set<string>> = {
  ca: new Set(['set', 'sis', 'deu', 'nou']),
  lt: new Set(['du']),
  kk: new Set(['он']),
  ky: new Set(['он']),
};

/**
 * Digit words of languages CLDR has no spell-out rules for (Bengali, Urdu), as in their
 * Unicode digit names and the numerals articles of Wikipedia ("Bengali numerals", "Urdu
 * numerals"): phone numbers there are dictated digit by digit, so 0-9 suffice.
 */
const DIGIT_WORDS: Record<string, string[]> = {
  bn: ['শূন্য', 'এক', 'দুই', 'তিন', 'চার', 'পাঁচ', 'ছয়', 'সাত', 'আট', 'নয়'],
  ur: ['صفر', 'ایک', 'دو', 'تین', 'چار', 'پانچ', 'چھ', 'سات', 'آٹھ', 'نو'],
  // Marathi, Punjabi (Gurmukhi), Telugu, Sinhala: no CLDR spell-out rules either ("Marathi
  // numerals", "Gurmukhi numerals", "Telugu numerals", "Sinhala numerals" on Wikipedia).
  mr: ['शून्य', 'एक', 'दोन', 'तीन', 'चार', 'पाच', 'सहा', 'सात', 'आठ', 'नऊ'],
  pa: ['ਸਿਫ਼ਰ', 'ਇੱਕ', 'ਦੋ', 'ਤਿੰਨ', 'ਚਾਰ', 'ਪੰਜ', 'ਛੇ', 'ਸੱਤ', 'ਅੱਠ', 'ਨੌਂ'],
  te: ['సున్నా', 'ఒకటి', 'రెండు', 'మూడు', 'నాలుగు', 'ఐదు', 'ఆరు', 'ఏడు', 'ఎనిమిది', 'తొమ్మిది'],
  si: ['බිංදුව', 'එක', 'දෙක', 'තුන', 'හතර', 'පහ', 'හය', 'හත', 'අට', 'නවය'],
  // Languages without CLDR spell-out rules, 0-9 from their numerals articles on Wikipedia
  // ("Kannada numerals", "Malayalam numerals", "Yoruba numerals", "Hausa language § Numbers",
  // "Igbo numerals", "Zulu language § Numbers", "Somali language § Numerals", "Pashto § Numbers",
  // "Mongolian numerals", "Uzbek language § Numbers") and Wiktionary's numeral appendices.
  kn: ['ಸೊನ್ನೆ', 'ಒಂದು', 'ಎರಡು', 'ಮೂರು', 'ನಾಲ್ಕು', 'ಐದು', 'ಆರು', 'ಏಳು', 'ಎಂಟು', 'ಒಂಬತ್ತು'],
  ml: ['പൂജ്യം', 'ഒന്ന്', 'രണ്ട്', 'മൂന്ന്', 'നാല്', 'അഞ്ച്', 'ആറ്', 'ഏഴ്', 'എട്ട്', 'ഒമ്പത്'],
  // Yoruba in its counting forms (ọ̀ọ̀kan, ẹ̀ẹ̀ta ...), as numbers are read out; written here as the
  // text folds them (tone marks and subdots stripped like every Latin accent).
  yo: ['odo', 'ookan', 'eeji', 'eeta', 'eerin', 'aarun', 'eefa', 'eeje', 'eejo', 'eesan'],
  // Hausa: "tara" (9) and "shida" (6) are left out (ordinary words: Romanian "țara", Swahili
  // "shida" "trouble"); the hooked ɗ is also typed as a plain d.
  ha: ['sifiri', 'ɗaya', 'biyu', 'uku', 'huɗu', 'biyar', '', 'bakwai', 'takwas', ''],
  ha2: ['', 'daya', '', '', 'hudu', '', '', '', '', ''],
  // Igbo: "atọ" (3) and "anọ" (4) fold to Portuguese "ato" and Spanish "año": left out.
  ig: ['efu', 'otu', 'abụọ', '', '', 'ise', 'isii', 'asaa', 'asatọ', 'itoolu'],
  zu: ['iqanda', 'kunye', 'kubili', 'kuthathu', 'kune', 'kuhlanu', 'isithupha', 'isikhombisa', 'isishiyagalombili', 'isishiyagalolunye'],
  so: ['eber', 'kow', 'laba', 'saddex', 'afar', 'shan', 'lix', 'toddoba', 'siddeed', 'sagaal'],
  ps: ['صفر', 'یو', 'دوه', 'درې', 'څلور', 'پنځه', 'شپږ', 'اووه', 'اته', 'نهه'],
  ps2: ['', 'يو', '', 'درى', '', '', '', 'اوه', '', 'نه'],
  mn: ['тэг', 'нэг', 'хоёр', 'гурав', 'дөрөв', 'тав', 'зургаа', 'долоо', 'найм', 'ес'],
  // Uzbek in Latin (its oʻ typed with an ASCII apostrophe, with U+02BB, or with none) and Cyrillic.
  uz: ['nol', 'bir', 'ikki', 'uch', "to'rt", 'besh', 'olti', 'yetti', 'sakkiz', "to'qqiz"],
  uz2: ['', '', '', '', 'tort', '', '', '', '', 'toqqiz'],
  'uz-Cyrl': ['нол', 'бир', 'икки', 'уч', 'тўрт', 'беш', 'олти', 'етти', 'саккиз', 'тўққиз'],
  // Punjabi in Shahmukhi (Urdu's صفر, دو, چار, نو are Urdu's table already).
  'pa-Arab': ['صفر', 'اک', 'دو', 'تن', 'چار', 'پنج', 'چھ', 'ست', 'اٹھ', 'نو'],
  // Danish and Norwegian (Bokmål): "to" (2), "fire" (4), "ni" (9), "ti" (10), "en"/"et" (1)
  // are English, Spanish, French or Italian words, and left out; the rest are their own.
  da: ['nul', '', '', 'tre', '', 'fem', 'seks', 'syv', 'otte', ''],
  no: ['null', 'ett', '', 'tre', '', 'fem', 'seks', 'sju', 'åtte', ''],
  // Lao zero (CLDR's lo rules give the Thai ศูนย์) and 1 spelled with ຫ + ນ for the ligature ໜ.
  lo: ['ສູນ', 'ຫນຶ່ງ', '', '', '', '', '', '', '', ''],
  // Lithuanian 4-9, which CLDR builds from stems inside its rules.
  lt: ['', '', '', '', 'keturi', 'penki', 'šeši', 'septyni', 'aštuoni', 'devyni'],
};

/**
 * Everyday spellings CLDR does not list: Arabic written without hamza (اربعة for أربعة, the
 * usual form in chat) and the genitive اثنين; colloquial Greek εννιά, οχτώ, εφτά; French
 * tens CLDR spells only inside compound rules.
 */
// Georgian counts in twenties and writes 21-99 as one word, the score, "და" ("and") and 1-19
// (ოთხმოცდაცხრამეტი "four-twenty-and-nineteen" = 99); CLDR builds them inside rules, so every one
// is generated here, as are the hundreds' attributive forms said before another number (ხუთას 500).
const KA_UNITS = [
  'ერთი',
  'ორი',
  'სამი',
  'ოთხი',
  'ხუთი',
  'ექვსი',
  'შვიდი',
  'რვა',
  'ცხრა',
  'ათი',
  'თერთმეტი',
  'თორმეტი',
  'ცამეტი',
  'თოთხმეტი',
  'თხუთმეტი',
  'თექვსმეტი',
  'ჩვიდმეტი',
  'თვრამეტი',
  'ცხრამეტი',
];
const KA_SCORES: [string, number][] = [
  ['ოც', 20],
  ['ორმოც', 40],
  ['სამოც', 60],
  ['ოთხმოც', 80],
];
const KA_COMPOUNDS: [string, number][] = KA_SCORES.flatMap(([score, n]) => KA_UNITS.map((u, k): [string, number] => [`${score}და${u}`, n + k + 1]));
const KA_HUNDREDS: [string, number][] = ['ას', 'ორას', 'სამას', 'ოთხას', 'ხუთას', 'ექვსას', 'შვიდას', 'რვაას', 'ცხრაას'].map((w, k): [string, number] => [
  w,
  (k + 1) * 100,
]);

/** Bengali 11-99 (tens 20, 30 ... are in VARIANTS too; here in their place in the sequence). */
const BN_PAIRS = [
  'এগারো',
  'বারো',
  'তেরো',
  'চৌদ্দ',
  'পনেরো',
  'ষোলো',
  'সতেরো',
  'আঠারো',
  'উনিশ',
  'বিশ',
  'একুশ',
  'বাইশ',
  'তেইশ',
  'চব্বিশ',
  'পঁচিশ',
  'ছাব্বিশ',
  'সাতাশ',
  'আঠাশ',
  'ঊনত্রিশ',
  'ত্রিশ',
  'একত্রিশ',
  'বত্রিশ',
  'তেত্রিশ',
  'চৌত্রিশ',
  'পঁয়ত্রিশ',
  'ছত্রিশ',
  'সাঁইত্রিশ',
  'আটত্রিশ',
  'ঊনচল্লিশ',
  'চল্লিশ',
  'একচল্লিশ',
  'বিয়াল্লিশ',
  'তেতাল্লিশ',
  'চুয়াল্লিশ',
  'পঁয়তাল্লিশ',
  'ছেচল্লিশ',
  'সাতচল্লিশ',
  'আটচল্লিশ',
  'ঊনপঞ্চাশ',
  'পঞ্চাশ',
  'একান্ন',
  'বাহান্ন',
  'তিপ্পান্ন',
  'চুয়ান্ন',
  'পঞ্চান্ন',
  'ছাপ্পান্ন',
  'সাতান্ন',
  'আটান্ন',
  'ঊনষাট',
  'ষাট',
  'একষট্টি',
  'বাষট্টি',
  'তেষট্টি',
  'চৌষট্টি',
  'পঁয়ষট্টি',
  'ছেষট্টি',
  'সাতষট্টি',
  'আটষট্টি',
  'ঊনসত্তর',
  'সত্তর',
  'একাত্তর',
  'বাহাত্তর',
  'তিয়াত্তর',
  'চুয়াত্তর',
  'পঁচাত্তর',
  'ছিয়াত্তর',
  'সাতাত্তর',
  'আটাত্তর',
  'ঊনআশি',
  'আশি',
  'একাশি',
  'বিরাশি',
  'তিরাশি',
  'চুরাশি',
  'পঁচাশি',
  'ছিয়াশি',
  'সাতাশি',
  'অষ্টআশি',
  'ঊননব্বই',
  'নব্বই',
  'একানব্বই',
  'বিরানব্বই',
  'তিরানব্বই',
  'চুরানব্বই',
  'পঁচানব্বই',
  'ছিয়ানব্বই',
  'সাতানব্বই',
  'আটানব্বই',
  'নিরানব্বই',
];

/** Hungarian 11-999 as single words, as CLDR's hu rules build them (tens' linking forms tizen-, huszon-). */
function HU_WORDS(): [string, number][] {
  const units = ['', 'egy', 'kettő', 'három', 'négy', 'öt', 'hat', 'hét', 'nyolc', 'kilenc'];
  const tens: [string, string][] = [
    ['tíz', 'tizen'],
    ['húsz', 'huszon'],
    ['harminc', 'harminc'],
    ['negyven', 'negyven'],
    ['ötven', 'ötven'],
    ['hatvan', 'hatvan'],
    ['hetven', 'hetven'],
    ['nyolcvan', 'nyolcvan'],
    ['kilencven', 'kilencven'],
  ];
  const below100: [string, number][] = [];
  for (let t = 1; t <= 9; t++) for (let u = 1; u <= 9; u++) below100.push([tens[t - 1][1] + units[u], t * 10 + u]);
  // In compounds "kettő" is also "két" (huszonkét, kétszáz).
  for (let t = 1; t <= 9; t++) below100.push([`${tens[t - 1][1]}két`, t * 10 + 2]);
  const hundreds = ['', 'egy', 'két', 'három', 'négy', 'öt', 'hat', 'hét', 'nyolc', 'kilenc'];
  const out: [string, number][] = [...below100, ['kettőszáz', 200]];
  for (let h = 1; h <= 9; h++) {
    const head = [`${hundreds[h]}száz`, ...(h === 1 ? ['száz'] : []), ...(h === 2 ? ['kettőszáz'] : [])];
    for (const w of head) {
      for (let u = 1; u <= 9; u++) out.push([w + units[u], h * 100 + u]);
      for (let t = 1; t <= 9; t++) out.push([w + tens[t - 1][0], h * 100 + t * 10]);
      for (const [word, v] of below100) out.push([w + word, h * 100 + v]);
    }
  }
  return out;
}

const VARIANTS: [string, number][] = [
  // Bulgarian: the written tens and teens (двадесет, осемнадесет) beside CLDR's spoken ones
  // (двайсет, осемнайсет), and the spoken teens CLDR builds by rule ("→→найсет"); Wiktionary's
  // "Bulgarian numerals".
  ...['двадесет', 'тридесет', 'четиридесет', 'петдесет', 'шестдесет', 'седемдесет', 'осемдесет', 'деветдесет'].map((w, k): [string, number] => [
    w,
    (k + 2) * 10,
  ]),
  ...['единадесет', 'дванадесет', 'тринадесет', 'четиринадесет', 'петнадесет', 'шестнадесет', 'седемнадесет', 'осемнадесет', 'деветнадесет'].map(
    (w, k): [string, number] => [w, k + 11],
  ),
  ...['тринайсет', 'четиринайсет', 'петнайсет', 'шестнайсет', 'седемнайсет', 'осемнайсет', 'деветнайсет'].map((w, k): [string, number] => [w, k + 13]),
  ['четирийсет', 40],
  // Romanian teens, which CLDR builds by rule ("→→sprezece"), and 60, which CLDR's rule would
  // spell "șasezeci": the forms of DEX / Wiktionary "Romanian numerals" (paisprezece 14,
  // șaisprezece 16, șaizeci 60).
  ...['doisprezece', 'treisprezece', 'paisprezece', 'cincisprezece', 'șaisprezece', 'șaptesprezece', 'optsprezece', 'nouăsprezece'].map(
    (w, k): [string, number] => [w, k + 12],
  ),
  ['douăsprezece', 12],
  ['șaizeci', 60],
  // Czech says 21-99 also unit first, joined by "a" (Wiktionary "Czech numerals": třiadvacet 23,
  // pětačtyřicet 45), beside CLDR's "dvacet tři".
  ...compound(['jedn', 'dva', 'tři', 'čtyři', 'pět', 'šest', 'sedm', 'osm', 'devět'], 'a', [
    'dvacet',
    'třicet',
    'čtyřicet',
    'padesát',
    'šedesát',
    'sedmdesát',
    'osmdesát',
    'devadesát',
  ]),
  // Hungarian writes every number below 2000 as one word (CLDR builds them by rule, "tizen→→",
  // "huszon→→"): 11-99 and the hundreds with their tens and units (kétszázhúsz 220, nyolcszázhetvenöt
  // 875), and "kettő", the form of 2 said alone, in the hundreds (kettőszáz).
  ...HU_WORDS(),
  ...KA_COMPOUNDS,
  ...KA_HUNDREDS,
  // Spoken Tamil forms beside CLDR's written ones (நாலு for நான்கு 4, மூணு for மூன்று 3, ரெண்டு 2,
  // அஞ்சு 5, ஒம்பது 9, ஒண்ணு 1) and both spellings of zero (பூஜ்யம், பூஜ்ஜியம்).
  ['நாலு', 4],
  ['மூணு', 3],
  ['ரெண்டு', 2],
  ['இரண்டு', 2],
  ['அஞ்சு', 5],
  ['ஐந்து', 5],
  ['ஒம்பது', 9],
  ['ஒன்பது', 9],
  ['ஒண்ணு', 1],
  ['ஒன்று', 1],
  ['பூஜ்யம்', 0],
  ['பூஜ்ஜியம்', 0],
  ['சைபர்', 0],
  // The English "zero" in Tamil script, the colloquial ஒன்னு (1, beside ஒண்ணு), ஒம்போது (9) and
  // அம்பது (50, beside CLDR's ஐம்பது), as numbers are said in Tamil Nadu.
  ['ஜீரோ', 0],
  ['ஒன்னு', 1],
  ['ஒம்போது', 9],
  ['அம்பது', 50],
  // Bengali: zero as commonly spelled (শুন্য with the short vowel) and the English "zero" in
  // Bengali script, five without the candrabindu (পাচ), and the tens 10-90 ("Bengali numerals"
  // on Wikipedia; CLDR has no Bengali spell-out rules), said in pairs in dictated numbers.
  ['শুন্য', 0],
  ['জিরো', 0],
  ['পাচ', 5],
  ['দশ', 10],
  ['বিশ', 20],
  ['ত্রিশ', 30],
  ['চল্লিশ', 40],
  ['পঞ্চাশ', 50],
  ['ষাট', 60],
  ['সত্তর', 70],
  ['আশি', 80],
  ['নব্বই', 90],
  // Filipino: phone numbers are often said with the Spanish-derived digits in Tagalog spelling
  // (KWF orthography: sero, kuwatro/kwatro, singko, siyete/syete, otso, nuwebe; uno, dos and tres
  // are the Spanish words already loaded) beside the native isa, dalawa ... of CLDR's fil rules.
  // "sais" (6) is left out: it is French and Portuguese "(you) know / leave".
  ['sero', 0],
  ['kuwatro', 4],
  ['kwatro', 4],
  ['singko', 5],
  ['siyete', 7],
  ['syete', 7],
  ['otso', 8],
  ['nuwebe', 9],
  // Korean 빵 ("bread"), the playful 0 of spoken phone numbers beside 공; one Hangul syllable, so
  // it counts only inside a run of six digit syllables.
  ['빵', 0],
  // Egyptian and Levantine Arabic as spoken and typed in chat (Wiktionary "Egyptian Arabic
  // numerals"): ث is said and written ت (اتنين 2, تلاتة 3, تمانية 8), and Levantine تنين 2. Not the
  // clipped تلات/تمن ("Tuesday", "price").
  ['اتنين', 2],
  ['إتنين', 2],
  ['تنين', 2],
  ['تلاتة', 3],
  ['تلاته', 3],
  ['تمانية', 8],
  ['تمانيه', 8],
  ['تمنية', 8],
  ['تمنيه', 8],
  ['اربعة', 4],
  ['اربع', 4],
  ['اثنين', 2],
  ['اثنان', 2],
  ['اثنتان', 2],
  ['احد', 1],
  ['ثمانيه', 8],
  ['اربعه', 4],
  ['خمسه', 5],
  ['سته', 6],
  ['سبعه', 7],
  ['تسعه', 9],
  ['ثلاثه', 3],
  // Spanish 21-29 are one word each; CLDR builds them from "veinti" and a unit inside a rule.
  ...['uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'].map((u, k): [string, number] => [`veinti${u}`, 21 + k]),
  ['veintidós', 22],
  ['veintitrés', 23],
  ['veintiséis', 26],
  // French tens CLDR writes only inside compound rules; Belgian and Swiss 70, 80, 90.
  ['soixante', 60],
  ['vingts', 20],
  ['septante', 70],
  ['huitante', 80],
  ['nonante', 90],
  // Vietnamese "tư", the 4 said in dictation and after tens beside CLDR's "bốn".
  ['tư', 4],
  ['εννιά', 9],
  // Greek 13-19, which CLDR builds by rule ("δεκα→→"), in the written and the spoken forms
  // (δεκαεπτά/δεκαεφτά, δεκαοκτώ/δεκαοχτώ, δεκαεννέα/δεκαεννιά), "εκατόν" (100 before a number),
  // and the spoken hundreds εφτακόσια, οχτακόσια (Wiktionary, "Greek numerals").
  ['δεκατρία', 13],
  ['δεκατέσσερα', 14],
  ['δεκαπέντε', 15],
  ['δεκαέξι', 16],
  ['δεκαεπτά', 17],
  ['δεκαεφτά', 17],
  ['δεκαοκτώ', 18],
  ['δεκαοχτώ', 18],
  ['δεκαεννέα', 19],
  ['δεκαεννιά', 19],
  ['εκατόν', 100],
  ['εφτακόσια', 700],
  ['οχτακόσια', 800],
  // Tamil tens in the form said before a unit (இருபத்து / colloquial இருபத்தி மூணு 23): the tens
  // value, joined to the unit after it as "twenty three" is (Wiktionary, "Tamil numerals").
  ...[
    ['இருபத்து', 'இருபத்தி'],
    ['முப்பத்து', 'முப்பத்தி'],
    ['நாற்பத்து', 'நாப்பத்தி'],
    ['ஐம்பத்து', 'அம்பத்தி'],
    ['அறுபத்து', 'அறுபத்தி'],
    ['எழுபத்து', 'எழுபத்தி'],
    ['எண்பத்து', 'எம்பத்தி'],
    ['தொண்ணூற்று', 'தொண்ணுத்தி'],
  ].flatMap((forms, k): [string, number][] => forms.map((w): [string, number] => [w, (k + 2) * 10])),
  // Bengali 11-99, each a word of its own ("Bengali numerals" on Wikipedia and Wiktionary; CLDR
  // has no Bengali spell-out rules): numbers are dictated in pairs as well as digit by digit.
  // য় is typed both as one code point (U+09DF) and as য + nukta (its canonical decomposition).
  ...BN_PAIRS.flatMap((w, k): [string, number][] => [
    [w.replace(/\u09AF\u09BC/g, '\u09DF'), k + 11],
    [w.replace(/\u09DF/g, '\u09AF\u09BC'), k + 11],
  ]),
  // CLDR spells 90 "εννενήντα"; the dictionary spelling is "ενενήντα".
  ['ενενήντα', 90],
  ['οχτώ', 8],
  ['εφτά', 7],
  // The English "zero" as written in Indic scripts, and spellings without the nukta or with
  // the short vowel that chat often uses (ਨੌ for ਨੌਂ, ਸਿਫਰ for ਸਿਫ਼ਰ, ਇਕ for ਇੱਕ, नौ for नऊ).
  // Georgian ნოლი, the colloquial 0 beside CLDR's ნული; Nepali सुन्ना (0, the everyday word beside
  // शून्य) and "zero" in Devanagari with the short vowel (जिरो).
  ['ნოლი', 0],
  ['सुन्ना', 0],
  ['जिरो', 0],
  ['ज़ीरो', 0],
  ['जीरो', 0],
  ['ਜ਼ੀਰੋ', 0],
  ['ਜੀਰੋ', 0],
  ['ਸਿਫਰ', 0],
  ['ਇਕ', 1],
  ['ਨੌ', 9],
  ['ઝીરો', 0],
  ['ዜሮ', 0],
  ['జీరో', 0],
  // Persian as typed without the Arabic-script variants CLDR uses (ي/ی and ك/ک both occur),
  // and the colloquial forms of Tehran speech (شیش 6, پونزده 15, شونزده 16, پونصد 500).
  ['یک', 1],
  ['يك', 1],
  ['شیش', 6],
  ['یازده', 11],
  ['پونزده', 15],
  ['پونصد', 500],
  ['شونزده', 16],
  ['هیفده', 17],
  ['هیجده', 18],
  ['هجده', 18],
  // Amharic tens, which CLDR spells "two ten" and people say as one word (ሃያ 20, አርባ 40),
  // in both spellings of the homophone letters (ሀ/ሃ, ሰ/ሠ), and ሶስት beside CLDR's ሦስት.
  ['ሃያ', 20],
  ['ሀያ', 20],
  ['ሰላሳ', 30],
  ['ሠላሳ', 30],
  ['አርባ', 40],
  ['ሃምሳ', 50],
  ['ሀምሳ', 50],
  ['ስልሳ', 60],
  ['ስድሳ', 60],
  ['ሰባ', 70],
  ['ሰማንያ', 80],
  ['ዘጠና', 90],
  ['ሶስት', 3],
  // Japanese digits read in kana, as dictated ("ぜろきゅうぜろ", "ゼロキュウゼロ"): on'yomi and
  // the readings used for phone numbers (よん, なな, きゅう, まる for 0).
  ...kana(['ぜろ', 'いち', 'に', 'さん', 'よん', 'ご', 'ろく', 'なな', 'はち', 'きゅう']),
  ['れい', 0],
  ['まる', 0],
  ['しち', 7],
  ['きゅー', 9],
  ['キュー', 9],
  // Dictating a number lengthens the one-mora digits, with the long-vowel mark or the vowel
  // written out: 2 "にー"/"にい", 5 "ごー"/"ごう"; and the other readings of 4 and 9 (し, く).
  // "にいち" stays に+いち ("21"): the tokeniser (normalize.ts) takes a longer kana word only where
  // another digit word follows it.
  ...kana(['にー', 'ごー']).map(([w]): [string, number] => [w, /[にニ]/.test(w) ? 2 : 5]),
  ...kana(['にい', 'ごう']).map(([w]): [string, number] => [w, /[にニ]/.test(w) ? 2 : 5]),
  ...kana(['し', 'く']).map(([w]): [string, number] => [w, /[しシ]/.test(w) ? 4 : 9]),
  // German and Dutch 21-99 are one word each ("dreiundvierzig", "drieënveertig"), built by
  // CLDR inside a rule: the unit, "und"/"en", and the tens.
  ...compound(['ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'], 'und', [
    'zwanzig',
    'dreißig',
    'vierzig',
    'fünfzig',
    'sechzig',
    'siebzig',
    'achtzig',
    'neunzig',
  ]),
  ...compound(['een', 'tweeën', 'drieën', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'], 'en', [
    'twintig',
    'dertig',
    'veertig',
    'vijftig',
    'zestig',
    'zeventig',
    'tachtig',
    'negentig',
  ]),
];

/** Hiragana digit words 0-9 and their katakana forms (katakana is hiragana + 0x60). */
function kana(words: string[]): [string, number][] {
  const katakana = (w: string) => String.fromCharCode(...[...w].map((c) => (c >= 'ぁ' && c <= 'ゖ' ? c.charCodeAt(0) + 0x60 : c.charCodeAt(0))));
  return words.flatMap((w, digit): [string, number][] => [
    [w, digit],
    [katakana(w), digit],
  ]);
}

/** "<unit><and><tens>" for units 1-9 and tens 20-90 (German "einundzwanzig"). */
function compound(units: string[], and: string, tens: string[]): [string, number][] {
  // Dutch writes the diaeresis on "en" after a vowel (tweeëntwintig): the unit carries it.
  return tens.flatMap((t, k) => units.map((u, j): [string, number] => [`${u}${u.endsWith('ën') ? '' : and}${t}`, (k + 2) * 10 + j + 1]));
}

type RuleEntry = [string, string];
interface RbnfFile {
  rbnf: { rbnf: { SpelloutRules: Record<string, RuleEntry[] | string> } };
}

// Only nominative cardinals: the oblique cases (genitive, instrumental ...) and ordinals are
// not how people dictate a phone number, and they collide with ordinary words.
// Korean digits are read in Sino-Korean; Chinese and Japanese also write the "financial"
// characters (壹贰叁 ...) to defeat digit filters.
const RULE_SET = /^%spellout-(numbering|cardinal(-masculine|-feminine|-neuter|-sinokorean|-financial)?)$/;

// Spoken forms people use when dictating numbers that CLDR does not list as cardinals:
// English "oh"/"nought"; Chinese 零 (zero, beside CLDR's 〇) and 幺 ("yao", how 1 is read
// in phone numbers); Hindustani numerals as commonly written in Latin letters (Hinglish),
// which CLDR's Hindi data gives in Devanagari only.
/** The value of a word that multiplies the unit before it by ten (Malay "puluh"). */
export const TENFOLD = 'x10';
const TENFOLD_MARK = TENFOLD;

const EXTRA_WORDS: Record<string, string> = {
  oh: '0',
  nought: '0',
  零: '0',
  幺: '1',
  shunya: '0',
  ek: '1',
  teen: '3',
  char: '4',
  paanch: '5',
  panch: '5',
  chhe: '6',
  chheh: '6',
  saat: '7',
  aath: '8',
  nau: '9',
  // "do" (2) and "chaar" (4) in Hinglish; "do" alone stays a word: runs need several numbers.
  do: '2',
  chaar: '4',
  // English dictation repeats a digit with "double"/"triple" ("double six" = 66): normalize.ts
  // reads these values (REPEATS) only before a digit.
  double: 'x2',
  triple: 'x3',
  // Malay and Indonesian say the tens as a unit and "puluh" (ten-fold): "tujuh puluh lima" = 75
  // (CLDR ms and id: "←← puluh[ →→]"); normalize.ts reads it only after a unit 2-9.
  puluh: TENFOLD_MARK,
};

/** Words that multiply the number before them by 100 ("five hundred", "beş yüz", "mia tano"). */
export const HUNDRED = '100';

/**
 * Returns word -> digit string. `fold` is the character-level normaliser, applied to the
 * words so that they match normalised text (accents stripped, lower case).
 */
export function buildNumberWords(fold: (word: string) => string): Map<string, string> {
  const words = new Map<string, string>();
  const add = (word: string, value: number) => {
    // One-character words are kept only in scripts written without spaces (一, 일), and in the
    // Indic scripts, where six is one letter (Nepali छ, Gujarati છ); runs need two words anyway.
    if (!/^[\p{L}\p{Nl}][\p{L}\p{M}\u02BC'\u200B]*$/u.test(word) || (word.length < 2 && !isSpacelessScript(word.charCodeAt(0)) && !isIndic(word.charCodeAt(0))))
      return;
    if (word.length === 1 && value > 9) return;
    if (SHARED_WORDS.has(word)) return;
    const folded = fold(word.replace(/\u200B/g, ''));
    if (!words.has(folded)) words.set(folded, String(value));
    // Ukrainian "пʼять" is typed with an ASCII apostrophe as often as with U+02BC.
    if (folded.includes('\u02BC')) add(folded.replace(/\u02BC/g, "'"), value);
    // Devanagari nasalisation is typed with either mark: candrabindu (U+0901) and anusvara
    // (U+0902) stand for each other in everyday Hindi and Nepali ("पाँच"/"पांच", five), while
    // CLDR spells each word one way only.
    for (const variant of [folded.replace(/\u0901/g, '\u0902'), folded.replace(/\u0902/g, '\u0901')])
      if (variant !== folded && !words.has(variant)) words.set(variant, String(value));
  };
  // (An empty string is a digit the language's table leaves out.)
  for (const list of Object.values(DIGIT_WORDS)) for (let digit = 0; digit < list.length; digit++) if (list[digit]) add(list[digit].normalize('NFC'), digit);
  for (const [w, digit] of VARIANTS) add(w, digit);
  for (const lang of NUMBER_WORD_LANGUAGES) {
    const leftOut = LEFT_OUT[lang];
    const addWord = (word: string, value: number) => {
      if (!leftOut?.has(word)) add(word, value);
    };
    const file = require(`cldr-rbnf/rbnf/${lang}.json`) as RbnfFile;
    const sets = file.rbnf.rbnf.SpelloutRules;
    // Units 1-9 per rule set, for hundreds composed by rule ("←%spellout-cardinal-feminine←сот").
    const units = new Map<string, Map<number, string>>();
    for (const [name, rules] of Object.entries(sets)) {
      if (!Array.isArray(rules)) continue;
      const m = new Map<number, string>();
      // The rule in force for k is the one with the largest key up to k.
      for (const [key, body] of rules) {
        const value = Number(key);
        if (Number.isInteger(value) && value >= 1 && value <= 9) for (let k = value; k <= 9; k++) m.set(k, clean(body));
      }
      units.set(name, m);
    }
    // "=%spellout-cardinal-masculine=" delegates to another set's word.
    const unitOf = (set: string, k: number, depth = 0): string | undefined => {
      const body = units.get(set)?.get(k);
      const ref = body ? /^=(%[\w-]+)=$/.exec(body) : null;
      if (ref && depth < 3) return unitOf(ref[1], k, depth + 1);
      return body && !body.includes('%') && !body.includes('=') ? body : undefined;
    };
    for (const [name, rules] of Object.entries(sets)) {
      if (!RULE_SET.test(name) || !Array.isArray(rules)) continue;
      const keyed = rules.map(([key, body]) => [Number(key), body] as const).filter(([v]) => Number.isInteger(v));
      for (const [value, body] of keyed) {
        if (value < 0 || value > 99 || (value > 19 && value % 10 !== 0 && !WHOLE_PAIRS.has(lang))) continue;
        // "twenty[->>];" -> "twenty"; bodies that delegate to other rules are skipped.
        addWord(clean(body), value);
      }
      // Tens composed by rule ("←%%spellout-cardinal-tens←" in Polish): the word of k in the
      // referenced set is the word of k × 10.
      for (let k = 2; k <= 9; k++) {
        const rule = keyed.filter(([v]) => v <= k * 10 && v >= 20).pop();
        const body = rule ? clean(rule[1]) : '';
        // ... or the unit and a suffix glued to it: Romanian "←%spellout-cardinal-feminine←zeci"
        // (douăzeci, treizeci), Czech "←…←cet" (dvacet, třicet), Bulgarian "←←десет" (петдесет).
        const ref = /^←(%%?[\w-]+)?←(\p{L}*)$/u.exec(body);
        const unit = ref ? unitOf(ref[1] ?? name, k) : undefined;
        if (unit) addWord(unit + ref?.[2], k * 10);
      }
      // Hundreds: the rule in force at k × 100 (rules apply up to the next key).
      for (let k = 1; k <= 9; k++) {
        const rule = keyed.filter(([v]) => v <= k * 100 && v >= 100).pop();
        if (!rule) continue;
        const body = clean(rule[1]);
        const ref = /←(%%?[\w-]+)?←/.exec(body);
        if (!ref) {
          if (rule[0] === k * 100) addWord(body, k * 100);
          continue;
        }
        const rest = body.slice(ref.index + ref[0].length).trim();
        const unit = unitOf(ref[1] ?? name, k);
        if (ref.index === 0 && body[ref[0].length] === ' ' && /^\p{L}+$/u.test(rest)) addWord(rest, Number(HUNDRED));
        else if (unit && ref.index === 0) addWord(unit + rest, k * 100);
      }
    }
  }
  for (const [word, digits] of Object.entries(EXTRA_WORDS)) if (!words.has(word)) words.set(word, digits);
  return words;
}

/** A rule body without optional parts, the final ";" and soft hyphens. */
function clean(body: string): string {
  return body
    .replace(/\[[^\]]*\]/g, '')
    .replace(/[;\u00AD]/g, '')
    .trim();
}

/** Devanagari to Sinhala. */
function isIndic(c: number): boolean {
  return c >= 0x900 && c <= 0xdff;
}

/** Thai, Lao, Myanmar, Khmer, Han, kana (not the separators ・ and の) and Hangul: numbers are written there without spaces between digit words. */
export function isSpacelessScript(c: number): boolean {
  return (
    (c >= 0x0e01 && c <= 0x0e4e) ||
    (c >= 0x0e81 && c <= 0x0ecf) ||
    (c >= 0x1000 && c <= 0x103f) ||
    (c >= 0x1050 && c <= 0x108f) ||
    (c >= 0x1780 && c <= 0x17dd) ||
    c === 0x3007 ||
    (c >= 0x3040 && c <= 0x30ff && c !== 0x30fb && c !== 0x306e) ||
    (c >= 0x3400 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff)
  );
}
