// Wording helpers for facts shown to users: fixed locale so the same input gives the same text.

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

/** "$1,235" from integer cents, rounded to whole dollars (facts, not invoices). */
export function formatUsd(cents: number): string {
  return usd.format(Math.round(cents / 100));
}

export { plural } from '../app/plural.ts';

import { plural } from '../app/plural.ts';

/** "12 days", "5 months", "3 years": the coarsest unit that is at least 1. */
export function formatDuration(days: number): string {
  const d = Math.max(0, Math.floor(days));
  if (d < 60) return plural(d, 'day');
  if (d < 730) return plural(Math.floor(d / 30.44), 'month');
  return plural(Math.floor(d / 365.25), 'year');
}

export function formatRating(avg: number): string {
  return avg.toFixed(1);
}
