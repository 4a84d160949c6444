// The words people say for "@" and "." when they dictate an address, per language.
//
// Sources: Wikipedia, "At sign" § "Names in other languages" and the per-language articles
// it links (ko 골뱅이, ru собака, pl małpa, it chiocciola, cs zavináč, hu kukac, nl
// apenstaartje, sv/da/no snabel-a, el παπάκι, he שטרודל, tr "et işareti", vi "a còng");
// Wikipedia, "Full stop" and "Dot-com" for the dot words; the katakana and Hangul loanwords
// (アットマーク, ドット, 앳, 닷) and the Devanagari/Arabic/Persian/Bengali/Thai transliterations
// of "at"/"dot" as written in those scripts (ऐट, डॉट, آت, دوت, ات, دات, অ্যাট, ডট, แอท,
// ดอท). Entries are written as typed; callers fold them like the text (normalize()).
//
// Words that are also ordinary words ("at", "et", "a", "punto", "nokta") are safe here
// because the address finder accepts them only between the parts of an address that ends
// in a known top-level domain or mail provider.

export interface SymbolWords {
  /** Words for "@". */
  at: readonly string[];
  /** Words for "." in a domain or local part. */
  dot: readonly string[];
}

export const SYMBOL_WORDS: Record<string, SymbolWords> = {
  en: { at: ['at', 'at the rate', 'at sign', 'at symbol', 'at the rate of'], dot: ['dot', 'period', 'full stop'] },
  es: { at: ['arroba'], dot: ['punto'] },
  pt: { at: ['arroba'], dot: ['ponto'] },
  fr: { at: ['arobase', 'arobas', 'a commercial', 'at'], dot: ['point'] },
  de: { at: ['at', 'ät', 'klammeraffe', 'affenschwanz', 'affenohr'], dot: ['punkt'] },
  it: { at: ['chiocciola', 'chiocciolina', 'at'], dot: ['punto'] },
  nl: { at: ['apenstaartje', 'apestaartje', 'apenstaart', 'at'], dot: ['punt'] },
  // Romanian also dictates "@" as "la" ("at", a preposition: ambiguous below).
  ro: { at: ['arond', 'a rond', 'coada de maimuta', 'la'], dot: ['punct'] },
  ru: { at: ['собака', 'собачка', 'sobaka', 'sobachka'], dot: ['точка', 'tochka'] },
  uk: { at: ['равлик', 'собачка', 'ravlyk'], dot: ['крапка', 'krapka'] },
  pl: { at: ['małpa', 'malpa', 'małpka', 'malpka'], dot: ['kropka'] },
  cs: { at: ['zavináč', 'zavinac'], dot: ['tečka', 'tecka'] },
  sk: { at: ['zavináč', 'zavinac'], dot: ['bodka'] },
  hu: { at: ['kukac'], dot: ['pont'] },
  sv: { at: ['snabel-a', 'snabel a'], dot: ['punkt'] },
  da: { at: ['snabel-a', 'snabel a'], dot: ['punktum'] },
  no: { at: ['krøllalfa', 'alfakrøll', 'snabel-a'], dot: ['punktum', 'prikk'] },
  fi: { at: ['ät', 'miukumauku'], dot: ['piste'] },
  // Greek "στο" ("at the"), as an address is read out ("eleni στο yahoo τελεία gr"): a bare at-word,
  // it counts only with a provider or a spelled dot, as English "at" does.
  el: { at: ['παπάκι', 'παπακι', 'at', 'στο'], dot: ['τελεία', 'τελεια', 'ντοτ'] },
  tr: { at: ['et işareti', 'et isareti', 'et'], dot: ['nokta'] },
  vi: { at: ['a còng', 'a cong', 'a móc', 'a moc'], dot: ['chấm', 'cham'] },
  // Indonesian also dictates "@" as "di" ("at", the preposition: accepted only inside an address).
  id: { at: ['et', 'at', 'di'], dot: ['titik', 'dot'] },
  // Swahili: nukta (and kitone) for the dot; "@" is said in English.
  sw: { at: ['at'], dot: ['nukta', 'kitone', 'dot'] },
  ms: { at: ['alias', 'at'], dot: ['titik', 'dot'] },
  tl: { at: ['at'], dot: ['tuldok', 'dot'] },
  hi: { at: ['ऐट', 'एट', 'ऐट द रेट', 'एट द रेट', 'एट दी रेट', 'ऍट'], dot: ['डॉट', 'डाट', 'डोट'] },
  bn: { at: ['অ্যাট', 'এট'], dot: ['ডট'] },
  ur: { at: ['ایٹ'], dot: ['ڈاٹ'] },
  ar: { at: ['آت', 'أت', 'ات', 'على'], dot: ['دوت', 'دوط', 'نقطة', 'نقطه'] },
  fa: { at: ['اَت', 'ات'], dot: ['دات', 'نقطه'] },
  he: { at: ['שטרודל', 'כרוכית'], dot: ['נקודה', 'דוט'] },
  ja: { at: ['アットマーク', 'アット', 'あっと'], dot: ['ドット', 'どっと'] },
  zh: { at: ['艾特', '圈a', '小老鼠', '爱特'], dot: ['点', '點', '多特'] },
  ko: { at: ['골뱅이', '앳', '엣'], dot: ['닷', '점'] },
  th: { at: ['แอท', 'แอ็ท'], dot: ['ดอท', 'จุด'] },
  ta: { at: ['அட்', 'ஆட்'], dot: ['டாட்', 'டொட்', 'புள்ளி'] },
  te: { at: ['ఎట్', 'యాట్'], dot: ['డాట్', 'చుక్క'] },
  am: { at: ['አት', 'ኣት'], dot: ['ዶት', 'ነጥብ'] },
  kn: { at: ['ಅಟ್', 'ಆಟ್'], dot: ['ಡಾಟ್'] },
  ml: { at: ['അറ്റ്'], dot: ['ഡോട്ട്', 'കുത്ത്'] },
  gu: { at: ['એટ', 'ઍટ'], dot: ['ડોટ', 'ડૉટ'] },
  mr: { at: ['ॲट', 'ऍट'], dot: ['डॉट'] },
  // Georgian ძაღლუკა ("little dog") and Armenian շնիկ ("puppy") are those languages' names
  // for "@" (Wikipedia, "At sign" § Names in other languages); წერტილი and կետ are "point".
  ka: { at: ['ძაღლუკა', 'ეტ', 'ეთ', 'ეთი'], dot: ['წერტილი'] },
  hy: { at: ['շնիկ', 'էտ'], dot: ['կետ'] },
  // Bulgarian кльомба ("@", Wikipedia, "At sign" § Names in other languages) and маймунско а
  // ("monkey a"); Nepali says the English words in Devanagari (एट, डट) as Hindi does.
  bg: { at: ['кльомба', 'маймунско а', 'маймунка'], dot: ['точка'] },
  ne: { at: ['एट', 'ऐट'], dot: ['डट', 'डट्', 'डॉट'] },
  // Serbian мајмунче / majmunče ("little monkey", Wikipedia "At sign" § Names in other languages)
  // and тачка / tačka ("point"), in both alphabets and typed without the háček; Croatian and
  // Bosnian say "majmunčić"/"manki" for "@".
  sr: { at: ['мајмунче', 'majmunče', 'majmunce', 'majmunčić', 'majmuncic'], dot: ['тачка', 'tačka', 'tacka', 'točka', 'tocka'] },
  // The languages the detector had no words for (issue 12, broadening by kind): Wikipedia, "At
  // sign" § Names in other languages (Slovenian afna, Croatian manki, Lithuanian eta, Estonian
  // kommertsmärk, Catalan arrova, Afrikaans aapstert, Belarusian сабачка, Kazakh айқұлақ, Uzbek
  // kuchukcha "puppy") and each language's word for "point"; the scripts' transliterations of
  // "at"/"dot" as Hindi's are (Burmese, Khmer, Lao, Sinhala, Gurmukhi, Pashto).
  // Wikipedia, "At sign" § Names in other languages, and the languages' words for "point".
  sl: { at: ['afna'], dot: ['pika'] },
  hr: { at: ['manki', 'majmunčić'], dot: ['točka'] },
  bs: { at: ['majmunče'], dot: ['tačka'] },
  mk: { at: ['мајмунче'], dot: ['точка'] },
  sq: { at: ['et'], dot: ['pikë', 'pike'] },
  lt: { at: ['eta'], dot: ['taškas', 'taskas'] },
  lv: { at: ['et'], dot: ['punkts'] },
  et: { at: ['ät', 'kommertsmärk'], dot: ['punkt'] },
  ca: { at: ['arrova', 'arroba'], dot: ['punt'] },
  af: { at: ['aapstert'], dot: ['punt'] },
  be: { at: ['сабачка'], dot: ['кропка'] },
  kk: { at: ['айқұлақ', 'ет'], dot: ['нүкте'] },
  ky: { at: ['собачка'], dot: ['чекит'] },
  uz: { at: ['kuchukcha', 'кучукча'], dot: ['nuqta', 'нуқта'] },
  az: { at: ['et'], dot: ['nöqtə', 'noqte'] },
  mn: { at: ['эт'], dot: ['цэг'] },
  my: { at: ['အက်'], dot: ['ဒေါ့'] },
  km: { at: ['អាត់'], dot: ['ដត', 'ចុច'] },
  lo: { at: ['ແອັດ'], dot: ['ດອດ', 'ຈຸດ'] },
  si: { at: ['ඇට්'], dot: ['ඩොට්', 'තිත'] },
  pa: { at: ['ਐਟ', 'ਐਟ ਦ ਰੇਟ'], dot: ['ਡਾਟ', 'ਡੌਟ'] },
  ps: { at: ['اټ'], dot: ['ډاټ', 'ټکی'] },
  so: { at: ['at'], dot: ['dhibic'] },
  zu: { at: ['at'], dot: ['ichashazi'] },
};

/**
 * Mail providers and top-level domains as people write them in their own script when they
 * dictate an address ("ahmed آت جيميل دوت كوم", "ravi ऐट जीमेल डॉट कॉम"): each maps to the
 * ASCII label it stands for. Sources: the providers' names as transliterated in the
 * Wikipedia articles of each language (Gmail, Yahoo!, Hotmail/Outlook.com) and the
 * pronunciations of ".com"/".net"/".org" in those scripts; entries are written as typed and
 * folded by callers like the text.
 */
export const DOMAIN_WORDS: Record<string, string[]> = {
  // The Latin names split or spelled as said ("at g mail dot com", "hot mail"), so that a
  // filter looking for "gmail" misses them.
  gmail: [
    'g mail',
    'g-mail',
    'g. mail',
    'gee mail',
    'g male',
    'جيميل',
    'جي ميل',
    'جیمیل',
    'جی میل',
    'जीमेल',
    'जी मेल',
    'জিমেইল',
    'জি মেইল',
    'ஜிமெயில்',
    'ஜி மெயில்',
    'జీమెయిల్',
    'જીમેલ',
    'จีเมล',
    'จีเมล์',
    'ジーメール',
    '지메일',
    'ג׳ימייל',
    "ג'ימייל",
    'τζιμέιλ',
    'джимейл',
    'гмейл',
    'ጂሜይል',
  ],
  yahoo: ['ya hoo', 'ya-hoo', 'ياهو', 'یاهو', 'یاہو', 'याहू', 'ইয়াহু', 'யாகூ', 'యాహూ', 'યાહૂ', 'ยาฮู', 'ヤフー', '야후', 'יאהו', 'γιάχου', 'яху'],
  hotmail: [
    'hot mail',
    'hot-mail',
    'هوتميل',
    'هوت ميل',
    'هات میل',
    'ہاٹ میل',
    'हॉटमेल',
    'হটমেইল',
    'ஹாட்மெயில்',
    'ฮอตเมล',
    'ホットメール',
    '핫메일',
    'הוטמייל',
    'хотмейл',
  ],
  yandex: ['яндекс', 'яндэкс', 'ياندكس'],
  outlook: [
    'out look',
    'out-look',
    'آؤٹ لک',
    'آؤٹلک',
    'اؤٹ لک',
    'اوتلوك',
    'آوتلوک',
    'आउटलुक',
    'আউটলুক',
    'அவுட்லுக்',
    'เอาท์ลุค',
    'アウトルック',
    '아웃룩',
    'אאוטלוק',
    'аутлук',
  ],
  ru: ['ру'],
  com: ['ኮም', 'كوم', 'كم', 'کام', 'کوم', 'कॉम', 'কম', 'காம்', 'కామ్', 'કોમ', 'คอม', 'コム', '컴', '콤', 'קום', 'κομ', 'ком'],
  net: ['نت', 'نیت', 'नेट', 'নেট', 'நெட்', 'నెట్', 'เน็ต', 'ネット', '넷', 'נט', 'νετ', 'нет'],
  in: ['इन', 'ইন', 'இன்'],
  org: ['اورج', 'اورگ', 'ऑर्ग', 'অর্গ', 'ஆர்க்', 'ออร์ก', 'オルグ', '오알지', 'אורג'],
};

/**
 * "@" words that are also common short words of some language ("at", "et", "a còng" starts
 * with "a"): the address finder wants more evidence around them (a provider, a spelled dot,
 * or a word for "e-mail" before).
 */
// Romanian "la", Arabic "على" and Greek "στο" ("on, at", said for "@" as in English) are prepositions first.
// Lithuanian "eta" (also the Greek letter), Kazakh "ет" and Mongolian "эт" (said like "at") too.
export const AMBIGUOUS_AT = new Set(['at', 'et', 'alias', 'ات', 'la', 'على', 'στο', 'eta', 'ет', 'эт']);

/** Every "@" and "." word, over all languages. */
export function allSymbolWords(kind: keyof SymbolWords): string[] {
  return [...new Set(Object.values(SYMBOL_WORDS).flatMap((w) => w[kind]))];
}
