// The transparency report (DSA art. 15 and 24 for online platforms): over a period, what
// Warden decided and enforced, how it was detected (Warden's own screening vs a user's
// report), how appeals went, and how long things took — by policy, kind, language and
// country. Read-only; figures come from the records (enforcement actions, strikes, appeals,
// reports, screening decisions, disputes), never from counters that could drift.
import { sql } from 'kysely';
import { plural } from '../app/plural.ts';
import type { DbOrTx } from '../store/db.ts';

/** Where an action's case came from: Warden's own detection, a user's report, or a reviewer acting on none. */
export type DetectionSource = 'proactive' | 'report' | 'manual';

export interface TransparencyReport {
  period: { from: string; to: string };
  generatedAt: string;
  /** Enforcement actions applied in the period (proposals never approved are not counted). */
  actions: {
    total: number;
    automatic: number;
    byKind: Record<string, number>;
    byPolicy: Record<string, number>;
    bySource: Record<DetectionSource, number>;
    byPolicyAndSource: Record<string, Record<DetectionSource, number>>;
  };
  strikes: { total: number; byPolicy: Record<string, number> };
  /** Screening decisions (messages, posts, proposals, profiles, files) in the period, by outcome; shadow runs excluded. */
  screening: { total: number; byOutcome: Record<string, number>; bySubject: Record<string, number> };
  reports: { received: number; byReason: Record<string, number>; resolved: number; upheld: number; dismissed: number };
  appeals: {
    received: number;
    decided: number;
    upheld: number;
    overturned: number;
    /** overturned ÷ decided, null when none was decided. */
    overturnRate: number | null;
    byPolicy: Record<string, { decided: number; overturned: number; overturnRate: number | null }>;
  };
  disputes: { opened: number; decided: number; byOutcome: Record<string, number> };
  /** Medians in hours (null when nothing to measure) and how many intervals each is over. */
  medianHours: {
    detectionToAction: number | null;
    detectionToActionReviewed: number | null;
    reportToResolution: number | null;
    appealToDecision: number | null;
    disputeToDecision: number | null;
    samples: Record<string, number>;
  };
  /** Language of the account (its notices' locale, else its profile's), 'unknown' when neither. */
  byLanguage: Record<string, { actions: number; appeals: number; overturned: number }>;
  /** Country of the account (user.registered), 'unknown' when not sent. */
  byCountry: Record<string, { actions: number; appeals: number; overturned: number }>;
}

const bump = (m: Record<string, number>, k: string, n = 1) => {
  m[k] = (m[k] ?? 0) + n;
};
const hours = (from: Date | string, to: Date | string) => (new Date(to).getTime() - new Date(from).getTime()) / 3_600_000;
const rate = (num: number, den: number) => (den ? Math.round((num / den) * 10_000) / 10_000 : null);

/** Median of `xs` (the mean of the middle two for an even count), rounded to 0.01 h; null for none. */
export function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  const v = s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
  return Math.round(v * 100) / 100;
}

const sorted = <T>(m: Record<string, T>, by: (v: T) => number): Record<string, T> =>
  Object.fromEntries(Object.entries(m).sort((a, b) => by(b[1]) - by(a[1]) || a[0].localeCompare(b[0])));

/** The report for actions, appeals, reports and disputes in [from, to). */
export async function transparencyReport(db: DbOrTx, from: Date, to: Date, now = new Date()): Promise<TransparencyReport> {
  const actions = await sql<{
    type: string;
    policy: string;
    automatic: boolean;
    created_at: Date;
    case_source: string | null;
    decision_id: string | null;
    detected_at: Date | null;
    country: string | null;
    language: string | null;
  }>`select a.type, a.policy, a.automatic, a.created_at, c.source as case_source, a.decision_id,
        least(d.created_at, c.opened_at) as detected_at, acc.country,
        coalesce((select n.locale from enforcement_notices n where n.action_id = a.id order by n.created_at limit 1), acc.profile->>'locale') as language
      from enforcement_actions a
      left join cases c on c.id = a.case_id
      left join decisions d on d.id = a.decision_id
      left join accounts acc on acc.id = a.account_id
      where a.created_at >= ${from} and a.created_at < ${to} and a.status not in ('proposed', 'declined')`.execute(db);

  const byKind: Record<string, number> = {};
  const byPolicy: Record<string, number> = {};
  const bySource: Record<DetectionSource, number> = { proactive: 0, report: 0, manual: 0 };
  const byPolicyAndSource: Record<string, Record<DetectionSource, number>> = {};
  const byLanguage: TransparencyReport['byLanguage'] = {};
  const byCountry: TransparencyReport['byCountry'] = {};
  const cell = (m: TransparencyReport['byLanguage'], k: string) => {
    m[k] ??= { actions: 0, appeals: 0, overturned: 0 };
    return m[k];
  };
  const toAction: number[] = [];
  const toActionReviewed: number[] = [];
  let automatic = 0;
  for (const a of actions.rows) {
    const source: DetectionSource = a.case_source === 'report' ? 'report' : a.decision_id || a.case_source === 'detection' ? 'proactive' : 'manual';
    bump(byKind, a.type);
    bump(byPolicy, a.policy);
    bySource[source]++;
    byPolicyAndSource[a.policy] ??= { proactive: 0, report: 0, manual: 0 };
    byPolicyAndSource[a.policy][source]++;
    if (a.automatic) automatic++;
    cell(byLanguage, a.language?.slice(0, 2).toLowerCase() || 'unknown').actions++;
    cell(byCountry, a.country || 'unknown').actions++;
    if (a.detected_at) {
      const h = Math.max(0, hours(a.detected_at, a.created_at));
      toAction.push(h);
      if (!a.automatic) toActionReviewed.push(h);
    }
  }

  const strikes = await sql<{ policy: string; n: string }>`select policy, count(*)::text as n from enforcement_strikes
    where created_at >= ${from} and created_at < ${to} group by policy`.execute(db);
  const strikesByPolicy = Object.fromEntries(strikes.rows.map((r) => [r.policy, Number(r.n)]));

  const screened = await sql<{ outcome: string; subject_type: string; n: string }>`select outcome, subject_type, count(*)::text as n from decisions
    where created_at >= ${from} and created_at < ${to} and not shadow group by outcome, subject_type`.execute(db);
  const byOutcome: Record<string, number> = {};
  const bySubject: Record<string, number> = {};
  for (const r of screened.rows) {
    bump(byOutcome, r.outcome, Number(r.n));
    bump(bySubject, r.subject_type, Number(r.n));
  }

  const reports = await sql<{ reason: string; created_at: Date; resolved_at: Date | null; outcome: string | null }>`
    select reason, created_at, resolved_at, outcome from reports
    where (created_at >= ${from} and created_at < ${to}) or (resolved_at >= ${from} and resolved_at < ${to})`.execute(db);
  const byReason: Record<string, number> = {};
  const reportToResolution: number[] = [];
  let received = 0;
  let resolved = 0;
  let upheldReports = 0;
  let dismissedReports = 0;
  const inPeriod = (d: Date | string | null) => d !== null && new Date(d) >= from && new Date(d) < to;
  for (const r of reports.rows) {
    if (inPeriod(r.created_at)) {
      received++;
      bump(byReason, r.reason);
    }
    if (r.resolved_at && inPeriod(r.resolved_at)) {
      resolved++;
      if (r.outcome === 'upheld') upheldReports++;
      if (r.outcome === 'dismissed') dismissedReports++;
      reportToResolution.push(hours(r.created_at, r.resolved_at));
    }
  }

  const appeals = await sql<{
    status: string;
    created_at: Date;
    decided_at: Date | null;
    policy: string | null;
    country: string | null;
    language: string | null;
  }>`select ap.status, ap.created_at, ap.decided_at, coalesce(a.policy, s.policy) as policy, acc.country,
        coalesce((select n.locale from enforcement_notices n where n.appeal_id = ap.id order by n.created_at limit 1), acc.profile->>'locale') as language
      from appeals ap
      left join enforcement_actions a on a.id = ap.action_id
      left join enforcement_strikes s on s.id = ap.strike_id
      left join accounts acc on acc.id = ap.account_id
      where (ap.created_at >= ${from} and ap.created_at < ${to}) or (ap.decided_at >= ${from} and ap.decided_at < ${to})`.execute(db);
  let appealsReceived = 0;
  let decided = 0;
  let overturned = 0;
  const appealsByPolicy: Record<string, { decided: number; overturned: number; overturnRate: number | null }> = {};
  const appealToDecision: number[] = [];
  for (const ap of appeals.rows) {
    const lang = ap.language?.slice(0, 2).toLowerCase() || 'unknown';
    const country = ap.country || 'unknown';
    if (inPeriod(ap.created_at)) {
      appealsReceived++;
      cell(byLanguage, lang).appeals++;
      cell(byCountry, country).appeals++;
    }
    if (ap.decided_at && inPeriod(ap.decided_at) && (ap.status === 'upheld' || ap.status === 'overturned')) {
      decided++;
      const p = ap.policy ?? 'unknown';
      appealsByPolicy[p] ??= { decided: 0, overturned: 0, overturnRate: null };
      appealsByPolicy[p].decided++;
      if (ap.status === 'overturned') {
        overturned++;
        appealsByPolicy[p].overturned++;
        cell(byLanguage, lang).overturned++;
        cell(byCountry, country).overturned++;
      }
      appealToDecision.push(hours(ap.created_at, ap.decided_at));
    }
  }
  for (const p of Object.values(appealsByPolicy)) p.overturnRate = rate(p.overturned, p.decided);

  const disputes = await sql<{ opened_at: Date; decided_at: Date | null; outcome: string | null }>`select opened_at, decided_at, outcome from disputes
    where (opened_at >= ${from} and opened_at < ${to}) or (decided_at >= ${from} and decided_at < ${to})`.execute(db);
  let disputesOpened = 0;
  let disputesDecided = 0;
  const disputeOutcomes: Record<string, number> = {};
  const disputeToDecision: number[] = [];
  for (const d of disputes.rows) {
    if (inPeriod(d.opened_at)) disputesOpened++;
    if (d.decided_at && inPeriod(d.decided_at)) {
      disputesDecided++;
      bump(disputeOutcomes, d.outcome ?? 'unknown');
      disputeToDecision.push(hours(d.opened_at, d.decided_at));
    }
  }

  const byCount = (v: number) => v;
  const byActions = (v: { actions: number; appeals: number }) => v.actions * 1e6 + v.appeals;
  return {
    period: { from: from.toISOString(), to: to.toISOString() },
    generatedAt: now.toISOString(),
    actions: {
      total: actions.rows.length,
      automatic,
      byKind: sorted(byKind, byCount),
      byPolicy: sorted(byPolicy, byCount),
      bySource,
      byPolicyAndSource,
    },
    strikes: { total: Object.values(strikesByPolicy).reduce((a, b) => a + b, 0), byPolicy: sorted(strikesByPolicy, byCount) },
    screening: { total: Object.values(byOutcome).reduce((a, b) => a + b, 0), byOutcome: sorted(byOutcome, byCount), bySubject: sorted(bySubject, byCount) },
    reports: { received, byReason: sorted(byReason, byCount), resolved, upheld: upheldReports, dismissed: dismissedReports },
    appeals: {
      received: appealsReceived,
      decided,
      upheld: decided - overturned,
      overturned,
      overturnRate: rate(overturned, decided),
      byPolicy: appealsByPolicy,
    },
    disputes: { opened: disputesOpened, decided: disputesDecided, byOutcome: disputeOutcomes },
    medianHours: {
      detectionToAction: median(toAction),
      detectionToActionReviewed: median(toActionReviewed),
      reportToResolution: median(reportToResolution),
      appealToDecision: median(appealToDecision),
      disputeToDecision: median(disputeToDecision),
      samples: {
        detectionToAction: toAction.length,
        detectionToActionReviewed: toActionReviewed.length,
        reportToResolution: reportToResolution.length,
        appealToDecision: appealToDecision.length,
        disputeToDecision: disputeToDecision.length,
      },
    },
    byLanguage: sorted(byLanguage, byActions),
    byCountry: sorted(byCountry, byActions),
  };
}

const pct = (r: number | null) => (r === null ? '–' : `${(r * 100).toFixed(1)} %`);
const h = (x: number | null) => (x === null ? '–' : x < 1 ? `${Math.round(x * 60)} min` : `${x.toFixed(1)} h`);
const table = (head: string[], rows: (string | number)[][]) =>
  rows.length ? [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n') : '_none_';

/** The report as Markdown, ready to publish (every figure of the JSON, in tables). */
export function transparencyMarkdown(r: TransparencyReport): string {
  const day = (s: string) => s.slice(0, 10);
  return [
    `# Transparency report, ${day(r.period.from)} to ${day(r.period.to)}`,
    '',
    `Period: ${r.period.from} (inclusive) to ${r.period.to} (exclusive). Generated ${r.generatedAt} by Warden from its records.`,
    '',
    '## Enforcement actions',
    '',
    `${plural(r.actions.total, 'action')} applied, ${r.actions.automatic} of them automatically (the rest by a reviewer). ` +
      `Detected by Warden's own screening (proactive): ${r.actions.bySource.proactive}; after a user's report: ${r.actions.bySource.report}; ` +
      `by a reviewer without either: ${r.actions.bySource.manual}.`,
    '',
    table(
      ['kind', 'actions'],
      Object.entries(r.actions.byKind).map(([k, n]) => [k, n]),
    ),
    '',
    table(
      ['policy', 'actions', 'proactive', 'report', 'manual', 'strikes', 'appeals decided', 'overturned', 'overturn rate'],
      [...new Set([...Object.keys(r.actions.byPolicy), ...Object.keys(r.strikes.byPolicy), ...Object.keys(r.appeals.byPolicy)])].map((p) => {
        const s = r.actions.byPolicyAndSource[p] ?? { proactive: 0, report: 0, manual: 0 };
        const a = r.appeals.byPolicy[p];
        return [
          p,
          r.actions.byPolicy[p] ?? 0,
          s.proactive,
          s.report,
          s.manual,
          r.strikes.byPolicy[p] ?? 0,
          a?.decided ?? 0,
          a?.overturned ?? 0,
          pct(a?.overturnRate ?? null),
        ];
      }),
    ),
    '',
    '## Screening',
    '',
    `${plural(r.screening.total, 'item')} screened.`,
    '',
    table(
      ['outcome', 'items'],
      Object.entries(r.screening.byOutcome).map(([k, n]) => [k, n]),
    ),
    '',
    table(
      ['subject', 'items'],
      Object.entries(r.screening.bySubject).map(([k, n]) => [k, n]),
    ),
    '',
    '## Reports from users',
    '',
    `${plural(r.reports.received, 'report')} received; ${r.reports.resolved} resolved (${r.reports.upheld} upheld, ${r.reports.dismissed} dismissed).`,
    '',
    table(
      ['reason', 'reports'],
      Object.entries(r.reports.byReason).map(([k, n]) => [k, n]),
    ),
    '',
    '## Appeals',
    '',
    `${plural(r.appeals.received, 'appeal')} received; ${r.appeals.decided} decided: ${r.appeals.upheld} upheld, ${r.appeals.overturned} overturned (overturn rate ${pct(r.appeals.overturnRate)}).`,
    '',
    '## Payment disputes',
    '',
    `${r.disputes.opened} opened, ${r.disputes.decided} decided${
      Object.keys(r.disputes.byOutcome).length
        ? ` (${Object.entries(r.disputes.byOutcome)
            .map(([k, n]) => `${k} ${n}`)
            .join(', ')})`
        : ''
    }.`,
    '',
    '## Median times',
    '',
    table(
      ['interval', 'median', 'measured over'],
      [
        ['detection → action (all)', h(r.medianHours.detectionToAction), r.medianHours.samples.detectionToAction],
        ['detection → action (by a reviewer)', h(r.medianHours.detectionToActionReviewed), r.medianHours.samples.detectionToActionReviewed],
        ['report → resolution', h(r.medianHours.reportToResolution), r.medianHours.samples.reportToResolution],
        ['appeal → decision', h(r.medianHours.appealToDecision), r.medianHours.samples.appealToDecision],
        ['dispute → decision', h(r.medianHours.disputeToDecision), r.medianHours.samples.disputeToDecision],
      ],
    ),
    '',
    '## By language',
    '',
    table(
      ['language', 'actions', 'appeals', 'overturned'],
      Object.entries(r.byLanguage).map(([k, v]) => [k, v.actions, v.appeals, v.overturned]),
    ),
    '',
    '## By country',
    '',
    table(
      ['country', 'actions', 'appeals', 'overturned'],
      Object.entries(r.byCountry).map(([k, v]) => [k, v.actions, v.appeals, v.overturned]),
    ),
    '',
  ].join('\n');
}
