// Compares what Warden did (cases, actions, appeals, read through its API) with the ground
// truth of a simulation, at the level of accounts. Collecting (`collectOutcomes`) and
// computing (`evaluate`) are apart, so the figures can be recomputed from saved raw data.
import { PATTERN_TARGETS, type PatternFigures, patternFigures } from '../patterns/figures.ts';
import { listAll, type WardenClient } from './client.ts';
import type { RunLog } from './stream.ts';
import { ABUSE_TYPES, type AbuseType, type GroundTruth, HONEST_KINDS, type HonestKind, type TimelineItem } from './types.ts';

export interface CollectedCase {
  id: string;
  accountId: string;
  source: string;
  policy: string | null;
  openedAt: string;
  resolvedAt: string | null;
  resolution: string | null;
  reportIds: string[];
  /** Types of the signals behind the case's decisions (absent in raw data saved before they were collected). */
  signals?: string[];
}
export interface CollectedAction {
  id: string;
  accountId: string;
  type: string;
  status: string;
  policy: string;
  automatic: boolean;
  createdAt: string;
  lifted: boolean;
}
export interface CollectedAppeal {
  id: string;
  accountId: string;
  status: string;
  createdAt: string;
}
/** A report as Warden triaged it (GET /v1/reports?triage=all). */
export interface CollectedReport {
  id: string;
  accountId: string;
  reporterId: string;
  /** direct | queued | escalated | closed (null: stored before report triage). */
  triage: string | null;
  triageReasons: string[];
  triagedBy: string | null;
  triagedAt: string | null;
  caseId: string | null;
}
export interface Collected {
  cases: CollectedCase[];
  /** Absent when the Warden has no report triage (raw data saved before it, older Wardens over --url). */
  reports?: CollectedReport[];
  actions: CollectedAction[];
  strikes: { id: string; accountId: string; policy: string; createdAt: string }[];
  appeals: CollectedAppeal[];
}

/** Reads Warden's cases, and every account's actions, strikes and appeals, through the public API. */
export async function collectOutcomes(client: WardenClient, truth: GroundTruth, onProgress?: (done: number, total: number) => void): Promise<Collected> {
  const list = await listAll<{
    id: string;
    source: string;
    policy: string | null;
    openedAt: string;
    resolvedAt: string | null;
    resolution: string | null;
    subject: { accountId: string };
  }>(client, '/v1/cases?status=all&sort=oldest', 'cases');
  const cases: CollectedCase[] = [];
  for (const c of list) {
    const full = await client.request('GET', `/v1/cases/${encodeURIComponent(c.id)}`);
    cases.push({
      id: c.id,
      accountId: c.subject.accountId,
      source: c.source,
      policy: c.policy,
      openedAt: c.openedAt,
      resolvedAt: c.resolvedAt,
      resolution: c.resolution,
      reportIds: full.status === 200 ? (full.body.reportIds ?? []) : [],
      signals:
        full.status === 200
          ? [...new Set<string>((full.body.decisions ?? []).flatMap((d: { signals?: { type: string }[] }) => (d.signals ?? []).map((x) => x.type)))]
          : [],
    });
  }
  const actions = new Map<string, CollectedAction>();
  const strikes: Collected['strikes'] = [];
  const appeals: CollectedAppeal[] = [];
  const toAction = (a: any): CollectedAction => ({
    id: a.id,
    accountId: a.accountId,
    type: a.type,
    status: a.status,
    policy: a.policy?.name ?? String(a.policy),
    automatic: Boolean(a.automatic),
    createdAt: a.createdAt,
    lifted: Boolean(a.lifted) || a.status === 'lifted',
  });
  let done = 0;
  for (const acc of truth.accounts) {
    // Every action, strike and appeal the account ever had, from its timeline (one indexed read
    // per kind): the standing page lists only actions in force, so an action that expired or was
    // lifted (overturned) before the end would be missed.
    const entries = await enforcementEntries(client, acc.id);
    onProgress?.(++done, truth.accounts.length);
    // Strikes and appeals as the standing page shows them (policy names, statuses), read only for
    // the accounts that have any: its lists are every strike and appeal row of the account, so
    // an account with none in its timeline has none there either (most accounts).
    const st =
      !entries || entries.strikes + entries.appeals > 0
        ? await client.request('GET', `/v1/accounts/${encodeURIComponent(acc.id)}/standing`)
        : { status: 200, body: {} };
    if (st.status !== 200) continue;
    for (const s of [...(st.body.strikes?.active ?? []), ...(st.body.strikes?.history ?? [])])
      if (!strikes.some((x) => x.id === s.id))
        strikes.push({ id: s.id, accountId: acc.id, policy: s.policy?.name ?? String(s.policy), createdAt: s.createdAt });
    for (const ap of [...(st.body.appeals?.open ?? []), ...(st.body.appeals?.decided ?? [])])
      appeals.push({ id: ap.id, accountId: acc.id, status: ap.status, createdAt: ap.createdAt });
    for (const id of entries?.actions ?? (await enforcementEntries(client, acc.id, 'action'))?.actions ?? []) {
      if (actions.has(id)) continue;
      const a = await client.request('GET', `/v1/actions/${encodeURIComponent(id)}`);
      // Proposed actions wait for a reviewer's approval and declined ones never took effect.
      if (a.status === 200 && a.body.status !== 'proposed' && a.body.status !== 'declined') actions.set(a.body.id, toAction(a.body));
    }
  }
  const reports = await collectReports(client);
  return { cases, ...(reports ? { reports } : {}), actions: [...actions.values()].filter((a) => a.type !== 'notification'), strikes, appeals };
}

/** Every report with its triage state; undefined when the Warden has no report triage (404 on the list). */
async function collectReports(client: WardenClient): Promise<CollectedReport[] | undefined> {
  const probe = await client.request('GET', '/v1/reports?triage=all&limit=1');
  if (probe.status !== 200) return undefined;
  const list = await listAll<{
    id: string;
    reporterId: string;
    subject: { accountId: string };
    triage: string | null;
    triageReasons: string[];
    triagedBy: string | null;
    triagedAt: string | null;
    caseId: string | null;
  }>(client, '/v1/reports?triage=all', 'reports');
  return list.map((r) => ({
    id: r.id,
    accountId: r.subject.accountId,
    reporterId: r.reporterId,
    triage: r.triage,
    triageReasons: r.triageReasons ?? [],
    triagedBy: r.triagedBy,
    triagedAt: r.triagedAt,
    caseId: r.caseId,
  }));
}

/**
 * The ids of every action on an account (newest first) and how many strikes and appeals it has,
 * through its timeline's keyset pages (`kinds`: the timeline kinds read, comma-separated).
 * Undefined when the timeline cannot be read (an older Warden, or no record of the account);
 * what was read before a failed page is kept.
 */
async function enforcementEntries(
  client: WardenClient,
  accountId: string,
  kinds = 'action,strike,appeal',
): Promise<{ actions: string[]; strikes: number; appeals: number } | undefined> {
  const out = { actions: [] as string[], strikes: 0, appeals: 0 };
  let cursor: string | null = null;
  let pages = 0;
  do {
    const q: string = new URLSearchParams({ kinds, limit: '200', ...(cursor ? { cursor } : {}) }).toString();
    const res = await client.request('GET', `/v1/accounts/${encodeURIComponent(accountId)}/timeline?${q}`);
    if (res.status !== 200) return pages ? out : undefined;
    pages++;
    for (const e of res.body.entries as { kind: string; id: string }[]) {
      if (e.kind === 'action') out.actions.push(e.id);
      else if (e.kind === 'strike') out.strikes++;
      else if (e.kind === 'appeal') out.appeals++;
    }
    cursor = res.body.nextCursor ?? null;
  } while (cursor);
  return out;
}

/** Maps Warden's wall-clock timestamps onto the simulated clock through the run log. */
export function simClock(log: RunLog): (wallIso: string) => number {
  // Warden ran on the simulated clock: its timestamps are simulated times already.
  if (log.wardenClock === 'simulated') return (iso) => Date.parse(iso);
  const pts = log.clock;
  return (wallIso) => {
    const t = Date.parse(wallIso);
    let lo = 0;
    let hi = pts.length - 1;
    if (hi < 0) return Number.NaN;
    if (t >= pts[hi][0]) return pts[hi][1];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pts[mid][0] >= t) hi = mid;
      else lo = mid + 1;
    }
    const [w1, s1, interp] = pts[lo];
    if (interp && lo > 0) {
      const [w0, s0] = pts[lo - 1];
      return w1 === w0 ? s1 : s0 + ((t - w0) / (w1 - w0)) * (s1 - s0);
    }
    return s1;
  };
}

const HOLD_TYPES = new Set(['payment_hold', 'suspension', 'permanent_suspension']);

export interface Rate {
  n: number;
  of: number;
  rate: number | null;
}
const rate = (n: number, of: number): Rate => ({ n, of, rate: of ? n / of : null });
export interface Dist {
  n: number;
  median: number | null;
  p90: number | null;
}
function dist(xs: number[]): Dist {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => (s.length ? s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] : null);
  return { n: s.length, median: q(0.5), p90: q(0.9) };
}

export interface AbuseRow {
  abuse: AbuseType;
  accounts: number;
  abusiveItems: number;
  /** Accounts with any case / an automatic action / any action (reviewers' included). */
  casedRecall: Rate;
  autoActionRecall: Rate;
  actionRecall: Rate;
  /** Actioned within their first 3 abusive items (legacy: at most 3 abusive items before the first action, i.e. by the 4th). */
  recallWithin3: Rate;
  /** Responded to by their 3rd abusive item at the latest (see `firstResponses`). */
  responseWithin3: Rate;
  /** Responded to at all during the run. */
  responseRecall: Rate;
  /** How the first response came: action, notice (a strike), content (held/blocked/masked, a false report set aside). */
  firstResponseBy: Record<ResponseKind, number>;
  /** Legacy, for comparison with runs before 2026-11-30 16:00: a response or a detection case by the 3rd abusive item. */
  investigatedWithin3: Rate;
  hoursToFirstAction: Dist;
}

/**
 * What counts as Warden *responding* to a bad actor, for recall "within the first 3 abusive
 * items": the earliest thing that reached the bad actor or stopped their abuse —
 * - `action`: an enforcement action on the account (automatic or a simulated reviewer's;
 *   proposed and declined actions excluded), at its creation time;
 * - `notice`: a strike recorded on the account (the first step of the ladder: the user gets a
 *   notice naming the policy and what comes next), at its creation time;
 * - `content`: one of the account's abusive items held, blocked or masked by the decision on it
 *   (the abuse never reached its target as sent), or a message whose attachment Warden kept from
 *   the recipient when it answered the upload, at the item's time; for a false report, the
 *   report kept without opening or joining any case (nobody was investigated on it).
 * A case opened but not yet acted on is **not** a response: it puts the account before a
 * reviewer, but until the reviewer acts the bad actor goes on unhindered. (Runs recorded before
 * 2026-11-30 16:00 counted a detection case; `investigatedWithin3` keeps that figure.)
 * A response counts "within 3" when it came no later than the account's 3rd abusive item
 * (or its last, with fewer). Times of cases, strikes and actions are Warden's (in batch mode the
 * simulated clock stands at the batch's last event, so they can only be late, never early).
 */
export type ResponseKind = 'action' | 'notice' | 'content';
const CONTENT_RESPONSES = new Set(['hold', 'block', 'mask']);

export function firstResponses(
  truth: GroundTruth,
  log: RunLog,
  got: Collected,
  opts: { casesCount?: boolean } = {},
): Map<string, { kind: ResponseKind | 'case'; at: number }> {
  const toSim = simClock(log);
  const first = new Map<string, { kind: ResponseKind | 'case'; at: number }>();
  const offer = (accountId: string, kind: ResponseKind | 'case', at: number) => {
    if (!Number.isFinite(at)) return;
    const prev = first.get(accountId);
    if (!prev || at < prev.at) first.set(accountId, { kind, at });
  };
  for (const a of got.actions) offer(a.accountId, 'action', toSim(a.createdAt));
  for (const st of got.strikes) offer(st.accountId, 'notice', toSim(st.createdAt));
  if (opts.casesCount) for (const c of got.cases) if (c.source === 'detection') offer(c.accountId, 'case', toSim(c.openedAt));
  const attachmentHeld = new Set(log.attachmentsHeld ?? []);
  for (const x of truth.abusive)
    if (CONTENT_RESPONSES.has(log.outcomes[x.id] ?? '') || attachmentHeld.has(x.id)) offer(x.accountId, 'content', Date.parse(x.at));
  // A false report that no case carries reached nobody: Warden kept it aside.
  const carried = new Set(got.cases.flatMap((c) => c.reportIds));
  const falseReports = new Map(truth.abusive.filter((x) => x.abuse === 'false_reporter').map((x) => [x.id, x]));
  for (const r of log.reports) {
    const x = falseReports.get(r.simId);
    if (x && r.wardenId && !carried.has(r.wardenId)) offer(x.accountId, 'content', Date.parse(x.at));
  }
  return first;
}
export interface HonestRow {
  kind: HonestKind;
  accounts: number;
  withCase: Rate;
  withStrike: Rate;
  withAutoAction: Rate;
  withAction: Rate;
  /** Payment holds and suspensions, counted apart. */
  withHoldOrSuspension: Rate;
  /** A payout of theirs held by a decision (outcome hold on payout.requested); needs the timeline. */
  withPayoutHeld?: Rate;
  /** Their own message, proposal or job post held or blocked by a decision; needs the timeline. */
  withContentHeld?: Rate;
}

/**
 * One way Warden touched honest users: what (a case by source and policy, an action by type
 * and policy, a strike by policy, a payout held, content held/blocked) and on which kind of
 * honest user, with the number of accounts and of items.
 */
export interface HonestHarmRow {
  kind: HonestKind;
  /** `sign_in_step_up`: a sign-in attempt refused until a step-up check (`block`) or a session held until the owner confirms (`hold`). */
  harm: 'case' | 'strike' | 'action' | 'hold_or_suspension' | 'payout_held' | 'content_held' | 'sign_in_step_up';
  /** e.g. "detection/account-security", "warning/contact-sharing", "payout.requested". */
  cause: string;
  accounts: number;
  items: number;
}

export interface Evaluation {
  version: 1;
  seed: number;
  textSource: string;
  scale: { accounts: number; badAccounts: number; honestAccounts: number; days: number; timelineItems: number };
  run: RunLog['stats'] & { mode: string; wallSeconds: number; eventsPerSecond: number };
  overall: {
    actionPrecision: Rate;
    autoActionPrecision: Rate;
    casePrecision: Rate;
    actionRecall: Rate;
    caseRecall: Rate;
    honestWithAction: Rate;
    honestWithAutoAction: Rate;
    honestWithHoldOrSuspension: Rate;
    /** Honest accounts with a payout held by a decision (needs the timeline). */
    honestWithPayoutHeld?: Rate;
    /** Honest accounts with their own content held or blocked by a decision (needs the timeline). */
    honestWithContentHeld?: Rate;
    /**
     * Honest accounts asked for a step-up at sign-in: an attempt refused until they pass a check
     * (`block` on user.login) or a session held until they confirm (`hold`). Friction, not an
     * action on the account; counted so that it is seen (needs the timeline).
     */
    honestWithSignInStepUp?: Rate;
    /** Of accounts investigated (at least one detection or report case), those whose first case came from detection. */
    proactiveShareAccounts: Rate;
    /** The same per case (what /v1/metrics/summary counts). */
    proactiveShareCases: Rate;
    /** Of bad accounts investigated, those whose first case came from detection. */
    proactiveShareBadAccounts: Rate;
    /**
     * Of accounts investigated first on a report, those that were honest (a false or mistaken
     * report): what keeps the proactive share down when reports, not missed abuse, open the
     * first case. The rest (bad accounts reported before any detection) are abuse users found first.
     */
    reportFirstHonest?: Rate;
    /** False reports (by mass false reporters) whose case ended in an action against the reported user. */
    falseReportsActioned: Rate;
    hoursToFirstAction: Dist;
    /** Bad accounts responded to (action, notice, or abusive content held/blocked/masked) by their 3rd abusive item; see `firstResponses`. */
    responseWithin3: Rate;
    /** Legacy (runs before 2026-11-30 16:00): responded to, or a detection case opened, by the 3rd abusive item. */
    investigatedWithin3?: Rate;
    responseRecall: Rate;
    hoursToFirstResponse: Dist;
    hoursReportToDecision: Dist;
    reportsUndecided: Rate;
    appealOverturnRate: Rate;
    appealsByHonestOverturned: Rate;
    appealsByBadOverturned: Rate;
    reviewerAccuracy: Rate;
  };
  byAbuse: AbuseRow[];
  byHonestKind: HonestRow[];
  /**
   * Honest people who share a household computer and connection with another honest account (the
   * multi-accounter's look-alike), across honest kinds: a case, any action, own content or a deal
   * held. Absent when the population has no households (runs before they were simulated).
   */
  households?: { accounts: number; withCase: Rate; withAction: Rate; withContentHeld?: Rate };
  byPolicy: { policy: string; actions: number; onBadAccounts: Rate }[];
  /** Every kind of harm to honest users, by honest kind and cause (most accounts first). */
  honestHarm?: HonestHarmRow[];
  /**
   * Behaviour patterns (issue 18) at the account level: an account counts as flagged by a pattern
   * when a case Warden opened on it carries that pattern's signal. Absent when the collected
   * cases carry no signal types (raw data saved before they were collected).
   */
  patterns?: PatternFigures[];
  /**
   * Report triage (src/cases/triage.ts), counted apart from investigations: reports that waited
   * in the triage queue are not cases, so they are in neither the proactive share nor case
   * precision. Absent when the Warden had no report triage.
   */
  reportTriage?: ReportTriageFigures;
  /** Per bad account actioned: hours from its first abusive item to its first action (for charts). */
  timesToFirstAction: { accountId: string; abuse: AbuseType; hours: number }[];
}

export interface ReportTriageFigures {
  /** Reports of this run Warden holds. */
  reports: number;
  /** Opened or joined a case at once. */
  direct: number;
  /** Waited in the triage queue (still there, escalated from it, or closed there). */
  triaged: number;
  /** Still in the queue at the end: the triage queue's size. */
  queuedAtEnd: number;
  /** Left the queue into a case, by what took it out. */
  escalated: { total: number; byReporters: number; byDetection: number; byReviewer: number };
  /** Closed in triage, no case. */
  closed: number;
  /** Why reports waited (a report may have several reasons). */
  byReason: Record<string, number>;
  /** Of the reports that waited in triage, those filed by mass false reporters. */
  falseShareOfTriaged: Rate;
  /** Of the reports that opened or joined a case at once, those filed by mass false reporters. */
  falseShareOfDirect: Rate;
  /** Of the mass false reporters' reports, those that waited in triage. */
  falseReportsTriaged: Rate;
  /** Of the false reports that waited in triage, those escalated into a case anyway. */
  falseReportsEscalated: Rate;
  /** Of honest users' reports about bad accounts, those that waited in triage. */
  trueReportsTriaged: Rate;
  /** Of honest users' reports about bad accounts that waited in triage, those closed there (the reported abuse not investigated on that report). */
  trueReportsClosed: Rate;
  /** Accounts reported whose reports all stayed in triage or were closed there, with no case of any kind: honest / bad. */
  reportedNeverInvestigated: { honest: number; bad: number };
  /**
   * False reports by how their reporter picks targets (`SimAccount.falseReporting`: strangers en
   * masse, a counterparty after a dispute, a ring of linked accounts): how many waited in triage,
   * and the honest accounts they targeted that got a case. Absent for populations without it.
   */
  falseByStyle?: { style: string; reports: number; triaged: Rate; targetsWithCase: Rate }[];
}

/** Pattern → accounts with a case carrying that pattern's signal. */
function patternFlags(cases: readonly CollectedCase[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const c of cases)
    for (const t of c.signals ?? []) {
      if (!PATTERN_TARGETS[t]) continue;
      if (!out.has(t)) out.set(t, new Set());
      out.get(t)?.add(c.accountId);
    }
  return out;
}

// A contract's start held (a deal between linked accounts kept from going ahead) counts with content.
const CONTENT_EVENTS = new Set(['message.sent', 'proposal.submitted', 'job.posted', 'contract.started']);

/**
 * `timeline` (optional) lets payouts and content held by decisions count as harm: the run log
 * keeps each event's outcome, the timeline says whose event it was and of which type.
 */
export function evaluate(truth: GroundTruth, log: RunLog, got: Collected, timelineItems = 0, timeline?: TimelineItem[]): Evaluation {
  const toSim = simClock(log);
  const acc = new Map(truth.accounts.map((a) => [a.id, a]));
  const isBad = (id: string) => acc.get(id)?.honest === false;
  const bad = truth.accounts.filter((a) => !a.honest);
  const honest = truth.accounts.filter((a) => a.honest);
  const investigative = got.cases.filter((c) => c.source !== 'appeal');
  const casedAccounts = new Set(investigative.map((c) => c.accountId));
  const actioned = new Set(got.actions.map((a) => a.accountId));
  const autoActioned = new Set(got.actions.filter((a) => a.automatic).map((a) => a.accountId));
  const held = new Set(got.actions.filter((a) => HOLD_TYPES.has(a.type)).map((a) => a.accountId));
  const struck = new Set(got.strikes.map((s) => s.accountId));
  const known = (ids: Set<string>) => [...ids].filter((id) => acc.has(id));

  const firstAction = new Map<string, number>();
  for (const a of got.actions) {
    const t = toSim(a.createdAt);
    if (!firstAction.has(a.accountId) || t < firstAction.get(a.accountId)!) firstAction.set(a.accountId, t);
  }
  const abusiveBy = new Map<string, number[]>();
  for (const x of truth.abusive) abusiveBy.set(x.accountId, [...(abusiveBy.get(x.accountId) ?? []), Date.parse(x.at)]);
  const tta = (ids: string[]) =>
    ids.flatMap((id) => {
      const first = abusiveBy.get(id)?.[0];
      const at = firstAction.get(id);
      return first !== undefined && at !== undefined ? [Math.max(0, at - first) / 3_600_000] : [];
    });
  const within3 = (id: string) => {
    const at = firstAction.get(id);
    const items = abusiveBy.get(id) ?? [];
    return at !== undefined && items.length > 0 && items.filter((t) => t < at).length <= 3;
  };

  const responses = firstResponses(truth, log, got);
  const responsesOrCases = firstResponses(truth, log, got, { casesCount: true });
  const within3Of = (m: typeof responses) => (id: string) => {
    const r = m.get(id);
    const items = abusiveBy.get(id) ?? [];
    return r !== undefined && items.length > 0 && r.at <= items[Math.min(2, items.length - 1)];
  };
  const respondedWithin3 = within3Of(responses);
  const investigatedWithin3 = within3Of(responsesOrCases);
  const hoursToResponse = (ids: string[]) =>
    ids.flatMap((id) => {
      const first = abusiveBy.get(id)?.[0];
      const r = responses.get(id);
      return first !== undefined && r !== undefined ? [Math.max(0, r.at - first) / 3_600_000] : [];
    });

  const byAbuse: AbuseRow[] = ABUSE_TYPES.map((abuse) => {
    const ids = bad.filter((a) => a.abuse === abuse).map((a) => a.id);
    return {
      abuse,
      accounts: ids.length,
      abusiveItems: truth.abusive.filter((x) => x.abuse === abuse).length,
      casedRecall: rate(ids.filter((id) => casedAccounts.has(id)).length, ids.length),
      autoActionRecall: rate(ids.filter((id) => autoActioned.has(id)).length, ids.length),
      actionRecall: rate(ids.filter((id) => actioned.has(id)).length, ids.length),
      recallWithin3: rate(ids.filter(within3).length, ids.length),
      responseWithin3: rate(ids.filter(respondedWithin3).length, ids.length),
      responseRecall: rate(ids.filter((id) => responses.has(id)).length, ids.length),
      firstResponseBy: (() => {
        const by: Record<ResponseKind, number> = { action: 0, notice: 0, content: 0 };
        for (const id of ids) {
          const r = responses.get(id);
          if (r && r.kind !== 'case') by[r.kind]++;
        }
        return by;
      })(),
      investigatedWithin3: rate(ids.filter(investigatedWithin3).length, ids.length),
      hoursToFirstAction: dist(tta(ids)),
    };
  }).filter((r) => r.accounts > 0);

  // Decisions that held an honest user's payout or content (not enforcement actions, but harm).
  const payoutHeld = new Map<string, number>();
  const contentHeld = new Map<string, { n: number; types: Map<string, number> }>();
  // [actor, event type, outcome] of every event with a decision other than allow: from the run
  // log when it kept them (decided), else from the timeline.
  const decisions: [string, string, string][] = [];
  if (log.decided) for (const [id, [actor, type]] of Object.entries(log.decided)) decisions.push([actor, type, log.outcomes[id]]);
  else if (timeline)
    for (const item of timeline)
      if (item.kind === 'event' && log.outcomes[item.event.id]) decisions.push([item.event.actor.id, item.event.type, log.outcomes[item.event.id]]);
  const withHeld = Boolean(log.decided || timeline);
  const signInStepUp = new Map<string, Map<string, number>>();
  for (const [who, type, outcome] of decisions) {
    if (!outcome || acc.get(who)?.honest !== true) continue;
    if (type === 'user.login' && (outcome === 'block' || outcome === 'hold')) {
      const m = signInStepUp.get(who) ?? new Map<string, number>();
      m.set(`user.login ${outcome}`, (m.get(`user.login ${outcome}`) ?? 0) + 1);
      signInStepUp.set(who, m);
    }
    if (type === 'payout.requested' && outcome === 'hold') payoutHeld.set(who, (payoutHeld.get(who) ?? 0) + 1);
    if (CONTENT_EVENTS.has(type) && (outcome === 'hold' || outcome === 'block')) {
      const c = contentHeld.get(who) ?? { n: 0, types: new Map() };
      c.n++;
      const cause = `${type} ${outcome}`;
      c.types.set(cause, (c.types.get(cause) ?? 0) + 1);
      contentHeld.set(who, c);
    }
  }

  const byHonestKind: HonestRow[] = HONEST_KINDS.map((kind) => {
    const ids = honest.filter((a) => a.kind === kind).map((a) => a.id);
    const of = (s: Set<string> | Map<string, unknown>) => rate(ids.filter((id) => s.has(id)).length, ids.length);
    return {
      kind,
      accounts: ids.length,
      withCase: of(casedAccounts),
      withStrike: of(struck),
      withAutoAction: of(autoActioned),
      withAction: of(actioned),
      withHoldOrSuspension: of(held),
      ...(withHeld ? { withPayoutHeld: of(payoutHeld), withContentHeld: of(contentHeld) } : {}),
    };
  }).filter((r) => r.accounts > 0);

  // Each harm to honest users by kind and cause.
  const harm = new Map<string, HonestHarmRow & { ids: Set<string> }>();
  const touch = (accountId: string, h: HonestHarmRow['harm'], cause: string, items = 1) => {
    const a = acc.get(accountId);
    if (!a?.honest) return;
    const key = `${a.kind}|${h}|${cause}`;
    const row = harm.get(key) ?? { kind: a.kind, harm: h, cause, accounts: 0, items: 0, ids: new Set<string>() };
    row.items += items;
    row.ids.add(accountId);
    row.accounts = row.ids.size;
    harm.set(key, row);
  };
  for (const c of investigative) touch(c.accountId, 'case', `${c.source}/${c.policy ?? 'none'}`);
  for (const st of got.strikes) touch(st.accountId, 'strike', st.policy);
  for (const a of got.actions)
    touch(a.accountId, HOLD_TYPES.has(a.type) ? 'hold_or_suspension' : 'action', `${a.type}/${a.policy}${a.automatic ? ' (automatic)' : ''}`);
  for (const [id, n] of payoutHeld) touch(id, 'payout_held', 'payout.requested hold', n);
  for (const [id, c] of contentHeld) for (const [cause, n] of c.types) touch(id, 'content_held', cause, n);
  for (const [id, m] of signInStepUp) for (const [cause, n] of m) touch(id, 'sign_in_step_up', cause, n);
  const honestHarm = [...harm.values()]
    .map(({ ids: _ids, ...r }) => r)
    .sort((a, b) => b.accounts - a.accounts || b.items - a.items || a.kind.localeCompare(b.kind) || a.cause.localeCompare(b.cause));

  // The first investigation of each account: proactive when it came from detection.
  const firstCase = new Map<string, { source: string; at: number }>();
  for (const c of investigative) {
    const at = Date.parse(c.openedAt);
    const prev = firstCase.get(c.accountId);
    if (!prev || at < prev.at) firstCase.set(c.accountId, { source: c.source, at });
  }

  const reportDelays: number[] = [];
  let undecided = 0;
  // A report closed in triage was decided then, with no case.
  const closedInTriage = new Map((got.reports ?? []).filter((r) => r.triage === 'closed' && r.triagedAt).map((r) => [r.id, toSim(r.triagedAt!)]));
  for (const r of log.reports) {
    const decided = [
      ...got.cases.filter((c) => c.reportIds.includes(r.wardenId) && c.resolvedAt).map((c) => toSim(c.resolvedAt!)),
      ...(closedInTriage.has(r.wardenId) ? [closedInTriage.get(r.wardenId)!] : []),
    ].sort((a, b) => a - b)[0];
    if (decided === undefined) undecided++;
    else reportDelays.push(Math.max(0, decided - Date.parse(r.at)) / 3_600_000);
  }
  const decidedAppeals = got.appeals.filter((a) => a.status !== 'open');
  const overturned = (xs: CollectedAppeal[]) => rate(xs.filter((a) => a.status === 'overturned').length, xs.length);

  const policies = [...new Set(got.actions.map((a) => a.policy))].sort();
  const wallSeconds = (Date.parse(log.wallEnd) - Date.parse(log.wallStart)) / 1000;
  return {
    version: 1,
    seed: truth.seed,
    textSource: truth.textSource,
    scale: { accounts: truth.accounts.length, badAccounts: bad.length, honestAccounts: honest.length, days: truth.scale.days, timelineItems },
    run: { ...log.stats, mode: log.mode, wallSeconds, eventsPerSecond: wallSeconds > 0 ? log.stats.events / wallSeconds : 0 },
    overall: {
      actionPrecision: rate(known(actioned).filter(isBad).length, known(actioned).length),
      autoActionPrecision: rate(known(autoActioned).filter(isBad).length, known(autoActioned).length),
      casePrecision: rate(known(casedAccounts).filter(isBad).length, known(casedAccounts).length),
      actionRecall: rate(bad.filter((a) => actioned.has(a.id)).length, bad.length),
      caseRecall: rate(bad.filter((a) => casedAccounts.has(a.id)).length, bad.length),
      honestWithAction: rate(honest.filter((a) => actioned.has(a.id)).length, honest.length),
      honestWithAutoAction: rate(honest.filter((a) => autoActioned.has(a.id)).length, honest.length),
      honestWithHoldOrSuspension: rate(honest.filter((a) => held.has(a.id)).length, honest.length),
      ...(withHeld
        ? {
            honestWithPayoutHeld: rate(honest.filter((a) => payoutHeld.has(a.id)).length, honest.length),
            honestWithContentHeld: rate(honest.filter((a) => contentHeld.has(a.id)).length, honest.length),
            honestWithSignInStepUp: rate(honest.filter((a) => signInStepUp.has(a.id)).length, honest.length),
          }
        : {}),
      proactiveShareAccounts: rate([...firstCase.values()].filter((f) => f.source === 'detection').length, firstCase.size),
      proactiveShareCases: rate(investigative.filter((c) => c.source === 'detection').length, investigative.length),
      proactiveShareBadAccounts: rate(
        [...firstCase.entries()].filter(([id, f]) => isBad(id) && f.source === 'detection').length,
        [...firstCase.keys()].filter(isBad).length,
      ),
      reportFirstHonest: (() => {
        const reportFirst = [...firstCase.entries()].filter(([, f]) => f.source !== 'detection').map(([id]) => id);
        return rate(reportFirst.filter((id) => !isBad(id)).length, reportFirst.length);
      })(),
      falseReportsActioned: (() => {
        const falseIds = new Set(truth.abusive.filter((x) => x.abuse === 'false_reporter').map((x) => x.id));
        const decided = log.reports
          .filter((r) => falseIds.has(r.simId))
          .flatMap((r) => got.cases.filter((c) => c.reportIds.includes(r.wardenId) && c.resolution).slice(0, 1));
        return rate(decided.filter((c) => c.resolution === 'action').length, decided.length);
      })(),
      hoursToFirstAction: dist(tta(bad.map((a) => a.id))),
      responseWithin3: rate(bad.filter((a) => respondedWithin3(a.id)).length, bad.length),
      investigatedWithin3: rate(bad.filter((a) => investigatedWithin3(a.id)).length, bad.length),
      responseRecall: rate(bad.filter((a) => responses.has(a.id)).length, bad.length),
      hoursToFirstResponse: dist(hoursToResponse(bad.map((a) => a.id))),
      hoursReportToDecision: dist(reportDelays),
      reportsUndecided: rate(undecided, log.reports.length),
      appealOverturnRate: overturned(decidedAppeals),
      appealsByHonestOverturned: overturned(decidedAppeals.filter((a) => !isBad(a.accountId))),
      appealsByBadOverturned: overturned(decidedAppeals.filter((a) => isBad(a.accountId))),
      reviewerAccuracy: rate(log.reviews.filter((r) => r.correct).length, log.reviews.length),
    },
    byAbuse,
    byHonestKind,
    ...(() => {
      const ids = honest.filter((a) => a.household).map((a) => a.id);
      if (!ids.length) return {};
      const of = (set: Set<string> | Map<string, unknown>) => rate(ids.filter((id) => set.has(id)).length, ids.length);
      return {
        households: { accounts: ids.length, withCase: of(casedAccounts), withAction: of(actioned), ...(withHeld ? { withContentHeld: of(contentHeld) } : {}) },
      };
    })(),
    byPolicy: policies.map((policy) => {
      const xs = got.actions.filter((a) => a.policy === policy);
      const ids = [...new Set(xs.map((a) => a.accountId))];
      return { policy, actions: xs.length, onBadAccounts: rate(ids.filter(isBad).length, ids.length) };
    }),
    honestHarm,
    ...(got.cases.some((c) => c.signals) ? { patterns: patternFigures(patternFlags(got.cases), truth) } : {}),
    ...(got.reports ? { reportTriage: reportTriageFigures(truth, log, got.reports, casedAccounts) } : {}),
    timesToFirstAction: bad.flatMap((a) => tta([a.id]).map((hours) => ({ accountId: a.id, abuse: a.abuse as AbuseType, hours }))),
  };
}

/**
 * Report triage figures (shape: `ReportTriageFigures`): the run's reports (log.reports, matched to
 * Warden's by id) by triage state, and how false reports (by mass false reporters, from the
 * truth) and honest users' reports about bad accounts fared. `cased`: accounts with any case
 * other than an appeal.
 */
export function reportTriageFigures(truth: GroundTruth, log: RunLog, reports: readonly CollectedReport[], cased: ReadonlySet<string>): ReportTriageFigures {
  const byId = new Map(reports.map((r) => [r.id, r]));
  const falseIds = new Set(truth.abusive.filter((x) => x.abuse === 'false_reporter').map((x) => x.id));
  const honest = new Map(truth.accounts.map((a) => [a.id, a.honest]));
  const ours = log.reports.flatMap((l) => {
    const r = byId.get(l.wardenId);
    return r ? [{ ...r, false: falseIds.has(l.simId), aboutBad: honest.get(r.accountId) === false, byHonest: honest.get(r.reporterId) === true }] : [];
  });
  const triaged = ours.filter((r) => r.triage === 'queued' || r.triage === 'closed' || (r.triage === 'escalated' && r.triageReasons.length > 0));
  const direct = ours.filter((r) => r.triage === 'direct');
  const escalated = triaged.filter((r) => r.triage === 'escalated');
  const byReason: Record<string, number> = {};
  for (const r of triaged) for (const x of r.triageReasons) byReason[x] = (byReason[x] ?? 0) + 1;
  const falses = ours.filter((r) => r.false);
  const trueOnes = ours.filter((r) => !r.false && r.aboutBad && r.byHonest);
  const trueTriaged = trueOnes.filter((r) => triaged.includes(r));
  const reported = new Set(ours.map((r) => r.accountId));
  const never = [...reported].filter((id) => !cased.has(id));
  return {
    reports: ours.length,
    direct: direct.length,
    triaged: triaged.length,
    queuedAtEnd: triaged.filter((r) => r.triage === 'queued').length,
    escalated: {
      total: escalated.length,
      byReporters: escalated.filter((r) => r.triagedBy === 'reporters').length,
      byDetection: escalated.filter((r) => r.triagedBy === 'detection').length,
      byReviewer: escalated.filter((r) => r.triagedBy?.startsWith('reviewer:')).length,
    },
    closed: triaged.filter((r) => r.triage === 'closed').length,
    byReason,
    falseShareOfTriaged: rate(triaged.filter((r) => r.false).length, triaged.length),
    falseShareOfDirect: rate(direct.filter((r) => r.false).length, direct.length),
    falseReportsTriaged: rate(falses.filter((r) => triaged.includes(r)).length, falses.length),
    falseReportsEscalated: rate(falses.filter((r) => escalated.includes(r)).length, falses.filter((r) => triaged.includes(r)).length),
    trueReportsTriaged: rate(trueTriaged.length, trueOnes.length),
    trueReportsClosed: rate(trueTriaged.filter((r) => r.triage === 'closed').length, trueTriaged.length),
    reportedNeverInvestigated: { honest: never.filter((id) => honest.get(id) === true).length, bad: never.filter((id) => honest.get(id) === false).length },
    ...(() => {
      const style = new Map(truth.accounts.flatMap((a) => (a.falseReporting ? [[a.id, a.falseReporting] as const] : [])));
      if (!style.size) return {};
      const styles = [...new Set(style.values())].sort();
      return {
        falseByStyle: styles.map((st) => {
          const xs = falses.filter((r) => style.get(r.reporterId) === st);
          const targets = [...new Set(xs.filter((r) => honest.get(r.accountId) === true).map((r) => r.accountId))];
          return {
            style: st,
            reports: xs.length,
            triaged: rate(xs.filter((r) => triaged.includes(r)).length, xs.length),
            targetsWithCase: rate(targets.filter((id) => cased.has(id)).length, targets.length),
          };
        }),
      };
    })(),
  };
}
