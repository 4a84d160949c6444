// Paying outside the platform with no "directly" word: a way to pay (a rail, a wallet, cash)
// offered because the platform's own payment is slower, costlier or a hassle ("Zelle is quicker
// than waiting on the milestone", "Bizum, así no esperamos a que liberen el hito", "টাকা তুলতে
// এখানে দেরি হয়"), and cash handed over in person ("cash on delivery of the files"). Words are
// each language's ordinary words for the platform's payment steps (milestone, escrow, release,
// payout, "here"), for comparing ("faster than", "instead of", "wait") and for slowness or hassle.
import { normalize } from '../normalize/normalize.ts';
import { WordFinder, type WordHit } from '../normalize/word-finder.ts';
import { clauseAcrossQuestion, NEGATION_FINDER } from './intent-cues.ts';
import { WITHDRAWALS } from './rails.ts';

const finder = (words: readonly string[]) => new WordFinder(words.map((w) => normalize(w).text));

/**
 * The platform's own payment steps and the platform itself, per language: the milestone, escrow,
 * its release or approval, the payout, and "here / this site / the app" as the platform.
 */
const PROCESS = [
  // en
  'milestone*',
  'escrow',
  'release',
  'payout',
  'here',
  'this site',
  'the site',
  'this app',
  'the platform',
  'platform',
  'upwork',
  'fiverr',
  // es, pt
  'hito',
  'el hito',
  'liberen',
  'liberación',
  'liberar',
  'aquí',
  'acá',
  'la plataforma',
  'plataforma',
  'marco',
  'liberação',
  'aqui',
  'custódia',
  // fr, de, it, nl
  'jalon',
  'séquestre',
  'déblocage',
  'libération',
  'ici',
  'plateforme',
  'meilenstein*',
  'treuhand*',
  'freigabe',
  'hier',
  'plattform',
  'sblocco',
  'sbloccarlo',
  'rilascio',
  'qui',
  'piattaforma',
  'mijlpaal',
  'vrijgave',
  'platform',
  // pl, ro, tr
  'kamień milowy',
  'kamienia milowego',
  'tutaj',
  'platformę',
  'platformy',
  'aici',
  'platforma',
  'platformă',
  'kilometre taşı',
  'burada',
  'buradan',
  'site',
  'siteden',
  'sitede',
  'platformdan',
  // id, ms, vi, tl, sw
  'di sini',
  'lewat sini',
  'rekber',
  'pencairan',
  'sàn',
  'giải ngân',
  'trên này',
  'ở đây',
  'nền tảng',
  'dito',
  'hapa',
  'jukwaa',
  // ru, uk
  'этап*',
  'здесь',
  'тут',
  'площадк*',
  'платформ*',
  'разблокир*',
  'етап*',
  'майданчик*',
  // ar, fa, ur, hi, bn, ta
  'هنا',
  'المنصة',
  'الموقع',
  'المرحلة',
  'اینجا',
  'سایت',
  'پلتفرم',
  'یہاں',
  'ویب سائٹ',
  'سائٹ',
  'یہاں سے',
  'यहाँ',
  'यहां',
  'साइट',
  'प्लेटफॉर्म',
  'प्लेटफ़ॉर्म',
  'এখানে',
  'সাইট',
  'প্ল্যাটফর্ম',
  'இங்க',
  'இங்கே',
  'தளம்',
  'தளத்*',
  // zh, ja, ko, th
  '平台',
  '这里',
  '這裡',
  '里程碑',
  '托管',
  'ここ',
  'サイト',
  'マイルストーン',
  'エスクロー',
  '仮払い',
  '여기',
  '플랫폼',
  '사이트',
  '마일스톤',
  '에스크로',
  '정산',
  'ที่นี่',
  'เว็บ',
  'แพลตฟอร์ม',
  // el, he, ka
  'εδώ',
  'ορόσημο',
  'πλατφόρμα',
  'αποδέσμευση',
  'כאן',
  'האתר',
  'הפלטפורמה',
  'אבן דרך',
  'აქ',
  'პლატფორმ*',
  'ეტაპ*',
  // Blind set 15's scripts and the languages never covered: the milestone and escrow by their
  // loanwords and names (Bengali মাইলস্টোন, Tamil மைல்ஸ்டோன், the Russian and Ukrainian freelance
  // exchanges' "safe deal" escrow), and "here / the platform" in bg, sr, cs, hu, ro, ms.
  'মাইলস্টোন*',
  'এসক্রো',
  'மைல்ஸ்டோன்*',
  'безопасную сделку',
  'безопасной сделки',
  'безопасная сделка',
  'безпечну угоду',
  'безпечної угоди',
  'тук',
  'платформата',
  'ovde',
  'ovdje',
  'овде',
  'tady',
  'zde',
  'itt',
  'mérföldkő*',
  'aici',
  'di sini',
];

/**
 * Taking money out of the platform: as the slow step compared with a rail ("withdrawing here
 * takes a week") it counts, but in the rail's own clause it is the honest question of where to
 * withdraw to ("can I withdraw to PayPal?").
 */
const PAYOUT = ['withdraw*', 'withdrawal', 'rút tiền', 'вывод', 'вывести', 'نکلوانے', 'निकालने', 'তুলতে', '提现', '出金', '출금', 'ถอน', 'ανάληψη', 'משיכה'];

/** Comparing, or waiting for, what follows: "faster than", "instead of", "no need to", "wait for". */
const BEFORE_PROCESS = [
  'than',
  'instead of',
  'rather than',
  'no need to',
  'wait*',
  'beats',
  'más rápido que',
  'en vez de',
  'en lugar de',
  'esperar',
  'do que',
  'em vez de',
  'ao invés de',
  'que par',
  'plutôt que',
  'au lieu de',
  'attendre',
  'schneller als',
  'als über',
  'statt',
  'anstatt',
  'warten',
  'invece che',
  'invece di',
  'anziché',
  'aspettare',
  'sneller dan',
  'makkelijker dan',
  'goedkoper dan',
  'dan via',
  'in plaats van',
  'wachten',
  'niż',
  'zamiast',
  'czekać',
  'decât',
  'în loc de',
  'aștepta',
  'daripada',
  'ketimbang',
  'tunggu',
  'nunggu',
  'menunggu',
  'hơn',
  'thay vì',
  'đợi',
  'chờ',
  'kaysa',
  'imbes na',
  'kuliko',
  'badala ya',
  'kusubiri',
  'kungoja',
  'чем',
  'вместо',
  'ждать',
  'ніж',
  'замість',
  'чекати',
  'أسرع من',
  'اسرع من',
  'بدل',
  'بدلا من',
  'انتظار',
  'به جای',
  'بجای',
  'بجائے',
  'के बजाय',
  'की जगह',
  '而不是',
  '不用等',
  '省得等',
  'กว่า',
  'แทนที่จะ',
  'γρήγορο από',
  'γρηγορότερο από',
  'γρήγορα από',
  'αντί για',
  'αντί',
  'περιμένουμε',
  'במקום',
  'מאשר',
  'לחכות',
  'ნაცვლად',
];

/** Slowness, delay, hassle or comparison written after the platform noun ("the release takes forever", "플랫폼보다"). */
const AFTER_PROCESS = [
  'takes forever',
  'takes ages',
  'takes a week',
  'takes days',
  'too slow',
  'so slow',
  'slow',
  'hassle',
  'lento',
  'lenta',
  'tarda',
  'demora',
  'lent',
  'langsam',
  'dauert',
  'umständlich',
  'una settimana',
  'ci mettono',
  'traag',
  'duurt',
  'gedoe',
  'długo',
  'wolno',
  'durează',
  'daha hızlı',
  'yavaş',
  'uzun sürüyor',
  'lama',
  'ribet',
  'lâu',
  'chậm',
  'matagal',
  'inachelewa',
  'polepole',
  'долго',
  'медленно',
  'довго',
  'повільно',
  'بطيء',
  'تأخير',
  'بتتأخر',
  'بيتأخر',
  'طول می',
  'دیر',
  'سے جلدی',
  'देर',
  'झंझट',
  'दिन लगते',
  'দেরি',
  'ঝামেলা',
  'চেয়ে',
  'தாமதம்',
  'லேட்',
  'விட',
  '到账快',
  '到账慢',
  '太慢',
  '慢',
  '麻烦',
  'より',
  '遅い',
  '時間がかか',
  '面倒',
  '보다',
  '느려',
  '느리',
  '오래 걸',
  '번거',
  'ช้า',
  'นาน',
  'αργεί',
  'αργό',
  'איטי',
  'לוקח זמן',
  'מסובך',
  'ნელ*',
  // ... and "slow / takes long" in those languages.
  'সময় লাগে',
  'অনেক সময়',
  'бавно',
  'отнема време',
  'sporo',
  'dugo',
  'споро',
  'дуго',
  'pomalé',
  'pomalu',
  'trvá',
  'dlouho',
  'lassú',
  'lassan',
  'sokáig tart',
  'încet',
  'lambat',
  'ढिलो',
  'समय लाग्छ',
  'დიდხანს',
  'ரொம்ப நேரம்',
  // Tamil "takes days / takes time / is late" as chat writes it.
  'நாள் ஆகுது',
  'நாள் ஆகும்',
  'நாளாகும்',
  'நாள் ஆகிறது',
  'நாள் எடுக்கும்',
  'நேரம் ஆகுது',
  'நேரம் எடுக்கும்',
  'தாமதமா*',
  'மெதுவா*',
];

/** Cash, per language ("bar" and "nakit" only in their phrases where the word is ambiguous). */
const CASH = [
  'cash',
  'in cash',
  'efectivo',
  'en efectivo',
  'em dinheiro',
  'dinheiro vivo',
  'espèces',
  'en liquide',
  'bar bei',
  'in bar',
  'bar zahlen',
  'bar bezahlen',
  'barzahlung',
  'bargeld',
  'contanti',
  'in contanti',
  'contant',
  'gotówką',
  'gotówka',
  'numerar',
  'cash-ul',
  'nakit',
  'elden',
  'tunai',
  'uang tunai',
  'tiền mặt',
  'pesa taslimu',
  'наличными',
  'наличка',
  'наличные',
  'налом',
  'готівкою',
  'готівка',
  'نقدا',
  'نقداً',
  'كاش',
  'نقدی',
  'نقد',
  'کیش',
  'नकद',
  'कैश',
  'ক্যাশ',
  'নগদ টাকা',
  'கேஷ்',
  'ரொக்கம்',
  '现金',
  '現金',
  '현금',
  'เงินสด',
  'μετρητά',
  'מזומן',
  'במזומן',
  'ნაღდი',
];

/** Handing the work over or meeting in person: cash then changes hands outside the platform. */
const HANDOVER = [
  'on delivery',
  'on handover',
  'at handover',
  'in person',
  'when we meet',
  'a la entrega',
  'al entregar',
  'en mano',
  'na entrega',
  'em mãos',
  'pessoalmente',
  'à la remise',
  'à la livraison',
  'en main propre',
  'übergabe',
  'persönlich',
  'alla consegna',
  'di persona',
  'a mano',
  'bij oplevering',
  'bij de oplevering',
  'bij levering',
  'przy odbiorze',
  'do ręki',
  'la predare',
  'teslimde',
  'teslimatta',
  'elden',
  'saat serah terima',
  'ketemuan',
  'khi giao',
  'gặp trực tiếp',
  'tukikutana',
  'при встрече',
  'при сдаче',
  'после сдачи',
  'при передаче',
  'при зустрічі',
  'عند التسليم',
  'لما نتقابل',
  'موقع تحویل',
  'حضوری',
  'ڈیلیوری پر',
  'ملاقات',
  'डिलीवरी पर',
  'मिलने पर',
  'ডেলিভারির সময়',
  'দেখা হলে',
  'நேரில்',
  '交付时',
  '见面',
  '当面',
  '手渡し',
  '納品時',
  '만나서',
  '직접 만나',
  'ส่งงาน',
  'เจอกัน',
  'στην παράδοση',
  'με την παράδοση',
  'από κοντά',
  'בהעברה',
  'במסירה',
  'פנים אל פנים',
  'ჩაბარებისას',
];

/** The platform's own way of taking money (funding a milestone, a checkout) and building payments: honest. */
const ON_PLATFORM = [
  'fund',
  'funded',
  'funding',
  'top up',
  'checkout',
  'support',
  'supports',
  'supported',
  'integrate',
  'integration',
  'build',
  'building',
  'built',
  'develop*',
  'app',
  'apps',
  // A shop's customers paying it, per language.
  'customers',
  'customer',
  'shop',
  'store',
  'orders',
  'clientes',
  'kunden',
  'klanten',
  'clienti',
  'klienci',
  'клиенты',
  'покупател*',
  'müşteriler*',
  'pelanggan',
  'wateja',
  'العملاء',
  'مشتریان',
  '顾客',
  'お客様',
  '고객',
  'ลูกค้า',
  'πελάτες',
  'לקוחות',
  'tienda',
  'loja',
  'magasin',
  'laden',
  'negozio',
  'winkel',
  'sklep',
  'магазин*',
  'mağaza*',
  'toko',
  'cửa hàng',
  'duka',
  'متجر',
  'فروشگاه',
  'दुकान',
  'দোকান',
  '商店',
  '店舗',
  '가게',
  'ร้าน',
  'κατάστημα',
  'חנות',
  'integrar',
  'intégrer',
  'integrieren',
  'integrare',
  'integreren',
  'integrasi',
  'tích hợp',
  'интегр*',
  'تكامل',
  'ربط',
  '集成',
  '接入',
  '連携',
  '연동',
  'เชื่อมต่อ',
];

const PROCESS_FINDER = finder(PROCESS);
// The shared withdrawal words without the platform's escrow and checkout (steps, not withdrawals).
const PAYOUT_FINDER = finder([...PAYOUT, ...WITHDRAWALS.filter((w) => w !== 'escrow' && w !== 'checkout')]);
const BEFORE_FINDER = finder(BEFORE_PROCESS);
const AFTER_FINDER = finder(AFTER_PROCESS);
const CASH_FINDER = finder(CASH);
const HANDOVER_FINDER = finder(HANDOVER);
const ON_PLATFORM_FINDER = finder(ON_PLATFORM);

/** How far a comparison reaches to the platform noun (a few words: "than waiting on the"). */
const GAP = 40;
const SENTENCE_END = /[\n.!。！]/;

type Span = { start: number; end: number };

/**
 * The platform's payment set against something in [from, to): a comparing or waiting word with the
 * platform noun after it, or the platform noun with a slowness word after it. Absolute offsets.
 */
function comparedWithPlatform(text: string, from: number, to: number, ways: readonly WordHit[]): Span | undefined {
  const nouns = [...PROCESS_FINDER.findIn(text, from, to), ...PAYOUT_FINDER.findIn(text, from, to)];
  if (nouns.length === 0) return undefined;
  const before = BEFORE_FINDER.findIn(text, from, to);
  const after = AFTER_FINDER.findIn(text, from, to);
  for (const n of nouns) {
    // "cheaper than PayPal here" compares two rails, not the rail with the platform.
    const b = before.find(
      (c) =>
        c.end <= n.start &&
        n.start - c.end <= GAP &&
        !SENTENCE_END.test(text.slice(from + c.end, from + n.start)) &&
        !ways.some((w) => w.start >= from + c.end && w.end <= from + n.start),
    );
    if (b) return { start: from + b.start, end: from + n.end };
    const a = after.find((c) => c.start >= n.end && c.start - n.end <= GAP && !SENTENCE_END.test(text.slice(from + n.end, from + c.start)));
    if (a) return { start: from + n.start, end: from + a.end };
  }
  return undefined;
}

/** English "not" with a typographic apostrophe ("don’t"): the word finder splits the word at it. */
export const CURLY_NOT = /\b(?:don|won|can|doesn|didn|isn|aren|shouldn)’t\b/g;

/**
 * A refusal, the rule or a report in [from, to), other than a negation of the comparison itself
 * ("no need to", "não precisa esperar", "झंझट नहीं रहेगा"); a negation before the way to pay
 * ("I never accept Venmo") always counts.
 */
function ruledOut(text: string, from: number, to: number, refusal: WordFinder, cue: Span, way: Span): boolean {
  const lo = cue.start - 16;
  const hi = cue.end + 16;
  const hits: { start: number; end: number }[] = [...refusal.findIn(text, from, to), ...NEGATION_FINDER.findIn(text, from, to)];
  for (const m of text.slice(from, to).matchAll(CURLY_NOT)) hits.push({ start: m.index, end: m.index + m[0].length });
  return hits.some((h) => {
    const hs = from + h.start;
    const he = from + h.end;
    if (he <= way.start && way.start - he <= 24) return true;
    return he <= lo || hs >= hi;
  });
}

/** Whether [from, to) funds the platform's payment or builds or runs a shop's payments, outside the ways' own names ("Cash App"). */
function onPlatform(text: string, from: number, to: number, ways: readonly Span[]): boolean {
  return ON_PLATFORM_FINDER.findIn(text, from, to).some((h) => !ways.some((w) => from + h.start < w.end && from + h.end > w.start));
}

/** Commas and stops, Latin, CJK and Arabic-script ("،", "؛", "؟"). */
export const PHRASE_END = /[,;:?!.，、。？！،؛؟\n]/;

/** The comma-free stretch around [start, end): the rail's own phrase. */
function phrase(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && start - from < 40 && !PHRASE_END.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && to - end < 40 && !PHRASE_END.test(text[to])) to++;
  return [from, to];
}

/**
 * A way to pay (rail, wallet, bank transfer) offered against the platform's slower or costlier
 * payment. `ways` are the rails found in the text; `refusal` the refusals finder. Returns the span to flag.
 */
export function railAgainstPlatform(text: string, ways: readonly WordHit[], refusal: WordFinder): Span | undefined {
  for (const way of ways) {
    const [from, to] = clauseAcrossQuestion(text, way.start, way.end, 90);
    if (onPlatform(text, from, to, ways)) continue;
    // "Can I withdraw to PayPal?": the platform paying out to the rail, no payment around it.
    const [pf, pt] = phrase(text, way.start, way.end);
    if (PAYOUT_FINDER.hasIn(text, pf, pt)) continue;
    const cue = comparedWithPlatform(text, from, to, ways);
    if (!cue || (cue.start < way.end && cue.end > way.start)) continue;
    if (ruledOut(text, from, to, refusal, cue, way)) continue;
    return { start: Math.min(way.start, cue.start), end: Math.max(way.end, cue.end) };
  }
  return undefined;
}

/**
 * Cash handed over in person, or cash against the platform's payment or fee ("contant bij
 * oplevering", "cash, quicker than the milestone"). `awayOrFee` tells whether [from, to) holds
 * "directly / outside the platform" or the platform's fee.
 */
export function cashOutside(text: string, refusal: WordFinder, awayOrFee: (from: number, to: number) => boolean): Span | undefined {
  for (const cash of CASH_FINDER.find(text)) {
    const [from, to] = clauseAcrossQuestion(text, cash.start, cash.end, 70);
    if (onPlatform(text, from, to, [cash]) || PAYOUT_FINDER.hasIn(text, from, to)) continue;
    const hand = HANDOVER_FINDER.findIn(text, from, to).find((h) => from + h.end <= cash.start || from + h.start >= cash.end);
    const cue = hand
      ? { start: from + hand.start, end: from + hand.end }
      : (comparedWithPlatform(text, from, to, []) ?? (awayOrFee(from, to) ? cash : undefined));
    if (!cue) continue;
    if (ruledOut(text, from, to, refusal, cue, cash)) continue;
    return { start: Math.min(cash.start, cue.start), end: Math.max(cash.end, cue.end) };
  }
  return undefined;
}
