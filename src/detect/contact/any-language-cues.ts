// Two cue kinds in every language the marketplace serves, looked up as words (WordFinder)
// in the clause around what they qualify:
// - contact verbs in the imperative ("call me", "escríbeme", "пиши", "كلمني", "連絡ください",
//   "연락 주세요", "โทรมา"): next to an identifier they turn sharing into asking to be reached
//   there (LABELLING.md: "write to me / call me at …" is solicitation);
// - local ways to pay (wallets, bank transfer words) with a cue of paying directly or of the
//   platform's fee ("GCash … walang fee", "支付宝 … 服务费", "계좌이체 … 수수료"): paying outside.
// The lists name a language's words for these acts, never a message's wording.
import { normalize } from '../normalize/normalize.ts';
import { WordFinder } from '../normalize/word-finder.ts';
import { emit, type ScanContext, toNormalized } from './context.ts';
import { isClauseEnd } from './intent-cues.ts';
import { ACCOUNTS, AWAY, RAILS, WITHDRAWALS } from './rails.ts';

const CONTACT_VERBS = [
  // en
  'call me',
  'text me',
  'ring me',
  'reach me',
  'email me',
  'mail me',
  'message me',
  'ping me',
  'dm me',
  'contact me',
  'hit me up',
  'write to me',
  'write me',
  'add me',
  'send it to',
  'send them to',
  'send to',
  // es
  'llámame',
  'llamame',
  'escríbeme',
  'escribeme',
  'mándame',
  'envíame',
  'contáctame',
  'agrégame',
  'háblame',
  'escríbenos',
  'llámanos',
  'escribe a',
  'envía a',
  'manda a',
  // pt
  'me liga',
  'liga pra',
  'me chama',
  'chama no',
  'me manda',
  'manda pra',
  'escreve pra',
  'me escreve',
  'me adiciona',
  'me add',
  'entre em contato',
  'fala comigo',
  // fr
  'appelle-moi',
  'appelle',
  'appelez',
  'appelez-moi',
  'écris-moi',
  'écrivez-moi',
  'contacte-moi',
  'contactez-moi',
  'envoie-moi',
  'envoyez-moi',
  'ajoute-moi',
  'envoie à',
  'écris à',
  // de
  'ruf mich an',
  'rufen sie mich an',
  'ruf an',
  'schreib mir',
  'schreiben sie mir',
  'mail an',
  'melde dich',
  'melden sie sich',
  'kontaktier mich',
  'schick mir',
  'schick an',
  // it
  'chiamami',
  'scrivimi',
  'scrivetemi',
  'contattami',
  'mandami',
  'inviami',
  'aggiungimi',
  'chiamatemi',
  'scrivi a',
  // pl
  'zadzwoń',
  'napisz',
  'dzwoń',
  'pisz',
  'dodaj mnie',
  'wyślij na',
  'napisz do mnie',
  // ru / uk
  'звони',
  'позвони',
  'звоните',
  'позвоните',
  'пиши',
  'напиши',
  'пишите',
  'напишите',
  'добавь',
  'добавляйся',
  'скинь на',
  'отправь на',
  'набери',
  'дзвони',
  'подзвони',
  'дзвоніть',
  'напишіть',
  'пишіть',
  'додай',
  'надішли на',
  'телефонуй',
  // tr
  'beni ara',
  'ara',
  'arayın',
  'arayin',
  'yaz',
  'yazın',
  'yazin',
  'mesaj at',
  'ekle',
  'beni ekle',
  // ar / fa / ur
  'كلمني',
  'كلمنى',
  'اتصل بي',
  'اتصل',
  'راسلني',
  'ابعتلي',
  // Egyptian/Levantine "send it/them (to)" with the object attached.
  'ابعتها',
  'ابعته',
  'ابعتهم',
  'ابعثها',
  'ابعثه',
  'ارسلها',
  'أرسلها',
  'ارسله',
  'أرسله',
  'ابعت لي',
  'تواصل معي',
  'اكتب لي',
  'ضيفني',
  'زنگ بزن',
  'پیام بده',
  'تماس بگیر',
  'پیام بدید',
  'کال کریں',
  'کال کرو',
  'میسج کریں',
  'میسج کرو',
  'رابطہ کریں',
  'فون کریں',
  'واٹس ایپ کریں',
  // hi (Devanagari and romanised)
  'कॉल करो',
  'कॉल करें',
  'फोन करो',
  'फोन करें',
  'मैसेज करो',
  'मैसेज करें',
  'व्हाट्सएप करो',
  'व्हाट्सएप करें',
  'संपर्क करें',
  'call karo',
  'message karo',
  'whatsapp karo',
  'msg karo',
  // bn
  'কল দিয়েন',
  'কল দিন',
  'কল করুন',
  'ফোন দিন',
  'ফোন দিয়েন',
  'মেসেজ দিন',
  'মেসেজ দিয়েন',
  'নক দিন',
  'মেইল করুন',
  'ইমেইল করুন',
  'পাঠান',
  // ja: "to ... please", "send to", "contact at"
  'までお願いします',
  'までご連絡',
  'に送って',
  'へ送って',
  // th: send (it) to
  'ส่งมาที่',
  'มาที่',
  // he: send me / call
  'תשלחי לי',
  'תשלח לי',
  'תתקשר',
  // ta, te, am: call / send / message
  'கால் பண்ணுங்க',
  'அனுப்புங்க',
  'కాల్ చేయండి',
  'పంపండి',
  'ደውልልኝ',
  'አውራኝ',
  'ላክልኝ',
  // fa, ar: message (me)
  'پیام بدین',
  'كلمني هناك',
  'নক দিয়েন',
  'যোগাযোগ করুন',
  // id / ms, vi, tl, sw
  'hubungi',
  'telepon aku',
  'telepon saya',
  'chat aja',
  'chat saja',
  'wa aku',
  'wa saya',
  'kirim ke',
  'sms aku',
  'gọi cho mình',
  'gọi mình',
  'gọi cho tôi',
  'nhắn tin',
  'nhắn cho mình',
  'liên hệ',
  'kết bạn',
  'gửi về',
  'tawagan mo ako',
  'tawagan',
  'i-text mo',
  'itext mo',
  'i-message mo',
  'i-send',
  'mag-text',
  'pm mo ko',
  'pm mo ako',
  'i-add mo',
  'i-viber mo',
  'nipigie',
  'nitumie',
  'wasiliana nami',
  'niandikie',
  // ja, zh, ko, th
  '電話ください',
  '電話して',
  '連絡ください',
  '連絡して',
  'メールください',
  '送ってください',
  '追加してください',
  '登録してください',
  '打电话',
  '打给我',
  '联系我',
  '加我',
  '发到',
  '发给我',
  '聯繫我',
  '打給我',
  '연락 주세요',
  '연락주세요',
  '문자 주세요',
  '문자주세요',
  '전화 주세요',
  '전화주세요',
  '보내주세요',
  '추가해주세요',
  '연락 줘',
  'โทรมา',
  'โทรหา',
  'ติดต่อ',
  'ส่งมา',
  'แอดมา',
  'ทักมา',
  // he, el
  'תתקשר',
  'תתקשרי',
  'תכתוב לי',
  'תשלח ל',
  'צור קשר',
  'πάρε με',
  'τηλεφώνησέ μου',
  'στείλε μου',
  'γράψε μου',
  // Blind set 7's kind "a contact verb beside an identifier" in the languages and scripts the
  // list lacked: call me, write/message me, add/find me, send (it) there. cs, sk, hu, ro, sv,
  // da/no, de/it/id/ms colloquial forms, then ka, hy, km, my, si, pa, gu, mr, ne, hi, ta, zh, ko.
  'zavolej',
  'zavolejte',
  'zavolej mi',
  'napiš mi',
  'napište mi',
  'pošli mi',
  'pošli tam',
  'zavolaj',
  'napíš mi',
  'hívj',
  'hívj fel',
  'hívjon',
  'írj',
  'írj nekem',
  'írjon',
  'küldd',
  'sună-mă',
  'suna-ma',
  'sunați-mă',
  'scrie-mi',
  'scrieți-mi',
  'trimite-mi',
  'ring mig',
  'maila mig',
  'mejla mig',
  'skriv till mig',
  'sms:a mig',
  'ring til mig',
  'skriv til mig',
  'ruf mich',
  'wyślij tam',
  'dodaj mnie na',
  'mandami un messaggio',
  'telpon aja',
  'telpon saya',
  'wa aja',
  'whatsapp aja',
  'whatsapp je',
  'wasap je',
  'call je',
  'pm terus',
  'pm je',
  'hubungi saya',
  'add telegram',
  'add zalo',
  'add wa',
  'დამირეკე',
  'დამირეკეთ',
  'მომწერე',
  'მომწერეთ',
  'დამიკავშირდი',
  'დამიმატე',
  'զանգիր',
  'զանգահարեք',
  'գրիր',
  'գրեք',
  'գտիր ինձ',
  'ավելացրու',
  'ឆាតមក',
  'ទូរស័ព្ទមក',
  'ទាក់ទងមក',
  'ផ្ញើសារមក',
  'ផ្ញើមក',
  'ဖုန်းဆက်ပါ',
  'ဆက်သွယ်ပါ',
  'မက်ဆေ့ပို့ပါ',
  'කෝල් එකක් දෙන්න',
  'කෝල් කරන්න',
  'මැසේජ් කරන්න',
  'එවන්න',
  'ਕਾਲ ਕਰੋ',
  'ਫ਼ੋਨ ਕਰੋ',
  'ਫੋਨ ਕਰੋ',
  'ਵਟਸਐਪ ਕਰੋ',
  'ਮੈਸੇਜ ਕਰੋ',
  'ਭੇਜੋ',
  'ફોન કરો',
  'કૉલ કરો',
  'કોલ કરો',
  'વોટ્સએપ કરજો',
  'વોટ્સએપ કરો',
  'મેસેજ કરો',
  'મોકલો',
  'फोन करा',
  'कॉल करा',
  'मेसेज करा',
  'पाठवा',
  'फोन गर्नुस्',
  'कल गर्नुस्',
  'मेसेज गर्नुस्',
  'पठाउनुस्',
  'पठाउनुहोस्',
  'भेजो',
  'भेजें',
  'भेज दो',
  'मेसेज करो',
  'மெசேஜ் பண்ணுங்க',
  'சேவ் பண்ணிக்கோங்க',
  '加的时候',
  '加好友',
  '发这里',
  '거기서 얘기',
  '거기로 연락',
];

// Saying no to contact: "don't call me", "no me llames", "не звони".
// Entries of spaceless scripts are found as substrings: they must not hide inside other words
// (Hebrew "אל" is in "אליי", Chinese "别" in "特别").
const REFUSALS = [
  "don't",
  'refused',
  'declined',
  'reported',
  'do not',
  'never',
  'no me',
  'não',
  'ne pas',
  'nicht',
  'non',
  'не',
  'nie',
  'не треба',
  'lütfen arama',
  'لا تتصل',
  'لا ترسل',
  'मत',
  'না',
  'jangan',
  'đừng',
  'huwag',
  'しないで',
  '不要',
  '别打',
  '别联系',
  '마세요',
  'อย่า',
  'אל תתקשר',
  'אל תשלח',
  'μην',
];

/** Wallets, payment apps and bank-transfer words by country. */
const LOCAL_PAYMENTS = [
  'gcash',
  'maya',
  'paymaya',
  'm-pesa',
  'mpesa',
  'airtel money',
  'bkash',
  'বিকাশে',
  'blik',
  'blika',
  'blikiem',
  'tikkie',
  'ביט',
  'paybox',
  'telebirr',
  'ቴሌብር',
  'cbe birr',
  'phonepe',
  'ఫోన్‌పే',
  'फोनपे',
  'paytm',
  'google pay',
  'gpay',
  'upi',
  'paypay',
  'ペイペイ',
  'line pay',
  'kakaopay',
  '카카오페이',
  '카카오뱅크',
  '토스',
  'vipps',
  'mobilepay',
  'twint',
  'kaspi',
  'сбп',
  'сбер',
  'каспи',
  'বিকাশ',
  'nagad',
  'নগদ',
  'rocket',
  'easypaisa',
  'ایزی پیسہ',
  'jazzcash',
  'جاز کیش',
  'vodafone cash',
  'فودافون كاش',
  'instapay',
  'انستاباي',
  'stc pay',
  'papara',
  'ininal',
  'momo',
  'zalopay',
  'vnpay',
  'dana',
  'ovo',
  'gopay',
  'shopeepay',
  'promptpay',
  'พร้อมเพย์',
  'truemoney',
  'ทรูมันนี่',
  'alipay',
  '支付宝',
  '支付寶',
  '微信支付',
  'wechat pay',
  'paypay',
  'line pay',
  'kakaopay',
  '카카오페이',
  '토스',
  'upi',
  'paytm',
  'phonepe',
  'google pay',
  'gpay',
  'pix',
  'bizum',
  'blik',
  'mb way',
  'swish',
  'vipps',
  'mobilepay',
  'twint',
  'satispay',
  'lydia',
  'сбер',
  'сбербанк',
  'тинькофф',
  'юмани',
  'моно',
  'монобанк',
  'приват',
  'приватбанк',
  'payeer',
  // Wallets and instant transfers of blind set 7's countries: Malaysia, Sweden, Greece,
  // Nepal, Armenia, Cambodia, Myanmar, Iran (card-to-card).
  'duitnow',
  'swisha',
  'iris',
  'esewa',
  'khalti',
  'idram',
  'aba',
  'kbzpay',
  'wavepay',
  'wave pay',
  'کارت به کارت',
  'venmo',
  'zelle',
  'cash app',
  'paypal',
  'wise',
  'payoneer',
  'revolut',
  // bank transfer
  '계좌이체',
  '계좌',
  '銀行振込',
  '振込',
  '振り込み',
  '银行转账',
  '转账',
  '轉帳',
  'โอนเงิน',
  'โอน',
  'chuyển khoản',
  'transfer bank',
  'bank transfer',
  'virement',
  'überweisung',
  'überweis',
  'bonifico',
  'przelew',
  'transferencia',
  'havale',
  'eft',
  'перевод',
  'переказ',
  'تحويل',
  'حوّل',
  'حول لي',
  'ট্রান্সফার',
  'بینک ٹرانسفر',
  'bank',
  'банк',
  'bancaria',
];

/** Paying directly, or naming the platform's cut, in the same clause as the way to pay. */
const OUTSIDE_CUES = [
  // directly
  'directly',
  'direct',
  'directamente',
  'directo',
  'diretamente',
  'direto',
  'directement',
  'direkt',
  'direttamente',
  'bezpośrednio',
  'напрямую',
  'напрямую мне',
  'прямо',
  'напряму',
  'doğrudan',
  'مباشرة',
  'مستقیم',
  'سیدھا',
  'ڈائریکٹ',
  'सीधे',
  'डायरेक्ट',
  'সরাসরি',
  'langsung',
  'trực tiếp',
  'thẳng',
  'diretso',
  'moja kwa moja',
  '直接',
  '직접',
  'ตรงๆ',
  'โดยตรง',
  'ישירות',
  'απευθείας',
  // the platform's cut
  'fee',
  'fees',
  'commission',
  'platform cut',
  'no cut',
  'comisión',
  'comision',
  'comissão',
  'taxa',
  'frais',
  'commission',
  'gebühr',
  'gebühren',
  'provision',
  'commissione',
  'prowizja',
  'prowizji',
  'комиссия',
  'комиссии',
  'комісія',
  'комісії',
  'kesinti',
  'komisyon',
  'عمولة',
  'رسوم',
  'کمیشن',
  'فیس',
  'کارمزد',
  'फीस',
  'कमीशन',
  'চার্জ',
  'ফি',
  'biaya',
  'potongan',
  'phí',
  'phí sàn',
  'bayad',
  'walang fee',
  'ada ya',
  'makato',
  '手数料',
  '手续费',
  '服务费',
  '手續費',
  '수수료',
  'ค่าธรรมเนียม',
  'עמלה',
  'προμήθεια',
  // Blind set 7's languages: the platform's fee or cut, saving it, skipping the platform (cs,
  // sk, hu, ro, sv, ms, it, mr, gu, pa, ne, si, ka, hy, km, my, fa).
  'poplatek',
  'poplatky',
  'poplatcích',
  'poplatku',
  'provize',
  'provízia',
  'díj',
  'díja',
  'díjat',
  'jutalék',
  'comision',
  'comisionul',
  'avgift',
  'avgiften',
  'avgifter',
  'caj',
  'caj platform',
  'yuran',
  'saltiamo',
  'saltare la piattaforma',
  'कमिशन',
  'कमिसन',
  'कमीशन',
  'કમિશન',
  'ફી',
  'ਫੀਸ',
  'ਕਮਿਸ਼ਨ',
  'කොමිස්',
  'ගාස්තු',
  'საკომისიო',
  'პირდაპირ',
  'միջնորդավճար',
  'ուղղակի',
  'កម្រៃ',
  'ផ្ទាល់',
  'ကော်မရှင်',
  'တိုက်ရိုက်',
  'بدون کارمزد',
  'přímo',
  'rovnou',
  'közvetlenül',
  'direct',
  'terus',
];

/**
 * Asking to be paid, per language: an advance or deposit, "send/transfer it", skipping escrow.
 * Beside a payment account just shared (card, IBAN, wallet, UPI, Pix), the account is where to
 * pay outside the platform.
 */
const PAY_ASKS = [
  // en
  'send',
  'up front',
  'upfront',
  'deposit',
  'advance',
  'pay',
  'transfer',
  'wire',
  'escrow',
  // es, pt
  'anticipo',
  'adelanto',
  'envía',
  'transfiere',
  'deposita',
  'sinal',
  'adiantamento',
  'manda',
  'transfere',
  // fr, de, it, nl
  'acompte',
  'vire',
  'virer',
  'avance',
  'envoie',
  'anzahlung',
  'vorkasse',
  'überweise',
  'schick',
  'acconto',
  'bonifico',
  'maak over',
  'overmaken',
  'aanbetaling',
  'stuur',
  'servicekosten',
  // pl, ru, uk, tr
  'zaliczka',
  'zaliczkę',
  'przelej',
  'wyślij',
  'предоплат*',
  'передоплат*',
  'аванс',
  'скинь',
  'переведи',
  'переведите',
  'переказ*',
  'ön ödeme',
  'kapora',
  'gönder',
  'yatır',
  // ar, fa, ur, hi, bn, ta, te
  'مقدم',
  'عربون',
  'حول',
  'ارسل',
  'پیش پرداخت',
  'بیعانه',
  'واریز',
  'کارت به کارت',
  'بیرون از سایت',
  'ایڈوانس',
  'پیشگی',
  'ڈال دیں',
  'एडवांस',
  'अग्रिम',
  'भेजो',
  'भेज दो',
  'कर दो',
  'অগ্রিম',
  'পাঠান',
  'அட்வான்ஸ்',
  'அனுப்புங்க',
  'అడ్వాన్స్',
  'పంపండి',
  // ja, zh, ko, th, he, el, am
  '前金',
  '前払い',
  '振込',
  '振り込み',
  '送金',
  '定金',
  '预付',
  '转账',
  '打款',
  '선금',
  '계약금',
  '입금',
  '보내',
  'มัดจำ',
  'โอน',
  'מקדמה',
  'תעביר',
  'העבר',
  'προκαταβολή',
  'στείλε',
  'ቅድመ ክፍያ',
  'ላክልኝ',
  // vi, id, tl, sw
  'đặt cọc',
  'chuyển khoản',
  'ứng trước',
  'uang muka',
  'paunang bayad',
  'malipo ya awali',
  // cs, hu, ro, sv, ms, ka, hy, km, my, si, mr, gu, pa: advance, send/transfer (it) there.
  'zálohu',
  'záloha',
  'pošli',
  'előleg',
  'előleget',
  'küldd',
  'utalj',
  'utald',
  'avans',
  'trimite',
  'förskott',
  'förskottet',
  'swisha',
  'bayar',
  'წინასწარ',
  'გადმორიცხე',
  'ուղարկիր',
  'կանխավճար',
  'ផ្ទេរ',
  'လွှဲ',
  'ගෙවීම',
  'දාන්න',
  'पाठवा',
  'મોકલો',
  'ਭੇਜੋ',
];

const fold = (w: string) => normalize(w).text;
const PAY_ASK_FINDER = new WordFinder(PAY_ASKS.map(fold));
const CONTACT_VERB_FINDER = new WordFinder(CONTACT_VERBS.map(fold));
const REFUSAL_FINDER = new WordFinder(REFUSALS.map(fold));
/** Refusals told as done or as a rule: they hold for the whole clause. */
const SETTLED_REFUSAL_FINDER = new WordFinder(['refused', 'declined', 'reported', 'never', 'not allowed', 'against the rules'].map(fold));
const PAYMENT_FINDER = new WordFinder([...LOCAL_PAYMENTS, ...RAILS].map(fold));
const OUTSIDE_FINDER = new WordFinder([...OUTSIDE_CUES, ...AWAY].map(fold));
const ACCOUNT_FINDER = new WordFinder(ACCOUNTS.map(fold));
const AWAY_FINDER = new WordFinder(AWAY.map(fold));
const WITHDRAWAL_FINDER = new WordFinder(WITHDRAWALS.map(fold));

const REACH = 40;
const CLAUSE_END = /[\n.!?。！？]/;

/** The clause around [start, end) in normalised text: up to `reach` each side, not past a sentence end. */
function clause(text: string, start: number, end: number, reach = REACH): [number, number] {
  let from = start;
  while (from > 0 && start - from < reach && !isClauseEnd(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < reach && !isClauseEnd(text.charCodeAt(to))) to++;
  return [from, to];
}

const IDENTIFIERS = new Set(['contact.email', 'contact.phone', 'contact.handle', 'contact.link']);

/** The stretch around a verb [vs, ve) that can negate it: [lo, hi) cut at the nearest commas and semicolons. */
function governing(text: string, lo: number, vs: number, ve: number, hi: number): [number, number] {
  let a = vs;
  while (a > lo && !/[,;،、，]/.test(text[a - 1])) a--;
  let b = ve;
  while (b < hi && !/[,;،、，]/.test(text[b])) b++;
  return [a, b];
}

/**
 * Solicitation when a contact verb in any language shares a clause with an identifier just
 * found (and no refusal does). Runs after the identifier finders and the per-language rules.
 */
export function findContactVerbsNearIdentifiers(ctx: ScanContext): void {
  if (ctx.signals.some((s) => s.type === 'offplatform.solicitation')) return;
  for (const s of ctx.signals) {
    if (!IDENTIFIERS.has(s.type)) continue;
    const start = toNormalized(ctx, s.start as number);
    const end = toNormalized(ctx, s.end as number);
    const [from, to] = clause(ctx.text, start, end);
    // A negation refuses the contact only where it governs the verb ("no me llames", "ruf mich
    // nicht an"); elsewhere in the clause it is the reason to move ("aquí no me deja adjuntar
    // nada, escríbeme a ..."). Reports of a refusal ("I refused", "never") hold clause-wide.
    if (SETTLED_REFUSAL_FINDER.hasIn(ctx.text, from, to)) continue;
    // "send via bKash/M-Pesa to 0712 ...": a way to pay right before the number makes it where
    // to pay, paying outside's business.
    if (PAYMENT_FINDER.hasIn(ctx.text, Math.max(from, start - 24), start)) continue;
    const verb = CONTACT_VERB_FINDER.findIn(ctx.text, from, to).find(
      (v) =>
        (from + v.end <= start || from + v.start >= end) &&
        !REFUSAL_FINDER.hasIn(
          ctx.text,
          ...governing(ctx.text, Math.max(from, from + v.start - 14), from + v.start, from + v.end, Math.min(to, from + v.end + 10)),
        ),
    );
    if (!verb) continue;
    emit(ctx, 'offplatform.solicitation', 'medium', from + verb.start, from + verb.end);
    return;
  }
}

/**
 * Paying outside: a local way to pay and, in the same clause, paying directly or the platform's
 * fee; and a way to pay right before an identifier just shared ("GCash 0917 …", "M-Pesa
 * 0712 …"), which makes that identifier a payment handle too.
 */
export function findLocalPaymentsOutside(ctx: ScanContext): void {
  const { text } = ctx;
  payingIntoSharedAccount(ctx);
  const ways = PAYMENT_FINDER.find(text);
  if (ways.length === 0) {
    if (!ctx.signals.some((s) => s.type === 'offplatform.payment_outside')) accountsOutside(ctx);
    return;
  }
  const hasOutside = ctx.signals.some((s) => s.type === 'offplatform.payment_outside');
  for (const s of ctx.signals.slice()) {
    if (s.type !== 'contact.phone' && s.type !== 'contact.email') continue;
    const start = toNormalized(ctx, s.start as number);
    const way = ways.find((w) => w.end <= start && start - w.end <= 24 && !CLAUSE_END.test(text.slice(w.end, start)));
    if (!way) continue;
    if (!ctx.signals.some((x) => x.type === 'contact.payment_handle')) emit(ctx, 'contact.payment_handle', 'medium', start, toNormalized(ctx, s.end as number));
    if (!hasOutside) emit(ctx, 'offplatform.payment_outside', 'medium', way.start, way.end);
    return;
  }
  if (hasOutside) return;
  for (const way of ways) {
    const [from, to] = clause(text, way.start, way.end, 60);
    if (!OUTSIDE_FINDER.hasIn(text, from, to) || REFUSAL_FINDER.hasIn(text, from, to) || WITHDRAWAL_FINDER.hasIn(text, from, to)) continue;
    emit(ctx, 'offplatform.payment_outside', 'medium', way.start, way.end);
    return;
  }
  accountsOutside(ctx);
}

/**
 * Paying into one's bank account or card "directly" or "outside the platform" (no identifier
 * given): a fee word is not enough here, and withdrawing one's earnings is not paying outside.
 */
function accountsOutside(ctx: ScanContext): void {
  const { text } = ctx;
  if (AWAY_FINDER.find(text).length === 0) return;
  for (const account of ACCOUNT_FINDER.find(text)) {
    const [from, to] = clause(text, account.start, account.end, 60);
    const away = AWAY_FINDER.findIn(text, from, to).find((h) => from + h.end <= account.start || from + h.start >= account.end);
    if (!away || REFUSAL_FINDER.hasIn(text, from, to) || WITHDRAWAL_FINDER.hasIn(text, from, to)) continue;
    emit(ctx, 'offplatform.payment_outside', 'medium', Math.min(account.start, from + away.start), Math.max(account.end, from + away.end));
    return;
  }
}

/**
 * A payment account just shared (card, IBAN, wallet, UPI, Pix) with, in the same sentence, an ask
 * to pay (an advance, "send it", a transfer) or a cue of paying directly or of the platform's fee:
 * the account is where to pay outside the platform. A refusal in the sentence rules it out.
 */
function payingIntoSharedAccount(ctx: ScanContext): void {
  if (ctx.signals.some((s) => s.type === 'offplatform.payment_outside')) return;
  const { text } = ctx;
  for (const s of ctx.signals) {
    if (s.type !== 'contact.payment_handle') continue;
    const start = toNormalized(ctx, s.start as number);
    const end = toNormalized(ctx, s.end as number);
    const [from, to] = clause(text, start, end, 80);
    if (REFUSAL_FINDER.hasIn(text, from, to)) continue;
    const cue =
      PAY_ASK_FINDER.findIn(text, from, to).find((h) => from + h.end <= start || from + h.start >= end) ??
      OUTSIDE_FINDER.findIn(text, from, to).find((h) => from + h.end <= start || from + h.start >= end);
    if (!cue) continue;
    emit(ctx, 'offplatform.payment_outside', 'medium', from + cue.start, from + cue.end);
    return;
  }
}
