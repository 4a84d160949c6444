// Three kinds read by concept, per language (issue 12): an invitation to a company workspace
// with no link ("we work in Slack, which e-mail should I invite?"), an indirect ask for another
// or a faster place to talk ("where else can I write to you?"), and one's number promised over
// several messages or in parts ("I'll split my number over two messages"). Each is a few word
// classes per language co-occurring in one sentence (or the sentence next to it); no class alone
// is an ask. Lists name the words of each concept, never a message's wording. Sources: product
// names as the products write them (slack.com, discord.com, notion.so, chatwork.com, jandi.com,
// feishu.cn / larksuite.com, mattermost.com, atlassian.com), their local-script spellings from
// the products' localised sites and Wiktionary transliterations; everyday words from Wiktionary
// translations of "invite", "add", "e-mail address", "nickname", "elsewhere", "other than",
// "faster", "next", "message", "two", "part", "split".
import { normalize } from '../normalize/normalize.ts';
import { WordFinder, type WordHit } from '../normalize/word-finder.ts';
import { emit, type ScanContext } from './context.ts';
import { PERSON_FINDER, PROPOSAL_FINDER, QUESTION, REACH_FINDER, WAY_FINDER } from './indirect-asks.ts';
import {
  AFTER_CONTRACT_FINDER,
  CONTACT_FINDER,
  clause,
  INVITE_FINDER,
  isClauseEnd,
  NEGATION_FINDER,
  NOT_CONTACT_FINDER,
  PLATFORM_FINDER,
  WORK_FINDER,
} from './intent-cues.ts';

const fold = (w: string) => normalize(w).text;
const finder = (words: string[]) => new WordFinder(words.map(fold));

// ---------------------------------------------------------------------------------------------
// 1. Workspace invitations without a link.

/** Team workspaces by name (Latin, with the case endings of pl/cs/ru-in-Latin, and local scripts). */
const WORKSPACE_APPS = [
  'slack*',
  'discord*',
  'notion',
  'notionie',
  'notionu',
  'notiona',
  'notion-e',
  'chatwork',
  'jandi',
  'feishu',
  'lark',
  'larksuite',
  'google chat',
  'mattermost*',
  'rocketchat',
  'jira',
  'jirze',
  'jiry',
  'trello',
  'trellu',
  'trelle',
  'asana',
  'clickup',
  'basecamp*',
  'dingtalk',
  'wecom',
  'ms teams',
  'microsoft teams',
  // Cyrillic (ru, uk, bg, sr), with case endings: Слак, Слаке, Слаку, Дискорде, Ноушне.
  'слак*',
  'дискорд*',
  'ноушн*',
  'ноушен*',
  'джир*',
  'трелло',
  'тимс',
  // Greek.
  'σλακ',
  'ντισκορντ',
  'νοσιον',
  // Japanese (katakana as on the products' Japanese sites), Korean, Chinese.
  'スラック',
  'ディスコード',
  'チャットワーク',
  'ノーション',
  'チームズ',
  '슬랙',
  '디스코드',
  '노션',
  '잔디',
  '팀즈',
  '지라',
  '트렐로',
  '飞书',
  '飛書',
  '钉钉',
  '釘釘',
  '企业微信',
  // Arabic, Persian, Hebrew.
  'سلاك',
  'اسلاك',
  'ديسكورد',
  'دیسکورد',
  'اسلک',
  'نوشن',
  'סלאק',
  'דיסקורד',
  'נושן',
  // Indic: Bengali, Tamil, Hindi, Telugu (case suffixes attach: স্ল্যাকে, ஸ்லாக்ல).
  'স্ল্যাক*',
  'স্ল্যাকে',
  'ডিসকর্ড*',
  'নোশন*',
  'ஸ்லாக்*',
  'டிஸ்கார்ட்*',
  'நோஷன்*',
  'स्लैक*',
  'डिस्कॉर्ड*',
  'स्लॅक*',
];

/** A workspace by its common noun, per language. */
const WORKSPACE_NOUNS = [
  'workspace',
  'work space',
  'рабочее пространство',
  'рабочем пространстве',
  'рабочее пространств',
  'робочий простір',
  'робочому просторі',
  'espace de travail',
  'espacio de trabajo',
  'espaço de trabalho',
  'area di lavoro',
  'arbeitsbereich',
  'przestrzeń robocza',
  'przestrzeni roboczej',
  'przestrzeń roboczą',
  'không gian làm việc',
  'çalışma alanı',
  'ruang kerja',
  'χώρο εργασίας',
  'χώρος εργασίας',
  'ওয়ার্কস্পেস*',
  'வொர்க்ஸ்பேஸ்*',
  'वर्कस्पेस',
  'ワークスペース',
  '工作区',
  '工作空间',
  '워크스페이스',
  'مساحة العمل',
  'مساحة عمل',
  'סביבת העבודה',
];

/** "Microsoft Teams" by its short name: "Teams" written capitalised after "on/in" (per language). */
const TEAMS_BEFORE = /(?:^|\s)(?:on|in|via|over|sur|dans|en|auf|über|uber|im|na|w|we|в|у|на|σε|στο|στα|trên|qua|di|em|no|su|op|через)\s+$/;

/** A server or a group chat: a workspace only with a nickname asked for ("give me your nick, I'll add you to the server"). */
const SERVERS = [
  'server',
  'serwer*',
  'сервер*',
  'servidor',
  'serveur',
  'σέρβερ',
  'sunucu*',
  'சர்வர்*',
  'সার্ভার*',
  'सर्वर',
  'サーバー',
  '서버',
  '服务器',
  'سيرفر',
  'סרבר',
];

/** What the invitation is sent to: an e-mail, an address, an ID, a username or a nick, per language. */
const IDS = [
  'email',
  'e-mail',
  'mail',
  'address',
  'id',
  'username',
  'user name',
  'nick',
  'nickname',
  'handle',
  'adres',
  'adresu',
  'maila',
  'mejl',
  'mejla',
  'nicku',
  'адрес',
  'адреса',
  'адресу',
  'почта',
  'почту',
  'пошта',
  'пошту',
  'имейл',
  'емейл',
  'ник',
  'ника',
  'нік',
  'нікнейм',
  'никнейм',
  'логин',
  'логін',
  'adresse',
  'courriel',
  'pseudo',
  'correo',
  'dirección',
  'usuario',
  'endereço',
  'e-mail-adresse',
  'mailadresse',
  'indirizzo',
  'διεύθυνση',
  'όνομα χρήστη',
  'ψευδώνυμο',
  'địa chỉ',
  'tài khoản',
  'ইমেইল*',
  'ই-মেইল',
  'মেইল*',
  'আইডি*',
  'ইউজারনেম',
  'மெயில்*',
  'ஈமெயில்*',
  'ஐடி*',
  'ईमेल',
  'आईडी',
  'メール',
  'アドレス',
  'メアド',
  'ユーザー名',
  'ニックネーム',
  '邮箱',
  '郵箱',
  '邮件地址',
  '账号',
  '帳號',
  '昵称',
  '이메일',
  '메일',
  '아이디',
  '닉네임',
  'ايميل',
  'إيميل',
  'الايميل',
  'الإيميل',
  'البريد',
  'ایمیل',
  'אימייל',
  'מייל',
  'barua pepe',
];

/** Nicknames only: what a server invitation asks for. */
const NICKS = [
  'nick',
  'nickname',
  'nicku',
  'ник',
  'ника',
  'нік',
  'нікнейм',
  'никнейм',
  'pseudo',
  'apodo',
  'ψευδώνυμο',
  'ニックネーム',
  '닉네임',
  '昵称',
  '暱稱',
];

/** Inviting or adding someone, per language (beyond intent-cues' INVITES). */
const ADD_VERBS = [
  'add you',
  'invite you',
  'send you an invite',
  'send an invite',
  'send the invite',
  'позвать',
  'позову',
  'добавить',
  'добавлю',
  'добавим',
  'пригласить',
  'приглашу',
  'приглашение',
  'додати',
  'додам',
  'додамо',
  'запросити',
  'запрошу',
  'запрошення',
  'запросимо',
  'zaprosić',
  'zaproszę',
  'zaproszenie',
  'dodać',
  'dodam',
  'προσθέσω',
  'προσκαλέσω',
  'πρόσκληση',
  'mời',
  'thêm',
  'ajouter',
  'ajoute',
  'inviter',
  'invite',
  'invitation',
  'agregar',
  'agrego',
  'añadir',
  'invitar',
  'invitación',
  'adicionar',
  'adiciono',
  'convidar',
  'convite',
  'aggiungere',
  'invitare',
  'hinzufügen',
  'einladen',
  'einladung',
  'ekleyeyim',
  'davet',
  'undang',
  'tambahkan',
  'ইনভাইট',
  'অ্যাড',
  'আমন্ত্রণ',
  'இன்வைட்*',
  'அழைப்பு',
  'ஆட்',
  'इनवाइट',
  'ऐड',
  '招待',
  '追加',
  '초대',
  '추가',
  '邀请',
  '邀請',
  '拉你',
  '加你',
  'أضيفك',
  'اضيفك',
  'ادعوك',
  'أدعوك',
  'دعوة',
  'اضافة',
  'אזמין',
  'אוסיף',
  'הזמנה',
];

/** The workspace as the work or the product's users ("invite new users", "Slack notifications"). */
const WORKSPACE_NOT = [
  'users',
  'new users',
  'members',
  'employees',
  'customers',
  'notification',
  'notifications',
  'alert',
  'alerts',
  'feature',
  'tính năng',
  'функция',
  'функцию',
  'пользователей',
  'пользователи',
  'сотрудников',
  'уведомления',
  'користувачів',
  'usuarios',
  'utilisateurs',
  'nutzer',
  'benutzer',
  'użytkowników',
  'χρήστες',
  'người dùng',
  'ユーザー',
  '用户',
  '사용자',
  'المستخدمين',
];

const WORKSPACE_APP_FINDER = finder(WORKSPACE_APPS);
const WORKSPACE_NOUN_FINDER = finder(WORKSPACE_NOUNS);
const SERVER_FINDER = finder(SERVERS);
const ID_FINDER = finder(IDS);
const NICK_FINDER = finder(NICKS);
const ADD_FINDER = finder(ADD_VERBS);
const WORKSPACE_NOT_FINDER = finder(WORKSPACE_NOT);

/** The sentence around [start, end) and the ones either side of it, `reach` characters each way at most. */
function sentenceAndNeighbours(text: string, start: number, end: number, reach = 90): [number, number] {
  let [from, to] = clause(text, start, end, reach);
  if (to < text.length) to = clause(text, Math.min(text.length, to + 1), Math.min(text.length, to + 1), reach)[1];
  if (from > 1) {
    let p = from - 1;
    while (p > 0 && isClauseEnd(text.charCodeAt(p))) p--;
    from = Math.min(from, clause(text, p, p, reach)[0]);
  }
  return [from, to];
}

/** Hits of a list of Microsoft Teams' short name: "Teams" capitalised after a preposition. */
function teamsHits(ctx: ScanContext): WordHit[] {
  const { text } = ctx;
  const out: WordHit[] = [];
  for (let i = text.indexOf('teams'); i >= 0; i = text.indexOf('teams', i + 5)) {
    if (/[\p{L}\p{N}]/u.test(text[i - 1] ?? '') || /\p{L}/u.test(text[i + 5] ?? '')) continue;
    const span = ctx.norm.toOriginal(i, i + 5);
    if (ctx.original.slice(span.start, span.end) !== 'Teams') continue;
    if (!TEAMS_BEFORE.test(text.slice(Math.max(0, i - 12), i))) continue;
    out.push({ start: i, end: i + 5, entry: 'teams' });
  }
  return out;
}

function findWorkspaceInvitations(ctx: ScanContext): boolean {
  const { text } = ctx;
  const places = [...WORKSPACE_APP_FINDER.find(text), ...WORKSPACE_NOUN_FINDER.find(text)];
  if (text.includes('teams')) places.push(...teamsHits(ctx));
  const servers = places.length === 0 && NICK_FINDER.find(text).length > 0 ? SERVER_FINDER.find(text) : [];
  for (const w of [...places, ...servers]) {
    const [from, to] = sentenceAndNeighbours(text, w.start, w.end);
    const invite = INVITE_FINDER.findIn(text, from, to)[0];
    const add = invite ?? ADD_FINDER.findIn(text, from, to)[0];
    if (!add) continue;
    const id = (servers.includes(w) ? NICK_FINDER : ID_FINDER).findIn(text, from, to)[0];
    // An invitation word names the move; a verb of adding needs what to add (an e-mail, an ID).
    if (!invite && !id) continue;
    if (servers.includes(w) && !id) continue;
    if (NEGATION_FINDER.hasIn(text, from, to) || AFTER_CONTRACT_FINDER.hasIn(text, from, to) || CONTRACT_STARTED_FINDER.hasIn(text, from, to)) continue;
    if (PLATFORM_FINDER.hasIn(text, from, to)) continue;
    if (WORK_FINDER.hasIn(text, from, to) || WORKSPACE_NOT_FINDER.hasIn(text, from, to)) continue;
    emit(ctx, 'offplatform.solicitation', 'medium', Math.min(w.start, from + add.start), Math.max(w.end, from + add.end));
    return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// 2. Indirect asks: "somewhere else / other than here / a faster way" with reaching each other.

/** "Elsewhere", "other than here/this", "besides this app", "another app", per language. */
const ELSEWHERE = [
  'elsewhere',
  'somewhere else',
  'anywhere else',
  'where else',
  'other than here',
  'other than this',
  'besides here',
  'besides this',
  'outside of here',
  'outside this',
  'another app',
  'other app',
  'другом месте',
  'где-то ещё',
  'где-то еще',
  'где ещё',
  'где еще',
  'куда ещё',
  'кроме этого',
  'кроме этой',
  'кроме здесь',
  'помимо этого',
  'не здесь',
  'другое приложение',
  'другом приложении',
  'іншому місці',
  'де ще',
  'деінде',
  'крім цього',
  'крім цієї',
  'окрім цього',
  'окрім цієї',
  'окрім тут',
  'інший додаток',
  'іншому додатку',
  'gdzie indziej',
  'gdzieś indziej',
  'poza tym czatem',
  'poza tą',
  'oprócz tego',
  'inna aplikacja',
  'innej aplikacji',
  'κάπου αλλού',
  'αλλού',
  'εκτός από εδώ',
  'εκτός από αυτό',
  'άλλη εφαρμογή',
  'অন্য কোথাও',
  'এখানে ছাড়া',
  'এটা ছাড়া',
  'অন্য অ্যাপ',
  'অন্য অ্যাপে',
  'இங்க இல்லாம',
  'இங்கே இல்லாமல்',
  'வேற எங்க',
  'வேறு எங்கு',
  'வேற ஆப்',
  'வேற ஆப்ல',
  'வேற ஏதாவது ஆப்',
  'வேற ஏதாவது ஆப்ல',
  'வேறு செயலியில்',
  'chỗ khác',
  'nơi khác',
  'ngoài đây',
  'ngoài chỗ này',
  'ngoài app này',
  'app khác',
  'ailleurs',
  "ailleurs qu'ici",
  'autre part',
  "en dehors d'ici",
  'hors de la plateforme',
  'autre appli',
  'otra app',
  'otro lado',
  'otro sitio',
  'que no sea esto',
  'que no sea este',
  'que no sea esta',
  'que no sea aquí',
  'fuera de aquí',
  'fuera de aqui',
  'outro lugar',
  'outro app',
  'fora daqui',
  'além daqui',
  'woanders',
  'anderswo',
  'außer hier',
  'ausser hier',
  'andere app',
  'altrove',
  "un'altra app",
  'başka yerde',
  'başka bir yerde',
  'burası dışında',
  'tempat lain',
  'selain di sini',
  'selain sini',
  'aplikasi lain',
  'في مكان آخر',
  'مكان تاني',
  'غير هنا',
  'بخلاف هنا',
  'برا هنا',
  'تطبيق تاني',
  'تطبيق آخر',
  'במקום אחר',
  'חוץ מכאן',
  'ここ以外',
  '他の場所',
  '別の場所',
  '他のアプリ',
  '除了这里',
  '除了這裡',
  '别的地方',
  '其他地方',
  '别的软件',
  '여기 말고',
  '여기 외에',
  '다른 곳',
  '다른 데',
  '다른 앱',
  'mahali pengine',
  'kwingine',
];

/** A quicker, easier or more direct (way, place), per language. */
const FASTER = [
  'quicker',
  'faster',
  'easier',
  'more direct',
  'more convenient',
  'быстрее',
  'побыстрее',
  'удобнее',
  'проще',
  'швидше',
  'зручніше',
  'простіше',
  'szybszy',
  'szybsza',
  'szybciej',
  'wygodniejszy',
  'łatwiejszy',
  'πιο γρήγορος',
  'πιο γρήγορο',
  'πιο γρήγορη',
  'πιο άμεσος',
  'πιο άμεσο',
  'πιο άμεση',
  'πιο εύκολος',
  'πιο εύκολο',
  'πιο εύκολη',
  'γρηγορότερ*',
  'ευκολότερ*',
  'আরও সহজে',
  'আরেকটু সহজে',
  'আরও সহজ',
  'আরও দ্রুত',
  'সহজে',
  'வேகமா',
  'ஈஸியா',
  'சுலபமா',
  'nhanh hơn',
  'tiện hơn',
  'dễ hơn',
  'plus rapide',
  'plus simple',
  'plus direct',
  'más rápida',
  'más rápido',
  'más fácil',
  'más directa',
  'mais rápida',
  'mais rápido',
  'mais fácil',
  'schneller',
  'schnelleren',
  'einfacheren',
  'direkteren',
  'più veloce',
  'più rapido',
  'daha hızlı',
  'daha kolay',
  'lebih cepat',
  'lebih gampang',
  'lebih mudah',
  'أسرع',
  'اسرع',
  'أسهل',
  'اسهل',
  'מהיר יותר',
  'もっと早く',
  'もっと速く',
  '早く',
  '更快',
  '更方便',
  '더 빠른',
  '더 편한',
  '편하게',
  'haraka zaidi',
  'rahisi zaidi',
];

/** Reaching, writing to or talking with each other, per language (beyond indirect-asks' REACH). */
const TALK = [
  'reach you',
  'contact you',
  'write to you',
  'write you',
  'ping you',
  'message you',
  'text you',
  'talk',
  'chat',
  'get in touch',
  'communicate',
  'связаться',
  'написать',
  'писать',
  'общаться',
  'поговорить',
  'зв’язатися',
  "зв'язатися",
  'звʼязатися',
  'написати',
  'писати',
  'спілкуватися',
  'pisać',
  'napisać',
  'kontakt',
  'kontaktować',
  'rozmawiać',
  'pogadać',
  'μιλάμε',
  'μιλήσουμε',
  'επικοινωνούμε',
  'επικοινωνήσουμε',
  'τα λέμε',
  'γράψω',
  'যোগাযোগ*',
  'কথা বলা',
  'কথা বলতে',
  'কথা বলব',
  'தொடர்பு',
  'பேச*',
  'liên lạc',
  'liên hệ',
  'nhắn tin',
  'nói chuyện',
  'discuter',
  'parler',
  'écrire',
  'joindre',
  'contacter',
  'hablar',
  'escribir',
  'escribirte',
  'contactar',
  'falar',
  'conversar',
  'escrever',
  'reden',
  'schreiben',
  'erreichen',
  'parlare',
  'scriverti',
  'konuşmak',
  'konuşabilir*',
  'ngobrol',
  'hubungi',
  'menghubungi',
  'chat-an',
  'تواصل',
  'أتواصل',
  'اتواصل',
  'نتكلم',
  'نتواصل',
  'أكلمك',
  'اكلمك',
  'לדבר',
  'ליצור קשר',
  '連絡',
  '聊',
  '联系',
  '聯繫',
  '연락',
  '얘기',
  'kuwasiliana',
  'kuongea',
];

/** An ask: "can we", "could I", "is there", per language (the question mark is often left off). */
const ASK_STARTS = [
  'can we',
  'could we',
  'can i',
  'could i',
  'is there',
  'any way',
  'можем',
  'можно',
  'есть ли',
  'можемо',
  'можна',
  'możemy',
  'czy',
  'μπορούμε',
  'υπάρχει',
  'podemos',
  'hay',
  'on peut',
  'peut-on',
  'können wir',
  'gibt es',
  'bisa',
  'có thể',
  'có cách',
  'gak',
  'nggak',
  'không',
  'ممكن',
  'אפשר',
  'இல்லையா',
  'যায়',
  'আছে',
];

/** The person reached, in the cases indirect-asks' PERSON lacks (pl instrumental and dative, ru/uk instrumental). */
const MORE_PERSON = ['tobą', 'z tobą', 'tobie', 'wami', 'z wami', 'panem', 'panią', 'вами', 'тобой', 'тобою', 'вам', 'тебе'];
const MORE_PERSON_FINDER = finder(MORE_PERSON);
const QUOTES = /['"‘’“”«»「」]/;
const ELSEWHERE_FINDER = finder(ELSEWHERE);
const FASTER_FINDER = finder(FASTER);
const TALK_FINDER = finder(TALK);
const ASK_FINDER = finder(ASK_STARTS);

/** Works, files and payments moved faster or kept elsewhere: no ask for a channel. */
const NOT_TALK = [
  'deliver',
  'delivery',
  'upload',
  'files',
  'published',
  'publish',
  'portfolio',
  'payment',
  'milestone',
  'доставить',
  'загрузить',
  'файлы',
  'файли',
  'livrer',
  'fichiers',
  'entregar',
  'archivos',
  'dateien',
  'pliki',
];
const NOT_TALK_FINDER = finder(NOT_TALK);

function findElsewhereAsks(ctx: ScanContext): boolean {
  const { text } = ctx;
  const cues = [...ELSEWHERE_FINDER.find(text), ...FASTER_FINDER.find(text)];
  for (const c of cues) {
    // "Besides this, can we talk about the budget?": a discourse marker, not a place.
    const [from, to] = clause(text, c.start, c.end, 90);
    if (text[c.end] === ',' && text.slice(from, c.start).trim() === '') continue;
    const talk = TALK_FINDER.findIn(text, from, to)[0] ?? REACH_FINDER.findIn(text, from, to)[0];
    if (!talk) continue;
    // Quoted words are a label or a string in the work ("the 'contact you' button").
    if (QUOTES.test(text[from + talk.start - 1] ?? '') || QUOTES.test(text[from + talk.end] ?? '')) continue;
    const slice = text.slice(from, to);
    if (!QUESTION.test(slice) && !PROPOSAL_FINDER.hasIn(text, from, to) && !ASK_FINDER.hasIn(text, from, to)) continue;
    // A faster or easier way alone is any improvement ("a faster way to deploy"): with a way or a place.
    const faster = FASTER_FINDER.findIn(text, from, to).some((f) => f.start === c.start - from);
    if (faster && !ELSEWHERE_FINDER.hasIn(text, from, to) && !WAY_FINDER.hasIn(text, from, to)) continue;
    // Latin and Cyrillic name the person reached; Greek, Indic and spaceless scripts put it on the verb.
    const code = text.charCodeAt(from + talk.start);
    if ((code < 0x370 || (code >= 0x400 && code < 0x530)) && !PERSON_FINDER.hasIn(text, from, to) && !MORE_PERSON_FINDER.hasIn(text, from, to)) continue;
    if (NEGATION_FINDER.hasIn(text, from, to) || WORK_FINDER.hasIn(text, from, to) || NOT_TALK_FINDER.hasIn(text, from, to)) continue;
    emit(ctx, 'offplatform.solicitation', 'medium', Math.min(c.start, from + talk.start), Math.max(c.end, from + talk.end));
    return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// 3. One's number over several messages or in parts.

/** Several or following messages, in one phrase, per language ("two messages", "next text"). */
const MESSAGES = [
  'two messages',
  '2 messages',
  'two texts',
  'separate messages',
  'several messages',
  'next messages',
  'following message',
  'following messages',
  'next text',
  'following text',
  'next chat',
  'following chat',
  'двумя сообщениями',
  'два сообщения',
  'двух сообщениях',
  'следующими сообщениями',
  'следующем сообщении',
  'следующим сообщением',
  'двома повідомленнями',
  'два повідомлення',
  'двох повідомленнях',
  'наступних повідомленнях',
  'наступними повідомленнями',
  'наступному повідомленні',
  'наступним повідомленням',
  'dwóch wiadomościach',
  'dwie wiadomości',
  'dwiema wiadomościami',
  'kolejnych wiadomościach',
  'następnej wiadomości',
  'δύο μηνύματα',
  'επόμενα μηνύματα',
  'επόμενο μήνυμα',
  'দুটি মেসেজ',
  'দুটি মেসেজে',
  'দুই মেসেজ',
  'দুই মেসেজে',
  'পরের মেসেজ',
  'পরের মেসেজে',
  'পরের বার্তা',
  'ரெண்டு மெசேஜ்',
  'ரெண்டு மெசேஜ்ல',
  'இரண்டு மெசேஜ்',
  'அடுத்த மெசேஜ்',
  'அடுத்த மெசேஜ்ல',
  'அடுத்தடுத்த மெசேஜ்',
  'அடுத்தடுத்த மெசேஜ்ல',
  'hai tin nhắn',
  'tin nhắn sau',
  'tin nhắn tiếp theo',
  'deux messages',
  'prochains messages',
  'message suivant',
  "message d'après",
  'dos mensajes',
  'siguiente mensaje',
  'próximo mensaje',
  'próximos mensajes',
  'duas mensagens',
  'próxima mensagem',
  'zwei nachrichten',
  'nächsten nachricht',
  'nächsten nachrichten',
  'due messaggi',
  'prossimo messaggio',
  'iki mesaj',
  'sonraki mesaj',
  'dua pesan',
  'pesan berikutnya',
  'jumbe mbili',
  'ujumbe mbili',
  'ujumbe unaofuata',
  'رسالتين',
  'الرسالة الجاية',
  'الرسالة التالية',
  'رسائل منفصلة',
  'שתי הודעות',
  'בהודעה הבאה',
  'הודעות נפרדות',
  '次のメッセージ',
  '2回に分け',
  '二回に分け',
  '两条消息',
  '兩條訊息',
  '下一条',
  '분할',
  '두 번에',
  '다음 메시지',
  '두 개의 메시지',
];

/** In two parts or pieces, per language. */
const PARTS = [
  'two parts',
  'two pieces',
  'two halves',
  'в две части',
  'на две части',
  'двумя частями',
  'на дві частини',
  'двома частинами',
  'на две половины',
  'dwie części',
  'dwóch częściach',
  'δύο κομμάτια',
  'δύο μέρη',
  'দুই ভাগে',
  'দুই টুকরো',
  'ரெண்டு துண்டா',
  'ரெண்டு பார்ட்டா',
  'ரெண்டு பகுதியா',
  'ரெண்டு பார்ட்',
  'இரண்டு பகுதி',
  'hai phần',
  'hai lần',
  'deux parties',
  'deux morceaux',
  'dos partes',
  'dos trozos',
  'duas partes',
  'zwei teile',
  'zwei teilen',
  'due parti',
  'iki parça',
  'dua bagian',
  'mara mbili',
  'vipande viwili',
  'جزئين',
  'جزأين',
  'على مرتين',
  'לשני חלקים',
  'לשתי הודעות',
  '两部分',
  '分两次',
  '分兩次',
  '두 부분',
  '2つに分け',
];

/** One's number or mobile, per language, where CONTACT words lack the everyday forms. */
const NUMBER_WORDS = [
  'mobile',
  'my number',
  'мобільний',
  'мобильный',
  'мобилу',
  'номер',
  'мій номер',
  'numer',
  'numerek',
  'κινητό',
  'τηλέφωνο',
  'নম্বর*',
  'নাম্বার*',
  'நம்பர*',
  'எண்ணை',
  'மொபைல*',
  'số điện thoại',
  'sđt',
  'mon 06',
  'mon 07',
  'portable',
  'celular',
  'móvil',
  'handynummer',
  'handy',
  'namba',
  'الموبايل',
  'موبايلي',
  'رقمي',
  'הנייד',
  'המספר',
  '電話番号',
  '手机号',
  '手機號',
  '번호',
];

/** The number as a field or a value of the work ("split the phone field into two parts"). */
const NUMBER_NOT = [
  'field',
  'fields',
  'column',
  'input',
  'form',
  'format',
  'validation',
  'поле',
  'поля',
  'формы',
  'форма',
  'pole',
  'formularz',
  'campo',
  'formulario',
  'formulário',
  'champ',
  'formulaire',
  'feld',
  'felder',
  'formular',
  'πεδίο',
  'trường',
  'フィールド',
  '字段',
  '필드',
  'حقل',
];

const MESSAGES_FINDER = finder(MESSAGES);
const PARTS_FINDER = finder(PARTS);
const NUMBER_WORD_FINDER = finder(NUMBER_WORDS);
const NUMBER_NOT_FINDER = finder(NUMBER_NOT);

function findNumberOverMessages(ctx: ScanContext): boolean {
  const { text } = ctx;
  const cues = [...MESSAGES_FINDER.find(text), ...PARTS_FINDER.find(text)];
  for (const c of cues) {
    const [from, to] = clause(text, c.start, c.end, 90);
    const n = CONTACT_FINDER.findIn(text, from, to)[0] ?? NUMBER_WORD_FINDER.findIn(text, from, to)[0];
    if (!n) continue;
    if (NEGATION_FINDER.hasIn(text, from, to) || NOT_CONTACT_FINDER.hasIn(text, from, to) || WORK_FINDER.hasIn(text, from, to)) continue;
    if (NUMBER_NOT_FINDER.hasIn(text, from, to)) continue;
    emit(ctx, 'offplatform.solicitation', 'medium', Math.min(c.start, from + n.start), Math.max(c.end, from + n.end));
    return true;
  }
  return false;
}

/**
 * Another's words reported ("he told me he'd send his mobile in the next message"), per language:
 * reports.ts drops what its lists know; these are the forms of "told me / said that" it lacks.
 */
const TOLD_ME = [
  'he told me',
  'she told me',
  'they told me',
  'he said',
  'she said',
  'they said',
  'said he',
  'said she',
  'μου είπε',
  'είπε ότι',
  'μου έγραψε',
  'сказал, что',
  'сказала, что',
  'сказал мне',
  'написал, что',
  'сказав, що',
  'сказала, що',
  'написав, що',
  'powiedział',
  'powiedziała',
  'napisał',
  "m'a dit",
  'me dijo',
  'me dijeron',
  'me disse',
  'hat gesagt',
  'hat geschrieben',
  'mi ha detto',
  'nói với tôi',
  'bảo tôi',
  'dia bilang',
  'dedi ki',
  'قال لي',
  'قالي',
  'قالت لي',
  'אמר לי',
  'אמרה לי',
  'আমাকে বলেছে',
  'বলল যে',
  'என்கிட்ட சொன்னார்',
  'उसने कहा',
  '他说',
  '她说',
  '言われ',
  '말했어요',
  'alisema',
];
const TOLD_ME_FINDER = finder(TOLD_ME);

/** The contract started or signed, per language (beyond intent-cues' AFTER_CONTRACT): onboarding, for the policy to weigh. */
const CONTRACT_STARTED = [
  'contract began',
  'contract is active',
  'onboarding',
  'ξεκίνησε το συμβόλαιο',
  'υπογράψαμε',
  'μετά την υπογραφή',
  'μετά την ανάθεση',
  'контракт начался',
  'договор подписан',
  'после подписания',
  'після підписання',
  'договір підписано',
  'umowa ruszyła',
  'po podpisaniu umowy',
  'hợp đồng đã bắt đầu',
  'el contrato empezó',
  'ya firmamos',
  'le contrat a commencé',
  'vertrag hat begonnen',
  'sözleşme başladı',
  'بعد ما بدأ العقد',
  'بعد توقيع العقد',
  'אחרי החתימה',
  'চুক্তি শুরু',
  'ஒப்பந்தம் தொடங்',
  '契約開始',
  '合同开始',
  '계약이 시작',
];
const CONTRACT_STARTED_FINDER = finder(CONTRACT_STARTED);

/** Emits offplatform.solicitation for a workspace invitation, an indirect ask, or a number promised over messages. */
export function findInvitesAndAsks(ctx: ScanContext): void {
  if (ctx.signals.some((s) => s.type === 'offplatform.solicitation')) return;
  // An identifier in the message is the identifier finders' business (a Slack or Discord invite
  // link, a number "in two parts"): these kinds are the asks without one.
  if (ctx.signals.some((s) => s.type.startsWith('contact.'))) return;
  const { text } = ctx;
  if (TOLD_ME_FINDER.hasIn(text, 0, text.length)) return;
  findWorkspaceInvitations(ctx) || findElsewhereAsks(ctx) || findNumberOverMessages(ctx);
}
