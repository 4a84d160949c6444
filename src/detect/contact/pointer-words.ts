// Pointers to a channel without an identifier, per language: "the same @ as here", "a number where
// I can reach you", and a personal site's contact page given as its address. Folded like the text
// (lower case, Latin accents stripped).

/** "The same" before an at sign: "same @ as here", "o mesmo @", "el mismo @", "тот же @". */
export const SAME_AT =
  /(?<![^\s,(])(?:the same|same|o mesmo|mesmo|a mesma|el mismo|mismo|le meme|meme|denselben|dasselbe|derselbe|gleichen?|selben?|lo stesso|stesso|ten sam|taki sam|ayni|sama|cung|dezelfde|zelfde|acelasi|тот же|такой же|той самий|такий самий|نفس|همون|همان|वही|একই|同じ|같은|同样的|相同的|אותו|ίδιο|ιδιο|იგივე|նույն|ተመሳሳይ)\s?(?:@|at sign|arroba)/;

/** Nouns for a phone number, per language (Latin, Cyrillic, Greek and a few more). */
export const NUMBER_NOUNS = [
  'number',
  'phone',
  'numero',
  'numéro',
  'número',
  'nummer',
  'telefonnummer',
  'handynummer',
  'numer',
  'numar',
  'numarul',
  'numara',
  'nomor',
  'so dien thoai',
  'namba',
  'номер',
  'телефон',
  'αριθμό',
  'τηλέφωνο',
  'מספר',
  'رقم',
  'شماره',
  'नंबर',
  'নম্বর',
  '番号',
  '号码',
  '번호',
  'เบอร์',
  'ნომერ*',
  'համար*',
  'ቁጥር',
];

/** Verbs of reaching someone (reach, call, get hold of), per language. */
export const REACH_VERBS = [
  'reach you',
  'reach me',
  'get hold of you',
  'call you',
  'joindre',
  'te joindre',
  'vous joindre',
  "t'appeler",
  'dich erreichen',
  'sie erreichen',
  'dich anrufen',
  'sie anrufen',
  'localizarte',
  'contactarte',
  'llamarte',
  'te ligar',
  'falar contigo',
  'contatar',
  'raggiungerti',
  'chiamarti',
  'contattarti',
  'zadzwonić',
  'zadzwonic',
  'złapać',
  'zlapac',
  'bereiken',
  'bellen',
  'sana ulaşabileceğim',
  'sana ulasabilecegim',
  'ulaşabilirim',
  'ulasabilirim',
  'menghubungi',
  'hubungi',
  'lien lac',
  'kukupigia',
  'să te sun',
  'sa te sun',
  'te contactez',
  'дозвониться',
  'связаться',
  'позвонить',
  "зв'язатися",
  'зателефонувати',
  'να σε βρω',
  'να σε πάρω',
  'להשיג אותך',
  'להתקשר',
  'أتواصل',
  'اتصل بك',
  'تماس بگیرم',
  'संपर्क कर',
  'কল করতে',
  '連絡でき',
  '联系你',
  '연락',
  'ติดต่อ',
  'დაგიკავშირდე',
  'կապվեմ',
  'ላገኝህ',
];

const CONTACT_SLUGS = 'contact(?:-?us|-me|o|ez-moi)?|kontakt[a-z]*|contato|contatti|contacte|iletisim|kontak|lien-he|связь|kontakty|kapcsolat';
/** The path of a site's contact page, in the languages' usual slugs. */
export const CONTACT_PATH = new RegExp(`(?:^|[^\\w.@/-])((?:[a-z0-9-]+\\.)+[a-z]{2,})\\/(?:${CONTACT_SLUGS})(?![\\w-])`);
/**
 * The slash and slug inside every CONTACT_PATH match: a scan for a literal "/" where
 * CONTACT_PATH reads a domain from every position, so texts without a contact page skip it.
 */
export const CONTACT_PATH_HINT = new RegExp(`\\/(?:${CONTACT_SLUGS})`);
