// Contact details in a case's subject stay hidden until a reviewer reveals them (an audited
// act). The server masks, not only the console: a read-scope key, the CLI or an export never
// receives them either. Spans are UTF-16 offsets, end exclusive, like the detectors' spans.
import { detectContact, MASK } from '../detect/contact/index.ts';

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

/**
 * A stored decision's user text with contact details hidden, as the case view shows it: the
 * subject text kept in its context and the quotes of its signals. The original is read only
 * through a case's audited reveal.
 */
export function maskDecisionContent<S, C>(signals: S, context: C): { signals: S; context: C } {
  const c = context as Record<string, unknown> | null;
  const original = c && typeof c === 'object' && typeof c.subjectText === 'string' ? c.subjectText : null;
  const list = Array.isArray(signals) ? (signals as unknown[]) : [];
  const spans = original === null ? [] : subjectSpans(original, list);
  const contacts = spans.filter((s) => isContactType(s.type));
  const maskedSignals = Array.isArray(signals)
    ? list.map((raw) => {
        const s = raw as { text?: unknown; start?: unknown; end?: unknown };
        return raw && typeof raw === 'object' && typeof s.text === 'string' ? { ...raw, text: maskQuote(original, contacts, s.text, s.start, s.end) } : raw;
      })
    : signals;
  const maskedContext = original === null ? context : { ...c, subjectText: maskSubject(original, spans).text };
  return { signals: maskedSignals as S, context: maskedContext as C };
}

const QUOTING_KEYS = new Set(['quote', 'text', 'subjectText', 'excerpt', 'html', 'markdown', 'body']);

/** Every quoting field (quote, text, subjectText, excerpt; rendered notices' html, markdown, body) under value, with contact details hidden. */
export function maskQuotesDeep<T>(value: T, depth = 0): T {
  if (depth > 12 || value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return value;
  if (Array.isArray(value)) return value.map((v) => maskQuotesDeep(v, depth + 1)) as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = typeof v === 'string' && QUOTING_KEYS.has(k) ? maskQuote(null, [], v) : maskQuotesDeep(v, depth + 1);
  return out as T;
}
