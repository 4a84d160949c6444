// Off-platform contact and solicitation detector: pure, synchronous, in-process.
import { normalize } from '../normalize/normalize.ts';
import { detectInWindows } from '../normalize/windows.ts';
import type { ContentKind, Signal } from '../types.ts';
import { callsOnMeetingTools, findContactVerbsNearIdentifiers, findLocalPaymentsOutside, findMeetingLinks, findTalkOutside } from './any-language-cues.ts';
import type { ScanContext } from './context.ts';
import { findEmails, findHandles, findLinks, findPaymentIdentifiers, findPhones, markPaymentAccounts } from './identifiers.ts';
import { findIndirectMoves } from './indirect.ts';
import { findIndirectAsks } from './indirect-asks.ts';
import { findIntentNearIdentifiers, findIntents } from './intent.ts';
import { findChannelRequests, findMeetingsOutside, findPointers, findPointersAnyLanguage } from './intent-cues.ts';
import { findInvitesAndAsks } from './invites-asks.ts';
import { findMarketplaceMoves } from './marketplace-moves.ts';
import { findPaymentsBypassingPlatform } from './pay-bypass.ts';
import { dropReportedAsks } from './reports.ts';
import { findReversedIdentifiers } from './reversed.ts';
import { findSpelledEmails } from './spelled-email.ts';
import { DEFAULT_PLATFORM_DOMAINS } from './vocabulary.ts';

export interface ContactInput {
  text: string;
  kind?: ContentKind;
  /** Sender's country (ISO 3166-1 alpha-2): the default region for national phone numbers. */
  country?: string;
  /** BCP 47 locale of the sender ("pt-BR", "de"): its region, or its language's usual one, is a second hint. */
  locale?: string;
  /** The marketplace's own domains and addresses (deployment settings); absent, DEFAULT_PLATFORM_DOMAINS. */
  platform?: PlatformIdentity;
}

/** What identifies the marketplace itself: writing to it is not moving off it. */
export interface PlatformIdentity {
  /** Its domains ("example-market.com"); subdomains count too. */
  domains?: readonly string[];
  /** Its own addresses elsewhere ("help@example-support.io"). */
  addresses?: readonly string[];
}

export const CONTACT_FAMILIES = [
  'contact.email',
  'contact.phone',
  'contact.handle',
  'contact.link',
  'contact.payment_handle',
  'offplatform.solicitation',
  'offplatform.payment_outside',
  'offplatform.interview_outside',
] as const;
export type ContactFamily = (typeof CONTACT_FAMILIES)[number];

// Where a locale names no region, the country where most of its speakers on work
// marketplaces are is the better guess for a national phone number.
const LANGUAGE_REGION: Record<string, string> = {
  en: 'US',
  es: 'ES',
  pt: 'BR',
  fr: 'FR',
  de: 'DE',
  it: 'IT',
  ru: 'RU',
  uk: 'UA',
  pl: 'PL',
  tr: 'TR',
  hi: 'IN',
  ar: 'EG',
  nl: 'NL',
  ro: 'RO',
  bn: 'BD',
  ur: 'PK',
  id: 'ID',
  vi: 'VN',
  tl: 'PH',
  fil: 'PH',
  zh: 'CN',
  ja: 'JP',
  ko: 'KR',
  th: 'TH',
  ms: 'MY',
  fa: 'IR',
  he: 'IL',
  el: 'GR',
  cs: 'CZ',
  hu: 'HU',
  sv: 'SE',
  sw: 'KE',
  ta: 'IN',
  te: 'IN',
  kn: 'IN',
  ml: 'IN',
  gu: 'IN',
  mr: 'IN',
  pa: 'IN',
  ne: 'NP',
  si: 'LK',
  am: 'ET',
  ka: 'GE',
  hy: 'AM',
  km: 'KH',
  my: 'MM',
  sk: 'SK',
  bg: 'BG',
  da: 'DK',
  fi: 'FI',
  no: 'NO',
  nb: 'NO',
};

// Senders' locales are few: each is parsed once.
const regionByLocale = new Map<string, string | undefined>();

function localeRegion(locale?: string): string | undefined {
  if (!locale) return undefined;
  if (regionByLocale.has(locale)) return regionByLocale.get(locale);
  const region = parseLocaleRegion(locale);
  if (regionByLocale.size < 1024) regionByLocale.set(locale, region);
  return region;
}

function parseLocaleRegion(locale: string): string | undefined {
  const parts = locale.replace(/_/g, '-').split('-');
  const region = parts.slice(1).find((p) => /^[A-Za-z]{2}$/.test(p));
  return (region ?? LANGUAGE_REGION[parts[0].toLowerCase()])?.toUpperCase();
}

const CODE_SPAN = /```[\s\S]*?(?:```|$)|`[^`\n]+`/g;

// A line of source code: regex escapes and literals, test assertions, declarations. Numbers
// and addresses there are test data or examples of what the code matches.
const CODE_LINE =
  /\\[dwsb]|\[0-9\]|\[a-z0-9._%+-\]|\/\^|\$\/|re\.compile|\bregexp?\b|new regex|\bpattern\s*[=:(]|\bassert|expect\(|\.test\(|\.match\(|console\.log|\bprint\(|\b(?:const|let|var|val|def)\s+[a-z_][a-z0-9_]*\s*[=:(]|===/;
const CODE_HINT = /[\\[=(]/;

function codeSpans(norm: { text: string; map: ArrayLike<number> }, original: string): [number, number][] {
  const { text } = norm;
  const spans: [number, number][] = [];
  if (text.includes('`')) for (const m of text.matchAll(CODE_SPAN)) spans.push([m.index as number, (m.index as number) + m[0].length]);
  if (CODE_HINT.test(text)) {
    let from = 0;
    while (from <= text.length) {
      let to = text.indexOf('\n', from);
      if (to < 0) to = text.length;
      if (to - from < 400 && CODE_LINE.test(text.slice(from, to))) spans.push([from, to]);
      from = to + 1;
    }
  }
  // Normalisation folds brackets and braces away ("^08[0-9]{8,11}$" reads "^08 098 11}$"): a
  // regex's character classes are looked for in the original line, its span mapped back.
  if (CODE_CLASS_HINT.test(original)) {
    let from = 0;
    while (from <= original.length) {
      let to = original.indexOf('\n', from);
      if (to < 0) to = original.length;
      if (to - from < 400 && CODE_CLASS.test(original.slice(from, to)))
        spans.push([normalizedIndex(norm.map, text.length, from), normalizedIndex(norm.map, text.length, to)]);
      from = to + 1;
    }
  }
  return spans;
}

const CODE_CLASS_HINT = /[[{]/;
/** A regular expression's digit or letter class or repetition count: "[0-9]", "\\d{8}", "[a-z]+", "{8,11}". */
const CODE_CLASS = /\[(?:\^)?(?:0-9|a-z|a-za-z|a-z0-9|\\d)[^\]]{0,12}\]|\\d\{|\]\{\d+(?:,\d*)?\}/i;

/** The first normalised index whose original offset is at or after `original` (map: normalised -> original). */
function normalizedIndex(map: ArrayLike<number>, length: number, original: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid] < original) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Keeps, for each type, the widest non-overlapping findings (strongest first on ties). */
function dedupe(signals: Signal[]): Signal[] {
  signals.sort((a, b) => (a.start as number) - (b.start as number) || (b.end as number) - (a.end as number));
  const out: Signal[] = [];
  for (const s of signals) {
    const clash = out.find((o) => o.type === s.type && (s.start as number) < (o.end as number) && (s.end as number) > (o.start as number));
    if (!clash) out.push(s);
    else if ((s.end as number) > (clash.end as number)) clash.end = s.end;
  }
  return out;
}

/**
 * Finds contact details and off-platform intent. Spans index the ORIGINAL text (UTF-16,
 * end exclusive) and include invisible characters typed inside an identifier. Long texts are
 * read in overlapping windows (see normalize/windows.ts), which keeps the cost linear in
 * their length whatever they hold.
 */
export function detectContact(input: ContactInput): Signal[] {
  const original = input.text ?? '';
  if (original.length === 0) return [];
  const signals = detectInWindows(original, (text) => detectWindow({ ...input, text }));
  return original.includes(MASK) ? withoutIdentifiersOnMarkers(original, signals) : signals;
}

/**
 * Drops identifiers read across a mask marker. A marker stands where an identifier was removed
 * (maskText); re-screening masked text (an edited message, a quoted notice) must not build a new
 * identifier from the marker's own letters ("[contact hidden] dot john at gmail" read as
 * "hidden.john@gmail"), which would show the mask as a contact detail. Intent findings keep
 * their spans: "call me at [contact hidden]" still asks to be called.
 */
function withoutIdentifiersOnMarkers(original: string, signals: Signal[]): Signal[] {
  const markers: [number, number][] = [];
  for (let at = original.indexOf(MASK); at >= 0; at = original.indexOf(MASK, at + 1)) markers.push([at, at + MASK.length]);
  return signals.filter((s) => !s.type.startsWith('contact.') || !markers.some(([a, b]) => (s.start as number) < b && (s.end as number) > a));
}

function platformDomains(domains: readonly string[]): readonly string[] {
  return domains.map((d) => d.toLowerCase().replace(/^www\./, ''));
}

// Without deployment settings every window reads the same lists: folded once (read only).
const DEFAULT_DOMAINS = platformDomains(DEFAULT_PLATFORM_DOMAINS);
const NO_ADDRESSES: readonly string[] = [];

function detectWindow(input: ContactInput): Signal[] {
  const original = input.text;
  const norm = normalize(original);
  const ctx: ScanContext = {
    original,
    norm,
    text: norm.text,
    country: input.country?.toUpperCase(),
    localeRegion: localeRegion(input.locale),
    platformDomains: input.platform?.domains ? platformDomains(input.platform.domains) : DEFAULT_DOMAINS,
    platformAddresses: input.platform?.addresses ? input.platform.addresses.map((a) => a.toLowerCase()) : NO_ADDRESSES,
    code: codeSpans(norm, original),
    signals: [],
  };
  findEmails(ctx);
  findSpelledEmails(ctx);
  findPhones(ctx);
  findReversedIdentifiers(ctx);
  findLinks(ctx);
  findHandles(ctx);
  findPaymentIdentifiers(ctx);
  markPaymentAccounts(ctx);
  findIntents(ctx);
  findChannelRequests(ctx);
  findPointers(ctx);
  findPointersAnyLanguage(ctx);
  findMarketplaceMoves(ctx);
  findMeetingsOutside(ctx);
  findMeetingLinks(ctx);
  findIndirectMoves(ctx);
  findIndirectAsks(ctx);
  findInvitesAndAsks(ctx);
  findIntentNearIdentifiers(ctx);
  findContactVerbsNearIdentifiers(ctx);
  findLocalPaymentsOutside(ctx);
  findPaymentsBypassingPlatform(ctx);
  findTalkOutside(ctx);
  callsOnMeetingTools(ctx);
  dropReportedAsks(ctx);
  const signals = dedupe(ctx.signals);
  for (const s of signals) s.text = original.slice(s.start, s.end);
  return signals;
}

/** Shown in place of each redacted identifier. */
export const MASK = '[contact hidden]';

/**
 * Redacts every span of the given signals (merging overlaps) with a readable marker, so the
 * recipient sees that something was removed rather than a run of block characters. Pass
 * only the signals to hide (e.g. the `contact.*` ones) to keep the rest of the message.
 */
/** `placeholder`: what replaces each run (MASK, or the reader's language's words for it). */
export function maskText(text: string, signals: Signal[], placeholder: string = MASK): string {
  const spans = signals
    .filter((s) => s.start !== undefined && s.end !== undefined && s.end > s.start)
    .map((s) => [Math.max(0, s.start as number), Math.min(text.length, s.end as number)] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  if (spans.length === 0) return text;
  let out = '';
  let cursor = 0;
  let i = 0;
  while (i < spans.length) {
    let [start, end] = spans[i];
    while (i + 1 < spans.length && spans[i + 1][0] <= end) end = Math.max(end, spans[++i][1]);
    if (start < cursor) start = cursor;
    out += text.slice(cursor, start) + placeholder;
    cursor = end;
    i++;
  }
  return out + text.slice(cursor);
}
