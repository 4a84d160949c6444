// How numbers, times and words read in the console: short, exact, and the same everywhere.
import { IntlMessageFormat } from 'intl-messageformat';

export function formatAge(seconds: number | null | undefined): string {
  if (seconds == null || !Number.isFinite(seconds)) return '—';
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m`;
  const h = Math.floor(m / 60);
  if (h < 48) return m % 60 ? `${h}h ${m % 60}m` : `${h}h`;
  const d = Math.floor(h / 24);
  return h % 24 ? `${d}d ${h % 24}h` : `${d}d`;
}

const dateTime = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
const dateOnly = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

export const formatDateTime = (iso: string | null | undefined) => (iso ? dateTime.format(new Date(iso)) : '—');
export const formatDate = (iso: string | null | undefined) => (iso ? dateOnly.format(new Date(iso)) : '—');

export function formatRelative(iso: string | null | undefined, now = Date.now()): string {
  if (!iso) return '—';
  const diff = (new Date(iso).getTime() - now) / 1000;
  if (Math.abs(diff) < 60) return 'just now';
  return diff >= 0 ? `in ${formatAge(diff)}` : `${formatAge(-diff)} ago`;
}

export const formatMoney = (cents: number | null | undefined) =>
  cents == null ? '—' : new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(cents / 100);

export const formatPercent = (x: number | null | undefined, digits = 0) => (x == null ? '—' : `${(x * 100).toFixed(digits)}%`);

export const humanize = (s: string | null | undefined) => (s ? (s.charAt(0).toUpperCase() + s.slice(1)).replace(/[_.-]+/g, ' ') : '—');

export const shortId = (id: string) => (id.length > 10 ? id.slice(0, 8) : id);

export function tenure(createdAt: string | null | undefined, now = Date.now()): string {
  if (!createdAt) return 'unknown';
  const days = Math.floor((now - new Date(createdAt).getTime()) / 86_400_000);
  if (days < 1) return 'joined today';
  if (days < 60) return plural(days, 'day');
  if (days < 730) return plural(Math.floor(days / 30), 'month');
  return `${(days / 365).toFixed(1)} years`;
}

const pluralFormats = new Map<string, IntlMessageFormat>();
/** "1 case", "3 cases": ICU plural rules (intl-messageformat), as the API's and the notices' strings. */
export function plural(n: number, one: string, many = `${one}s`): string {
  const key = `${one}\u0000${many}`;
  let f = pluralFormats.get(key);
  if (!f) {
    f = new IntlMessageFormat(`{n, plural, one {# ${one}} other {# ${many}}}`, 'en');
    pluralFormats.set(key, f);
  }
  return String(f.format({ n }));
}
