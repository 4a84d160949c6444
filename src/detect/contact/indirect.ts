// Indirect moves off the platform, read by concept in every language the detector covers: a
// number promised in later messages or in pieces, a QR code kept on one's profile or portfolio,
// "look me up on <app>", and a call on an outside tool before the contract. Each concept is a
// word list per language (folded like the text: lower case, Latin accents stripped); the rules
// are co-occurrences inside one clause, so their cost is one word pass plus fixed windows.
import { normalize } from '../normalize/normalize.ts';
import { WordFinder } from '../normalize/word-finder.ts';
import { emit, type ScanContext } from './context.ts';
import {
  APP_FINDER,
  CHANNEL_FINDER,
  CONTACT_FINDER,
  clause,
  NEGATION_FINDER,
  NOT_CONTACT_FINDER,
  PLATFORM_FINDER,
  THERE_FINDER,
  TOOL_FINDER,
  WORK_FINDER,
} from './intent-cues.ts';
import { FILTER_COMPLAINTS, LATER_PARTS, SOON } from './pointer-words.ts';

const fold = (w: string) => normalize(w).text;
const finder = (words: string[]) => new WordFinder(words.map(fold));

/** "next", "following", "later" before or after the word for message, per language. */
const NEXT = [
  // "Another / one more message", per language ("ще одне повідомлення", "en otro mensaje").
  'another',
  'one more',
  'ще одне',
  'ще одному',
  'ещё одно',
  'еще одно',
  'ещё одном',
  'еще одном',
  'otro',
  'outra',
  'outro',
  'autre',
  'altro',
  'anderen',
  'innej',
  'başka',
  // hu, uk, cs, sk, sv, ro, ms, el, he
  'következő',
  'kovetkezo',
  'наступними',
  'наступні',
  'další',
  'dalších',
  'nasledujúcej',
  'nästa',
  'următorul',
  'următoarele',
  'urmatoarele',
  'seterusnya',
  'επόμενα',
  'הבאים',
  'next',
  'following',
  'upcoming',
  'siguiente',
  'siguientes',
  'proximo',
  'proximos',
  'proxima',
  'proximas',
  'prochain',
  'prochains',
  'suivant',
  'suivants',
  'nachste',
  'nachsten',
  'folgenden',
  'prossimo',
  'prossimi',
  'successivo',
  'successivi',
  'nastepnej',
  'nastepnych',
  'kolejnej',
  'kolejnych',
  'следующем',
  'следующих',
  'следующие',
  'следующее',
  'наступному',
  'наступних',
  'sonraki',
  'berikutnya',
  'selanjutnya',
  'susunod',
  'sau',
  'tiep theo',
  'unaofuata',
  'zinazofuata',
  'ijayo',
  'volgende',
  'القادمة',
  'التالية',
  'الجاية',
  'بعدی',
  'بعدي',
  'अगले',
  'अगला',
  'agle',
  'agla',
  'পরের',
  'পরবর্তী',
  'اگلے',
  'اگلی',
  '次の',
  '下一条',
  '下一條',
  '下条',
  '다음',
  'ถัดไป',
  'หน้า',
  'הבאה',
  'הבאות',
  'επόμενο',
  'επόμενα',
  'அடுத்த',
  'తరువాతి',
  'తదుపరి',
  'ቀጣይ',
  'ቀጣዩ',
  // Inflected forms as stems (Slavic cases: наступним, następnej, kolejnej), and more scripts.
  'наступн*',
  'следующ*',
  'nastepn*',
  'następn*',
  'kolejn*',
  'sonrak*',
  'berikut*',
  'επόμεν*',
  'הבאה',
  'הבא',
  'التالية',
  'القادمة',
  'بعدی',
  'अगले',
  'अगली',
  'পরের',
  'அடுத்த',
  'შემდეგ*',
  'հաջորդ*',
  'ቀጣዩ',
  'ቀጥሎ',
];
/** The word for a chat message, per language (singular and plural). */
const MESSAGE = [
  // hu, uk, cs, sk, sv, ro, ms
  'üzenet',
  'üzenetben',
  'üzenetekben',
  'uzenetekben',
  'повідомленнями',
  'zprávě',
  'zprávách',
  'správe',
  'meddelande',
  'meddelanden',
  'mesajul',
  'mesaje',
  'mesej',
  'message',
  'messages',
  'msg',
  'msgs',
  'text',
  'texts',
  'chat',
  'chats',
  'mensaje',
  'mensajes',
  'mensagem',
  'mensagens',
  'nachricht',
  'nachrichten',
  'messaggio',
  'messaggi',
  'wiadomosci',
  'wiadomosciach',
  'wiadomosc',
  'сообщении',
  'сообщениях',
  'сообщения',
  'сообщение',
  'повідомленні',
  'повідомленнях',
  'повідомлення',
  'mesaj',
  'mesajda',
  'mesajlarda',
  'mesajlar',
  'pesan',
  'tin nhan',
  'tin',
  'ujumbe',
  'jumbe',
  'bericht',
  'berichten',
  'berichtje',
  'رسالة',
  'الرسالة',
  'الرسائل',
  'رسائل',
  'پیام',
  'مسج',
  'मैसेज',
  'message mein',
  'मेसेज',
  'মেসেজে',
  'মেসেজ',
  'বার্তায়',
  'میسج',
  'پیغام',
  'メッセージ',
  'メッセ',
  '消息',
  '訊息',
  '信息',
  '메시지',
  '메세지',
  '톡',
  'ข้อความ',
  'แชท',
  'הודעה',
  'בהודעה',
  'בהודעות',
  'הודעות',
  'μήνυμα',
  'μηνύματα',
  'மெசேஜ்',
  'மெசேஜ்ல',
  'மெசேஜில்',
  'మెసేజ్',
  'మెసేజ్‌లో',
  'መልዕክት',
  'መልእክት',
  // Inflected forms as stems, and more scripts.
  'повідомлен*',
  'сообщени*',
  'смс*',
  'wiadomo*',
  'mesaj*',
  'pesan',
  'μήνυμ*',
  'הודעה',
  'בהודעה',
  'رسالة',
  'الرسالة',
  'پیام',
  'मैसेज',
  'संदेश',
  'মেসেজে',
  'মেসেজ',
  'மெசேஜ்',
  'மெசேஜ்ல',
  'შეტყობინებ*',
  'მესიჯ*',
  'հաղորդագրությ*',
  'նամակ*',
  'መልእክት',
];
/** "in pieces", "bit by bit", "split", "in several messages": a number sent so a filter misses it. */
const PIECES = [
  // Half the number now, the rest promised: "first half", "the other half", "the rest of my number".
  'first half',
  'second half',
  'other half',
  'rest of my number',
  'rest of the number',
  'the rest once',
  'half of my number',
  'primera mitad',
  'la otra mitad',
  'el resto del numero',
  'primeira metade',
  'a outra metade',
  'o resto do numero',
  'premiere moitie',
  "l'autre moitie",
  'erste halfte',
  'andere halfte',
  'prima meta',
  "l'altra meta",
  'первая половина',
  'вторую половину',
  'остальные цифры',
  'решту цифр',
  'pierwsza polowa',
  'druga polowe',
  'ilk yarisi',
  'diger yarisi',
  // Separately, in a message of its own.
  'separately',
  'por separado',
  'separadamente',
  'separement',
  'getrennt',
  'separatamente',
  'osobno',
  'отдельно',
  'окремо',
  'ayri ayri',
  // hu, uk, cs, sv, ro, ms
  'darabokban',
  'részletekben',
  'частинами',
  'по частинах',
  'po částech',
  'po kouscích',
  'i delar',
  'pe bucăți',
  'pe bucati',
  'sikit-sikit',
  'in parts',
  'in pieces',
  'bit by bit',
  'in bits',
  'piece by piece',
  'split it',
  'in two messages',
  'por partes',
  'en partes',
  'en pedazos',
  'em partes',
  'em pedacos',
  'aos poucos',
  'en morceaux',
  'en plusieurs fois',
  'stuckweise',
  'in teilen',
  'in stucken',
  'a pezzi',
  'a pezzetti',
  'in piu parti',
  'w kawałkach',
  'po kawałku',
  'na raty',
  'в кусках',
  'по частям',
  'частями',
  'частинами',
  'по частинах',
  'parca parca',
  'parcalar halinde',
  'sepotong-sepotong',
  'sepotong sepotong',
  'dicicil',
  'terpisah',
  'paputol-putol',
  'hati-hati',
  'tung phan',
  'kidogo kidogo',
  'in stukjes',
  'in delen',
  'على أجزاء',
  'على دفعات',
  'مقسم',
  'تکه تکه',
  'تیکه تیکه',
  'جدا جدا',
  'टुकड़ों में',
  'tukdon mein',
  'tukdo me',
  'টুকরো টুকরো',
  'ভাগ করে',
  'ٹکڑوں میں',
  '分けて',
  '分割して',
  '分开发',
  '分几条',
  '分幾條',
  '분할해서',
  '나눠서',
  '나누어',
  'แบ่งส่ง',
  'בחלקים',
  'σε κομμάτια',
  'பிரிச்சு',
  'பிரித்து',
  'విడివిడిగా',
  'ከፋፍዬ', // The next message(s) without the word for message, and "split in two" (pointer-words.ts).
  ...LATER_PARTS,
];
/** Words for a QR code in every script. */
const QR = [
  'qr',
  'qr code',
  'qr-code',
  'qrcode',
  'codigo qr',
  'code qr',
  'kod qr',
  'karekod',
  'karekodu',
  '二维码',
  '二維碼',
  'qrコード',
  '큐알',
  'คิวอาร์',
  'קוד qr',
  'کیو آر',
  'کیوآر',
  'کد qr',
  'رمز qr',
  'क्यूआर',
  'কিউআর',
  'க்யூஆர்',
  'క్యూఆర్',
  'ኪውአር',
  'qr kod',
  'код qr',
  'qr-код',
  'qr-кодом',
  'qr-коду',
  // A barcode is what many call a QR code (Indonesian and Turkish usage).
  'barcode',
  'bar code',
  'kode qr',
  'kode batang',
  'codigo de barras',
  'code-barres',
  'code barre',
  'strichcode',
  'kod kreskowy',
  'barkod',
  'barkodu',
  'штрихкод',
  'штрих-код',
  'штрихкоду',
  '条形码',
  '條碼',
  'バーコード',
  '바코드',
  'บาร์โค้ด',
  'ברקוד',
  'باركود',
  'بارکد',
  'बारकोड',
  'বারকোড',
  'ბარკოდ*',
  'շտրիխկոդ*',
  'ባርኮድ',
];
/** Where one keeps a QR code that leads to oneself: profile picture, avatar, portfolio, bio, cover. */
const QR_PLACES = [
  'avatar',
  'profile',
  'portfolio',
  'portafolio',
  'portofolio',
  'portfolyo',
  'bio',
  'foto de perfil',
  'foto do perfil',
  'photo de profil',
  'profilbild',
  'profilfoto',
  'foto profilo',
  'zdjeciu profilowym',
  'zdjecie profilowe',
  'profil',
  'profilu',
  'profilimde',
  'profil fotografimdaki',
  'profil fotografimda',
  'foto profil',
  'larawan',
  'picha ya wasifu',
  'profielfoto',
  'аватар',
  'аватарке',
  'аватарці',
  'профиле',
  'профілі',
  'портфолио',
  'портфоліо',
  '头像',
  '頭像',
  '主页',
  '作品集',
  'プロフィール',
  'アイコン',
  'ポートフォリオ',
  '프로필',
  '포트폴리오',
  'โปรไฟล์',
  'פרופיל',
  'הפרופיל',
  'בפורטפוליו',
  'פורטפוליו',
  'προφίλ',
  'χαρτοφυλάκιο',
  'پروفایل',
  'بروفايل',
  'البروفايل',
  'الملف الشخصي',
  'پروفائل',
  'प्रोफाइल',
  'प्रोफ़ाइल',
  'পোর্টফোলিও',
  'প্রোফাইল',
  'ப்ரொஃபைல்',
  'ప్రొఫైల్',
  'ፕሮፋይል',
  // Inflected and possessive forms (profilku, profilimde, perfil, профиле) as stems; the
  // portfolio and the profile with the case endings of Bengali (পোর্টফোলিওর), Hindi/Nepali,
  // Tamil, Georgian, Greek, Slavic and Turkish.
  'portfolio*',
  'portofoli*',
  'portföy*',
  'портфолио*',
  'портфоліо*',
  'χαρτοφυλάκι*',
  'পোর্টফোলিও*',
  'প্রোফাইল*',
  'पोर्टफोलियो*',
  'प्रोफाइल*',
  'போர்ட்ஃபோலியோ*',
  'ப்ரொஃபைல்*',
  'პორტფოლიო*',
  'პროფილ*',
  'profil*',
  'perfil*',
  'profiel*',
  'профил*',
  'профіл*',
];
/** "look me up", "search for me", "find me" as an imperative about oneself, per language. */
const LOOK_ME_UP = [
  'look me up',
  'search me',
  'search for me',
  'find me',
  'buscame',
  'busquenme',
  'me busca',
  'me procura',
  'procure-me',
  'me encontra',
  'cherche-moi',
  'cherchez-moi',
  'trouve-moi',
  'such mich',
  'suche mich',
  'suchen sie mich',
  'find mich',
  'cercami',
  'trovami',
  'znajdz mnie',
  'wyszukaj mnie',
  'найди меня',
  'найдите меня',
  'ищи меня',
  'знайди мене',
  'знайдіть мене',
  'шукай мене',
  'beni bul',
  'beni ara',
  'cari aku',
  'cari saya',
  'hanapin mo ako',
  'tim minh',
  'tim toi',
  'nitafute',
  'nitafuteni',
  'zoek me',
  'zoek mij',
  'ابحث عني',
  'دور علي',
  'دورلي',
  'منو پیدا کن',
  'پیدام کن',
  'मुझे ढूंढ',
  'mujhe dhoondh',
  'আমাকে খুঁজ',
  'مجھے ڈھونڈ',
  'で検索',
  'と検索',
  '検索して',
  '検索すれば',
  '搜一下',
  '검색하면',
  '검색하세요',
  '搜我',
  '搜索我',
  '검색해',
  'ค้นหา',
  'תחפש אותי',
  'חפש אותי',
  'ψάξε με',
  'என்னை தேடு',
  'నన్ను వెతక',
  'ፈልጉኝ',
  'ፈልገኝ',
];
/** "before the contract / before you hire / before the offer", per language. */
const BEFORE_CONTRACT = [
  'before the contract',
  'before you hire',
  'before hiring',
  'before the offer',
  'before signing',
  'pre-hire',
  'antes del contrato',
  'antes de contratar',
  'antes de la oferta',
  'antes do contrato',
  'antes de contratar',
  'antes da proposta',
  'avant le contrat',
  'avant que tu acceptes',
  "avant d'accepter",
  'avant la mission',
  'vor dem vertrag',
  'vor vertragsabschluss',
  'vor der beauftragung',
  'prima del contratto',
  "prima dell'offerta",
  'przed umowa',
  'przed podpisaniem',
  'до контракта',
  'до договора',
  'до найма',
  'до контракту',
  'до договору',
  'sozlesmeden once',
  'teklifi kabul etmeden',
  'isi almadan once',
  'sebelum kontrak',
  'sebelum deal',
  'sebelum hire',
  'bago ka mag-hire',
  'bago mag-hire',
  'bago ang kontrata',
  'truoc khi ky hop dong',
  'truoc hop dong',
  'kabla ya mkataba',
  'voor het contract',
  'voordat je me inhuurt',
  'قبل العقد',
  'قبل التعاقد',
  'قبل از قرارداد',
  'قبل از شروع قرارداد',
  'contract se pehle',
  'hire karne se pehle',
  'कॉन्ट्रैक्ट से पहले',
  'চুক্তির আগে',
  'کنٹریکٹ سے پہلے',
  '契約前',
  '契約の前',
  '合同之前',
  '签约前',
  '계약 전',
  '계약하기 전',
  'ก่อนทำสัญญา',
  'לפני החוזה',
  'πριν το συμβόλαιο',
  'ஒப்பந்தத்துக்கு முன்',
  'ఒప్పందానికి ముందు',
  'ከውሉ በፊት',
];
/** Talking, which on a meeting tool is a call: "talk on Zoom", "baat on Meet". */
const TALK = [
  'talk',
  'speak',
  'chat',
  'hablar',
  'hablamos',
  'falar',
  'falamos',
  'parler',
  'sprechen',
  'reden',
  'parlare',
  'parliamo',
  'porozmawiac',
  'pogadac',
  'поговорим',
  'поговорить',
  'обсудим',
  'поговоримо',
  'konusalim',
  'gorusmek',
  'gorusuruz',
  'gorusur',
  'ngobrol',
  'bicara',
  'mag-usap',
  'usap',
  'noi chuyen',
  'tuongee',
  'praten',
  'bellen',
  'نتكلم',
  'نتحدث',
  'صحبت',
  'حرف بزنیم',
  'جلسه',
  'baat',
  'बात',
  'কথা',
  'بات',
  '話',
  '聊',
  '얘기',
  '이야기',
  'คุย',
  'לדבר',
  'נדבר',
  'να μιλήσουμε',
  'பேச',
  'మాట్లాడ',
  'እናውራ',
];
/** A meeting tool used as a verb or with an article before it: "mag-zoom", "un petit zoom", "a quick skype". */
const TOOL_AS_MEETING_BEFORE =
  /(?:^|[\s(])(?:mag-|i-|un |une |uno |una |um |uma |a |an |ein |einen |eine |bir |een )(?:quick |short |petit |kurzen |kleinen |rapido |rapida |breve )?$/;
/** ... or with a particle after it: "zoom yuk", "zoom dulu" (Indonesian), "zoom muna" (Tagalog). */
const TOOL_AS_MEETING_AFTER = /^\s(?:yuk|yok|dulu|bentar|sebentar|muna|tayo)\b/;

/** A plain "not" per language: "I would not use Skype before the contract" declines. */
const NOT = [
  'not',
  "don't",
  'no',
  'nao',
  'pas',
  'nicht',
  'kein',
  'keine',
  'non',
  'nie',
  'не',
  'ні',
  'degil',
  'istemem',
  'tidak',
  'nggak',
  'gak',
  'hindi',
  'ayoko',
  'khong',
  'hapana',
  'sitaki',
  'niet',
  'geen',
  'لا',
  'لن',
  'نه',
  'نمی',
  'नहीं',
  'না',
  'نہیں',
  'ない',
  'ません',
  '不',
  '没',
  '안',
  '않',
  'ไม่',
  'לא',
  'δεν',
  'இல்லை',
  'వద్దు',
  'లేదు',
  'አልፈልግም',
];
const NOT_FINDER = finder(NOT);
const NEXT_FINDER = finder(NEXT);
const MESSAGE_FINDER = finder(MESSAGE);
const PIECES_FINDER = finder(PIECES);
const FILTER_FINDER = finder(FILTER_COMPLAINTS);
const SOON_FINDER = finder(SOON);
const QR_FINDER = finder(QR);
const QR_PLACE_FINDER = finder(QR_PLACES);
const LOOK_ME_UP_FINDER = finder(LOOK_ME_UP);
const BEFORE_CONTRACT_FINDER = finder(BEFORE_CONTRACT);
const TALK_FINDER = finder(TALK);

/** Whether "next" and "message" stand within a short gap of each other in [from, to). */
function nextMessageIn(text: string, from: number, to: number): { start: number; end: number } | undefined {
  for (const n of NEXT_FINDER.findIn(text, from, to)) {
    for (const m of MESSAGE_FINDER.findIn(text, from, to)) {
      const gap = m.start >= n.end ? m.start - n.end : n.start - m.end;
      if (gap >= 0 && gap <= 12) return { start: from + Math.min(n.start, m.start), end: from + Math.max(n.end, m.end) };
    }
  }
  return undefined;
}

function clean(text: string, from: number, to: number): boolean {
  return !NEGATION_FINDER.hasIn(text, from, to) && !NOT_CONTACT_FINDER.hasIn(text, from, to) && !WORK_FINDER.hasIn(text, from, to);
}

/** Emits offplatform.solicitation and offplatform.interview_outside for the indirect forms above. */
export function findIndirectMoves(ctx: ScanContext): void {
  const has = (type: string) => ctx.signals.some((s) => s.type === type);
  // A number already in the message is the identifier finders' business: "in pieces" then describes it.
  const identified = ctx.signals.some((s) => s.type.startsWith('contact.'));
  if (!has('offplatform.solicitation')) (!identified && findPromisedLater(ctx)) || findQr(ctx) || findLookMeUp(ctx);
  if (!has('offplatform.solicitation')) findChannelQuestion(ctx);
  if (!has('offplatform.interview_outside')) findMeetingBeforeContract(ctx);
}

/**
 * The digits themselves, per language: a contact word only here, beside "in the next message" or
 * "separately" ("I'll write one more message with the digits separately").
 */
const DIGITS = ['digits', 'the digits', 'цифрами', 'цифри', 'цифры', 'digitos', 'chiffres', 'ziffern', 'cifre', 'cyfry', 'rakamlari', 'angkanya'];
const DIGITS_FINDER = finder(DIGITS);

/** A contact word and "in the next message(s)" or "in pieces" in one clause: a number sent to slip past the filter. */
function findPromisedLater(ctx: ScanContext): boolean {
  const { text } = ctx;
  const contacts = CONTACT_FINDER.find(text);
  for (const c of contacts.length > 0 ? contacts : DIGITS_FINDER.find(text)) {
    // The filter complaint and the promise often fill a long sentence: a wider clause.
    const [from, to] = clause(text, c.start, c.end, 90);
    const later =
      nextMessageIn(text, from, to) ??
      PIECES_FINDER.findIn(text, from, to).map((p) => ({ start: from + p.start, end: from + p.end }))[0] ??
      soonPastFilter(text, from, to);
    if (!later || !clean(text, from, to)) continue;
    emit(ctx, 'offplatform.solicitation', 'medium', Math.min(c.start, later.start), Math.max(c.end, later.end));
    return true;
  }
  return false;
}

/**
 * "Sending my digits in a sec, the filter ate them": soon, with the filter complained of, in the
 * clause; either alone is ordinary ("the search filter is broken", "I'll call in a sec").
 */
function soonPastFilter(text: string, from: number, to: number): { start: number; end: number } | undefined {
  const soon = SOON_FINDER.findIn(text, from, to)[0];
  const filter = soon && FILTER_FINDER.findIn(text, from, to)[0];
  return soon && filter ? { start: from + Math.min(soon.start, filter.start), end: from + Math.max(soon.end, filter.end) } : undefined;
}

/** A QR code on one's profile picture, avatar or portfolio. */
function findQr(ctx: ScanContext): boolean {
  const { text } = ctx;
  for (const q of QR_FINDER.find(text)) {
    const [from, to] = clause(text, q.start, q.end);
    const place = QR_PLACE_FINDER.findIn(text, from, to)[0];
    if (!place || !clean(text, from, to)) continue;
    emit(ctx, 'offplatform.solicitation', 'medium', Math.min(q.start, from + place.start), Math.max(q.end, from + place.end));
    return true;
  }
  return false;
}

/** Up to `reach` characters each side of [start, end) on its line. */
function lineAround(text: string, start: number, end: number, reach: number): [number, number] {
  let from = start;
  while (from > 0 && start - from < reach && text[from - 1] !== '\n') from--;
  let to = end;
  while (to < text.length && to - end < reach && text[to] !== '\n') to++;
  return [from, to];
}

/** "look me up on <app>" with at most a preposition or two short words between. */
function findLookMeUp(ctx: ScanContext): boolean {
  const { text } = ctx;
  for (const l of LOOK_ME_UP_FINDER.find(text)) {
    // The clause, or the line when the name searched for holds a dot ("「mika.draws」と検索"):
    // the words between are checked below.
    const [from, to] = /[「『"“'‘«]/.test(text.slice(Math.max(0, l.start - 48), l.end + 48))
      ? lineAround(text, l.start, l.end, 60)
      : clause(text, l.start, l.end);
    for (const a of APP_FINDER.findIn(text, from, to)) {
      const as = from + a.start;
      const ae = from + a.end;
      const between = as >= l.end ? text.slice(l.end, as) : text.slice(ae, l.start);
      // The name searched for may stand between, quoted ("インスタで「mika.draws」と検索").
      const quotedName = between.length <= 48 && /^[^,;:]{0,6}["“'‘«「『][^"”’»」』\s]{2,32}["”'’»」』][^,;:]{0,6}$/.test(between);
      if ((between.length > 12 && !quotedName) || /[,;:]/.test(between) || !clean(text, from, to)) continue;
      emit(ctx, 'offplatform.solicitation', 'medium', Math.min(l.start, as), Math.max(l.end, ae));
      return true;
    }
  }
  return false;
}

/** A meeting tool with "before the contract", a talk verb, or used as a verb/noun of meeting. */
function findMeetingBeforeContract(ctx: ScanContext): void {
  const { text } = ctx;
  for (const tool of TOOL_FINDER.find(text)) {
    if (/[./]/.test(text[tool.end] ?? '') || /[./]/.test(text[tool.start - 1] ?? '')) continue;
    if (tool.entry === 'teams' || tool.entry === 'meet') continue;
    const [from, to] = clause(text, tool.start, tool.end);
    if (!clean(text, from, to) || PLATFORM_FINDER.hasIn(text, from, to) || NOT_FINDER.hasIn(text, from, to)) continue;
    const cue =
      BEFORE_CONTRACT_FINDER.findIn(text, from, to)[0] ??
      TALK_FINDER.findIn(text, from, to)[0] ??
      (TOOL_AS_MEETING_BEFORE.test(text.slice(Math.max(from, tool.start - 16), tool.start)) ||
      TOOL_AS_MEETING_AFTER.test(text.slice(tool.end, Math.min(to, tool.end + 12)))
        ? { start: tool.start - from, end: tool.end - from }
        : undefined);
    if (!cue) continue;
    emit(ctx, 'offplatform.interview_outside', 'medium', Math.min(tool.start, from + cue.start), Math.max(tool.end, from + cue.end));
    return;
  }
}

// The end of a short question about a channel: "?" or a question particle (Vietnamese "có X
// không", Tagalog "ka ba", Thai ป่ะ/ไหม/มั้ย, Japanese か, Chinese 吗).
const QUESTION_END = /[?？؟]|\bkhong\b|\bba\b|ป่ะ|ปะ|ไหม|มั้ย|มั๊ย|か|吗|嗎|ですか/;

/**
 * "Do you have <messenger>? (Let's talk / I'll send it) there": a question about a channel,
 * then a pointer to it in the next clause. Either half alone is ordinary talk.
 */
function findChannelQuestion(ctx: ScanContext): void {
  const { text } = ctx;
  for (const c of CHANNEL_FINDER.find(text)) {
    const q = QUESTION_END.exec(text.slice(c.end, Math.min(text.length, c.end + 24)));
    if (!q || /[\n.!]/.test(text.slice(c.end, c.end + q.index))) continue;
    const qEnd = c.end + q.index + q[0].length;
    const to = Math.min(text.length, qEnd + 60);
    const there = THERE_FINDER.findIn(text, qEnd, to)[0];
    const from = Math.max(0, c.start - 24);
    if (!there || !clean(text, from, to) || NOT_FINDER.hasIn(text, from, to)) continue;
    emit(ctx, 'offplatform.solicitation', 'medium', c.start, qEnd + there.end);
    return;
  }
}
