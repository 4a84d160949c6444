// Intent in the languages the per-language rules of intent.ts do not cover, and the indirect
// forms of every language: a channel (a messenger in any script, or the local word for
// phone, number, e-mail, contact) and, in the same clause, a cue of asking for it or moving
// there (a second-person possessive, "give/send/tell me", "add me", "let's talk on"). Both
// lists are per language below; text is normalised (lower case, Latin accents stripped, so
// Vietnamese "của bạn" is "cua ban").
//
// Linear: one pass over the words for channels (WordFinder), then fixed-size windows around each.
import { WordFinder } from '../normalize/word-finder.ts';
import { emit, type ScanContext } from './context.ts';

/** Messengers and contact words in every script; Latin ones need word boundaries. */
const CHANNELS = [
  // Latin-script names and local nicknames
  'whatsapp',
  'whats app',
  'watsap',
  'wasap',
  'wpp',
  'zap',
  'telegram',
  'telegrama',
  'signal',
  'viber',
  'skype',
  'discord',
  'wechat',
  'weixin',
  'kakaotalk',
  'kakao',
  'zalo',
  'line id',
  'instagram',
  'insta',
  'facebook',
  'messenger',
  'imessage',
  'e-mail',
  'email',
  'gmail',
  // hi, bn, ur
  'व्हाट्सएप',
  'व्हाट्सऐप',
  'वॉट्सऐप',
  'वाट्सएप',
  'टेलीग्राम',
  'नंबर',
  'नम्बर',
  'फोन',
  'फ़ोन',
  'ईमेल',
  'मोबाइल',
  'संपर्क',
  'হোয়াটসঅ্যাপ',
  'টেলিগ্রাম',
  'নম্বর',
  'নাম্বার',
  'ফোন',
  'ইমেইল',
  'যোগাযোগ',
  'واٹس ایپ',
  'واٹس',
  'ٹیلیگرام',
  'نمبر',
  'فون',
  'ای میل',
  'رابطہ',
  // ar, fa
  'واتساب',
  'واتس اب',
  'واتس',
  'وتساب',
  'تليجرام',
  'تلغرام',
  'تيليجرام',
  'رقمك',
  'رقم',
  'هاتف',
  'جوال',
  'ايميل',
  'إيميل',
  'بريد',
  'تواصل',
  'واتساپ',
  'تلگرام',
  'شماره',
  'تلفن',
  'ایمیل',
  // ja
  'ライン',
  'line',
  'カカオトーク',
  'テレグラム',
  'メール',
  'メアド',
  '電話番号',
  '電話',
  '連絡先',
  '番号',
  'ウィーチャット',
  // zh
  '微信',
  '电话',
  '電話',
  '手机',
  '手機',
  '号码',
  '號碼',
  '邮箱',
  '郵箱',
  '联系方式',
  '聯繫方式',
  '联系',
  'qq',
  '电报',
  // ko
  '카카오톡',
  '카톡',
  '텔레그램',
  '라인',
  '전화번호',
  '번호',
  '연락처',
  '이메일',
  '메일',
  '위챗',
  // th
  'ไลน์',
  'เบอร์',
  'โทร',
  'อีเมล',
  'ช่องทางติดต่อ',
  // vi (folded), id/ms, tl, sw, tr
  'so dien thoai',
  'sdt',
  'so dt',
  'nomor',
  'no hp',
  'no wa',
  'nombor',
  'namba',
  'simu',
  'numara',
  'numaran',
  'telefon',
  'iletisim',
];

/** Cues of asking for a channel or moving there, per language. */
const CUES = [
  // en, es, pt, fr, de, it have their own rules in intent.ts; here only "add/reach me" forms
  'add me',
  'hit me up',
  'reach me',
  'contact me',
  'message me',
  'ping me',
  'dm me',
  // ru, uk, pl
  'твой',
  'твою',
  'ваш',
  'вашу',
  'твій',
  'твою',
  'twoj',
  'twój',
  'pana',
  'pani',
  // hi
  'आपका',
  'आपकी',
  'आपके',
  'तुम्हारा',
  'अपना',
  'दीजिए',
  'दीजिये',
  'दे दो',
  'दो ना',
  'भेजो',
  'भेजिए',
  'भेजें',
  'बताइए',
  'बताओ',
  'बताएं',
  'शेयर',
  'ऐड',
  'बात करते',
  'बात करें',
  'पर बात',
  'पे बात',
  'मैसेज करो',
  'मैसेज करें',
  'कॉल करो',
  'कॉल करें',
  'क्या आपके पास',
  'है क्या',
  // bn
  'আপনার',
  'তোমার',
  'দিন',
  'দাও',
  'পাঠান',
  'পাঠাও',
  'বলুন',
  'অ্যাড',
  'কথা বলি',
  'কথা বলুন',
  'মেসেজ দিন',
  'মেসেজ করুন',
  // ur
  'آپ کا',
  'آپ کی',
  'اپنا',
  'دیں',
  'بھیجیں',
  'بتائیں',
  'ایڈ',
  'بات کریں',
  'میسج کریں',
  // ar, fa
  'رقمك',
  'ايميلك',
  'بريدك',
  'حسابك',
  'أرسل',
  'ارسل',
  'ابعث',
  'ابعتلي',
  'اعطني',
  'أعطني',
  'اعطيني',
  'هل لديك',
  'عندك',
  'راسلني',
  'كلمني',
  'اضفني',
  'أضفني',
  'نتواصل',
  'تواصل معي',
  'نكمل',
  'خارج المنصة',
  'شمارت',
  'بفرست',
  'بده',
  'پیام بده',
  // ja
  '教えて',
  '交換',
  '送って',
  '追加して',
  '追加お願い',
  '登録して',
  '友達追加',
  'で話',
  'でやり取り',
  'で連絡',
  'に連絡',
  'に移',
  'で直接',
  'いただけ',
  'もらえ',
  'ください',
  'しませんか',
  'しましょう',
  'できますか',
  'ありますか',
  'やってますか',
  // zh
  '你的',
  '您的',
  '加我',
  '加一下',
  '加个',
  '发我',
  '發我',
  '给我',
  '給我',
  '告诉我',
  '告訴我',
  '私聊',
  '联系我',
  '聯繫我',
  '留个',
  '留一下',
  '上聊',
  '里聊',
  '裡聊',
  '转到',
  '平台外',
  '多少',
  '有没有',
  '有沒有',
  '有吗',
  '有嗎',
  // ko
  '알려',
  '주세요',
  '주실',
  '추가해',
  '추가 해',
  '보내',
  '연락 주',
  '연락주',
  '으로 얘기',
  '로 얘기',
  '에서 얘기',
  '로 대화',
  '으로 대화',
  '로 연락',
  '으로 연락',
  '있으세요',
  '있나요',
  '있어요',
  '하세요',
  // th
  'ขอ',
  'ของคุณ',
  'ส่ง',
  'แอด',
  'เพิ่ม',
  'ทักมา',
  'ทักไป',
  'คุยกันทาง',
  'คุยทาง',
  'ติดต่อทาง',
  'มีไหม',
  'มีมั้ย',
  // vi (folded)
  'cua ban',
  'cua anh',
  'cua chi',
  'cua em',
  'cho minh xin',
  'cho em xin',
  'cho toi xin',
  'xin so',
  'xin zalo',
  'gui cho',
  'gui qua',
  'gui so',
  'ket ban',
  'lien he',
  'nhan tin',
  'noi chuyen qua',
  'trao doi qua',
  'qua zalo',
  'ib',
  'co khong',
  // id, ms
  'kamu',
  'anda',
  'minta',
  'boleh minta',
  'kirim',
  'kasih',
  'hubungi',
  'chat di',
  'lanjut di',
  'ngobrol di',
  'ngobrol lewat',
  'lewat',
  'add aku',
  'add saya',
  'punya',
  // tl
  'mo',
  'niyo',
  'ninyo',
  'pahingi',
  'pakibigay',
  'ibigay',
  'padala',
  'i-add',
  'add mo',
  'chat tayo',
  'usap tayo',
  'mag-usap',
  'tawagan mo',
  'i-message',
  'meron ka',
  'may viber ka',
  'may whatsapp ka',
  // sw
  'yako',
  'wako',
  'nitumie',
  'nipe',
  'tuongee',
  'tuwasiliane',
  'niongeze',
  'nipigie',
  'niandikie',
  // tr
  'numarani',
  'numaranizi',
  'mailini',
  'ekle',
  'ekler misin',
  'verir misin',
  'verebilir misin',
  'konusalim',
  'devam edelim',
  'uzerinden',
  'disinda',
];

/** Refusals, rules and reports, per language: "can't", "not allowed", "forbidden", "the client asked". */
const NEGATION = [
  "can't",
  'cannot',
  'not allowed',
  'against the',
  'forbidden',
  'prohibited',
  "won't",
  'never',
  'asked me',
  'is it ok',
  'is it allowed',
  'no puedo',
  'nao posso',
  'interdit',
  'verboten',
  'vietato',
  'нельзя',
  'запрещ',
  'nie moge',
  'नहीं',
  'मत',
  'मना',
  'না',
  'নিষেধ',
  'نہیں',
  'منع',
  'لا ',
  'لا يمكن',
  'ممنوع',
  'غير مسموح',
  'نمی',
  'ممنوع',
  'できません',
  '禁止',
  'ダメ',
  'だめ',
  'いけない',
  '不能',
  '不可以',
  '不允许',
  '不允許',
  '不行',
  '안 돼',
  '안돼',
  '금지',
  '수 없',
  '불가',
  'ไม่',
  'ห้าม',
  'khong duoc',
  'cam ',
  'tidak boleh',
  'tidak bisa',
  'dilarang',
  'jangan',
  'hindi pwede',
  'hindi puwede',
  'bawal',
  'siwezi',
  'marufuku',
  'hairuhusiwi',
  'yasak',
  'olmaz',
  'paylasamam',
];

/** Numbers that are not a way to reach someone: orders, invoices, tracking, accounts. */
const NOT_CONTACT = [
  'order',
  'invoice',
  'tracking',
  'ऑर्डर',
  'इनवॉइस',
  'बिल',
  'অর্ডার',
  'آرڈر',
  'طلب',
  'فاتورة',
  'سفارش',
  'فاکتور',
  '注文',
  '請求',
  '追跡',
  '订单',
  '訂單',
  '发票',
  '快递',
  '주문',
  '송장',
  '운송장',
  'คำสั่งซื้อ',
  'พัสดุ',
  'don hang',
  'hoa don',
  'pesanan',
  'faktur',
  'resi',
  'tagihan',
  'oda',
  'resibo',
  'ankara',
  'agizo',
  'siparis',
  'fatura',
  'заказ',
  'счет',
  'zamowien',
];

/** The channel named as the work: bots, APIs, mini programs, integrations, in any language. */
const WORK = [
  'bot',
  'api',
  'sdk',
  'integration',
  'mini app',
  'mini program',
  'clone',
  'plugin',
  'template',
  '小程序',
  '机器人',
  '機器人',
  '开发',
  '開發',
  '集成',
  '接口',
  '公众号',
  'ボット',
  '開発',
  '連携',
  '봇',
  '개발',
  '연동',
  'بوت',
  'تطوير',
  'برمجة',
  'बॉट',
  'इंटीग्रेशन',
  'บอท',
  'พัฒนา',
];

const fold = (w: string) => w.normalize('NFKC').toLowerCase();
const finder = (words: string[]) => new WordFinder(words.map(fold));
const CHANNEL_FINDER = finder(CHANNELS);
const CUE_FINDER = finder(CUES);
const NEGATION_FINDER = finder(NEGATION);
const NOT_CONTACT_FINDER = finder(NOT_CONTACT);
const WORK_FINDER = finder(WORK);

const REACH = 48;

/** The clause around [start, end): up to REACH characters each side, not past a line or sentence end. */
function clause(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && start - from < REACH && !/[\n.!?。！？]/.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && to - end < REACH && !/[\n.!?。！？]/.test(text[to])) to++;
  // The question mark belongs to the question.
  if (to < text.length && /[?？]/.test(text[to])) to++;
  return [from, to];
}

/** Emits offplatform.solicitation where a channel and a cue share a clause. */
export function findChannelRequests(ctx: ScanContext): void {
  const { text } = ctx;
  if (ctx.signals.some((s) => s.type === 'offplatform.solicitation')) return;
  for (const { start, end } of CHANNEL_FINDER.find(text)) {
    // The channel named as the work: "WhatsApp bot", "微信小程序".
    const next = WORK_FINDER.find(text.slice(end, end + 16));
    if (next.length > 0 && /^[\s:-]{0,2}$/.test(text.slice(end, end + next[0].start))) continue;
    const [from, to] = clause(text, start, end);
    const window = text.slice(from, to);
    if (NEGATION_FINDER.find(window).length > 0 || NOT_CONTACT_FINDER.find(window).length > 0) continue;
    for (const c of CUE_FINDER.find(window)) {
      const cs = from + c.start;
      const ce = from + c.end;
      if (cs < end && ce > start) continue;
      emit(ctx, 'offplatform.solicitation', 'medium', Math.min(start, cs), Math.max(end, ce));
      return;
    }
  }
}

// Indirect pointers to a channel: the identifier is elsewhere (another app under the same
// name, a file, a picture, a later message, another marketplace, the other's workspace).
const APPS =
  '(?:telegram|whats ?app|signal|skype|discord|instagram|insta|ig|twitter|x|facebook|fb|linkedin|tiktok|snapchat|snap|viber|wechat|line|kakao(?:talk)?|zalo|threads|github|gitlab)';
const MARKETPLACES =
  '(?:fiverr|freelancer(?:\\.com)?|peopleperhour|guru(?:\\.com)?|toptal|workana|malt|99designs|contra|truelancer|outsourcely|onlinejobs(?:\\.ph)?|kwork|fl\\.ru|crowdworks|lancers|coconala|kmong|soomgo|zbj|sribulancer|projects\\.co\\.id|freelancermap|twago|codeable|gun\\.io|arc\\.dev|braintrust)';
const FILES =
  '(?:portfolio|pdf|cv|resume|résumé|website|site|web ?site|profile|bio|about(?: me)? page|contact page|contact form|attachment|attached file|screenshot|picture|photo|image|avatar|profile (?:picture|photo|pic)|signature|business card|card)';
const CONTACT_NOUNS =
  '(?:number|phone|phone number|contact(?: details| info(?:rmation)?)?|e-?mail(?: address)?|whats ?app|telegram|details|handle|username|id|qr(?: code)?)';

const MARKETPLACE_KEYS = [
  'fiverr',
  'freelancer',
  'peopleperhour',
  'guru',
  'toptal',
  'workana',
  'malt',
  '99designs',
  'contra',
  'truelancer',
  'outsourcely',
  'onlinejobs',
  'kwork',
  'fl.ru',
  'crowdworks',
  'lancers',
  'coconala',
  'kmong',
  'soomgo',
  'zbj',
  'sribulancer',
  'projects.co.id',
  'freelancermap',
  'twago',
  'codeable',
  'gun.io',
  'arc.dev',
  'braintrust',
];

/** Each pointer pattern with substrings one of which every match contains (a cheap test first). */
const POINTERS: [string[], RegExp][] = [
  // "same username on Telegram", "same handle everywhere", "my IG is the same as here"
  [['same'], new RegExp(`\\bsame (?:user ?name|handle|nick(?:name)?|name|id|login)\\b.{0,20}\\b(?:on|at|in|for|over on)\\s+${APPS}\\b`)],
  [['same'], new RegExp(`\\b${APPS}\\b.{0,20}\\bsame (?:user ?name|handle|nick(?:name)?|name|id)\\b`)],
  // "my number is in the portfolio PDF", "contact details on my site's contact page"
  [
    ['my ', 'our '],
    new RegExp(`\\b(?:my|our)\\s+${CONTACT_NOUNS}\\b.{0,30}\\b(?:is|are|'s)?\\s*(?:in|on|at|inside)\\s+(?:my|the|our)\\s+(?:[a-z']+\\s+){0,2}${FILES}\\b`),
  ],
  [
    ['find', 'see', 'get', 'check'],
    new RegExp(`\\b(?:find|see|get|check)\\s+(?:my|the)\\s+${CONTACT_NOUNS}\\b.{0,20}\\b(?:in|on)\\s+(?:my|the)\\s+(?:[a-z']+\\s+){0,2}${FILES}\\b`),
  ],
  // "I'll send my number in my next message", "check my next message for my contact"
  [
    ['next', 'following', 'separate', 'another'],
    new RegExp(
      `\\b(?:send|give|share|drop|put|write)\\s+(?:you\\s+)?(?:my|the)\\s+${CONTACT_NOUNS}\\b.{0,25}\\b(?:in|with)\\s+(?:my|the)\\s+(?:next|following|separate|another)\\s+(?:message|msg|text|chat)`,
    ),
  ],
  [['next', 'following', 'separate'], new RegExp(`\\b(?:next|following|separate)\\s+(?:message|msg)\\b.{0,25}\\b${CONTACT_NOUNS}\\b`)],
  // "scan the QR code in my profile picture"
  [['qr'], /\bscan\s+(?:the|my|this)\s+qr\b|\bqr(?: code)?\b.{0,20}\b(?:in|on)\s+my\s+(?:profile|avatar|photo|picture|pic|image|banner|portfolio)/],
  // "find me on Fiverr, lower fees there", "let's continue on Freelancer" (a fee comparison alone is not)
  [
    MARKETPLACE_KEYS,
    new RegExp(`\\b(?:find|contact|hire|reach|message|book|search for|look for|look me up on)\\s+(?:me|us)?\\s*(?:on|at|via|through)\\s+${MARKETPLACES}\\b`),
  ],
  [MARKETPLACE_KEYS, new RegExp(`\\b(?:continue|move|switch|go|work)\\s+(?:this\\s+|our\\s+\\w+\\s+)?(?:on|to|over to|through)\\s+${MARKETPLACES}\\b`)],
  // "invite me to your Slack", "what address should I invite?", "add me to your Teams"
  [
    ['invite', 'add'],
    /\b(?:invite|add)\s+(?:me|you)\s+(?:to|into|on)\s+(?:your|our|the|my)\s+(?:company\s+|team\s+|work\s+)?(?:slack|teams|microsoft teams|discord|workspace|whatsapp group|telegram group|group chat)/,
  ],
  [
    ['slack', 'teams', 'discord', 'workspace'],
    /\b(?:move|switch|continue|talk|chat)\b.{0,20}\b(?:to|on|in)\s+(?:your|our)\s+(?:company\s+|team\s+)?(?:slack|teams|discord|workspace)\b/,
  ],
  [['what'], /\bwhat\s+(?:e-?mail|address|account|handle|username)\s+(?:should|can|do)\s+(?:i|we)\s+(?:invite|add|use|send)/],
  // "google my name", "look me up on LinkedIn"
  [['look me up', 'my name'], /\b(?:look me up|search (?:for )?my name|google my name)\b/],
];
const POINTER_HINT =
  /same|my|next|qr|find|fee|invite|add|what|look|search|google|continue|move|switch|work|contact|hire|reach|message|book|send|give|share|drop|put|write|see|get|check|scan|lower|cheaper|less|smaller|talk|chat/;

/** Emits offplatform.solicitation for indirect pointers to an outside channel. */
export function findPointers(ctx: ScanContext): void {
  const { text } = ctx;
  if (!POINTER_HINT.test(text)) return;
  for (const [keys, re] of POINTERS) {
    if (!keys.some((key) => text.includes(key))) continue;
    const m = re.exec(text);
    if (!m) continue;
    const [from, to] = clause(text, m.index, m.index + m[0].length);
    if (NEGATION_FINDER.find(text.slice(from, to)).length > 0) continue;
    emit(ctx, 'offplatform.solicitation', 'medium', m.index, m.index + m[0].length);
    return;
  }
}
