// Moving the deal to another freelance marketplace: "hire me on X instead, the commission is
// lower there", "order it there", "I'm on X with the same reviews, let's do the quote there".
// A marketplace named (marketplaces.ts: the world's, by country and script, or its domain) with,
// in its sentence (and the next one when that one points back with "there": "…出してます。
// そちらでご依頼いただけますか"):
// - a deal closed there (order, hire, book, quote, "let's work") and "there", the same
//   profile or name there, or a lower fee there; or
// - a lower fee and "there" or the same profile; or
// - the same name, profile or reviews there (findable there: solicitation only).
// Buying, hiring, paying there or moving for its fee takes the money out of escrow too
// (LABELLING.md, "Two readings settled" 2): then payment_outside as well.
// Kept clean: the marketplace as work history or a reference (no deal, no "there", no same
// profile), a deal "here" ("hire me here, not on X"), a question comparing sites, a refusal or
// someone else's ask (NEGATION; reports.ts drops reported asks later), the marketplace as the
// work ("a Fiverr clone", "scrape Upwork").

import { normalize } from '../normalize/normalize.ts';
import { WordFinder } from '../normalize/word-finder.ts';
import { emit, type ScanContext, toNormalized } from './context.ts';
import { clause, HERE_FINDER, MARKETPLACES_ANY, NEGATION_FINDER, SAME_NAME_FINDER, thereIn } from './intent-cues.ts';
import {
  COMPARING,
  DEALS,
  MARKET_AS_WORK,
  MARKET_DEALS,
  MARKET_DOMAIN,
  MARKET_FEES,
  MARKET_HERE,
  MARKET_LOWER,
  MARKET_MOVES,
  MARKET_THERE,
  MARKET_TLDS,
  MARKETPLACE_NAMES,
  MORE_MARKET_DEALS,
  MORE_MARKET_FEES,
  MORE_MARKET_LOWER,
  MOVE_THERE,
  SAME_PROFILE,
  SETTLE,
} from './marketplaces.ts';
import { COMMISSION_WORDS } from './rails.ts';

const finder = (words: string[]) => new WordFinder(words.map((w) => normalize(w).text));
// Named (every region and script) and unnamed ("another site", "otra plataforma").
const NAMES = finder([...MARKETPLACE_NAMES, ...MARKETPLACES_ANY]);
const DEAL = finder([...DEALS, ...MARKET_DEALS, ...MARKET_MOVES, ...MORE_MARKET_DEALS]);
const THERE = finder([...MOVE_THERE, ...MARKET_THERE]);
const FEE = finder([...MARKET_FEES, ...COMMISSION_WORDS, ...MORE_MARKET_FEES]);
const LOWER = finder([...MARKET_LOWER, ...MORE_MARKET_LOWER]);
const SAME = finder(SAME_PROFILE);
const PAID = finder(SETTLE);
const AS_WORK = finder(MARKET_AS_WORK);
const COMPARE = finder(COMPARING);
const HERE = finder(MARKET_HERE);

// The marketplace as the term of a comparison ("cheaper than Fiverr", "ココナラより", "크몽보다",
// "比猪八戒"): the move, if any, is away from it. Anchored, one literal alternation each; words
// that also mean "from" or "at" (hi से, fa از, bn থেকে, id di) are left out ("फाइवर से ऑर्डर करें").
const THAN_BEFORE = /(?:than|que|als|niż|niz|чем|ніж|daripada|kaysa|kuliko|比)\s?$/;
const THAN_AFTER = /^\s?(?:より|보다|에 비해|চেয়ে|کے مقابلے)/;

/** How far a sentence reaches each side of the name (a move and its reason fill a long sentence). */
const REACH = 140;

/**
 * A site written as a capitalised name and a domain ("on NaPráci.cz", "über Gigwork.de"): a
 * marketplace the lists may lack. Read on the original text (the capital is the sign of a name,
 * not of a word that ends a sentence before a domain-like token); not after "@", "/" or a dot
 * (an e-mail address, a link's path, a subdomain). One name, one literal alternation: linear.
 */
const NAMED_SITE = new RegExp(String.raw`(?<![\p{L}\d@/.])\p{Lu}[\p{L}\d-]{1,30}\.(?:${MARKET_TLDS})(?![\p{L}\d])`, 'gu');

/** Marketplace names and domains in the text (named sites: when the original shows one). */
function marketsIn(ctx: ScanContext): { start: number; end: number }[] {
  const { text } = ctx;
  const found: { start: number; end: number }[] = NAMES.find(text);
  if (text.includes('.')) for (const m of text.matchAll(MARKET_DOMAIN)) found.push({ start: m.index as number, end: (m.index as number) + m[0].length });
  if (found.length === 0 && ctx.original.includes('.'))
    for (const m of ctx.original.matchAll(NAMED_SITE)) {
      const start = toNormalized(ctx, m.index as number);
      const end = toNormalized(ctx, (m.index as number) + m[0].length);
      // Identifiers found as links or e-mail addresses are the other detectors' (a portfolio link is no marketplace).
      if (
        !ctx.signals.some(
          (s) => s.type.startsWith('contact.') && (s.start as number) < (m.index as number) + m[0].length && (m.index as number) < (s.end as number),
        )
      )
        found.push({ start, end });
    }
  return found;
}

/** Whether [from, to) says "there" (or "instead of here"). */
function there(ctx: ScanContext, from: number, to: number): boolean {
  if (thereIn(ctx, from, to)) return true;
  const { text } = ctx;
  // "instead of Fiverr" / "invece di Fiverr" names the place not taken ("instead of here" is its own entry).
  return THERE.findIn(text, from, to).some(
    (h) => !((h.entry === 'instead' || h.entry === 'invece') && /^ (?:of|di) /.test(text.slice(from + h.end, from + h.end + 4))),
  );
}

/**
 * Whether a refusal or a report stands in [from, to): a negation that is not itself the word
 * for the deal (Korean 요청 "request" reports an ask elsewhere, here it orders) nor beside or
 * inside a fee word ("फीस नहीं", "ไม่มีค่าธรรมเนียม"), which speaks of the fee, not of the move.
 */
function refused(text: string, from: number, to: number): boolean {
  const deals = DEAL.findIn(text, from, to);
  const fees = [...FEE.findIn(text, from, to), ...LOWER.findIn(text, from, to)];
  return NEGATION_FINDER.findIn(text, from, to).some(
    (n) =>
      !deals.some((d) => d.start < n.end && n.start < d.end) &&
      !fees.some((f) => (f.start < n.end && n.start < f.end) || (f.start >= n.end && f.start - n.end <= 3) || (n.start >= f.end && n.start - f.end <= 3)),
  );
}

/** Emits solicitation (and payment_outside) for a deal, a fee or a profile moved to another marketplace. */
export function findMarketplaceMoves(ctx: ScanContext): void {
  const { text } = ctx;
  const has = (type: string) => ctx.signals.some((s) => s.type === type);
  if (has('offplatform.solicitation') && has('offplatform.payment_outside')) return;
  for (const market of marketsIn(ctx)) {
    let [from, to] = clause(text, market.start, market.end, REACH);
    // The next sentence, when it points back at the marketplace ("… on Lancers. Order there?").
    if (to < text.length) {
      const [, next] = clause(text, to + 1, to + 1, REACH);
      if (there(ctx, to, next)) to = next;
    }
    if (refused(text, from, to) || AS_WORK.hasIn(text, from, to)) continue;
    if (THAN_BEFORE.test(text.slice(Math.max(0, market.start - 9), market.start)) || THAN_AFTER.test(text.slice(market.end, market.end + 8))) continue;
    if (text.slice(from, to).includes('?') && COMPARE.hasIn(text, from, to)) continue;
    const isThere = there(ctx, from, to);
    // "hire me here, not on Fiverr": the deal stays here.
    if (!isThere && (HERE_FINDER.hasIn(text, from, to) || HERE.hasIn(text, from, to))) continue;
    const deal = DEAL.findIn(text, from, to)[0];
    const lower = LOWER.findIn(text, from, to)[0];
    const same = SAME.findIn(text, from, to)[0] ?? SAME_NAME_FINDER.findIn(text, from, to)[0];
    const fee = FEE.findIn(text, from, to)[0];
    // A fee named with the same profile there ("the commission here stings, same reviews on
    // Malt, book me there") is the reason for the move as much as a comparative is. A deal with
    // a lower price and no "there" is haggling ("on Fiverr it's cheaper, can you quote lower?"):
    // only a lower fee makes it a move ("register it on Parscoders, its commission is lower").
    const moved = (deal && (isThere || same || (lower && fee))) || (lower && (isThere || same)) || (same && isThere && fee);
    if (!moved && !same) continue;
    if (!has('offplatform.solicitation')) emit(ctx, 'offplatform.solicitation', 'medium', market.start, market.end);
    const paid = moved ? (PAID.findIn(text, from, to)[0] ?? lower ?? fee) : undefined;
    if (paid && !has('offplatform.payment_outside'))
      emit(ctx, 'offplatform.payment_outside', 'medium', Math.min(market.start, from + paid.start), Math.max(market.end, from + paid.end));
    return;
  }
}
