// An account's timeline (GET /v1/accounts/{id}/timeline, src/console/account-timeline.ts) as
// the account page shows it: grouped by day, each entry linked to the record it names.
import type { TimelinePage } from '../../../src/console/account-timeline.ts';

export type { TimelinePage };
export type TimelineEntry = TimelinePage['entries'][number];

export const TIMELINE_KIND_LABELS: Record<string, string> = {
  event: 'Events',
  login: 'Logins',
  decision: 'Decisions',
  case: 'Cases',
  action: 'Actions',
  strike: 'Strikes',
  notice: 'Notices',
  appeal: 'Appeals',
  verification: 'Verifications',
};

/** Where an entry leads in the console: its case when it has one, else its policy decision's case, else nowhere. */
export function entryLink(e: TimelineEntry): string | null {
  if (e.links.caseId) return `/cases/${encodeURIComponent(e.links.caseId)}`;
  if (e.links.counterpartId) return `/accounts/${encodeURIComponent(e.links.counterpartId)}`;
  return null;
}

/** Entries grouped by their UTC day, in the order given (newest first). */
export function byDay(entries: TimelineEntry[]): { day: string; entries: TimelineEntry[] }[] {
  const out: { day: string; entries: TimelineEntry[] }[] = [];
  for (const e of entries) {
    const day = e.at.slice(0, 10);
    const last = out[out.length - 1];
    if (last && last.day === day) last.entries.push(e);
    else out.push({ day, entries: [e] });
  }
  return out;
}
