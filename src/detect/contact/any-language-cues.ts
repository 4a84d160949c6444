// Two cue kinds in every language the marketplace serves, looked up as words (WordFinder)
// in the clause around what they qualify:
// - contact verbs in the imperative ("call me", "escríbeme", "пиши", "كلمني", "連絡ください",
//   "연락 주세요", "โทรมา"): next to an identifier they turn sharing into asking to be reached
//   there (LABELLING.md: "write to me / call me at …" is solicitation);
// - local ways to pay (wallets, bank transfer words) with a cue of paying directly or of the
//   platform's fee ("GCash … walang fee", "支付宝 … 服务费", "계좌이체 … 수수료"): paying outside.
// The lists name a language's words for these acts, never a message's wording.
import { normalize } from '../normalize/normalize.ts';
import { WordFinder, type WordHit } from '../normalize/word-finder.ts';
import { emit, type ScanContext, toNormalized } from './context.ts';
import { clauseAcrossQuestion, isClauseEnd, NEGATION_FINDER } from './intent-cues.ts';
import { AWAY_AFTER_17, AWAY_BEFORE_17, CUES_17, PLATFORM_NOUNS_17, REFUSALS_17, TALK_17 } from './languages-17.ts';
import { CURLY_NOT, cashOutside, PHRASE_END, railAgainstPlatform } from './pay-instead.ts';
import { ACCOUNTS, AWAY, BANK_TRANSFERS, COMMISSION_WORDS, MORE_RAILS, PAY_WORDS, RAILS, WITHDRAWALS } from './rails.ts';
import { WORK_SUFFIX } from './vocabulary.ts';

/** The work a name is part of ("Revolut integration", "the platform SDK"): then it is no way to pay. */
const WORK_AFTER = new RegExp(`^${WORK_SUFFIX}`);

const CONTACT_VERBS = [
  // Call / write / send / add / contact me in the languages of languages-17.ts.
  ...CUES_17,
  // Blind set 12's requests beside an identifier, by kind: sending it there with the object
  // attached (en "mail it to", it "mandali/inviali"), a greeting asked for (en "drop me a hello"),
  // clicking a chat link (id "klik aja"), the Rioplatense voseo (es
  // "escribime", "pasame"), French "textez-moi", Russian "набирайте" (dial), Vietnamese "gọi sau /
  // cứ gọi", Hindi "ring" (घंटी मार).
  'mail it to',
  'email it to',
  'mail them to',
  'email them to',
  'forward it to',
  'drop me a hello',
  'drop me a line',
  'drop me a note',
  'drop me a message',
  'drop me a text',
  'drop me an email',
  'mandali',
  'mandalo',
  'mandala',
  'mandale',
  'inviali',
  'invialo',
  'inviala',
  'spediscili',
  'spediscilo',
  'escribime',
  'escribinos',
  'pasame',
  'textez-moi',
  'texte-moi',
  'envoyez-moi un sms',
  'envoie-moi un sms',
  'набирайте',
  'наберите',
  'набирай',
  'звякни',
  'звякните',
  'klik aja',
  'klik link',
  'klik linknya',
  'klik di sini',
  'nyambung ke aku',
  'nyambung ke saya',
  'gọi sau',
  'gọi lúc',
  'cứ gọi',
  'gọi giúp',
  'घंटी मार',
  'घंटी मारो',
  'घंटी मार देना',
  'फोन कर देना',
  'फ़ोन कर देना',
  'कॉल कर देना',
  'ghanti maar',
  'call kar dena',
  // Calling asked for in the forms the lists lacked, so that a number read out in words after
  // them is asked to be called as a typed one is: German separable "ruf … an/durch" with the
  // particles said between ("ruf einfach an", "ruf mich gerne durch"), Indonesian/Malay "langsung
  // telepon", "telpon saja", "terus telefon", Hindi/Urdu/Nepali/Tamil noun + light verb ("कॉल कर
  // लेना", "کال کر لینا", "फोन गर्नुस्", "கால் பண்ணுங்க"), English "give me a ring".
  ...['ruf', 'ruft', 'rufen sie', 'ruf mich', 'ruft mich', 'rufen sie mich'].flatMap((verb) =>
    ['einfach', 'gern', 'gerne', 'ruhig', 'doch', 'jederzeit', 'kurz', 'bitte', 'gleich', 'direkt', 'am besten', 'einfach mal', 'mal'].flatMap((particle) => [
      `${verb} ${particle} an`,
      `${verb} ${particle} durch`,
    ]),
  ),
  'ruf durch',
  'ruf mich durch',
  'einfach anrufen',
  'gerne anrufen',
  'jederzeit anrufen',
  'langsung telepon',
  'langsung telpon',
  'langsung telp',
  'langsung call',
  'langsung hubungi',
  'langsung wa',
  'telepon saja',
  'telpon saja',
  'telp aja',
  'telp saja',
  'telepon aja',
  'terus telefon',
  'boleh telefon',
  ...['कॉल', 'फोन', 'फ़ोन', 'मैसेज'].flatMap((noun) => ['करो', 'करें', 'कीजिए', 'कर लेना', 'कर लीजिए', 'कर सकते हैं'].map((verb) => `${noun} ${verb}`)),
  ...['کال', 'فون', 'میسج'].flatMap((noun) => ['کریں', 'کرو', 'کر لینا', 'کر دینا', 'کر لیں', 'کر سکتے ہیں'].map((verb) => `${noun} ${verb}`)),
  ...['फोन', 'कल', 'म्यासेज'].flatMap((noun) => ['गर्नुस्', 'गर्नुहोस्', 'गर्नु होला', 'गर्न सक्नुहुन्छ'].map((verb) => `${noun} ${verb}`)),
  'கால் பண்ணுங்க',
  'போன் பண்ணுங்க',
  'கால் பண்ணு',
  'போன் பண்ணு',
  'give me a ring',
  'give me a call',
  'give me a buzz',
  'call anytime',
  // en ("reach me at …" and "you can reach me at …" are not here: they say where one can be
  // found, sharing alone by LABELLING.md, while "call me" / "text me" ask to be contacted)
  'call me',
  'text me',
  'ring me',
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
  'תתקשרי',
  'תכתוב לי',
  'תשלח ל',
  'צור קשר',
  'πάρε με',
  'τηλεφώνησέ μου',
  'στείλε μου',
  'γράψε μου',
  // Blind set 15's scripts and the languages never covered: "write (to me) at" beside an address —
  // Greek γράψε/γράψτε στο, Bulgarian and Serbian пиши на / piši na, Ukrainian пишіть, Georgian
  // მომწერე, Nepali लेख्नुहोस्/इमेल गर्नुहोस्, Bengali মেইল করুন/লিখবেন, Tamil மெயில் பண்ணுங்க.
  // Russian and Ukrainian "by voice" beside a number: a call asked for (обсудим голосом, голосом обговорити).
  'голосом',
  'γράψε στο',
  'γράψτε στο',
  'γράψτε μου',
  'στείλε στο',
  'στείλτε στο',
  'пиши на',
  'пишете на',
  'пишите на',
  'piši na',
  'pisi na',
  'pišite na',
  'пишіть',
  'напишіть',
  'მომწერე',
  'მომწერეთ',
  'დამირეკე',
  'लेख्नुहोस्',
  'इमेल गर्नुहोस्',
  'मेल गर्नुहोस्',
  'মেইল করুন',
  'মেইল করবেন',
  'ইমেইল করুন',
  'লিখবেন',
  'மெயில் பண்ணுங்க',
  'எழுதுங்க',
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
  // Imperatives and clitic infinitives the lists above lacked, by language: call/write/send
  // (to me), "you can reach me", and saving or noting down one's number.
  "m'appeler",
  "m'écrire",
  'me joindre',
  "m'envoyer",
  'me contacter',
  "m'ajouter",
  'note mon numéro',
  'enregistre mon numéro',
  'bel me',
  'bel mij',
  'bel even',
  'bel gerust',
  'app me',
  'stuur me',
  'stuur naar',
  'schrijf me',
  'contacteer me',
  'voeg me toe',
  'márcame',
  'márcanos',
  'llámeme',
  'escríbame',
  'contácteme',
  'guarda mi número',
  'apunta mi número',
  'me ligue',
  'me chame',
  'me escreva',
  'salva meu número',
  'anota meu número',
  'mi chiami',
  'mi scriva',
  'mi contatti',
  'squillami',
  'salva il mio numero',
  'ruf durch',
  'whatsapp mir',
  'speicher meine nummer',
  'notier dir',
  'присылай',
  'присылайте',
  'отправляй',
  'отправляйте',
  'кидай',
  'кидайте',
  'скидывай',
  'скидывайте',
  'наберите',
  'запиши номер',
  'сохрани номер',
  'надсилай',
  'надсилайте',
  'наберіть',
  'запиши мій номер',
  'збережи номер',
  'zadzwońcie',
  'dzwońcie',
  'piszcie',
  'wysyłaj na',
  'zapisz mój numer',
  'atarsın',
  'atarsınız',
  'gönder',
  'gönderin',
  'yolla',
  'yollayın',
  'ulaş',
  'ulaşın',
  'ulaşabilirsin',
  'arayabilirsin',
  'numaramı kaydet',
  'gọi e',
  'gọi em',
  'gọi anh',
  'gọi chị',
  'gọi số',
  'gọi vào số',
  'nhắn e',
  'nhắn em',
  'nhắn anh',
  'nhắn qua',
  'gửi qua',
  'gửi vào',
  'gửi cho em',
  'gửi cho mình',
  'lưu số',
  'text mo ko',
  'text mo ako',
  'tawagan mo ko',
  'chat mo ko',
  'i-save mo',
  'japri',
  'kabari',
  'simpan nomor',
  'piga simu',
  'hifadhi namba',
  '打我电话',
  '打我手机',
  '给我打电话',
  '打电话给我',
  '发我',
  '存我号码',
  '存一下',
  '记下',
  'つながります',
  '繋がります',
  '連絡つきます',
  '登録お願いします',
  '전화해',
  '전화하세요',
  '전화 줘',
  '문자 줘',
  '연락해',
  '연락하세요',
  '저장해',
  'βρες με',
  'στείλε μήνυμα',
  'στείλτε μου',
  'καλέστε με',
  'πάρτε με',
  'γράψτε μου',
  'στείλε dm',
  'გამომიგზავნე',
  'გამომიგზავნეთ',
  'תתקשרו',
  'תכתבו לי',
  'שלחו לי',
  'كلموني',
  'اتصلوا',
  'راسلوني',
  'ابعثلي',
  'ارسل لي',
  'زنگ بزنید',
  'بفرستید',
  'ایمیل بزن',
  'কল করো',
  'ফোন করো',
  'মেসেজ করো',
  'পাঠাও',
  'সেভ করে রাখুন',
  // Hindi and Urdu say "call/message/DM/save" as a noun with a light verb ("कॉल कर लीजिए",
  // "DM करो", "नोट कर लो"): every noun with every imperative or polite form of "do".
  // WhatsApp is spelled with ए or ऐ, with or without the व्ह cluster; "कर देना/कर दें" are the
  // request forms of "do it (for me)".
  ...[
    'कॉल',
    'फोन',
    'फ़ोन',
    'मैसेज',
    'मेसेज',
    'व्हाट्सएप',
    'व्हाट्सऐप',
    'वॉट्सऐप',
    'वॉट्सएप',
    'वाट्सएप',
    'वाट्सऐप',
    'व्हाट्सअप',
    'dm',
    'डीएम',
    'मेल',
    'ईमेल',
    'नोट',
    'सेव',
  ].flatMap((noun) =>
    ['करो', 'करें', 'करिए', 'कीजिए', 'कर लो', 'कर लें', 'कर लीजिए', 'कर दो', 'कर दीजिए', 'करना', 'कर लेना', 'कर देना', 'कर दें', 'कर देंगे'].map(
      (verb) => `${noun} ${verb}`,
    ),
  ),
  // Bengali says it the same way with "give" or "do", in the familiar, polite and informal
  // imperatives ("কল দিও", "মেসেজ করুন", "নক দিবেন").
  ...['কল', 'ফোন', 'মেসেজ', 'ম্যাসেজ', 'নক', 'মেইল', 'ইমেইল', 'হোয়াটসঅ্যাপ', 'ইনবক্স', 'ডিএম'].flatMap((noun) =>
    [
      'দিও',
      'দাও',
      'দিন',
      'দিয়েন',
      'দিয়ো',
      'দিবেন',
      'দেবেন',
      'করো',
      'করুন',
      'করবেন',
      'করিও',
      'কোরো',
      'দিতে পারেন',
      'দিতে পারো',
      'দিতে পারবেন',
      'করতে পারেন',
      'করতে পারো',
      'করতে পারবেন',
    ].map((verb) => `${noun} ${verb}`),
  ),
  // "You can / feel free to call or write (me)": the modal request, per language.
  'you can call',
  'you can text',
  'feel free to call',
  'feel free to text',
  'feel free to reach out',
  'gimme a call',
  'gimme a ring',
  'puedes llamar',
  'puedes llamarme',
  'puedes escribirme',
  'puede llamar',
  'pode ligar',
  'pode me ligar',
  'podes ligar',
  'pode chamar',
  'pode me chamar',
  'tu peux appeler',
  'vous pouvez appeler',
  'kannst mich anrufen',
  'kannst anrufen',
  'können sie mich anrufen',
  'puoi chiamarmi',
  'puoi chiamare',
  'puoi scrivermi',
  'je kunt me bellen',
  'je kan me bellen',
  'możesz dzwonić',
  'możesz zadzwonić',
  'możesz pisać',
  'можешь звонить',
  'можете звонить',
  'можешь писать',
  'можете писать',
  'можеш дзвонити',
  'можете дзвонити',
  'arayabilirsiniz',
  'yazabilirsin',
  'bisa telepon',
  'bisa hubungi',
  'có thể gọi',
  'pwede mo akong tawagan',
  'unaweza kunipigia',
  'ممكن تتصل',
  'يمكنك الاتصال',
  'کال کر سکتے ہیں',
  'कॉल कर सकते हो',
  'कॉल कर सकते हैं',
  'কল করতে পারেন',
  '可以打给我',
  '可以联系我',
  '電話できます',
  '전화 주셔도',
  'โทรได้',
  'אפשר להתקשר',
  'μπορείς να με πάρεις',
  // Writing to a messenger, a number or an address "to/at" it ("chat wa ke 08…", "sms ke …").
  'chat wa',
  'chat ke',
  'wa ke',
  'telpon ke',
  'telepon ke',
  'sms ke',
  'hubungi di',
  'hubungi ke',
  'kontak ke',
  'japri ke',
  // Sending something (the files, the brief) to an address or number, with the object between
  // the verb and the address ("schick die Dateien an …", "скинь макет на …", "… adresine
  // yollar mısın"): the imperative and polite request forms of "send/forward" per language.
  // English "send/drop/forward" are also other persons' verbs: SEND_OPENERS, clause-initial only.
  'envía',
  'envíe',
  'envíalo',
  'envíala',
  'envíalos',
  'envíamelo',
  'mándalo',
  'mándala',
  'mándamelo',
  'mande',
  'reenvía',
  'envia',
  'envie',
  'manda',
  'encaminha',
  'encaminhe',
  'envoie',
  'envoyez',
  'envoie-le',
  'envoie-les',
  'transmets',
  'transmettez',
  'fais suivre',
  'schick',
  'schicke',
  'schickt',
  'schicken sie',
  'sende',
  'senden sie',
  'leite weiter',
  'mandate',
  'invia',
  'inviate',
  'mandalo',
  'invialo',
  'inviala',
  'inoltra',
  'girami',
  'stuur',
  'stuur het',
  'verstuur',
  'mail het',
  'wyślij',
  'wyślijcie',
  'prześlij',
  'prześlijcie',
  'podeślij',
  'wysyłaj',
  'скинь',
  'скиньте',
  'отправь',
  'отправьте',
  'пришли',
  'пришлите',
  'перешли',
  'перешлите',
  'кинь',
  'киньте',
  'шли',
  'шлите',
  'надішли',
  'надішліть',
  'відправ',
  'відправте',
  'перешліть',
  'gönderir misin',
  'gönderir misiniz',
  'gönderebilir misin',
  'yollar mısın',
  'yollar mısınız',
  'atar mısın',
  'atar mısınız',
  'atabilir misin',
  'iletir misin',
  'kirim',
  'kirimkan',
  'kirimin',
  'gửi',
  'send mo',
  'ipadala',
  'ipadala mo',
  'i-send mo',
  'isend mo',
  'i-email mo',
  'tuma',
  'ابعت',
  'ابعث',
  'ابعتي',
  'ابعتوا',
  'ارسلي',
  'أرسلي',
  'ارسلوا',
  'أرسل',
  'بفرست',
  'بفرستین',
  'ارسال کن',
  'ارسال کنید',
  'भेजिए',
  'भेज दीजिए',
  'भेज देना',
  'পাঠিয়ে দিন',
  'পাঠিয়ে দাও',
  'পাঠিয়ে দিও',
  '发给',
  '发送到',
  '寄到',
  '传到',
  '送って',
  '送付してください',
  '送信してください',
  'お送りください',
  '보내줘',
  '보내 줘',
  '보내 주세요',
  '보내줄래',
  '보내세요',
  '전송해',
  'ส่งไปที่',
  'ส่งมาทาง',
  'ส่งให้',
  'שלחי',
  'תשלחי',
  'שלח ל',
  'στείλε',
  'στείλτε',
  // A direct message asked for, per language ("DM me", "DM 주세요", "напиши в личку").
  'dm pls',
  'dm please',
  'pm me',
  'manda dm',
  'me manda dm',
  'manda um direct',
  'envíame un dm',
  'mándame un dm',
  'escríbeme al dm',
  'écris-moi en dm',
  'envoie-moi un dm',
  'schreib mir eine dm',
  'schreib mir per dm',
  'scrivimi in dm',
  'mandami un dm',
  'napisz na priv',
  'napisz priv',
  'напиши в лс',
  'пиши в лс',
  'пиши в личку',
  'напиши в личку',
  'напишіть в особисті',
  'dm at',
  'dm atın',
  'dm den yaz',
  'kirim dm',
  'dm aja',
  'nhắn tin riêng',
  'ib mình',
  'ib em',
  'inbox mình',
  'ابعتلي خاص',
  'كلمني خاص',
  'راسلني خاص',
  'دایرکت بده',
  'دایرکت بدید',
  'ডিএম দাও',
  'dm 주세요',
  'dm 줘',
  'dm 보내주세요',
  'dmください',
  'dmして',
  'dmで',
  '私信我',
  'ส่ง dm',
  'ทัก dm',
  'ทักแชท',
  'שלח לי הודעה פרטית',
  'στείλε μου dm',
  ...['کال', 'فون', 'میسج', 'نوٹ', 'سیو'].flatMap((noun) => ['کریں', 'کرو', 'کر لیں', 'کر لو', 'کر دیں'].map((verb) => `${noun} ${verb}`)),
  // Blind set 11's kinds, in the languages they showed missing: "call/text (me) any time", the
  // short imperatives and clitic forms of "send (it) to me", "continue/talk there" after a chat
  // link, and an SMS or the phone "being answered" offered beside a number.
  'text anytime',
  'text any time',
  'call anytime',
  'call any time',
  'text whenever',
  'call whenever',
  'send me a message',
  'send me a text',
  'send me a dm',
  'keep going there',
  'continue there',
  'talk there',
  'chat there',
  'pásame',
  'pásamelo',
  'pásalo',
  'pásala',
  'hablamos por ahí',
  'seguimos por ahí',
  'seguimos allí',
  'passa pra mim',
  'continuamos por lá',
  'falamos por lá',
  'on continue là-bas',
  'on se parle là-bas',
  'meld dich',
  'dort weiter',
  'me li giri',
  'me lo giri',
  'me la giri',
  'me le giri',
  'giramelo',
  'continuiamo lì',
  'ci sentiamo lì',
  'продолжим там',
  'там пообщаемся',
  'продовжимо там',
  'oradan devam',
  'orada konuşalım',
  'lanjut di sana',
  'ngobrol di sana',
  'alo em',
  'alo anh',
  'alo mình',
  'alo cho em',
  'alo cho mình',
  'tuendelee huko',
  'tuongee huko',
  'kuongea huko',
  'بھیج دیں',
  'بھیجیں',
  'بھیج دو',
  'ای میل کریں',
  '直接打',
  '随时打',
  '随时联系',
  '给我打',
  '发短信',
  'ショートメール',
  'ショートメッセージ',
  'お電話ください',
  '出られます',
  '메일 부탁',
  '메일 주세요',
  '메일 보내',
  '문자 부탁',
  '전화 부탁',
  'ρίξε μου',
  "ρίξ' τα",
  'ρίξτε μου',
  "στείλ' τα",
];

/**
 * Verbs that ask to be called or written to only when the identifier follows at once ("call
 * 0912 …", "dial: …"): further away "call" is as often the noun ("the call went well").
 */
const ADJACENT_VERBS = [
  'call',
  'dial',
  'ring',
  'text',
  'llama al',
  'marca al',
  'liga',
  'ligue',
  'appelle le',
  'ruf',
  'chiama',
  'bel',
  'ara',
  'звони',
  'набери',
  'gọi',
  'tawag sa',
];

// Saying no to contact: "don't call me", "no me llames", "не звони".
// Entries of spaceless scripts are found as substrings: they must not hide inside other words
// (Hebrew "אל" is in "אליי", Chinese "别" in "特别").
const REFUSALS = [
  // "Not / I said no / I refused / I reported it" in the languages of languages-17.ts.
  ...REFUSALS_17,
  // "Not directly / not outside" in the languages never covered (sr, hr, cs, bg, ro, hu, ne).
  'ne direktno',
  'не директно',
  'ne přímo',
  'nu direct',
  'nem közvetlenül',
  'nije dozvoljeno',
  'není dovoleno',
  'nu este permis',
  'nem szabad',
  'не е позволено',
  'सिधै होइन',
  // Swahili "I refused / I don't accept" (nimekataa, nilikataa, sikubali).
  'nimekataa',
  'nilikataa',
  'sikubali',
  // "I don't accept / take it" where the language's plain "not" is not listed here (it is too
  // often the reason to move: "di sini tidak bisa kirim file"): the negated verb of accepting.
  'gak terima',
  'ga terima',
  'nggak terima',
  'enggak terima',
  'tidak terima',
  'tidak menerima',
  'tak terima',
  'tak menerima',
  'gak nerima',
  'nggak nerima',
  'không nhận',
  'không chấp nhận',
  'hindi ako tumatanggap',
  'hindi tumatanggap',
  'no acepto',
  'no recibo',
  "n'accepte pas",
  "n'acceptons pas",
  'nehme keine',
  'akzeptiere keine',
  'accepteer geen',
  'neem geen',
  'nepřijímám',
  'neberu',
  'nu accept',
  'nu primesc',
  'nem fogadok el',
  'nem fogadom el',
  'ne primam',
  'kabul etmiyorum',
  'kabul etmem',
  'لا أقبل',
  'لا اقبل',
  'ما أقبل',
  'قبول نمی کنم',
  'قبول نمی‌کنم',
  'نمی پذیرم',
  'قبول نہیں',
  'नहीं लेता',
  'नहीं लेती',
  'स्वीकार नहीं',
  'স্বীকার করি না',
  'लिन्नँ',
  'लिँदिनँ',
  'स्वीकार गर्दिनँ',
  'לא מקבל',
  'לא מקבלת',
  'არ ვიღებ',
  'ஏற்க மாட்டேன்',
  'வாங்க மாட்டேன்',
  '받지 않',
  '안 받',
  '받을 수 없',
  '受け付けていません',
  '受け付けません',
  'お受けできません',
  '不接受',
  '不收',
  'ไม่รับ',
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
  // "I don't accept / take" (a payment outside) in vi, id, ms: the refusal is the verb's negation.
  'không nhận',
  'không chấp nhận',
  'không làm',
  'gak terima',
  'ga terima',
  'nggak terima',
  'tidak terima',
  'tidak menerima',
  'tak terima',
  // German "I take / accept no (transfer)": the refusal is the article.
  'nehme keine',
  'nehme kein',
  'akzeptiere keine',
  'akzeptiere kein',
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
  // Greek "not" before a verb; Turkish verbs in the negative ("yapmam", "ödemem") and the rules.
  'δεν',
  'yapmam',
  'ödemem',
  'göndermem',
  'kurallara',
  'kural*',
  // Egyptian and Levantine Arabic "not" before a verb in the present ("مش بشتغل برا المنصة",
  // "ما بدفع برا"): the negation is written apart from its verb's ب-prefix.
  'مش ب',
  'مش ه',
  'ما ب',
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
  // Wallets and instant transfers of countries the list lacked (Italy, Latin America, Brazil,
  // Africa, Japan, Korea, South-East Asia), by the names their users write.
  'postepay',
  'paysafecard',
  'bancomat pay',
  'paylib',
  'wero',
  'payconiq',
  'yape',
  'nequi',
  'daviplata',
  'mercado pago',
  'mercadopago',
  'picpay',
  'orange money',
  'mtn momo',
  'opay',
  'palmpay',
  'chipper cash',
  'qiwi',
  'privat24',
  'naver pay',
  '네이버페이',
  'rakuten pay',
  '楽天ペイ',
  'merpay',
  'メルペイ',
  'grabpay',
  'linkaja',
  'viettelpay',
  'ebirr',
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
  // Hindi "bank transfer"; Russian "by (bank) details", the transfer a company account takes;
  // Dutch iDEAL payment requests ("betaalverzoek"); Israel's PayBox in Hebrew; Indonesia's banks
  // by name ("langsung ke BCA"), the way a transfer is named there.
  'बैंक ट्रांसफर',
  'बैंक ट्रांसफ़र',
  'ट्रांसफर',
  'ट्रांसफ़र',
  'по реквизитам',
  'на реквизиты',
  'betaalverzoek*',
  'ideal-link',
  'פייבוקס',
  'פיי בוקס',
  'bca',
  'bri',
  'bni',
  'bank mandiri',
  'seabank',
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
  ...COMMISSION_WORDS,
  'sàn cắt',
  'sàn ăn',
  'sàn lấy',
  'sàn thu',
  'सीधा',
  'सीधा',
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
  'கமிஷன்',
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
  // "Direct" as an adjective (bonifico diretto, transferencia directa, transferência direta),
  // Hebrew colloquial "straight (to me)", Croatian "directly".
  'diretto',
  'diretta',
  'directa',
  'direta',
  'ישר',
  'izravno',
  // Blind set 15's scripts and the languages never covered: "directly" and the fee in Bulgarian
  // (директно, комисионна), Serbian in both alphabets (direktno, provizija), Malay (komisen),
  // Swahili (bila ada), Nepali (सिधै).
  'директно',
  'комисионна',
  'комисионната',
  'direktno',
  'provizija',
  'provizije',
  'proviziju',
  'провизија',
  'провизије',
  'komisen',
  'takde komisen',
  'tanpa komisen',
  'bila ada',
  'hakuna ada',
  'सिधै',
  'direct',
  'terus',
  // Colloquial "directly" and fee words written as compounds (German), and paying as "friends
  // and family" (PayPal's personal transfer, without the buyer protection a marketplace gives).
  'κατευθείαν',
  'ντιρέκτ',
  'plattformgebühr*',
  'servicegebühr*',
  'vermittlungsgebühr*',
  'gebührenfrei',
  'provisionsfrei',
  'friends and family',
  'friends & family',
  'freunde und familie',
  'amigos y familiares',
  'amigos e familiares',
  'amis et famille',
  'amici e familiari',
  'vrienden en familie',
  'znajomi i rodzina',
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
  'kapora*',
  'havale*',
  'yatır*',
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
  // Imperatives of paying or transferring with the object pronoun attached (es, pt, it, fr, de).
  'transfiéreme',
  'transfiérame',
  'deposítame',
  'págame',
  'páguenme',
  'hazme la transferencia',
  'me transfere',
  'me paga',
  'faz o pix',
  'pagami',
  'versami',
  'fammi un bonifico',
  'paie-moi',
  'payez-moi',
  'vire-moi',
  'zahl mir',
  'überweis mir',
  'überweise mir',
  // A deposit in the words the list lacked (es-ES "señal", tr "kaparo" and the accusative
  // "ön ödemeyi"), paying this way accepted or preferred ("va bene anche in bitcoin", "I prefer
  // crypto"), and the work starting once paid ("and I start right away", "y así empiezo hoy").
  'señal',
  'kaparo*',
  'ön ödemeyi',
  'ödemeyi',
  'i prefer',
  'prefiero',
  'prefiro',
  'je préfère',
  'lieber per',
  'preferisco',
  'va bene anche',
  'wolę',
  'предпочитаю',
  'tercih ederim',
  'i start',
  'and i start',
  'empiezo',
  'comienzo',
  'começo',
  'je commence',
  'fange ich an',
  'inizio subito',
  'comincio',
  'zaczynam',
  'начинаю',
  'починаю',
  'başlarım',
  'başlıyorum',
  'saya mulai',
  'langsung mulai',
  'paunang bayad',
  'malipo ya awali',
  'lipa',
  'tuma',
  // Sending money as "throwing" it (ru/uk кидать, закинуть) and the Swahili, Arabic and
  // Vietnamese "pay me / send (it) / the deposit" forms the list lacked; the work starting once
  // paid (sw "nitaanza", ar "ونبدأ", ur "شروع کر").
  'кидайте',
  'кидай',
  'киньте',
  'кинь',
  'закиньте',
  'закинь',
  'скиньте',
  'nilipie',
  'unilipe',
  'nilipe',
  'lipia',
  'nitaanza',
  'ابعت',
  'ابعتلي',
  'ادفع',
  'تدفع',
  'ونبدأ',
  'نبدأ',
  'شروع کر',
  'gửi cọc',
  'cọc',
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
// Where such a bare verb is an imperative: opening the clause or after a comma, "just", "please",
// "and" (not after an article or preposition: "the call", "link da call", "my text").
const VERB_OPENS =
  /(?:^|[\n,;:!.?(\-–—]|(?<![\p{L}])(?:just|please|pls|plz|kindly|can you|could you|would you|can u|and|or|then|so|y|e|et|und|o|ou|и|і|ve|lütfen|bitte|por favor|per favore|пожалуйста|будь ласка|nha|nhé))\s*$/u;
const ADJACENT_VERB_FINDER = new WordFinder(ADJACENT_VERBS.map(fold));
/**
 * English "send/drop/forward/mail" are as often told of others or oneself ("I'll send it to …",
 * "the client sent …"): they ask only as an imperative, where VERB_OPENS holds before them.
 */
const SEND_OPENERS = ['send', 'drop', 'forward', 'shoot', 'send over'];
const SEND_OPENER_FINDER = new WordFinder(SEND_OPENERS.map(fold));
/**
 * Writing preferred over calling, per language: "text, don't call", "лучше пишите". ("WhatsApp
 * only" beside a number is left out: the held-out corpus labels it sharing, blind set 3 asking.)
 */
const PREFERRED = [
  "text don't call",
  "text, don't call",
  'text, no calls',
  'text no calls',
  "message don't call",
  'mejor mensaje que llamada',
  'escribe, no llames',
  'manda mensagem, não liga',
  'écris, n’appelle pas',
  "écris, n'appelle pas",
  'lieber schreiben als anrufen',
  'scrivimi, non chiamare',
  'лучше пишите',
  'лучше пиши',
  'краще пишіть',
  'краще пиши',
  'chat aja jangan telepon',
  'nhắn tin đừng gọi',
];
const PREFERRED_FINDER = new WordFinder(PREFERRED.map(fold));
const REFUSAL_FINDER = new WordFinder(REFUSALS.map(fold));
/** Refusals told as done or as a rule: they hold for the whole clause. */
const SETTLED_REFUSAL_FINDER = new WordFinder(['refused', 'declined', 'reported', 'never', 'not allowed', 'against the rules'].map(fold));
const PAYMENT_FINDER = new WordFinder([...LOCAL_PAYMENTS, ...RAILS, ...MORE_RAILS, ...BANK_TRANSFERS].map(fold));
const OUTSIDE_FINDER = new WordFinder([...OUTSIDE_CUES, ...AWAY].map(fold));
const ACCOUNT_FINDER = new WordFinder(ACCOUNTS.map(fold));
const AWAY_FINDER = new WordFinder(AWAY.map(fold));
const WITHDRAWAL_FINDER = new WordFinder(WITHDRAWALS.map(fold));
const PAY_WORD_FINDER = new WordFinder(PAY_WORDS.map(fold));

/**
 * The platform as a noun, any language (stems take case endings), and the prepositions and
 * postpositions that put a payment outside it ("without the platform", "χωρίς την πλατφόρμα",
 * "site dışından", "플랫폼 밖"): each pair is an away cue, so no language needs every phrase.
 */
const PLATFORM_NOUNS = [
  // "The platform / the site" in the languages of languages-17.ts.
  ...PLATFORM_NOUNS_17,
  'platform*',
  'plataform*',
  'plateform*',
  'plattform*',
  'piattaform*',
  'платформ*',
  'πλατφόρμ*',
  'site',
  'sitio',
  'sito',
  'сайт*',
  // Russian and Ukrainian "the (trading) platform" as users call a marketplace.
  'площадк*',
  'майданчик*',
  'serwis*',
  'escrow',
  'upwork',
  'fiverr',
  'jukwaa',
  'nền tảng',
  'المنصة',
  'منصة',
  // Arabic "the website", Hebrew "site" (לאתר, האתר: prefixes attach).
  'الموقع',
  'אתר',
  'پلتفرم',
  'سایت',
  'پلیٹ فارم',
  'प्लेटफॉर्म',
  'प्लेटफ़ॉर्म',
  'প্ল্যাটফর্ম*',
  'প্লাটফর্ম*',
  // Tamil "platform" (தளம், inflected தளத்தில், தளத்துக்கு) and the loanword.
  'தளம்',
  'தளத்*',
  'பிளாட்பார்ம்*',
  'பிளாட்ஃபார்ம்*',
  '平台',
  'プラットフォーム',
  'サイト',
  '플랫폼',
  '사이트',
  'แพลตฟอร์ม',
  'פלטפורמה',
  'პლატფორმ*',
  'հարթակ*',
  // "The site" in the languages never covered and in Bengali and Nepali script (tovuti, sajt,
  // сайта, साइट, সাইট with case endings).
  'tovuti',
  'sajt*',
  'сајт*',
  'साइट*',
  'সাইট*',
  // The site, the web and the exchange as users name the marketplace in more languages: es/fr
  // "la web", en "website", "marketplace", vi "sàn" (the trading floor), ur/bn/hi/ta "website"
  // and "site" as loanwords, ka საიტი (with its case endings), el ιστοσελίδα, ar موقع without
  // the article, zh 网站, ru/uk "биржа" (the freelance exchange).
  'web',
  'website',
  'marketplace',
  'sàn',
  'سائٹ',
  'ویب سائٹ',
  'ওয়েবসাইট*',
  'वेबसाइट*',
  'வெப்சைட்*',
  'சைட்*',
  'საიტ*',
  'ιστοσελίδ*',
  'موقع',
  '网站',
  '網站',
  'เว็บ',
  'бирж*',
  'біржі',
  'біржа',
  'біржу',
];
/** English verbs of bypassing or dropping the platform: read before it, and kept apart from escrow. */
const SKIP_VERBS = ['bypass', 'bypassing', 'skip', 'skipping', 'ditch', 'forget', 'forget about', 'cut out', 'leave out', 'go around', 'circumvent'];
const AWAY_BEFORE = [
  ...AWAY_BEFORE_17,
  'outside',
  'outside of',
  'off',
  'without',
  'bypassing',
  'around',
  'fuera de',
  'por fuera de',
  'sin',
  'fora da',
  'fora do',
  'sem',
  'hors de',
  'hors',
  'en dehors de',
  'sans',
  'außerhalb',
  'ohne',
  'an der',
  'fuori',
  'fuori dalla',
  'fuori da',
  'senza',
  'buiten',
  'zonder',
  'poza',
  'bez',
  'z pominięciem',
  'în afara',
  'fără',
  'di luar',
  'tanpa',
  'ngoài',
  'bên ngoài',
  'không qua',
  'nje ya',
  'bila',
  'вне',
  'без',
  'мимо',
  'минуя',
  'в обход',
  'поза',
  'в обхід',
  'خارج',
  'بدون',
  'برا',
  'من غير',
  'بیرون از',
  'χωρίς',
  'εκτός',
  'έξω από',
  'מחוץ ל',
  'בלי',
  // "Not through / no need to go through" the platform.
  'not through',
  'not via',
  'sin pasar por',
  'sem passar pela',
  'sans passer par',
  'nicht über',
  'senza passare per',
  'niet via',
  'nie przez',
  'не через',
  'tidak lewat',
  'gak usah lewat',
  'ga usah lewat',
  'tanpa lewat',
  'khỏi qua',
  'hindi sa',
  'bila kupitia',
  // Bulgarian, Serbian (both alphabets) and Czech "outside / past" the site (извън, ван, mimo).
  'извън',
  'ван',
  'mimo',
  'مش عن طريق',
  'بدون ما نمر على',
  'لا عبر',
  'ไม่ต้องผ่าน',
  'ไม่ผ่าน',
  'לא דרך',
  'όχι μέσω',
  '不通过',
  '不走',
  // "Instead of / rather than (through)" the platform, per language: the payment put in its place.
  'instead of',
  'instead of through',
  'instead of going through',
  'rather than through',
  'en lugar de',
  'en vez de',
  'en lugar de pasar por',
  'em vez de',
  'ao invés de',
  'em vez de passar pela',
  'au lieu de',
  'au lieu de passer par',
  'statt',
  'anstatt',
  'statt über',
  'invece di',
  'invece che',
  'anziché',
  'invece di passare per',
  'in plaats van',
  'in plaats van via',
  'zamiast',
  'zamiast przez',
  'în loc de',
  'вместо',
  'вместо того чтобы через',
  'а не через',
  'замість',
  'а не через',
  'вместо през',
  'umesto',
  'уместо',
  'místo',
  'místo přes',
  'helyett',
  'thay vì',
  'thay vì qua',
  'badala ya',
  'badala ya kupitia',
  'بدل',
  'بدلا من',
  'بدلاً من',
  'به جای',
  'بجای',
  'αντί για',
  'αντί',
  'במקום',
  'במקום דרך',
  // Bypassing, skipping or dropping the platform, per language ("skip the platform", "lasciamo
  // perdere la piattaforma", "tak payah ikut platform", "забудем про сайт", "بلاش الموقع").
  ...SKIP_VERBS,
  'sin usar',
  'saltarnos',
  'olvídate de',
  'olvidemos',
  'evitando',
  'sem usar',
  'esquece',
  'esquecer',
  'pular',
  'contornando',
  'sans utiliser',
  'oublie',
  'oublions',
  'laissons tomber',
  'laisse tomber',
  'contourner',
  'en contournant',
  'vergiss',
  'vergessen wir',
  'unter umgehung',
  'lasciamo perdere',
  'lascia perdere',
  'lasciar perdere',
  'saltiamo',
  'saltare',
  'saltando',
  'bypassando',
  'aggirando',
  'aggirare',
  'senza usare',
  'omijając',
  'pomijając',
  'zapomnij o',
  'zapomnijmy o',
  'bez pośrednictwa',
  'ocolind',
  'fără să trecem prin',
  'обходя',
  'в обход',
  'забудь про',
  'забудьте про',
  'забудем про',
  'забудь о',
  'оминаючи',
  'забудьте про',
  'заобикаляйки',
  'zaobilazeći',
  'заобилазећи',
  'obejít',
  'bỏ qua',
  'đừng qua',
  'không cần qua',
  'ngoài',
  'lupakan',
  'lewati',
  'tanpa melalui',
  'tak payah ikut',
  'tak perlu ikut',
  'tak payah guna',
  'tak perlu guna',
  'tak payah lalu',
  'tak perlu lalu',
  'tak payah melalui',
  'tak perlu melalui',
  'tidak perlu lewat',
  'gak perlu lewat',
  'hindi na dadaan sa',
  'labas sa',
  'labas ng',
  'achana na',
  'pasipo',
  'بعيد عن',
  'بره',
  'سيبك من',
  'بلاش',
  'من دون',
  'بدون المرور على',
  'بیخیال',
  'بی‌خیال',
  'بغیر',
  'बिना',
  'παρακάμπτοντας',
  'ξέχνα',
  'ξέχασε',
  'לעקוף את',
  'עוקפים את',
  'תשכח מ',
  'עזוב את',
  'არა',
  'შეეშვი',
  'นอก',
  'ข้าม',
  'ไม่ต้องใช้',
  '跳过',
  '绕开',
  '绕过',
  '避开',
  '不用走',
  '不经过',
  '別走',
  '别走',
];
const AWAY_AFTER = [
  ...AWAY_AFTER_17,
  // Hungarian "outside / without" (a platformon kívül, az oldal nélkül), Nepali "outside" (बाहिर).
  'kívül',
  'nélkül',
  'बाहिर',
  '거치지 않고',
  '안 거치고',
  'を通さないで',
  'üzerinden değil',
  'के ज़रिए नहीं',
  'के जरिए नहीं',
  'dışında',
  'dışından',
  'olmadan',
  'के बाहर',
  'से बाहर',
  'के बिना',
  'বাইরে',
  'ছাড়া',
  '外',
  '以外',
  'を通さず',
  '通さず',
  '밖',
  '없이',
  'გარეშე',
  'გარეთ',
  'வெளியே',
  'வெளியில்',
  // Postpositions of "without / outside / instead of / bypassing" the platform the list lacked:
  // ta இல்லாம(ல்), ur سے باہر / کے بغیر / کے بجائے, hi के बजाय / की जगह / को छोड़कर, fa "(the site)
  // not passed through" رد نشه and "gone around" دور بزنیم, ko 말고 / 빼고, ja 抜きで / を介さず,
  // hu megkerülve, tr atlayarak / yerine, de umgehen, ka ნაცვლად / გვერდის ავლით, bn এড়িয়ে, ne बिना.
  'இல்லாம',
  'இல்லாமல்',
  'இல்லாம்',
  'தவிர்த்து',
  'سے باہر',
  'کے باہر',
  'کے بغیر',
  'کے بجائے',
  'کو چھوڑ کر',
  'के बजाय',
  'की जगह',
  'को छोड़कर',
  'को बायपास करके',
  'رد نشه',
  'رد نشیم',
  'رد نشود',
  'رد نکنیم',
  'دور بزنیم',
  'رو دور بزنیم',
  '말고',
  '빼고',
  '거치지 말고',
  '통하지 않고',
  '抜きで',
  'を介さず',
  '経由せず',
  'を使わず',
  'megkerülve',
  'helyett',
  'atlayarak',
  'yerine',
  'umgehen',
  'umgehen wir',
  'ნაცვლად',
  'გვერდის ავლით',
  'এড়িয়ে',
  'এর বদলে',
  'बाहिरबाट',
  'नभई',
];
/**
 * Verbs of skipping or dropping the platform and "instead of": with escrow they skip a payment
 * step, not the platform (a milestone paid by Zelle "instead of escrow" is payment_outside alone).
 */
const ESCROW_KEPT_APART = new Set(['instead of', 'instead of through', 'rather than through', ...SKIP_VERBS].map((w) => normalize(w).text));
export const PLATFORM_NOUN_FINDER = new WordFinder(PLATFORM_NOUNS.map((w) => normalize(w).text));
export const AWAY_BEFORE_FINDER = new WordFinder(AWAY_BEFORE.map((w) => normalize(w).text));
export const AWAY_AFTER_FINDER = new WordFinder(AWAY_AFTER.map((w) => normalize(w).text));

/** A preposition of "outside/without" before the platform noun (an article between) or a postposition after it, in [from, to). */
export function platformAwayIn(text: string, from: number, to: number): { start: number; end: number } | undefined {
  for (const n of PLATFORM_NOUN_FINDER.findIn(text, from, to)) {
    const ns = from + n.start;
    const ne = from + n.end;
    if (WORK_AFTER.test(text.slice(ne, ne + 30))) continue;
    // Room for the longest preposition and an article ("en dehors de la ", 16).
    const lo = Math.max(from, ns - 20);
    const prep = AWAY_BEFORE_FINDER.findIn(text, lo, ns).find((h) => {
      const gap = text.slice(lo + h.end, ns).trim();
      return gap.length <= 5 && !/[\n.!?,;]/.test(gap) && !(n.entry === 'escrow' && ESCROW_KEPT_APART.has(h.entry));
    });
    if (prep) return { start: lo + prep.start, end: ne };
    // Room for a gap and the longest postposition ("megkerülve", "üzerinden değil", "को बायपास करके",
    // Finnish "ulkopuolella"); the postposition itself must start within 5 characters of the noun.
    const hi = Math.min(to, ne + 30);
    const post = AWAY_AFTER_FINDER.findIn(text, ne, hi).find(
      (h) => text.slice(ne, ne + h.start).length <= 5 && !/[\n.!?,;]/.test(text.slice(ne, ne + h.start)),
    );
    if (post) return { start: ns, end: ne + post.end };
  }
  return undefined;
}

/** Prepositions and postpositions of "through / via / on" the platform: paying its own way. */
const VIA_BEFORE = [
  'through',
  'via',
  'on',
  'over',
  'por',
  'pela',
  'pelo',
  'par',
  'über',
  'auf',
  'tramite',
  'attraverso',
  'sulla',
  'przez',
  'на',
  'через',
  'lewat',
  'melalui',
  'qua',
  'kupitia',
  // Serbian (both alphabets), Czech, Romanian, Bulgarian "through / via" the site.
  'preko',
  'преко',
  'přes',
  'prin',
  'през',
  'عبر',
  'عن طريق',
  'از طریق',
  '通过',
  'ผ่าน',
  'דרך',
  'μέσω',
];
const VIA_AFTER = ['keresztül', 'मार्फत', 'üzerinden', 'से', 'के ज़रिए', 'के जरिए', 'के माध्यम से', 'মাধ্যমে', 'দিয়ে', '経由', 'を通して', '통해', '로'];
const VIA_BEFORE_FINDER = new WordFinder(VIA_BEFORE.map((w) => normalize(w).text));
const VIA_AFTER_FINDER = new WordFinder(VIA_AFTER.map((w) => normalize(w).text));

/**
 * "Not" in the imperative or the statement, per language, before paying "through" the platform
 * ("don't pay through the site", "đừng thanh toán qua sàn", "jangan bayar lewat platform", "не
 * платите через сайт"): with VIA_BEFORE and a platform noun, paying outside it.
 */
const NOT_VIA = [
  "don't",
  'do not',
  'not',
  'no',
  'não',
  'ne',
  'nicht',
  'non',
  'niet',
  'nie',
  'nu',
  'nem',
  'не',
  'ні',
  'đừng',
  'không',
  'jangan',
  'gak',
  'ga',
  'tak',
  'tidak',
  'huwag',
  'usi',
  'μην',
  'όχι',
  'אל',
  'לא',
  'لا',
  'مش',
  'نه',
  'نہ',
  'मत',
  'না',
  'ไม่',
  '不',
  '别',
  '別',
];
const NOT_VIA_FINDER = new WordFinder(NOT_VIA.map((w) => normalize(w).text));
/** At most two words between the "not" and the "through" ("don't pay through", "đừng thanh toán qua"). */
const SHORT_GAP = /^\s*(?:[^\s,;:.!?،؛؟，、。]+\s+){0,2}$/;

/** "Not (pay) through the platform" in [from, to): the span from the "not" to the platform noun. */
export function notViaPlatformIn(text: string, from: number, to: number): { start: number; end: number } | undefined {
  for (const n of PLATFORM_NOUN_FINDER.findIn(text, from, to)) {
    const ns = from + n.start;
    const ne = from + n.end;
    if (n.entry === 'escrow' || WORK_AFTER.test(text.slice(ne, ne + 30))) continue;
    const lo = Math.max(from, ns - 12);
    const via = VIA_BEFORE_FINDER.findIn(text, lo, ns).find((h) => text.slice(lo + h.end, ns).trim().length <= 5);
    if (!via) continue;
    const vs = lo + via.start;
    const nlo = Math.max(from, vs - 28);
    const not = NOT_VIA_FINDER.findIn(text, nlo, vs)
      .reverse()
      .find((h) => SHORT_GAP.test(text.slice(nlo + h.end, vs)));
    if (not) return { start: nlo + not.start, end: ne };
  }
  return undefined;
}

/** Whether [from, to) pays through the platform ("directly through the platform", "प्लेटफ़ॉर्म से"). */
function platformViaIn(text: string, from: number, to: number): boolean {
  return PLATFORM_NOUN_FINDER.findIn(text, from, to).some((n) => {
    const ns = from + n.start;
    const ne = from + n.end;
    const lo = Math.max(from, ns - 12);
    if (VIA_BEFORE_FINDER.findIn(text, lo, ns).some((h) => text.slice(lo + h.end, ns).trim().length <= 5)) return true;
    return VIA_AFTER_FINDER.findIn(text, ne, Math.min(to, ne + 8)).some((h) => h.start <= 3);
  });
}

/**
 * Fee nouns: a negation right beside one ("no fee", "ফি লাগবে না", "не будет комиссии", "non
 * paghiamo la commissione": up to a verb and an article before it) removes the fee, it refuses nothing.
 */
const FEE_NOUNS = [
  ...COMMISSION_WORDS,
  'คอมมิชชั่น',
  'χρέωση',
  'fee',
  'fees',
  'commission',
  'comisión',
  'comissão',
  'taxa',
  'frais',
  'gebühr*',
  'servicegebühr*',
  'plattformgebühr*',
  'vermittlungsgebühr*',
  'servicekosten',
  'transactiekosten',
  'provision',
  'commissione',
  'prowizj*',
  'комисси*',
  'коміс*',
  'komisyon',
  'kesinti',
  'عمولة',
  'رسوم',
  'کمیشن',
  'فیس',
  'کارمزد',
  'फीस',
  'कमीशन',
  'ফি',
  'চার্জ',
  'biaya',
  'potongan',
  'phí',
  'bayad',
  '手数料',
  '手续费',
  '服务费',
  '수수료',
  'ค่าธรรมเนียม',
  'עמלה',
  'προμήθεια',
  // Swahili "ada" (fee) only with its noun: alone it is Indonesian "there is".
  'ada ya jukwaa',
  'ada ya platform',
  'ada ya huduma',
];
export const FEE_NOUN_FINDER = new WordFinder(FEE_NOUNS.map((w) => normalize(w).text));

/**
 * A refusal in [from, to) other than one negating a fee noun beside it; with `rules`, also the
 * rule quoted or a report (NEGATION_FINDER), except inside `away` (the "not" of "not through the platform").
 */
export function refusedIn(text: string, from: number, to: number, rules = false, away?: { start: number; end: number }): boolean {
  // The "not" of the away cue itself ("не через сайт", "đừng thanh toán qua sàn") refuses nothing.
  const outside = (r: WordHit) => !away || from + r.end <= away.start || from + r.start >= away.end;
  const refusals = REFUSAL_FINDER.findIn(text, from, to).filter(outside);
  if (rules) for (const r of NEGATION_FINDER.findIn(text, from, to)) if (outside(r)) refusals.push(r);
  if (refusals.length === 0) return false;
  const fees = FEE_NOUN_FINDER.findIn(text, from, to);
  return refusals.some((r) => !fees.some((f) => (r.start >= f.end && r.start - f.end <= 14) || (f.start >= r.end && f.start - r.end <= 20)));
}

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

/**
 * The clause around an identifier, and the line before or after it when the identifier starts or
 * ends its line: a number typed on lines of its own ("call me\n0176\n4421 …", "… 5519\nping me")
 * belongs with the request on the neighbouring line.
 */
function identifierClause(text: string, start: number, end: number): [number, number] {
  // Before the identifier the reach is longer: a request names what to send first ("schick mir
  // bitte die Rechnung als PDF an …").
  let [from, to] = clause(text, start, end);
  from = clause(text, start, start, 64)[0];
  if (from > 0 && text[from - 1] === '\n' && !text.slice(from, start).trim()) from = clause(text, from - 1, from - 1)[0];
  if (to < text.length && text[to] === '\n' && !text.slice(end, to).trim()) to = clause(text, to + 1, to + 1)[1];
  // An identifier closing its sentence ("mi número: … . Escríbeme cuando quieras", "番号は … です。
  // 夜なら出られます"): the request is the next sentence, as short as a clause.
  else if (to < text.length && text[to] !== '\n' && SENTENCE_TAIL.test(text.slice(end, to))) to = clause(text, to + 1, to + 1)[1];
  return [from, to];
}

/** What may stand between an identifier and the end of its sentence: blanks and a copula (です). */
const SENTENCE_TAIL = /^[\s,，、]*(?:です|입니다| です)?\s*$/;

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
    const [from, to] = identifierClause(ctx.text, start, end);
    // A negation refuses the contact only where it governs the verb ("no me llames", "ruf mich
    // nicht an"); elsewhere in the clause it is the reason to move ("aquí no me deja adjuntar
    // nada, escríbeme a ..."). Reports of a refusal ("I refused", "never") hold clause-wide.
    if (SETTLED_REFUSAL_FINDER.hasIn(ctx.text, from, to)) continue;
    // "send via bKash/M-Pesa to 0712 ...": a way to pay right before the number makes it where
    // to pay, paying outside's business.
    if (PAYMENT_FINDER.hasIn(ctx.text, Math.max(from, start - 24), start)) continue;
    // Writing preferred over calling ("text, don't call", "лучше пишите"):
    // its "not" refuses the other way, not the contact.
    const preferred = PREFERRED_FINDER.findIn(ctx.text, from, to).find((v) => from + v.end <= start || from + v.start >= end);
    if (preferred) {
      emit(ctx, 'offplatform.solicitation', 'medium', from + preferred.start, from + preferred.end);
      return;
    }
    const verb = CONTACT_VERB_FINDER.findIn(ctx.text, from, to).find(
      (v) =>
        (from + v.end <= start || from + v.start >= end) &&
        !REFUSAL_FINDER.hasIn(
          ctx.text,
          ...governing(ctx.text, Math.max(from, from + v.start - 14), from + v.start, from + v.end, Math.min(to, from + v.end + 10)),
        ),
    );
    if (verb) {
      emit(ctx, 'offplatform.solicitation', 'medium', from + verb.start, from + verb.end);
      return;
    }
    // An English send verb opening its clause before the identifier ("pls forward the brief to …").
    const send = SEND_OPENER_FINDER.findIn(ctx.text, from, start).find(
      (v) =>
        VERB_OPENS.test(ctx.text.slice(Math.max(0, from + v.start - 14), from + v.start)) &&
        !REFUSAL_FINDER.hasIn(ctx.text, ...governing(ctx.text, from, from + v.start, from + v.end, start)),
    );
    if (send) {
      emit(ctx, 'offplatform.solicitation', 'medium', from + send.start, from + send.end);
      return;
    }
    // A bare verb right before the identifier, with at most a colon or "at"-less gap between.
    const near = Math.max(from, start - 14);
    const adjacent = ADJACENT_VERB_FINDER.findIn(ctx.text, near, start).find(
      (v) =>
        /^[\s:：,\-–—]{0,3}$/.test(ctx.text.slice(near + v.end, start)) && VERB_OPENS.test(ctx.text.slice(Math.max(0, near + v.start - 14), near + v.start)),
    );
    if (!adjacent || REFUSAL_FINDER.hasIn(ctx.text, ...governing(ctx.text, from, near + adjacent.start, near + adjacent.end, start))) continue;
    emit(ctx, 'offplatform.solicitation', 'medium', near + adjacent.start, near + adjacent.end);
    return;
  }
}

/**
 * Talking, writing or continuing "outside the platform", per language (folded like the text):
 * the verb or noun of the conversation, paired in a clause with platformAwayIn's "outside /
 * without the platform" (any language). Infinitives, "let's" forms and the nouns people use.
 */
const TALK = [
  // Talk / continue in the languages of languages-17.ts.
  ...TALK_17,
  'talk',
  'chat',
  'speak',
  'continue',
  'communicate',
  'connect',
  'discuss',
  'conversation',
  'keep in touch',
  'stay in touch',
  'hablar',
  'hablemos',
  'hablamos',
  'seguir',
  'sigamos',
  'seguimos',
  'continuar',
  'continuemos',
  'comunicarnos',
  'conversar',
  'charlar',
  'falar',
  'falamos',
  'conversamos',
  'continuamos',
  'parler',
  'parlons',
  'on parle',
  'discuter',
  'discutons',
  'on discute',
  'continuer',
  'continuons',
  'on continue',
  'échanger',
  'échangeons',
  'on échange',
  'communiquer',
  'reden',
  'sprechen',
  'schreiben',
  'kommunizieren',
  'weitermachen',
  'parlare',
  'parliamo',
  'sentirci',
  'continuare',
  'continuiamo',
  'comunicare',
  'praten',
  'verder praten',
  'communiceren',
  'vorbim',
  'discutăm',
  'continuăm',
  'comunicăm',
  'общаться',
  'пообщаемся',
  'поговорим',
  'переписываться',
  'продолжим',
  'спілкуватися',
  'поговоримо',
  'продовжимо',
  'rozmawiać',
  'porozmawiajmy',
  'kontynuujmy',
  'konuşalım',
  'konuşmak',
  'yazışalım',
  'devam edelim',
  'ngobrol',
  'bicara',
  'berbicara',
  'komunikasi',
  'lanjut',
  'berbual',
  'sembang',
  'nói chuyện',
  'trao đổi',
  'liên lạc',
  'liên hệ',
  'nhắn tin',
  'tiếp tục',
  'mag-usap',
  'mag-chat',
  'tuongee',
  'tuzungumze',
  'kuwasiliana',
  'बात',
  'बातचीत',
  'संपर्क',
  'কথা বলি',
  'কথা বলুন',
  'কথা বলা',
  'যোগাযোগ',
  'பேசலாம்',
  'பேசுவோம்',
  'பேச',
  'தொடர்பு',
  'نتكلم',
  'نتواصل',
  'نحكي',
  'نكمل',
  'التواصل',
  'صحبت',
  'حرف بزنیم',
  'بات کریں',
  'بات کرتے',
  'رابطہ',
  'נדבר',
  'לדבר',
  'נמשיך',
  'μιλήσουμε',
  'μιλάμε',
  'συνεχίσουμε',
  'επικοινωνία',
  'επικοινωνήσουμε',
  'τα πούμε',
  '話し',
  'やり取り',
  '連絡',
  '聊',
  '沟通',
  '溝通',
  '联系',
  '聯繫',
  '交流',
  '얘기',
  '이야기',
  '대화',
  '연락',
  '소통',
  'คุย',
  'ติดต่อ',
  'สื่อสาร',
];
const TALK_FINDER = new WordFinder(TALK.map(fold));

/**
 * Solicitation: talking or continuing outside the platform ("on continue en dehors de la
 * plateforme ?", "플랫폼 밖에서 얘기해요"), in any language, unless the clause quotes the rule,
 * refuses or reports ("I never talk to clients outside the platform").
 */
export function findTalkOutside(ctx: ScanContext): void {
  const { text } = ctx;
  // The platform's name is rarer than a talk verb: most messages end at this one pass.
  if (ctx.signals.some((s) => s.type === 'offplatform.solicitation')) return;
  if (!PLATFORM_NOUN_FINDER.hasIn(text, 0, text.length)) {
    dealOutside(ctx);
    return;
  }
  for (const talk of TALK_FINDER.find(text)) {
    const [from, to] = clause(text, talk.start, talk.end, 60);
    const away = platformAwayIn(text, from, to);
    if (!away || refusedIn(text, from, to, true, away) || PAY_WORD_FINDER.hasIn(text, from, to)) continue;
    emit(ctx, 'offplatform.solicitation', 'medium', Math.min(talk.start, away.start), Math.max(talk.end, away.end));
    return;
  }
  dealOutside(ctx);
}

/**
 * Closing, settling or transacting the deal, and "let's", per language: with "outside / without
 * the platform" beside it the deal itself moves off the platform, which asks the other to leave it
 * even when the payment is named in the same clause ("bora fechar por fora?", "давайте без
 * площадки, оплата по СБП"). "Directly" alone is not a move ("let's settle it directly" may stay here).
 */
const DEAL = [
  "let's",
  'lets',
  'deal',
  'close the deal',
  'close it',
  'settle',
  'sort it out',
  'arrange',
  'transact',
  'do business',
  'vamos',
  'arreglamos',
  'arreglar',
  'arreglemos',
  'cerrar',
  'cerramos',
  'cerremos',
  'negociar',
  'bora',
  'fechar',
  'fechamos',
  'acertar',
  'acertamos',
  'resolver',
  'régler',
  'réglons',
  'on règle',
  'conclure',
  'faire affaire',
  'regeln',
  'abwickeln',
  'lass uns',
  'lasst uns',
  'sistemare',
  'sistemiamo',
  'chiudere',
  'chiudiamo',
  'regelen',
  'afhandelen',
  'laten we',
  'załatwić',
  'załatwmy',
  'rozliczmy',
  'anlaşalım',
  'halledelim',
  'yapalım',
  'transaksi*',
  'bertransaksi',
  'ayo',
  'yuk',
  'giao dịch',
  'làm ngoài',
  'tufanye',
  'давайте',
  'давай',
  'договоримся',
  'рассчитаемся',
  'домовимося',
  'розрахуємося',
  'نتعامل',
  'نتفق',
  'خلينا',
  'معامله',
  'معاملہ',
  'ڈیل',
  'डील',
  'सौदा',
  'लेन-देन',
  'লেনদেন',
  'ডিল',
  'டீல்',
  '交易',
  '合作',
  '거래',
  '하죠',
  '하자',
  'ดีล',
  'ตกลงกัน',
  'ας το',
  'ας κλείσουμε',
  'συναλλαγή',
  'נסגור',
  'בוא',
  'בואו',
];
/** Deal words that say "outside" themselves: "let's do it outside" (vi), "private deal" (zh), "direct trade" (ko), "take it out from between us" (tr). */
const SELF_DEALS = ['làm ngoài', '私下交易', '私下合作', '직거래', '사이트 빼고', '플랫폼 빼고', 'aradan çıkaralım', 'aradan cikaralim'];
const SELF_DEAL = new Set(SELF_DEALS.map(fold));
const DEAL_FINDER = new WordFinder([...DEAL, ...SELF_DEALS].map(fold));
/** "Outside" right after the deal word, the platform unsaid ("fechar por fora", "giao dịch ngoài", "transaksi di luar"). */
const OFF_AFTER_DEAL = ['por fora', 'por afuera', 'por fuera', 'ngoài', 'bên ngoài', 'di luar', 'outside', 'off-platform', 'off platform'];
const OFF_AFTER_DEAL_FINDER = new WordFinder(OFF_AFTER_DEAL.map(fold));

/** The comma-free stretch around [start, end), up to 60 characters each side. */
function dealPhrase(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && start - from < 60 && !PHRASE_END.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && to - end < 60 && !PHRASE_END.test(text[to])) to++;
  return [from, to];
}

/** Solicitation: the deal moved off the platform (see DEAL), unless refused, reported or quoted as the rule. */
function dealOutside(ctx: ScanContext): void {
  const { text } = ctx;
  if (ctx.signals.some((s) => s.type === 'offplatform.solicitation')) return;
  for (const deal of DEAL_FINDER.find(text)) {
    const [from, to] = clauseAcrossQuestion(text, deal.start, deal.end, 60);
    const off = SELF_DEAL.has(deal.entry) ? { start: 0, end: 0 } : OFF_AFTER_DEAL_FINDER.findIn(text, deal.end, Math.min(to, deal.end + 16))[0];
    const away = off ? { start: deal.end + off.start, end: deal.end + off.end } : platformAwayIn(text, from, to);
    if (!away || WORK_AFTER.test(text.slice(away.end, away.end + 30)) || refusedIn(text, from, to, true, away)) continue;
    if (text.slice(from, to).match(CURLY_NOT)) continue;
    // The deal's own phrase naming the payment ("régler par Lydia hors plateforme", "te pago no
    // PayPal e fechamos fora"): settling is the payment there, payment_outside's alone.
    const [pf, pt] = dealPhrase(text, Math.min(deal.start, away.start), Math.max(deal.end, away.end));
    if (PAYMENT_FINDER.hasIn(text, pf, pt) || PAY_WORD_FINDER.hasIn(text, pf, pt)) continue;
    emit(ctx, 'offplatform.solicitation', 'medium', Math.min(deal.start, away.start), Math.max(deal.end, away.end));
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
    if (!ctx.signals.some((s) => s.type === 'offplatform.payment_outside')) payingAgainstPlatform(ctx, ways);
    if (!ctx.signals.some((s) => s.type === 'offplatform.payment_outside')) accountsOutside(ctx);
    if (!ctx.signals.some((s) => s.type === 'offplatform.payment_outside')) payingDirectly(ctx);
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
    if (WORK_AFTER.test(text.slice(way.end, way.end + 30))) continue;
    const [from, to] = clauseAcrossQuestion(text, way.start, way.end, 60);
    // The "not" of "not through the platform" may open a clause past the reach ("…, đừng thanh toán qua sàn").
    const notVia = notViaPlatformIn(text, ...clauseAcrossQuestion(text, way.start, way.end, 120));
    const away = OUTSIDE_FINDER.hasIn(text, from, to) || platformAwayIn(text, from, to) || notVia || FRIENDS_AND_FAMILY.test(text.slice(from, to));
    if (!away || refusedIn(text, from, to, false, notVia) || WITHDRAWAL_FINDER.hasIn(text, from, to)) continue;
    if (feeOfTheWork(text, from, to)) continue;
    emit(ctx, 'offplatform.payment_outside', 'medium', way.start, way.end);
    return;
  }
  payingAgainstPlatform(ctx, ways);
  if (!ctx.signals.some((s) => s.type === 'offplatform.payment_outside')) accountsOutside(ctx);
  if (!ctx.signals.some((s) => s.type === 'offplatform.payment_outside')) payingDirectly(ctx);
}

/**
 * PayPal's personal transfer written with "&" ("friends & family", "Freunde & Familie"): the word
 * finder's phrases allow no "&" between words, so the OUTSIDE_CUES phrases miss it.
 */
const FRIENDS_AND_FAMILY = /\b(?:friends|freunde|amigos|amis|amici|vrienden|znajomi) ?& ?(?:family|familie|familiares|famille|familiari|rodzina)\b/;

/**
 * A rail or cash offered against the platform's own payment ("Zelle, quicker than waiting on the
 * milestone", "contant bij oplevering"): see pay-instead.ts. Rails named as the work are skipped.
 */
function payingAgainstPlatform(ctx: ScanContext, ways: readonly WordHit[]): void {
  const { text } = ctx;
  const offered = ways.filter((w) => !WORK_AFTER.test(text.slice(w.end, w.end + 30)));
  const hit =
    (offered.length > 0 ? railAgainstPlatform(text, offered, REFUSAL_FINDER) : undefined) ??
    cashOutside(text, REFUSAL_FINDER, (from, to) => OUTSIDE_FINDER.hasIn(text, from, to) || platformAwayIn(text, from, to) !== undefined);
  if (hit) emit(ctx, 'offplatform.payment_outside', 'medium', hit.start, hit.end);
}

/**
 * Building an app or a system, per language: beside it, wallets and a fee word are the work's
 * subject ("an app to collect school fees through bKash and Nagad"), not a way around the platform.
 */
const BUILD = [
  'build',
  'develop',
  'an app',
  'the app',
  'application',
  'desarrollar',
  'crear una app',
  'criar um app',
  'desenvolver',
  'développer',
  'entwickeln',
  'sviluppare',
  'ontwikkelen',
  'aplikacj*',
  'разработать',
  'приложени*',
  'розробити',
  'застосунок',
  'geliştir*',
  'uygulama*',
  'aplikasi',
  'làm app',
  'phát triển',
  'gumawa ng app',
  'programu',
  'تطبيق',
  'برنامه',
  'ऐप',
  'অ্যাপ',
  'বানাতে',
  '应用',
  'アプリ',
  '앱',
  'แอป',
  'אפליקציה',
  'εφαρμογή',
];
const BUILD_FINDER = new WordFinder(BUILD.map(fold));

/** Whether the only cue in [from, to) is a fee word beside building software: the fees are the work's. */
function feeOfTheWork(text: string, from: number, to: number): boolean {
  if (platformAwayIn(text, from, to) || !BUILD_FINDER.hasIn(text, from, to)) return false;
  const fees = FEE_NOUN_FINDER.findIn(text, from, to);
  return OUTSIDE_FINDER.findIn(text, from, to).every((h) => fees.some((f) => f.start <= h.start && f.end >= h.end));
}

/**
 * Paying with no way named ("pay me directly, the commission is saved", "payment outside the
 * platform"): "directly" needs the platform's fee beside it ("pay directly on the platform" is
 * the platform's own way), "outside the platform" holds alone.
 */
function payingDirectly(ctx: ScanContext): void {
  const { text } = ctx;
  // Settling the deal ("regelen", "fechar", "نتعامل") counts as paying only beside a saving.
  const deals = DEAL_FINDER.find(text);
  const pays = PAY_WORD_FINDER.find(text);
  for (const pay of [...pays, ...deals]) {
    const dealing = !pays.includes(pay);
    const [from, to] = clauseAcrossQuestion(text, pay.start, pay.end, 60);
    if (WITHDRAWAL_FINDER.hasIn(text, from, to)) continue;
    // The fee saved, or a discount for paying directly ("10% off", "bớt 10%", "깎아드릴게요").
    const saving = FEE_NOUN_FINDER.hasIn(text, from, to) || DISCOUNT_FINDER.hasIn(text, from, to);
    if (dealing && !saving) continue;
    const away = platformAwayIn(text, from, to);
    const direct = away ? undefined : AWAY_FINDER.findIn(text, from, to)[0];
    if (!away && !(direct && saving && !platformViaIn(text, from, to))) continue;
    const cue = away ?? { start: from + (direct as { start: number }).start, end: from + (direct as { end: number }).end };
    // The rule quoted or a report ("payment outside the platform is forbidden") is no proposal;
    // nor is "outside the platform" negated right before it ("I don't work outside the platform,
    // … the payment goes through the contract"), though that negation lies beyond the pay word's reach.
    if (refusedIn(text, Math.min(from, Math.max(0, cue.start - 24)), to, true, cue)) continue;
    emit(ctx, 'offplatform.payment_outside', 'medium', Math.min(pay.start, cue.start), Math.max(pay.end, cue.end));
    return;
  }
}

/** A discount offered, per language: beside "directly" and paying, the platform's fee passed on. */
const DISCOUNT = [
  'discount',
  'knock',
  'off the price',
  'off the quote',
  'off the total',
  'off the rate',
  'cheaper',
  'descuento',
  'desconto',
  'a menos',
  'más barato',
  'mais barato',
  'remise',
  'réduction',
  'rabatt',
  'nachlass',
  'sconto',
  'korting',
  'rabat',
  'zniżk*',
  'taniej',
  'скидк*',
  'дешевле',
  'знижк*',
  'дешевше',
  'indirim',
  'iskonto',
  'diskon',
  'lebih murah',
  'bớt',
  'giảm giá',
  'rẻ hơn',
  'punguzo',
  'nitakupunguzia',
  'kupunguzia',
  'خصم',
  'تخفیف',
  'رعایت',
  'رعایت',
  'छूट',
  'डिस्काउंट',
  'সস্তা',
  'ডিসকাউন্ট',
  'ছাড় দেব',
  'தள்ளுபடி',
  '优惠',
  '便宜',
  '打折',
  '値引き',
  '割引',
  '할인',
  '깎아',
  '빼드릴',
  'ส่วนลด',
  'ลดให้',
  'έκπτωση',
  'φθηνότερα',
  'הנחה',
];
const DISCOUNT_FINDER = new WordFinder(DISCOUNT.map(fold));

/**
 * Paying into one's bank account or card "directly" or "outside the platform" (no identifier
 * given): a fee word is not enough here, and withdrawing one's earnings is not paying outside.
 */
function accountsOutside(ctx: ScanContext): void {
  const { text } = ctx;
  const accounts = ACCOUNT_FINDER.find(text);
  if (accounts.length === 0) return;
  if (AWAY_FINDER.find(text).length === 0 && !platformAwayIn(text, 0, text.length)) return;
  for (const account of accounts) {
    const [from, to] = clauseAcrossQuestion(text, account.start, account.end, 60);
    const hit = AWAY_FINDER.findIn(text, from, to).find((h) => from + h.end <= account.start || from + h.start >= account.end);
    const away = hit ? { start: from + hit.start, end: from + hit.end } : platformAwayIn(text, from, to);
    if (!away || refusedIn(text, from, to) || WITHDRAWAL_FINDER.hasIn(text, from, to)) continue;
    emit(ctx, 'offplatform.payment_outside', 'medium', Math.min(account.start, away.start), Math.max(account.end, away.end));
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
    const [from, to] = clauseAcrossQuestion(text, start, end, 80);
    if (refusedIn(text, from, to)) continue;
    const hit =
      PAY_ASK_FINDER.findIn(text, from, to).find((h) => from + h.end <= start || from + h.start >= end) ??
      OUTSIDE_FINDER.findIn(text, from, to).find((h) => from + h.end <= start || from + h.start >= end);
    const cue = hit ? { start: from + hit.start, end: from + hit.end } : platformAwayIn(text, from, to);
    if (!cue) continue;
    emit(ctx, 'offplatform.payment_outside', 'medium', cue.start, cue.end);
    return;
  }
}

/** Meeting rooms and booking pages on outside tools: sending one proposes the call there. */
const MEETING_LINK =
  /zoom\.us\/(?:j|my|w|s|wc|meeting)\/|meet\.google\.com\/|g\.co\/meet\/|teams\.microsoft\.com\/l\/meet|teams\.live\.com\/meet|calendly\.com\/|cal\.com\/|whereby\.com\/|webex\.com\/(?:meet|join)|meet\.jit\.si\/|gotomeet\.me\/|gotomeeting\.com\/join|8x8\.vc\/|bluejeans\.com\/\d/i;

/**
 * A meeting or booking link just found as a handle or link is a call proposed on an outside tool
 * (LABELLING.md: `offplatform.interview_outside` with the identifier's family), unless a refusal,
 * the rule or the platform itself stands in its sentence ("the platform's Zoom room", "please
 * don't join it before the contract"). Runs after the identifier finders and the meeting rules.
 */
export function findMeetingLinks(ctx: ScanContext): void {
  const { text } = ctx;
  if (ctx.signals.some((s) => s.type === 'offplatform.interview_outside')) return;
  for (const s of ctx.signals) {
    if ((s.type !== 'contact.handle' && s.type !== 'contact.link') || !MEETING_LINK.test(s.text ?? '')) continue;
    const start = toNormalized(ctx, s.start as number);
    const end = toNormalized(ctx, s.end as number);
    const [from, to] = clauseAcrossQuestion(text, start, end);
    if (REFUSAL_FINDER.hasIn(text, from, to) || NEGATION_FINDER.hasIn(text, from, to) || PLATFORM_NOUN_FINDER.hasIn(text, from, to)) continue;
    emit(ctx, 'offplatform.interview_outside', 'medium', start, end);
    return;
  }
}

/** Meeting tools (in the scripts users write them), and messengers, in a solicitation's own words. */
const MEETING_TOOL = /zoom|зум|google meet|\bmeet\b|\bteams\b|тимс|webex|ズーム|줌|זום|ζουμ|زوم/i;
const MESSENGER = /whats|wa\b|telegram|tg\b|skype|signal|viber|line|kakao|wechat|discord|ватсап|вотсап|телег|скайп|вайбер|واتس|e-?mail|mail|phone|tel/i;

/**
 * A call proposed on a meeting tool is an interview outside, not also a move of the chat
 * (LABELLING.md: "talk on X" without a call is solicitation; every set labels "let's have a call
 * on Zoom" interview only): a solicitation whose own words name only a meeting tool yields to the
 * interview found in the same message.
 */
export function callsOnMeetingTools(ctx: ScanContext): void {
  if (!ctx.signals.some((s) => s.type === 'offplatform.interview_outside')) return;
  ctx.signals = ctx.signals.filter((s) => s.type !== 'offplatform.solicitation' || !MEETING_TOOL.test(s.text ?? '') || MESSENGER.test(s.text ?? ''));
  // A solicitation ending on the tool's name that opens the call's compound ("können wir per
  // WhatsApp-Videocall sprechen?": the channel is the call's tool): the call is what is proposed.
  // An ask for an ID beside the call ("share your Skype ID for the interview") is an ask of its own.
  // A solicitation read from the very words of the call ("WhatsApp'tan görüntülü konuşalım": the
  // talk verb is the call's) is the call, not a move as well.
  const calls = ctx.signals.filter((s) => s.type === 'offplatform.interview_outside');
  ctx.signals = ctx.signals.filter((s) => {
    if (s.type !== 'offplatform.solicitation') return true;
    const end = s.end as number;
    if (calls.some((c) => (c.start as number) <= (s.start as number) && (c.end as number) >= end)) return false;
    return !calls.some(
      (c) =>
        (c.start as number) > (s.start as number) &&
        (c.start as number) < end &&
        (c.end as number) > end &&
        !/\s/.test(ctx.original.slice(c.start as number, end)),
    );
  });
}
