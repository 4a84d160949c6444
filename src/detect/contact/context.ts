// The per-call state shared by the identifier and intent finders.
import type { Normalized } from '../normalize/normalize.ts';
import type { Signal, Strength } from '../types.ts';

export interface ScanContext {
  /** The user's original text. */
  original: string;
  /** Normalised view with its offset map. */
  norm: Normalized;
  /** Normalised text (shortcut for norm.text). */
  text: string;
  /** Sender's country (ISO 3166-1 alpha-2), upper case, when known. */
  country?: string;
  /** Region implied by the locale ("pt-BR" -> BR, "de" -> DE), when known. */
  localeRegion?: string;
  /** The marketplace's own domains (lower case): addresses there are the platform's, not a way out. */
  platformDomains: readonly string[];
  /** The marketplace's own addresses (lower case, e.g. a support desk on another domain). */
  platformAddresses: readonly string[];
  /** Normalised spans [start, end) of code blocks and inline code, where nothing is flagged. */
  code: [number, number][];
  signals: Signal[];
}

const SCORES: Record<Strength, number> = { weak: 0.55, medium: 0.75, strong: 0.93 };

/** Whether an address (local part and domain, normalised) belongs to the marketplace itself. */
export function isPlatformAddress(ctx: ScanContext, local: string, domain: string): boolean {
  const d = domain.toLowerCase();
  if (ctx.platformDomains.some((p) => d === p || d.endsWith(`.${p}`))) return true;
  return ctx.platformAddresses.includes(`${local}@${d}`.toLowerCase());
}

/** Records a finding given a span of the normalised text. */
export function emit(ctx: ScanContext, type: string, strength: Strength, start: number, end: number): void {
  if (end <= start || inCode(ctx, start, end)) return;
  const span = ctx.norm.toOriginal(start, end);
  emitOriginal(ctx, type, strength, span.start, trailingInvisible(ctx.original, span.end));
}

/**
 * The end of a span moved past the invisible characters typed right after it (variation
 * selectors, the keycap mark of "3️⃣", zero-width joiners): normalisation drops them, so no
 * normalised character maps to them, and a mask would otherwise leave them visible.
 */
function trailingInvisible(original: string, end: number): number {
  let e = end;
  while (e < original.length && e - end < 8) {
    const c = original.charCodeAt(e);
    if (c === 0xfe0f || c === 0xfe0e || c === 0x20e3 || c === 0x200d || c === 0x200b || c === 0x200c || c === 0x2060) e++;
    else break;
  }
  return e;
}

/** Records a finding given a span of the original text. */
export function emitOriginal(ctx: ScanContext, type: string, strength: Strength, start: number, end: number): void {
  if (end <= start) return;
  ctx.signals.push({ type, strength, score: SCORES[strength], start, end, text: ctx.original.slice(start, end) });
}

export function inCode(ctx: ScanContext, start: number, end: number): boolean {
  for (const [s, e] of ctx.code) if (start < e && end > s) return true;
  return false;
}

/** The normalised text around a span, limited to the same line. */
export function before(ctx: ScanContext, start: number, width: number): string {
  const from = Math.max(0, start - width);
  const slice = ctx.text.slice(from, start);
  const nl = slice.lastIndexOf('\n');
  return nl >= 0 ? slice.slice(nl + 1) : slice;
}

export function after(ctx: ScanContext, end: number, width: number): string {
  const slice = ctx.text.slice(end, end + width);
  const nl = slice.indexOf('\n');
  return nl >= 0 ? slice.slice(0, nl) : slice;
}

/** The normalised-text index of an original-text offset (first normalised unit at or after it). */
export function toNormalized(ctx: ScanContext, original: number): number {
  const { map } = ctx.norm;
  let lo = 0;
  let hi = ctx.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid] < original) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
