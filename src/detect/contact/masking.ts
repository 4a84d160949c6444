// Contact details in a case's subject stay hidden until a reviewer reveals them (an audited
// act). The server masks, not only the console: a read-scope key, the CLI or an export never
// receives them either. Spans are UTF-16 offsets, end exclusive, like the detectors' spans.
import { detectContact, MASK } from './index.ts';

export interface TextSpan {
  type: string;
  start: number;
  end: number;
}

export interface MaskedText {
  /** The text with each run of contact details replaced by MASK. */
  text: string;
  /** Every highlight span, re-indexed into the masked text; contact spans cover their MASK. */
  spans: TextSpan[];
  /** How many runs of contact details were hidden. */
  hidden: number;
}

export const isContactType = (type: string) => type.startsWith('contact.');

const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/**
 * The spans of stored signals that index `text`. A signal that quotes its text must quote
 * exactly that slice: a signal found in another field (a profile's title, a file name) says
 * nothing about where this text's details are.
 */
export function storedSpans(text: string, signals: readonly unknown[]): TextSpan[] {
  const out: TextSpan[] = [];
  for (const raw of signals) {
    if (!raw || typeof raw !== 'object') continue;
    const s = raw as { type?: unknown; start?: unknown; end?: unknown; text?: unknown };
    if (typeof s.type !== 'string' || !isIndex(s.start) || !isIndex(s.end) || s.end <= s.start || s.end > text.length) continue;
    if (typeof s.text === 'string' && text.slice(s.start, s.end) !== s.text) continue;
    out.push({ type: s.type, start: s.start, end: s.end });
  }
  return out;
}

function dedupe(spans: TextSpan[]): TextSpan[] {
  const seen = new Set<string>();
  const out: TextSpan[] = [];
  for (const s of spans) {
    const key = `${s.type}:${s.start}:${s.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(s);
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end || a.type.localeCompare(b.type));
}

/**
 * Highlight spans of a subject's text in its original offsets: what the stored signals point
 * at, plus every contact detail the contact detector finds now. Detecting again covers cases
 * opened by a report (no signals) and signals stored before a detector learned a new format,
 * so masking never depends on how the case was opened.
 */
export function subjectSpans(text: string, signals: readonly unknown[]): TextSpan[] {
  const detected = detectContact({ text })
    .filter((s) => isContactType(s.type) && s.start !== undefined && s.end !== undefined)
    .map((s) => ({ type: s.type, start: s.start as number, end: s.end as number }));
  return dedupe([...storedSpans(text, signals), ...detected]);
}

/** Contact spans merged into runs, the way `maskText` merges them (touching runs join). */
function contactRuns(text: string, spans: readonly TextSpan[]): [number, number][] {
  const sorted = spans
    .filter((s) => isContactType(s.type))
    .map((s) => [Math.max(0, s.start), Math.min(text.length, s.end)] as [number, number])
    .filter(([a, b]) => b > a)
    .sort((a, b) => a[0] - b[0]);
  const runs: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = runs[runs.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else runs.push([a, b]);
  }
  return runs;
}

/** Replaces contact runs with MASK and re-indexes every span into the masked text. */
export function maskSubject(text: string, spans: readonly TextSpan[], placeholder: string = MASK): MaskedText {
  const runs = contactRuns(text, spans);
  const mapped: { start: number; end: number; mStart: number; mEnd: number }[] = [];
  let out = '';
  let cursor = 0;
  for (const [start, end] of runs) {
    out += text.slice(cursor, start);
    mapped.push({ start, end, mStart: out.length, mEnd: out.length + placeholder.length });
    out += placeholder;
    cursor = end;
  }
  out += text.slice(cursor);
  // Offsets outside a run shift by what the runs before them added or removed; an offset
  // inside a run snaps outwards, so a span reaching into a hidden detail covers its MASK.
  const shift = (p: number) => {
    let delta = 0;
    for (const r of mapped) if (r.end <= p) delta += placeholder.length - (r.end - r.start);
    return p + delta;
  };
  const mapStart = (p: number) => mapped.find((r) => r.start <= p && p < r.end)?.mStart ?? shift(p);
  const mapEnd = (p: number) => mapped.find((r) => r.start < p && p <= r.end)?.mEnd ?? shift(p);
  const remapped = spans
    .map((s) => ({ type: s.type, start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.end > s.start)
    .map((s) => ({ type: s.type, start: mapStart(s.start), end: mapEnd(s.end) }));
  return { text: out, spans: dedupe(remapped), hidden: runs.length };
}

/**
 * The quoted text of a stored signal with the contact details hidden: taken from the masked
 * subject when the signal indexes it, otherwise masked on its own by detection.
 */
export function maskQuote(
  subject: string | null,
  contacts: readonly TextSpan[],
  quote: string,
  start?: unknown,
  end?: unknown,
  /** The placeholder in the reader's language (default `[contact hidden]`). */
  placeholder: string = MASK,
): string {
  if (subject !== null && isIndex(start) && isIndex(end) && subject.slice(start, end) === quote) {
    const inside = contacts
      .filter((c) => c.end > start && c.start < end)
      .map((c) => ({ type: c.type, start: Math.max(c.start, start) - start, end: Math.min(c.end, end) - start }));
    return maskSubject(quote, inside, placeholder).text;
  }
  return maskSubject(quote, subjectSpans(quote, []), placeholder).text;
}

/** A text a user wrote, as a reviewer or a key reads it: contact runs replaced by MASK (`hidden` counts them). */
export function maskUserText(text: string): { text: string; hidden: number } {
  const m = maskSubject(text, subjectSpans(text, []));
  return { text: m.text, hidden: m.hidden };
}

const reasonCache = new Map<string, string>();
const REASON_CACHE_MAX = 5_000;

/**
 * A case's reason as every reader gets it: contact details hidden. Reasons are masked when
 * written (openOrJoinCase) since 86b1e2c; older rows kept an appeal's or a message's words as
 * they were, so every reply masks again (the same maskQuote, idempotent on masked text).
 * Reasons repeat (one per policy and kind), so the masked forms are cached.
 */
export function maskReason(reason: string): string;
export function maskReason(reason: string | null): string | null;
export function maskReason(reason: string | null): string | null {
  if (reason === null) return null;
  let masked = reasonCache.get(reason);
  if (masked === undefined) {
    masked = maskQuote(null, [], reason);
    if (reasonCache.size >= REASON_CACHE_MAX) reasonCache.delete(reasonCache.keys().next().value as string);
    reasonCache.set(reason, masked);
  }
  return masked;
}

/** One text the user wrote that signals may quote (a case's subject, a decision's message), with its contact spans. */
interface QuoteSource {
  text: string;
  spans: TextSpan[];
  contacts: TextSpan[];
}

/** What `caseMasker` reads: the subject's text and the stored decisions' signals and context. */
export interface MaskerInput {
  subjectText: string | null;
  /** Signals stored on the case (its items), in any order. */
  signals: readonly unknown[];
  decisions: readonly { signals: unknown; context: unknown }[];
}

/** The one masking of a case's user text, shared by every reply that carries a case (see `caseMasker`). */
export interface CaseMasker {
  /** The subject with contact runs replaced by MASK; null when the case has no subject text. */
  subject: MaskedText | null;
  /** A stored signal with its quote (`text`) and any quoting field under it (evidence) masked. */
  signal<T>(raw: T): T;
  signals<T>(list: T): T;
  /** A decision's context with the text it kept (`subjectText`, other quoting fields) masked. */
  context<T>(context: T): T;
}

const subjectTextOf = (context: unknown): string | null => {
  const c = context as Record<string, unknown> | null;
  return c && typeof c === 'object' && typeof c.subjectText === 'string' ? c.subjectText : null;
};

/**
 * Masks every place a case quotes its users: the subject, the signals of every message that
 * opened or joined the case, and the text the decisions kept. A signal's quote is masked from
 * the message it indexes (the subject or a later message kept in a decision's context); a
 * quote that indexes none is masked by detection, and a contact signal's quote is a contact
 * detail by the detector's own finding, so it is hidden whole, even where the bare number
 * alone (no "call me" around it) would not be detected again.
 */
export function caseMasker(input: MaskerInput): CaseMasker {
  const allSignals = [...input.signals, ...input.decisions.flatMap((d) => (Array.isArray(d.signals) ? (d.signals as unknown[]) : []))];
  const sources = new Map<string, QuoteSource>();
  const addSource = (text: string, signals: readonly unknown[]) => {
    if (sources.has(text)) return;
    const spans = subjectSpans(text, signals);
    sources.set(text, { text, spans, contacts: spans.filter((x) => isContactType(x.type)) });
  };
  if (input.subjectText !== null) addSource(input.subjectText, allSignals);
  for (const d of input.decisions) {
    const text = subjectTextOf(d.context);
    if (text !== null) addSource(text, Array.isArray(d.signals) ? (d.signals as unknown[]) : []);
  }
  const subjectSource = input.subjectText === null ? undefined : sources.get(input.subjectText);
  const subject = subjectSource ? maskSubject(subjectSource.text, subjectSource.spans) : null;

  const quote = (type: unknown, text: string, start: unknown, end: unknown): string => {
    if (typeof type === 'string' && isContactType(type)) return MASK;
    if (isIndex(start) && isIndex(end))
      for (const src of sources.values()) if (src.text.slice(start, end) === text) return maskQuote(src.text, src.contacts, text, start, end);
    return maskQuote(null, [], text);
  };
  const signal = <T>(raw: T): T => {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
    const { text, ...rest } = raw as Record<string, unknown>;
    const s = raw as { type?: unknown; start?: unknown; end?: unknown };
    // What a contact signal quotes anywhere (its evidence too) is the detail itself, or a part of it.
    const masked = typeof s.type === 'string' && isContactType(s.type) ? maskQuotesDeep(rest, 0, () => MASK) : maskQuotesDeep(rest);
    return (typeof text === 'string' ? { ...masked, text: quote(s.type, text, s.start, s.end) } : text === undefined ? masked : { ...masked, text }) as T;
  };
  const signals = <T>(list: T): T => (Array.isArray(list) ? (list.map(signal) as T) : list);
  const context = <T>(ctx: T): T => {
    const text = subjectTextOf(ctx);
    if (text === null) return maskQuotesDeep(ctx);
    const src = sources.get(text);
    const { subjectText: _kept, ...rest } = ctx as Record<string, unknown>;
    return { ...maskQuotesDeep(rest), subjectText: src ? maskSubject(src.text, src.spans).text : maskQuote(null, [], text) } as T;
  };
  return { subject, signal, signals, context };
}

/**
 * A stored decision's user text with contact details hidden, as the case view shows it: the
 * subject text kept in its context and the quotes of its signals. The original is read only
 * through a case's audited reveal.
 */
export function maskDecisionContent<S, C>(signals: S, context: C): { signals: S; context: C } {
  const m = caseMasker({ subjectText: subjectTextOf(context), signals: [], decisions: [{ signals, context }] });
  return { signals: m.signals(signals), context: m.context(context) };
}

// previousPart: the start of a contact detail split over two messages (detect/contact/across-messages.ts).
const QUOTING_KEYS = new Set(['quote', 'text', 'subjectText', 'excerpt', 'html', 'markdown', 'body', 'previousPart']);

/**
 * Every quoting field (quote, text, subjectText, excerpt, previousPart; rendered notices' html,
 * markdown, body) under value, with contact details hidden by `mask` (default: detection).
 */
export function maskQuotesDeep<T>(value: T, depth = 0, mask: (quote: string) => string = (q) => maskQuote(null, [], q)): T {
  if (depth > 12 || value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return value;
  if (Array.isArray(value)) return value.map((v) => maskQuotesDeep(v, depth + 1, mask)) as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = typeof v === 'string' && QUOTING_KEYS.has(k) ? mask(v) : maskQuotesDeep(v, depth + 1, mask);
  return out as T;
}
