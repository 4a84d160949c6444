// Paying outside that also proposes doing the deal without the platform. "Pay me directly" or
// "by bank transfer" alone is payment_outside; when the same message says the platform is to be
// bypassed ("without the site", "not through here", "z pominięciem platformy", "サイトを通さず",
// "بعيد عن الموقع") or its fee saved ("skip the platform fee", "sparen wir uns die Gebühr hier",
// "сайт не забере свої 10%"), it proposes to take the deal off the platform, which is
// solicitation as well (the reading blind set 15 began and blind set 16 holds throughout). A
// payment offered only as faster or easier than the platform's ("payouts here are slow") stays
// payment_outside alone, as do escrow or a milestone skipped (a payment step, not the platform).
// Each cue is a pair of word classes (a preposition, a verb of bypassing or saving, beside the
// platform noun or "here"), so no language needs every phrase; the words are in
// any-language-cues.ts (AWAY_BEFORE, AWAY_AFTER, PLATFORM_NOUNS) and below.

import { normalize } from '../normalize/normalize.ts';
import { WordFinder, type WordHit } from '../normalize/word-finder.ts';
import {
  AWAY_AFTER_FINDER,
  AWAY_BEFORE_FINDER,
  FEE_NOUN_FINDER,
  notViaPlatformIn,
  PLATFORM_NOUN_FINDER,
  platformAwayIn,
  refusedIn,
} from './any-language-cues.ts';
import { emit, type ScanContext, toNormalized } from './context.ts';
import { clauseAcrossQuestion, HERE_FINDER } from './intent-cues.ts';
import { COMMISSION_WORDS } from './rails.ts';

const finder = (words: readonly string[]) => new WordFinder(words.map((w) => normalize(w).text));

/**
 * The platform's fee saved, avoided or not taken, per language: verbs of saving and avoiding,
 * "without / no", and "(the site) won't take / cut" in the forms chat writes. Beside a fee noun
 * that belongs to the platform ("the fee here", "potongan platform", "комиссия площадки").
 */
const FEE_SAVED = [
  // en
  'save',
  'saves',
  'saving',
  'skip',
  'avoid',
  'dodge',
  'no',
  'without',
  "won't take",
  'will not take',
  "doesn't take",
  "won't get",
  'keep',
  'cut out',
  // es, pt
  'ahorr*',
  'evit*',
  'sin',
  'no pagamos',
  'no pagar',
  'economiz*',
  'sem',
  'fugir',
  'não pagamos',
  'não paga',
  // fr, de, it, nl
  'économis*',
  'sans',
  'pas de',
  'spar*',
  'vermeid*',
  'ohne',
  'kein*',
  'fällt weg',
  'entfällt',
  'risparmi*',
  'senza',
  'niente',
  'bespar*',
  'scheelt',
  'zonder',
  'geen',
  // pl, ro, hu, cs, bg, sr
  'zaoszczędz*',
  'unikn*',
  'bez',
  'ominiemy',
  'pominiemy',
  'economis*',
  'fără',
  'megspór*',
  'spórol*',
  'nincs',
  'nélkül',
  'ušetř*',
  'спест*',
  'без',
  'уштед*',
  'ušted*',
  // ru, uk
  'сэконом*',
  'зэконом*',
  'избеж*',
  'не возьмёт',
  'не возьмет',
  'не возьмут',
  'не заберёт',
  'не заберет',
  'не заберут',
  'не будет',
  'заощад*',
  'зекономимо',
  'не візьме',
  'не візьмуть',
  'не забере',
  'не заберуть',
  'не буде',
  // tr
  'tasarruf',
  'kesilmez',
  'kesmesin',
  'çıkmaz',
  'olmaz',
  'olmasın',
  'ödemeyiz',
  'vermeyiz',
  'yok',
  // id, ms, vi, tl, sw
  'hemat',
  'gak kena',
  'ga kena',
  'nggak kena',
  'tidak kena',
  'gak kepotong',
  'ga kepotong',
  'tanpa',
  'jimat',
  'tak kena',
  'takde',
  // Vietnamese đỡ ("spares") folds to "do": only in its phrases.
  'cho đỡ',
  'đỡ phí',
  'đỡ bị',
  'đỡ mất',
  'khỏi',
  'không mất',
  'không bị',
  'tiết kiệm',
  'walang',
  'tipid',
  'okoa',
  'tuepuke',
  'epuka',
  'bila',
  'hakuna',
  // ar, fa, ur, hi, bn, ne, ta
  'نوفر',
  'توفير',
  'توفر',
  'وفر',
  'بدون',
  'من غير',
  'بلا',
  'صرفه‌جویی',
  'صرفه جویی',
  'نمی‌دید',
  'نمیدید',
  'ندیم',
  'نمیدیم',
  'بچ',
  'بغیر',
  'نہیں',
  'बच',
  // Hindi and Urdu in Latin letters, as chat writes them.
  'bach jayegi',
  'bach jayega',
  'bachegi',
  'bachega',
  'nahi lagegi',
  'nahi lagega',
  'बचेगा',
  'बचेगी',
  'बिना',
  'नहीं',
  'বাঁচ*',
  'লাগবে না',
  'ছাড়া',
  'लाग्दैन',
  'बच्छ',
  'மிச்ச*',
  'இல்லாம',
  'கிடையாது',
  // th, zh, ja, ko
  'ประหยัด',
  'ไม่โดนหัก',
  'ไม่เสีย',
  'ไม่ต้องเสีย',
  '省',
  '免',
  '不用付',
  '不收',
  '浮く',
  '節約',
  '省け',
  'かからない',
  'なし',
  '아끼',
  '아낄',
  '절약',
  '안 나가',
  '안 내',
  '없이',
  // el, he, ka
  'γλιτώ*',
  'γλυτώ*',
  'χωρίς',
  'εξοικονομ*',
  'לחסוך',
  'תחסוך',
  'נחסוך',
  'בלי',
  'אין',
  'დავზოგ*',
  'დაზოგ*',
  'გარეშე',
  'არ იქნება',
];
const FEE_SAVED_FINDER = finder(FEE_SAVED);
const COMMISSION_FINDER = finder(COMMISSION_WORDS);

/**
 * A share named as a percentage ("its 10%", "10 persen", "20 процентов"): the platform's cut. A
 * bounded number that starts where a digit run starts (recheck: linear, no scan from every digit).
 */
const PERCENT = /(?<!\d)\d{1,3}(?:[.,]\d{1,2})? ?(?:%|persen|percent|per cent|prozent|procent|por ciento|por cento|pour cent|per cento|процент|відсот)/g;

type Span = { start: number; end: number };

/** A sentence or clause break between the platform and its fee: they are then two things. */
const CLAUSE_BREAK = /[.!?;:\n。！？؟]/;

/** "Instead of / not through / without" right before "here" ("instead of through here", "statt hier", "badala ya hapa"). */
function awayFromHereIn(text: string, from: number, to: number): Span | undefined {
  for (const h of HERE_FINDER.findIn(text, from, to)) {
    const hs = from + h.start;
    const lo = Math.max(from, hs - 24);
    const prep = AWAY_BEFORE_FINDER.findIn(text, lo, hs).find((p) => {
      const gap = text.slice(lo + p.end, hs).trim();
      return gap.length <= 5 && !/[\n.!?,;]/.test(gap);
    });
    if (prep) return { start: lo + prep.start, end: from + h.end };
    // Postpositions ("यहाँ के बजाय", "burada değil" is left out: a plain "not here").
    const post = AWAY_AFTER_FINDER.findIn(text, from + h.end, Math.min(to, from + h.end + 10)).find((p) => p.start <= 3);
    if (post) return { start: hs, end: from + h.end + post.end };
  }
  return undefined;
}

/** The platform (or "here") within 25 characters of its fee noun or a percentage, and a word of saving it beside them. */
function platformFeeSavedIn(text: string, from: number, to: number): Span | undefined {
  const owners: WordHit[] = [...PLATFORM_NOUN_FINDER.findIn(text, from, to).filter((n) => n.entry !== 'escrow'), ...HERE_FINDER.findIn(text, from, to)];
  if (owners.length === 0) return undefined;
  const fees: Span[] = [...FEE_NOUN_FINDER.findIn(text, from, to), ...COMMISSION_FINDER.findIn(text, from, to)];
  const window = text.slice(from, to);
  for (const m of window.matchAll(PERCENT)) fees.push({ start: m.index as number, end: (m.index as number) + m[0].length });
  for (const fee of fees) {
    // Owner and fee in one phrase: "le site livré ? Ça m'évite les frais" names the work, not the platform.
    const near = (a: Span, b: Span) => b.start - a.end <= 25 && !CLAUSE_BREAK.test(window.slice(a.end, b.start));
    const owner = owners.find((o) => (o.end <= fee.start && near(o, fee)) || (fee.end <= o.start && near(fee, o)) || (o.start < fee.end && fee.start < o.end));
    if (!owner) continue;
    const lo = Math.min(owner.start, fee.start);
    const hi = Math.max(owner.end, fee.end);
    const saved = FEE_SAVED_FINDER.findIn(text, Math.max(from, from + lo - 30), Math.min(to, from + hi + 40))[0];
    if (!saved) continue;
    const base = Math.max(from, from + lo - 30);
    return { start: Math.min(from + lo, base + saved.start), end: Math.max(from + hi, base + saved.end) };
  }
  return undefined;
}

/** A cue of taking the deal off the platform in [from, to): away from it, not through it, instead of here, or its fee saved. */
function bypassIn(text: string, from: number, to: number): Span | undefined {
  const away = platformAwayIn(text, from, to);
  if (away && !/escrow/.test(text.slice(away.start, away.end))) return away;
  return notViaPlatformIn(text, from, to) ?? awayFromHereIn(text, from, to) ?? platformFeeSavedIn(text, from, to);
}

/**
 * Adds solicitation to a payment outside found by the rules when the same sentence (or the
 * question and its answer) proposes doing it without the platform. A refusal, the rule quoted
 * or a report in that stretch (outside the cue's own "not") rules it out.
 */
export function findPaymentsBypassingPlatform(ctx: ScanContext): void {
  if (ctx.signals.some((s) => s.type === 'offplatform.solicitation')) return;
  const pays = ctx.signals.filter((s) => s.type === 'offplatform.payment_outside');
  if (pays.length === 0) return;
  const { text } = ctx;
  for (const p of pays) {
    const [from, to] = clauseAcrossQuestion(text, toNormalized(ctx, p.start as number), toNormalized(ctx, p.end as number), 100);
    const cue = bypassIn(text, from, to);
    if (!cue || refusedIn(text, from, to, true, cue)) continue;
    emit(ctx, 'offplatform.solicitation', 'medium', cue.start, cue.end);
    return;
  }
}
