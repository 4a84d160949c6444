// Plays a timeline into Warden through its API: events one by one (optionally at a rate) or in
// batches, attachments uploaded, reports filed, appeals made where Warden acted, and a
// simulated review team that works the queues once a simulated day.
//
// Warden stamps cases and actions with its own (wall) clock, so the run log keeps, for every
// item played, the wall time when Warden had answered and the simulated time of the item:
// evaluation maps a wall time back onto the simulated clock with it.
import { listAll, type WardenClient } from './client.ts';
import { type NatsPublisher, type NatsStreamOptions, natsPublisher } from './nats.ts';
import { Rng } from './rng.ts';
import type { GroundTruth, SimAccount, TimelineItem } from './types.ts';

export interface StreamOptions {
  /** 'one': POST /v1/events per event; 'batch': POST /v1/events/batch; 'nats': published to JetStream (needs `nats`). */
  mode?: 'one' | 'batch' | 'nats';
  /** Where to publish in 'nats' mode (Warden must be consuming from the same server and prefix). */
  nats?: NatsStreamOptions;
  batchSize?: number;
  /** Events per second at most (one-by-one mode); 0 = as fast as Warden answers. */
  rate?: number;
  /** Simulated reviewers: how many cases a day they close, and how often they judge right. */
  reviewCapacityPerDay?: number;
  reviewAccuracy?: number;
  /**
   * Warden's clock when it runs on simulated time (in-process): moved to each item's time before
   * the item is played (a batch: to its last event), so cases, actions, expiries and deadlines
   * are stamped and judged on the simulation's time line.
   */
  clock?: { advanceTo(at: string): unknown };
  /** Called once per simulated day, before its first item (with `clock`: expiry, verification deadlines, trust windows). */
  onSimulatedDay?: (day: string) => Promise<unknown>;
  /**
   * Called after each event or batch is answered (in-process: the behaviour worker's drain, so
   * behaviour across events trails ingestion by one reply, as a running worker trails it by
   * about a second, instead of by a simulated day).
   */
  afterEvents?: () => Promise<unknown>;
  onProgress?: (done: number, total: number, stats: RunStats) => void;
}

/** The part of Warden's reply to an event that says what was decided (POST /v1/events, a batch result, a NATS reply). */
export interface EventReply {
  decision?: { outcome?: string };
  /** user.login: the account-security verdict (src/security/hooks.ts). */
  security?: { outcome?: string };
  /** proposal.submitted, contract.started between linked accounts: the self-dealing verdict (src/security/linked-deals.ts). */
  deal?: { outcome?: string };
}

/**
 * What was decided on an event, from Warden's reply, the most severe of: the screening
 * `decision`; for a sign-in, the account-security verdict (`security`: `block` asks the
 * marketplace to refuse the attempt until the owner passes a step-up check, `hold` to hold the
 * session until they confirm); for a proposal or a contract's start between accounts of one
 * person, the self-dealing verdict (`deal`: `hold` keeps the deal from going ahead until a
 * reviewer decides).
 */
export function replyDecision(reply: EventReply | undefined): { outcome?: string } | undefined {
  const found = [reply?.decision, reply?.security, reply?.deal].filter((d): d is { outcome?: string } => !!d);
  if (!found.length) return undefined;
  return found.reduce((a, b) => (SEVERITY.indexOf(b.outcome ?? '') > SEVERITY.indexOf(a.outcome ?? '') ? b : a));
}
const SEVERITY = ['allow', 'nudge', 'mask', 'hold', 'block'];

export interface RunStats {
  events: number;
  accepted: number;
  duplicate: number;
  rejected: number;
  outcomes: Record<string, number>;
  uploads: number;
  reports: number;
  appeals: number;
  reviews: number;
  appealDecisions: number;
  /** Reports the simulated triage reviewers escalated or closed (absent before report triage). */
  triageDecisions?: number;
  errors: number;
}

export interface RunLog {
  version: 1;
  seed: number;
  mode: 'one' | 'batch' | 'nats';
  wallStart: string;
  wallEnd: string;
  /** 'simulated': Warden ran on the simulated clock, its timestamps need no mapping; absent or 'wall': mapped through `clock`. */
  wardenClock?: 'wall' | 'simulated';
  /** [wall ms when Warden had answered, simulated ms of the item, 1 when a batch ends here (interpolate from the point before)], in play order. */
  clock: [number, number, 0 | 1][];
  stats: RunStats;
  /** Simulator report id → Warden's report id and when it was filed (simulated). */
  reports: { simId: string; wardenId: string; at: string; accountId: string; reporterId: string }[];
  appeals: { simId: string; wardenId: string; accountId: string; actionId: string; at: string }[];
  reviews: { at: string; caseId: string; accountId: string; source: string; verdict: string; correct: boolean }[];
  /** Decisions of the simulated triage reviewers on reports in report triage (absent in logs written before triage existed). */
  triage?: { at: string; reportId: string; accountId: string; decision: 'escalate' | 'close'; correct: boolean }[];
  /**
   * Decisions returned on ingestion other than `allow`, per event id (outcome only): allowed
   * events are most of a run and are not kept, so a million-event log stays small.
   */
  outcomes: Record<string, string>;
  /** Whose event each of `outcomes` was, and its type ([actor id, event type]): evaluation needs no timeline for held payouts and content. */
  decided?: Record<string, [string, string]>;
  /**
   * Event ids of messages whose attachment Warden kept from the recipient when it answered the
   * upload (scanned, and not released: infected, suspicious or held by a decision). A pending
   * scan (202) is not counted. Absent in logs written before 2026-11-30 16:30.
   */
  attachmentsHeld?: string[];
  errors: string[];
}

/**
 * Whether a simulated reviewer acts on a case (not an appeal). Reviewers follow the evidence the
 * case shows (`evidence` of GET /v1/cases/{id}, src/cases/evidence.ts), as a real trust team does:
 * - they can establish a violation only from corroborated evidence (Warden's detection agrees),
 *   or from a reported item whose text they read themselves (a message, proposal or job);
 * - on anything else — a report with nothing to verify, network and travel facts, weak signs, a
 *   lapsed verification — they act on nobody, bad or honest;
 * - reading the evidence they can verify, they judge right with probability `right` (the
 *   accuracy): wrong means missing a bad account, or acting on an honest one whose detection was
 *   a false positive (honest text they read is not mistaken for abuse).
 * A Warden that shows no `evidence` (older, over --url) gets the old coin: right with `right`.
 */
export function reviewerActs(
  view: { source?: string; subject?: { text?: string | null }; evidence?: { corroborated?: boolean } },
  bad: boolean,
  right: boolean,
): boolean {
  if (!view.evidence) return right ? bad : !bad;
  const corroborated = view.evidence.corroborated === true;
  const readable = view.source === 'report' && typeof view.subject?.text === 'string' && view.subject.text.length > 0;
  if (bad) return (corroborated || readable) && right;
  return corroborated && !right;
}

/**
 * Whether a simulated triage reviewer escalates a report waiting in report triage into a case
 * (src/cases/triage.ts). Like a case reviewer they act on what they can verify: the reported
 * message, proposal or job text (`subject.text`); a report with nothing to read (an account
 * reported with no item) is closed as not substantiated, whoever it is about. Reading it they
 * judge right with probability `right`: wrong means missing a bad account's abuse; honest text
 * is not mistaken for abuse (as in `reviewerActs`).
 */
export function triageEscalates(view: { subject?: { text?: string | null } }, bad: boolean, right: boolean): boolean {
  const readable = typeof view.subject?.text === 'string' && view.subject.text.length > 0;
  return bad && readable && right;
}

const VERDICT_ACTION: Record<string, string> = {
  circumvention: 'warning',
  proposal_spam: 'warning',
  scam_job: 'suspension',
  mule_recruiter: 'suspension',
  malware: 'suspension',
  account_takeover: 'payment_hold',
  multi_account: 'suspension',
  false_reporter: 'warning',
  direct_hire: 'warning',
  money_mule: 'payment_hold',
};

/**
 * Plays `timeline` (an array, or any iterable / async iterable in time order — e.g. the merged
 * cohort files of cohorts.ts — with `total` its length for progress) and returns the run log.
 * Memory: the log keeps only non-`allow` outcomes, reports, appeals and reviews, and the wall
 * clock map only when Warden is not on the simulated clock.
 */
export async function playTimeline(
  client: WardenClient,
  timeline: Iterable<TimelineItem> | AsyncIterable<TimelineItem>,
  truth: GroundTruth,
  opts: StreamOptions & { total?: number } = {},
): Promise<RunLog> {
  const total = opts.total ?? (Array.isArray(timeline) ? timeline.length : 0);
  const mode = opts.mode ?? 'batch';
  const batchSize = Math.max(1, Math.min(opts.batchSize ?? 200, 1000));
  const accounts = new Map<string, SimAccount>(truth.accounts.map((a) => [a.id, a]));
  const takeoverAt = new Map(truth.takeovers.map((t) => [t.accountId, Date.parse(t.at)]));
  const accuracy = opts.reviewAccuracy ?? 0.95;
  const capacity = opts.reviewCapacityPerDay ?? 40;
  const stats: RunStats = {
    events: 0,
    accepted: 0,
    duplicate: 0,
    rejected: 0,
    outcomes: {},
    uploads: 0,
    reports: 0,
    appeals: 0,
    reviews: 0,
    appealDecisions: 0,
    triageDecisions: 0,
    errors: 0,
  };
  const log: RunLog = {
    version: 1,
    seed: truth.seed,
    mode,
    wallStart: new Date().toISOString(),
    wallEnd: '',
    wardenClock: opts.clock ? 'simulated' : 'wall',
    clock: [],
    stats,
    reports: [],
    appeals: [],
    reviews: [],
    triage: [],
    outcomes: {},
    decided: {},
    errors: [],
  };
  const decided = log.decided as Record<string, [string, string]>;
  const fail = (what: string, res: { status: number; body: unknown }) => {
    stats.errors++;
    if (log.errors.length < 200) log.errors.push(`${what}: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
  };
  // On the simulated clock Warden's timestamps need no mapping: no wall clock map is kept.
  const tick = (at: string, batchEnd: 0 | 1 = 0) => {
    if (!opts.clock) log.clock.push([Date.now(), Date.parse(at), batchEnd]);
  };
  const recordReply = (event: { id: string; type: string; actor: { id: string } }, status: string, reply?: EventReply) => {
    const decision = replyDecision(reply);
    stats.events++;
    if (status === 'accepted' || status === 'duplicate' || status === 'rejected') stats[status]++;
    if (decision?.outcome) {
      stats.outcomes[decision.outcome] = (stats.outcomes[decision.outcome] ?? 0) + 1;
      if (decision.outcome !== 'allow') {
        log.outcomes[event.id] = decision.outcome;
        decided[event.id] = [event.actor.id, event.type];
      }
    }
  };

  // Whether the account's owner (not an attacker) is acting at a time: the truth a reviewer finds out.
  const isBadAt = (accountId: string, at: number) => {
    const a = accounts.get(accountId);
    if (!a || a.honest) return false;
    const t = takeoverAt.get(accountId);
    return t === undefined || at >= t;
  };

  let publisher: NatsPublisher | null = null;
  if (mode === 'nats') {
    if (!opts.nats) throw new Error("mode 'nats' needs the NATS server (opts.nats.servers)");
    publisher = await natsPublisher(opts.nats);
  }
  let pending: Extract<TimelineItem, { kind: 'event' }>[] = [];
  const flush = async () => {
    // NATS: every event published so far is answered before anything that may depend on it.
    if (publisher) return publisher.settle();
    if (!pending.length) return;
    const batch = pending;
    pending = [];
    tick(batch[0].at);
    opts.clock?.advanceTo(batch[batch.length - 1].at);
    const res = await client.request('POST', '/v1/events/batch', { events: batch.map((i) => i.event) });
    if (res.status !== 200 && res.status !== 207 && res.status !== 201) {
      fail('POST /v1/events/batch', res);
      return;
    }
    for (const r of res.body.results as { index: number; status: string; result?: EventReply; error?: unknown }[]) {
      recordReply(batch[r.index].event, r.status, r.result);
      if (r.status === 'rejected') fail(`event ${batch[r.index].event.id}`, { status: 400, body: r.error });
    }
    tick(batch[batch.length - 1].at, 1);
    await opts.afterEvents?.();
  };

  // Message id → event id of messages that carry attachments, so a held upload names its message.
  const withAttachments = new Map<string, string>();
  const started = Date.now();
  let done = 0;
  try {
    let day = '';
    for await (const item of timeline) {
      done++;
      // History from before the simulation starts (top earners' past contracts, months back, a
      // few events a day) is loaded, not lived: no daily flush or sweeps there, or a batch run
      // would play one event and one sweep per past day.
      if (item.at >= truth.startAt && item.at.slice(0, 10) !== day) {
        // A new simulated day: what was played before it is in, then the day's sweeps run.
        await flush();
        day = item.at.slice(0, 10);
        opts.clock?.advanceTo(`${day}T00:00:00.000Z`);
        await opts.onSimulatedDay?.(day);
      }
      if (!(item.kind === 'event' && mode === 'batch')) opts.clock?.advanceTo(item.at);
      if (item.kind === 'event' && publisher) {
        if (opts.rate && opts.rate > 0) {
          const due = started + (stats.events / opts.rate) * 1000;
          if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
        }
        const at = item.at;
        const ev = item.event;
        await publisher.publish(item.event, (r) => {
          recordReply(ev, r.status === 'lost' ? 'rejected' : r.status, r);
          if (r.status === 'rejected') fail(`event ${r.id}`, { status: 400, body: r.error });
          if (r.status === 'lost') fail(`event ${r.id}`, { status: 0, body: 'no reply from Warden over NATS' });
          tick(at);
        });
        opts.onProgress?.(done, total, stats);
        continue;
      }
      if (item.kind === 'event' && Array.isArray(item.event.data.attachments) && typeof item.event.data.messageId === 'string')
        withAttachments.set(item.event.data.messageId, item.event.id);
      if (item.kind === 'event' && mode === 'batch') {
        pending.push(item);
        if (pending.length >= batchSize) await flush();
        opts.onProgress?.(done, total, stats);
        continue;
      }
      await flush();
      switch (item.kind) {
        case 'event': {
          if (opts.rate && opts.rate > 0) {
            const due = started + (stats.events / opts.rate) * 1000;
            if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
          }
          const res = await client.request('POST', '/v1/events', item.event);
          if (res.status === 201 || res.status === 200) recordReply(item.event, res.status === 201 ? 'accepted' : 'duplicate', res.body);
          else {
            recordReply(item.event, 'rejected');
            fail(`event ${item.event.id}`, res);
          }
          await opts.afterEvents?.();
          break;
        }
        case 'upload': {
          const u = item.upload;
          const q = new URLSearchParams({
            id: u.attachmentId,
            name: u.name,
            mimeType: u.mimeType,
            messageId: u.messageId,
            accountId: u.accountId,
            recipientId: u.recipientId,
          });
          const res = await client.request('POST', `/v1/attachments?${q}`, undefined, {
            data: Buffer.from(u.base64, 'base64'),
            contentType: 'application/octet-stream',
          });
          if (res.status >= 300) fail(`upload ${u.attachmentId}`, res);
          else {
            stats.uploads++;
            const eventId = withAttachments.get(u.messageId);
            if (res.status === 201 && res.body?.released === false && eventId) {
              log.attachmentsHeld ??= [];
              log.attachmentsHeld.push(eventId);
            }
          }
          break;
        }
        case 'report': {
          const res = await client.request('POST', '/v1/reports', item.report);
          if (res.status >= 300) fail(`report ${item.id}`, res);
          else {
            stats.reports++;
            log.reports.push({
              simId: item.id,
              wardenId: res.body.id ?? res.body.report?.id,
              at: item.at,
              accountId: item.report.subject.accountId,
              reporterId: item.report.reporterId,
            });
          }
          break;
        }
        case 'appeal': {
          // Most accounts never had an action to appeal: one look at their actions (one indexed
          // read) first, the standing page (every rule, strike and notice rendered) only when
          // there is one. An account with no action has no appeal step on its standing either.
          const any = await client.request('GET', `/v1/accounts/${encodeURIComponent(item.accountId)}/timeline?kinds=action&limit=1`);
          if (any.status === 200 && Array.isArray(any.body?.entries) && any.body.entries.length === 0) break;
          const st = await client.request('GET', `/v1/accounts/${encodeURIComponent(item.accountId)}/standing`);
          if (st.status !== 200) break;
          const step = (st.body.whatYouCanDo as { kind: string; actionId?: string }[]).find((s) => s.kind === 'appeal' && s.actionId);
          if (!step) break;
          const res = await client.request('POST', '/v1/appeals', { accountId: item.accountId, actionId: step.actionId, text: item.text });
          if (res.status >= 300) fail(`appeal ${item.id}`, res);
          else {
            stats.appeals++;
            log.appeals.push({ simId: item.id, wardenId: res.body.id, accountId: item.accountId, actionId: step.actionId!, at: item.at });
          }
          break;
        }
        case 'review': {
          await reviewDay(item.at);
          break;
        }
      }
      tick(item.at);
      opts.onProgress?.(done, total, stats);
    }
    await flush();
  } finally {
    await publisher?.close();
  }
  log.wallEnd = new Date().toISOString();
  return log;

  async function reviewDay(at: string) {
    const now = Date.parse(at);
    await triageDay(at, now);
    // Only the day's capacity from the head of the queue: the open queue can be much longer.
    const open = await listAll<{ id: string; source: string; subject: { accountId: string } }>(
      client,
      '/v1/cases?status=open&sort=priority',
      'cases',
      500,
      capacity,
    );
    for (const c of open) {
      const accountId = c.subject.accountId;
      const bad = isBadAt(accountId, now);
      // Whether the reviewer judges right depends on the account and the day, not on the order
      // of the queue: two runs of one simulation (e.g. two policy sets) get the same reviewers.
      const right = new Rng(truth.seed).fork(`review:${accountId}:${c.source}:${at.slice(0, 10)}`).chance(accuracy);
      const full = await client.request('GET', `/v1/cases/${c.id}`);
      if (full.status !== 200) {
        fail(`GET case ${c.id}`, full);
        continue;
      }
      let verdict: string;
      // Whether the verdict matches the truth (a dismissal of a bad account for want of evidence is not).
      let correct = right;
      let res: { status: number; body: unknown };
      if (c.source === 'appeal' && full.body.appealId) {
        // An appeal is overturned when the account is honest, upheld when not (or by mistake the other way).
        const overturn = right ? !bad : bad;
        verdict = overturn ? 'overturned' : 'upheld';
        res = await client.request('POST', `/v1/appeals/${full.body.appealId}/decide`, { outcome: verdict, reason: 'simulated reviewer' });
        if (res.status < 300) stats.appealDecisions++;
      } else {
        const act = reviewerActs(full.body, bad, right);
        correct = act === bad;
        const abuse = accounts.get(accountId)?.abuse;
        verdict = act ? `action:${VERDICT_ACTION[abuse ?? ''] ?? 'warning'}` : 'dismiss';
        await client.request('POST', `/v1/cases/${c.id}/claim`, { force: true });
        res = await client.request(
          'POST',
          `/v1/cases/${c.id}/resolve`,
          act
            ? { resolution: 'action', action: { type: VERDICT_ACTION[abuse ?? ''] ?? 'warning' }, reason: 'simulated reviewer', force: true }
            : { resolution: 'dismiss', reason: 'simulated reviewer: no violation', force: true },
        );
      }
      if (res.status >= 300) {
        fail(`review case ${c.id}`, res);
        continue;
      }
      stats.reviews++;
      log.reviews.push({ at, caseId: c.id, accountId, source: c.source, verdict, correct });
    }
  }

  /**
   * The triage team's day (before the case reviewers'): up to `capacity` reports from the report
   * triage queue, oldest first, each escalated into a case or closed (`triageEscalates`). A
   * Warden without report triage (over --url, older) answers 404: nothing to do.
   */
  async function triageDay(at: string, now: number) {
    const res = await client.request('GET', `/v1/reports?triage=queued&limit=${capacity}`);
    if (res.status !== 200) return;
    for (const r of res.body.reports as { id: string; reporterId: string; subject: { accountId: string; text: string | null } }[]) {
      const accountId = r.subject.accountId;
      const bad = isBadAt(accountId, now);
      // Seeded by who reported whom and the day, not Warden's report id: two runs of one simulation get the same triage.
      const right = new Rng(truth.seed).fork(`triage:${r.reporterId}:${accountId}:${at.slice(0, 10)}`).chance(accuracy);
      const decision = triageEscalates(r, bad, right) ? 'escalate' : 'close';
      const done = await client.request('POST', `/v1/reports/${encodeURIComponent(r.id)}/triage`, {
        decision,
        reason: decision === 'escalate' ? 'simulated triage: the reported content shows it' : 'simulated triage: nothing to verify or no violation',
      });
      // 409: a detection or another reporter took it out of the queue meanwhile.
      if (done.status === 409) continue;
      if (done.status >= 300) {
        fail(`triage report ${r.id}`, done);
        continue;
      }
      stats.triageDecisions = (stats.triageDecisions ?? 0) + 1;
      log.triage?.push({ at, reportId: r.id, accountId, decision, correct: (decision === 'escalate') === bad });
    }
  }
}
