// Scam screening for job posts, proposals, messages and profiles. Phrase families (see
// lexicon.ts) are matched on folded text in all supported languages at once, because scam
// posts mix languages and the declared locale is often wrong; spans map back to the original.

import { type FoldedText, foldString, foldTextOnce, originalSpan } from '../spam/fold-text.ts';
import type { ContentKind, Signal, Strength } from '../types.ts';
import { fragments, LEXICON, SCAM_RULES, type ScamFamily, type ScamRule } from './lexicon.ts';

export interface ScamInput {
  text: string;
  kind: ContentKind;
  /** Accepted for the record; every language is always checked. */
  locale?: string;
}

const SCORE: Record<Strength, number> = { weak: 0.4, medium: 0.65, strong: 0.85 };
const UNLESS_REACH = 80;
const WORD_START = '(?<![\\p{L}\\p{N}])';

interface CompiledRule {
  rule: ScamRule;
  /** Each list alone: the proximity pattern can only match when every list occurs somewhere. */
  required: RegExp[];
  pattern: RegExp;
  unless?: RegExp;
  context?: RegExp;
}

/** Folds the literal characters of a regex fragment like the text, leaving escapes (\\p{L}, \\d, \\S) intact. */
function foldPattern(fragment: string): string {
  return fragment.replace(/\\p\{[^}]*\}|\\[\s\S]|[^\\]+/gu, (part) => (part.startsWith('\\') ? part : foldString(part)));
}

// Scripts written without spaces between words (Chinese, Japanese, Thai): a word inside a
// sentence follows another letter, so their fragments match anywhere, not only at a word start.
// A fragment that opens with a group ("(?:发给|传给)…") is judged by the group's first letter.
const NO_SPACE_SCRIPT = /^(?:\(\?:)*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

function alternation(fragments: readonly string[]): string {
  const spaced = fragments.filter((f) => !NO_SPACE_SCRIPT.test(f)).map(foldPattern);
  const unspaced = fragments.filter((f) => NO_SPACE_SCRIPT.test(f)).map(foldPattern);
  const words = `${WORD_START}(?:${spaced.join('|')})`;
  if (!unspaced.length) return words;
  return spaced.length ? `(?:${words}|${unspaced.join('|')})` : `(?:${unspaced.join('|')})`;
}

const ANYWHERE = new Map<string, RegExp>();
/**
 * The same fragments anywhere, not only at a word start: a superset, and three times cheaper to scan for.
 * One RegExp per source: rules that share a list share its gate, scanned once per text (findHits).
 */
function anywhere(fragments: readonly string[]): RegExp {
  const source = `(?:${fragments.map(foldPattern).join('|')})`;
  const known = ANYWHERE.get(source);
  if (known) return known;
  const re = new RegExp(source, 'u');
  ANYWHERE.set(source, re);
  return re;
}

function compile(rule: ScamRule): CompiledRule {
  const a = alternation(rule.a);
  let source = a;
  const required = [anywhere(rule.a)];
  // A context that occurs nowhere in the text cannot occur near a match: a third cheap scan
  // rules the text out before the costly proximity scan.
  if (rule.context) required.push(anywhere(rule.context));
  if (rule.b) {
    const b = alternation(rule.b);
    const gap = `[\\s\\S]{0,${rule.gap ?? 80}}?`;
    source = `${a}${gap}${b}|${b}${gap}${a}`;
    required.push(anywhere(rule.b));
  }
  return {
    rule,
    required,
    pattern: new RegExp(source, 'gu'),
    unless: rule.unless ? new RegExp(alternation(rule.unless), 'u') : undefined,
    context: rule.context ? new RegExp(alternation(rule.context), 'u') : undefined,
  };
}

const COMPILED: readonly CompiledRule[] = SCAM_RULES.map(compile);

const DIRECTED = new RegExp(alternation(fragments(LEXICON.sensitive_data_request.directedRequest)), 'gu');
const NEGATION = new RegExp(alternation(fragments(LEXICON.honest_mention.negation)), 'u');
const SOMEONE_ASKS = new RegExp(alternation(fragments(LEXICON.honest_mention.someoneAsks)), 'u');
// How far back a negation governs a request (its clause starts after the last punctuation), and
// a condition "if someone asks" (its sentence: "if anyone asks for it, tell us").
const NEGATION_REACH = 30;
const CONDITION_REACH = 60;
const CLAUSE_END = /[.!?;:,。！？；：，、\n]/gu;
const SENTENCE_END = /[.!?。！？\n]/gu;

/** The part of `before` after the last match of `end` (the clause or sentence a request stands in). */
function after(before: string, end: RegExp): string {
  let from = 0;
  for (const m of before.matchAll(end)) from = m.index + 1;
  return before.slice(from);
}

/**
 * Whether `folded[from, to)` holds a request addressed to the reader ("send me", "пришлите мне",
 * "把验证码发给我") that no negation of its clause comes before (within NEGATION_REACH
 * characters) nor stands inside ("मुझे मत भेजो"), and that no "if someone asks" of its sentence
 * comes before (within CONDITION_REACH characters).
 */
function askedOfReader(folded: string, from: number, to: number): boolean {
  const start = Math.max(0, from);
  for (const m of folded.slice(start, to).matchAll(DIRECTED)) {
    const at = start + m.index;
    if (NEGATION.test(after(folded.slice(Math.max(0, at - NEGATION_REACH), at), CLAUSE_END) + m[0])) continue;
    if (SOMEONE_ASKS.test(after(folded.slice(Math.max(0, at - CONDITION_REACH), at), SENTENCE_END))) continue;
    return true;
  }
  return false;
}

interface Hit {
  /** Index of the rule in SCAM_RULES. */
  rule: number;
  family: ScamFamily;
  strength: Strength;
  start: number;
  end: number;
}

function findHits(folded: FoldedText): Hit[] {
  const hits: Hit[] = [];
  // A list's gate is scanned once per text, however many rules share it.
  const gate = new Map<RegExp, boolean>();
  const occurs = (re: RegExp) => {
    const known = gate.get(re);
    if (known !== undefined) return known;
    const found = re.test(folded.text);
    gate.set(re, found);
    return found;
  };
  for (let index = 0; index < COMPILED.length; index++) {
    const { rule, required, pattern, unless, context } = COMPILED[index];
    // One or two cheap scans rule most texts out before the costly proximity scan.
    if (!required.every(occurs)) continue;
    for (const m of folded.text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      const near = [Math.max(0, start - UNLESS_REACH), end + UNLESS_REACH] as const;
      if (unless?.test(folded.text.slice(...near)) && !(rule.askOverridesUnless && askedOfReader(folded.text, ...near))) continue;
      if (rule.asked && !askedOfReader(folded.text, start, end)) continue;
      const reach = rule.contextReach ?? UNLESS_REACH;
      if (context && !context.test(folded.text.slice(Math.max(0, start - reach), end + reach))) continue;
      hits.push({ rule: index, family: rule.family, strength: rule.strength, start, end });
    }
  }
  return hits;
}

/**
 * Keeps, per family, the strongest hit of each overlapping group; of equally strong hits a
 * standalone rule's (a gated rule and a standalone one often read the same span).
 */
function strongestPerSpan(hits: Hit[]): Hit[] {
  const order: Record<Strength, number> = { weak: 1, medium: 2, strong: 3 };
  const alone = (h: Hit) => (SCAM_RULES[h.rule].standalone ? 1 : 0);
  const sorted = [...hits].sort((x, y) => order[y.strength] - order[x.strength] || alone(y) - alone(x) || x.start - y.start);
  const kept: Hit[] = [];
  for (const hit of sorted) {
    const overlaps = kept.some((k) => k.family === hit.family && hit.start < k.end && k.start < hit.end);
    if (!overlaps) kept.push(hit);
  }
  return kept.sort((x, y) => x.start - y.start);
}

const NEVER_ASK = new RegExp(alternation(fragments(LEXICON.honest_mention.neverAsk)), 'u');
const SECRET_WORDS = anywhere(fragments(LEXICON.impersonation.credentialRequest));

/**
 * Whether the text is the honest notice "staff never ask for your password or code": the asking
 * verb negated (lexicon `honest_mention.neverAsk`, 21 languages) and a credential word. Used by
 * the learned layer to set aside the gate's impersonation reading of such notices.
 */
export function neverAskNotice(text: string): boolean {
  const folded = foldTextOnce(text).text;
  return NEVER_ASK.test(folded) && SECRET_WORDS.test(folded);
}

const AT_EMPLOYER_PREMISES = new RegExp(alternation(fragments(LEXICON.honest_mention.employerPremises)), 'u');

/**
 * Whether the text places its parcels at the employer's premises (a warehouse, depot or
 * distribution centre, the employer's own stores; lexicon `honest_mention.employerPremises`):
 * the duty of a warehouse job, where a reshipping mule relabels strangers' parcels at home. Used
 * by the learned layer to set aside the gate's reshipping reading of such posts when no
 * reshipping rule fired (the rule itself already takes these words as an honest mention).
 */
export function atEmployerPremises(text: string): boolean {
  return AT_EMPLOYER_PREMISES.test(foldTextOnce(text).text);
}

const DUTY_OR_FREE = new RegExp(
  alternation([
    ...fragments(LEXICON.honest_mention.jobDuty),
    ...fragments(LEXICON.honest_mention.freeToJoin),
    ...fragments(LEXICON.honest_mention.nothingToPay),
  ]),
  'u',
);

/**
 * Whether the text states a duty that names a scheme without asking anything of the reader
 * (building the feature, teaching staff about the scam: lexicon `honest_mention.jobDuty`) or
 * says taking part costs nothing (`freeToJoin`, `nothingToPay`), in 17 languages. Used by the
 * learned layer to set aside the gate's weak and medium readings of a job post no rule matched
 * (blind set 11 round: an escrow feature's developer, a phishing-awareness trainer, a free
 * photo contest and a paid app test "with no fee or deposit" were read as scams by the gate alone).
 */
export function dutyOrFreeToJoin(text: string): boolean {
  return DUTY_OR_FREE.test(foldTextOnce(text).text);
}

/**
 * Indices in SCAM_RULES of the rules that match the text (each once), for measuring each rule's
 * precision (bench/scam/rule-precision.ts).
 */
export function matchedRules(text: string): number[] {
  return [...new Set(findHits(foldTextOnce(text)).map((h) => h.rule))].sort((x, y) => x - y);
}

export function detectScam(input: ScamInput): Signal[] {
  const folded = foldTextOnce(input.text);
  const hits = strongestPerSpan(findHits(folded));
  const signals: Signal[] = hits.map((hit) => {
    const { start, end } = originalSpan(folded, hit.start, hit.end);
    return {
      type: `scam.${hit.family}`,
      strength: hit.strength,
      score: SCORE[hit.strength],
      start,
      end,
      text: input.text.slice(start, end),
      evidence: { kind: input.kind, ...(SCAM_RULES[hit.rule].standalone ? { standalone: 'rule' } : {}) },
    };
  });

  // Independent families rarely co-occur by accident ("starter kit" + "interview on Telegram"),
  // so together they are stronger evidence than either alone.
  const best = new Map<string, number>();
  for (const s of signals) best.set(s.type, Math.max(best.get(s.type) ?? 0, s.score));
  if (best.size >= 2) {
    // Two families together matched no honest text we hold (bench/scam/rule-precision.ts: 18
    // pairs, 0 honest of 8,861, 111 scams, blind set 6 included; e.g. a cheque to buy the equipment with and an
    // interview on a messenger): each then speaks without the learned gate.
    for (const s of signals) s.evidence = { ...s.evidence, standalone: s.evidence?.standalone ?? 'families' };
    const score = 1 - [...best.values()].reduce((rest, s) => rest * (1 - s), 1);
    signals.push({ type: 'scam.combined', strength: 'strong', score, evidence: { kind: input.kind, families: [...best.keys()].sort() } });
  }
  return signals;
}
