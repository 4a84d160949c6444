// Behaviour patterns and payment risk, computed incrementally: each event writes the few facts
// it adds (facts.ts) and re-counts only the patterns it can change, over one account's recent
// facts. A signal's evidence names the events behind it (`eventIds`), which the case shows.

import { networkEvidence } from '../detect/account/network.ts';
import { isNetworkOrTravelSignal } from '../detect/network-facts.ts';
import type { Signal, Strength } from '../detect/types.ts';
import { accountFacts, contractFacts, getRelationship, getRelationships } from '../events/accounts.ts';
import type { EventOf, WardenEvent } from '../events/schemas.ts';
import type { IdentifierKind } from '../network/identifiers.ts';
import { sharedBetween } from '../network/store.ts';
import { signalsDecidedFor } from '../policy/decide.ts';
import { successfulLoginsUntil } from '../security/store.ts';
import type { Tx } from '../store/db.ts';
import { type Fact, factsOf, factsOfKinds, recordFact, within } from './facts.ts';
import '../trust/tables.ts';
import type { CountRule, PatternSettings } from './settings.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const RANK: Record<Strength, number> = { weak: 1, medium: 2, strong: 3 };

export interface DetectContext {
  tx: Tx;
  at: Date;
  cfg: PatternSettings;
  /** What screening found in this event's text (contact details, requests to move). */
  screened: readonly Signal[];
  emit(accountId: string, signal: Signal): void;
}

/**
 * Screening found contact details or a request to move the work, the talk or the payment off the
 * platform: `contact.*`, `offplatform.*`, and an interview moved to a messenger
 * (`scam.offplatform_interview`, "interview on Telegram"), which asks the same thing in a job ad's words.
 */
const movesOffPlatform = (signals: readonly Signal[]) =>
  signals.some((s) => s.type.startsWith('contact.') || s.type.startsWith('offplatform.') || s.type === 'scam.offplatform_interview');
const before = (at: Date, days: number) => new Date(at.getTime() - days * DAY);

function strengthOf(n: number, rule: CountRule): Strength | null {
  return n >= rule.strong ? 'strong' : n >= rule.medium ? 'medium' : null;
}

/** A signal; its score is set from the settings' `scores` where it is emitted (detectPatterns, sweepTimePatterns). */
function signal(type: string, strength: Strength, evidence: Record<string, unknown>): Signal {
  return { type, strength, score: 0, evidence };
}

/**
 * Emits a counted pattern once per strength and window: the account that reached "medium"
 * is not re-decided on every later event, only again when it reaches "strong".
 */
async function emitPattern(
  c: DetectContext,
  e: { id: string },
  accountId: string,
  type: string,
  n: number,
  rule: CountRule,
  evidence: Record<string, unknown>,
) {
  const strength = strengthOf(n, rule);
  if (!strength) return;
  const prior = await factsOf(c.tx, accountId, `signalled:${type}`, before(c.at, rule.windowDays), c.at);
  if (prior.some((f) => RANK[(f.detail?.strength as Strength) ?? 'weak'] >= RANK[strength])) return;
  await recordFact(c.tx, { accountId, kind: `signalled:${type}`, eventId: e.id, at: c.at, detail: { strength } });
  c.emit(accountId, signal(type, strength, { count: n, windowDays: rule.windowDays, ...evidence }));
}

const distinct = (facts: Fact[]) => [...new Set(facts.map((f) => f.counterpartId).filter((x): x is string => !!x))];
const eventIds = (facts: Fact[]) => facts.map((f) => f.eventId);

// ── circumvention patterns ─────────────────────────────────────────────────────────────────

// ── self-dealing between linked accounts ───────────────────────────────────────────────────

/** Identifiers that make two accounts one person's when they also deal with each other (never an IP). */
const PERSON_KINDS: readonly IdentifierKind[] = ['device', 'payment_handle', 'payout_destination', 'phone', 'email'];
const MONEY_KINDS = new Set<IdentifierKind>(['payment_handle', 'payout_destination']);
const SELF_DEALING_WINDOW_DAYS = 30;

/**
 * A proposal to, or a contract with, an account that shares a device, card, payout
 * destination, phone or e-mail with the other party: one person on both sides of a deal (sock
 * clients buying feedback, self-hiring to move money). Sharing alone is common enough (a family
 * computer) to stay weak in the linked graph; dealing with oneself is not. `linked.counterparty`
 * for both accounts — strong when a money identifier is shared, else medium — once per pair in
 * 30 days. The behaviour-patterns policy opens a review case; nothing acts on the account.
 */
async function selfDealing(c: DetectContext, e: WardenEvent, x: string, y: string | undefined) {
  if (!y || x === y) return;
  const shared = await sharedBetween(c.tx, x, y, PERSON_KINDS);
  if (!shared.length) return;
  if (e.type === 'contract.started') await linkedContract(c, e, x, y, shared);
  const strength: Strength = shared.some((s) => MONEY_KINDS.has(s.kind)) ? 'strong' : 'medium';
  for (const [me, other] of [
    [x, y],
    [y, x],
  ]) {
    const prior = await factsOf(c.tx, me, 'signalled:linked.counterparty', before(c.at, SELF_DEALING_WINDOW_DAYS), c.at, { counterpartId: other });
    if (prior.some((f) => RANK[(f.detail?.strength as Strength) ?? 'weak'] >= RANK[strength])) continue;
    await recordFact(c.tx, { accountId: me, kind: 'signalled:linked.counterparty', counterpartId: other, eventId: e.id, at: c.at, detail: { strength } });
    c.emit(
      me,
      signal('linked.counterparty', strength, {
        counterpart: other,
        shared: shared.map((s) => ({ kind: s.kind, valueMasked: s.valueMasked })),
        linkedAccounts: [other],
        eventIds: [e.id, ...shared.flatMap((s) => s.eventIds)],
      }),
    );
  }
}

/**
 * Whether an established account's direct hires are too small a share of its contracts to be a
 * pattern (settings.ts hireWithoutMessages): its track record (earnings, tenure, JSS) says it is
 * established, and `direct` is below `establishedMinShare` of every contract it has started.
 */
async function fewDirectHiresForItsRecord(tx: Tx, accountId: string, direct: number, rule: PatternSettings['hireWithoutMessages'], at: Date): Promise<boolean> {
  const a = await tx.selectFrom('accounts').select(['created_at', 'total_earned_cents']).where('id', '=', accountId).executeTakeFirst();
  const profile = await tx.selectFrom('search_profiles').select('jss').where('account_id', '=', accountId).executeTakeFirst();
  const years = a?.created_at ? (at.getTime() - new Date(a.created_at).getTime()) / (365.25 * DAY) : 0;
  const established =
    Number(a?.total_earned_cents ?? 0) >= rule.establishedEarnedCents || years >= rule.establishedYears || Number(profile?.jss ?? 0) >= rule.establishedJss;
  if (!established) return false;
  const row = await tx
    .selectFrom('contracts')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where((eb) => eb.or([eb('client_id', '=', accountId), eb('freelancer_id', '=', accountId)]))
    .where('started_at', '<=', at)
    .executeTakeFirst();
  const contracts = Number(row?.n ?? 0);
  return contracts > 0 && direct / contracts < rule.establishedMinShare;
}

/** The pseudo-account under which Warden notes the conversations it has seen on the marketplace. */
const WARDEN = '~warden';

/** The earliest conversation Warden saw on the marketplace, if any. */
async function conversationsSince(tx: Tx): Promise<Date | null> {
  const row = await tx
    .selectFrom('pattern_facts')
    .select('at')
    .where('account_id', '=', WARDEN)
    .where('kind', '=', 'conversations_seen')
    .orderBy('at', 'asc')
    .limit(1)
    .executeTakeFirst();
  return row ? new Date(row.at) : null;
}

/**
 * Notes that Warden saw a conversation (message, proposal, invite) at `c.at`: one fact while it
 * is the earliest seen, so reading "since when" is one indexed row.
 */
async function conversationSeen(c: DetectContext, e: WardenEvent) {
  const first = await conversationsSince(c.tx);
  if (!first || first > c.at) await recordFact(c.tx, { accountId: WARDEN, kind: 'conversations_seen', eventId: e.id, at: c.at });
}

/**
 * Whether Warden could have seen the conversation before a hire between `a` and `b` at `c.at`:
 * it had been seeing the marketplace's conversations for `observedDays` by then, or it began to
 * before one of the parties registered (the pair's talk, if any, came after the later registration). A marketplace's history from
 * before Warden — backfilled contracts whose talk was never sent — is neither: no such hire is
 * "without messages". An account whose registration Warden never saw counts as older than Warden.
 */
async function conversationObserved(c: DetectContext, a: string, b: string): Promise<boolean> {
  const first = await conversationsSince(c.tx);
  if (!first) return false;
  const since = first.getTime();
  if (since > c.at.getTime()) return false;
  if (c.at.getTime() - since >= c.cfg.hireWithoutMessages.observedDays * DAY) return true;
  const rows = await c.tx.selectFrom('accounts').select(['id', 'created_at']).where('id', 'in', [a, b]).execute();
  const created = new Map(rows.map((r) => [r.id, r.created_at ? new Date(r.created_at).getTime() : null]));
  // The pair can have talked only once both existed: from the later registration on.
  return Math.max(...[a, b].map((id) => created.get(id) ?? Number.NEGATIVE_INFINITY)) >= since;
}

async function contractStarted(c: DetectContext, e: EventOf<'contract.started'>) {
  const { clientId, freelancerId, amountCents } = e.data;
  await selfDealing(c, e, clientId, freelancerId);
  const rel = await getRelationship(c.tx, clientId, freelancerId);
  const messagedBefore = rel.firstMessageAt !== null && Date.parse(rel.firstMessageAt) <= c.at.getTime();
  // A rehire: the pair worked together before (this contract's own start is already projected,
  // so an earlier first contract means an earlier one). Clients come back to a freelancer they
  // know without a new conversation; that is a repeat client, not a relationship begun elsewhere.
  const rehire = rel.firstContractAt !== null && Date.parse(rel.firstContractAt) < c.at.getTime();
  const touched = messagedBefore || rehire || (await factsOf(c.tx, freelancerId, 'touch', new Date(0), c.at, { counterpartId: clientId })).length > 0;
  await recordFact(c.tx, {
    accountId: clientId,
    kind: 'hire',
    counterpartId: freelancerId,
    eventId: e.id,
    at: c.at,
    detail: { contractId: e.data.contractId },
  });
  if (!touched && (await conversationObserved(c, clientId, freelancerId))) {
    const rule = c.cfg.hireWithoutMessages;
    for (const [me, other] of [
      [clientId, freelancerId],
      [freelancerId, clientId],
    ]) {
      await recordFact(c.tx, { accountId: me, kind: 'hire_without_messages', counterpartId: other, eventId: e.id, at: c.at });
      const facts = await factsOf(c.tx, me, 'hire_without_messages', before(c.at, rule.windowDays), c.at);
      if (facts.length >= rule.medium && (await fewDirectHiresForItsRecord(c.tx, me, facts.length, rule, c.at))) continue;
      await emitPattern(c, e, me, 'circumvention.hire_without_messages', facts.length, rule, { counterparts: distinct(facts), eventIds: eventIds(facts) });
    }
  }
  const farming = c.cfg.feedbackFarming;
  if (amountCents !== undefined && amountCents <= farming.tinyCents) {
    await recordFact(c.tx, { accountId: clientId, kind: 'tiny_contract', counterpartId: freelancerId, eventId: e.id, at: c.at, amountCents });
    const facts = await factsOf(c.tx, clientId, 'tiny_contract', before(c.at, farming.windowDays), c.at, { counterpartId: freelancerId });
    for (const me of [clientId, freelancerId])
      await emitPattern(c, e, me, 'circumvention.feedback_farming', facts.length, farming, {
        pair: [clientId, freelancerId],
        eventIds: eventIds(facts),
      });
  }
}

/**
 * A message that shares contact details or asks to move off the platform. Records the share
 * (whether the conversation then stopped is the sweep's question: contactThenSilence below), and
 * when the sender applied to, or was invited by, the recipient and they have no contract yet, it
 * is the "apply, then ask the client to move" of applyAndMove: the ask comes in the first reply as
 * often as in the proposal itself. Sharing after a contract started is ordinary and not counted.
 */
async function contactShared(c: DetectContext, e: EventOf<'message.sent'>) {
  if (!movesOffPlatform(c.screened)) return;
  const me = e.actor.id;
  const other = e.data.recipientId;
  await recordFact(c.tx, { accountId: me, kind: 'contact_shared', counterpartId: other, eventId: e.id, at: c.at });
  const applied = (await factsOf(c.tx, me, 'touch', before(c.at, c.cfg.applyAndMove.windowDays), c.at, { counterpartId: other })).length > 0;
  if (!applied || (await getRelationship(c.tx, me, other)).contractsStarted > 0) return;
  await applyAndMove(c, e, me, other);
}

/** One more client asked to move after an application (proposal or reply); the pattern counts distinct clients. */
async function applyAndMove(c: DetectContext, e: WardenEvent, me: string, counterpart: string) {
  const rule = c.cfg.applyAndMove;
  await recordFact(c.tx, { accountId: me, kind: 'ask_move', counterpartId: counterpart, eventId: e.id, at: c.at });
  const facts = await factsOf(c.tx, me, 'ask_move', before(c.at, rule.windowDays), c.at);
  await emitPattern(c, e, me, 'circumvention.apply_and_move', distinct(facts).length, rule, {
    counterparts: distinct(facts),
    eventIds: eventIds(facts),
  });
}

/**
 * Contact shared with many counterparts, then silence: the first share to each counterpart at
 * least `quietHours` old, after which no message came beyond `graceHours` and no contract started.
 */
async function contactThenSilence(c: DetectContext, me: string) {
  const rule = c.cfg.contactThenSilence;
  const shares = await factsOf(c.tx, me, 'contact_shared', before(c.at, rule.windowDays), new Date(c.at.getTime() - rule.quietHours * HOUR));
  if (new Set(shares.map((f) => f.counterpartId)).size < rule.medium) return;
  // Newest first, so the last one set per counterpart is its first share.
  const firstShare = new Map<string, Fact>();
  for (const f of shares) if (f.counterpartId) firstShare.set(f.counterpartId, f);
  const rels = new Map((await getRelationships(c.tx, me, 500)).map((r) => [r.counterpartId, r]));
  const silent: Fact[] = [];
  for (const f of firstShare.values()) {
    // A counterpart beyond the first 500 is read alone; an empty relationship (the share was in a
    // proposal, and no message or contract ever followed) is the plainest silence there is.
    const r = rels.get(f.counterpartId!) ?? (await getRelationship(c.tx, me, f.counterpartId!));
    if (r.contractsStarted > 0) continue;
    if (r.lastMessageAt === null || Date.parse(r.lastMessageAt) <= f.at.getTime() + rule.graceHours * HOUR) silent.push(f);
  }
  if (!silent.length) return;
  await emitPattern(c, { id: silent[0].eventId }, me, 'circumvention.contact_then_silence', silent.length, rule, {
    counterparts: silent.map((f) => f.counterpartId),
    eventIds: eventIds(silent),
  });
}

async function contractEnded(c: DetectContext, e: EventOf<'contract.ended'>) {
  const k = await contractFacts(c.tx, e.data.contractId);
  if (!k?.clientId || !k.freelancerId || !k.startedAt) return;
  const rule = c.cfg.undercutAfterContact;
  const early = c.at.getTime() - k.startedAt.getTime() <= rule.earlyDays * DAY && e.data.reason !== 'completed';
  const underpaid = k.amountCents !== null && k.amountCents > 0 && k.totalPaidCents < rule.underpaidShare * k.amountCents;
  if (!early && !underpaid) return;
  const since = before(c.at, rule.afterContactDays);
  const shares = [
    ...(await factsOf(c.tx, k.clientId, 'contact_shared', since, c.at, { counterpartId: k.freelancerId })),
    ...(await factsOf(c.tx, k.freelancerId, 'contact_shared', since, c.at, { counterpartId: k.clientId })),
  ];
  if (!shares.length) return;
  for (const me of [k.clientId, k.freelancerId]) {
    await recordFact(c.tx, {
      accountId: me,
      kind: 'undercut',
      counterpartId: me === k.clientId ? k.freelancerId : k.clientId,
      eventId: e.id,
      at: c.at,
      detail: { early, underpaid, contractId: k.id, shares: eventIds(shares) },
    });
    const facts = await factsOf(c.tx, me, 'undercut', before(c.at, rule.windowDays), c.at);
    await emitPattern(c, e, me, 'circumvention.contract_undercut_after_contact', facts.length, rule, {
      counterparts: distinct(facts),
      eventIds: [...eventIds(facts), ...facts.flatMap((f) => (f.detail?.shares as string[]) ?? [])],
    });
  }
}

/**
 * Feedback left between two accounts that share a device, card, payout destination, phone or
 * e-mail (never an IP): one person reviewing themselves through another account, the other shape
 * of feedback farming (sock clients each "hiring" the main account once, at any price). Counted per
 * account over distinct contracts in the window, in both directions; when an account reaches the
 * rule, the signal goes to it and to the linked accounts that reviewed or were reviewed with it,
 * the ring's evidence in one place. A single contract between linked accounts is
 * `linked.counterparty`'s (a review case already); the feedback repeated across contracts is the farming.
 */
/**
 * A contract started between accounts of one person (client `client`, freelancer `fl`): the
 * reviews and the Job Success Score come from contracts, so contracts with several linked
 * "clients" are the farm before any review is written (in a short window most reviews come
 * after it). Counted for the freelancer over distinct linked clients in `linkedFeedback`'s
 * window; at its counts, `circumvention.feedback_farming` (shape `linked_contracts`) for the
 * freelancer and the linked clients. One contract with a family member's account is
 * linked.counterparty's alone.
 */
async function linkedContract(
  c: DetectContext,
  e: EventOf<'contract.started'>,
  client: string,
  fl: string,
  shared: { kind: IdentifierKind; valueMasked: string }[],
) {
  const rule = c.cfg.linkedFeedback;
  await recordFact(c.tx, { accountId: fl, kind: 'linked_contract', counterpartId: client, eventId: e.id, at: c.at, detail: { contractId: e.data.contractId } });
  const facts = await factsOf(c.tx, fl, 'linked_contract', before(c.at, rule.windowDays), c.at);
  const ring = distinct(facts);
  if (!strengthOf(ring.length, rule)) return;
  const evidence = {
    shape: 'linked_contracts',
    contracts: facts.length,
    linkedAccounts: ring,
    shared: shared.map((x) => ({ kind: x.kind, valueMasked: x.valueMasked })),
    eventIds: eventIds(facts),
  };
  for (const id of [fl, ...ring]) await emitPattern(c, e, id, 'circumvention.feedback_farming', ring.length, rule, evidence);
}

async function feedbackLeft(c: DetectContext, e: EventOf<'feedback.left'>) {
  const from = e.actor.id;
  const to = e.data.toId;
  if (!to || from === to) return;
  const shared = await sharedBetween(c.tx, from, to, PERSON_KINDS);
  if (!shared.length) return;
  const rule = c.cfg.linkedFeedback;
  for (const [me, other] of [
    [to, from],
    [from, to],
  ])
    await recordFact(c.tx, {
      accountId: me,
      kind: 'linked_feedback',
      counterpartId: other,
      eventId: e.id,
      at: c.at,
      detail: { contractId: e.data.contractId },
    });
  for (const me of [to, from]) {
    const facts = await factsOf(c.tx, me, 'linked_feedback', before(c.at, rule.windowDays), c.at);
    const contracts = new Set(facts.map((f) => f.detail?.contractId ?? f.eventId));
    if (!strengthOf(contracts.size, rule)) continue;
    const ring = distinct(facts);
    const evidence = {
      shape: 'linked_accounts',
      contracts: contracts.size,
      linkedAccounts: ring,
      shared: shared.map((x) => ({ kind: x.kind, valueMasked: x.valueMasked })),
      eventIds: eventIds(facts),
    };
    for (const id of [me, ...ring]) await emitPattern(c, e, id, 'circumvention.feedback_farming', contracts.size, rule, evidence);
  }
}

async function jobPosted(c: DetectContext, e: EventOf<'job.posted'>) {
  if (!movesOffPlatform(c.screened)) return;
  const rule = c.cfg.jobPostsAskContact;
  await recordFact(c.tx, { accountId: e.actor.id, kind: 'job_asks_contact', eventId: e.id, at: c.at, detail: { jobId: e.data.jobId } });
  const facts = await factsOf(c.tx, e.actor.id, 'job_asks_contact', before(c.at, rule.windowDays), c.at);
  await emitPattern(c, e, e.actor.id, 'circumvention.job_posts_ask_contact', facts.length, rule, { eventIds: eventIds(facts) });
}

/** Records the invite (and the touch that makes a later contract with that freelancer not a direct hire); the pattern is the sweep's. */
async function inviteSent(c: DetectContext, e: EventOf<'invite.sent'>) {
  const client = e.actor.id;
  await recordFact(c.tx, { accountId: e.data.freelancerId, kind: 'touch', counterpartId: client, eventId: e.id, at: c.at });
  await recordFact(c.tx, { accountId: client, kind: 'invite', counterpartId: e.data.freelancerId, eventId: e.id, at: c.at, detail: { jobId: e.data.jobId } });
}

/**
 * A client who invited many distinct freelancers to at least `minJobs` different jobs, each invite
 * at least `graceDays` old (time to hire), and started no contract in the window — a contract
 * whose payment was then charged back does not count as a hire (the money never moved: a fake
 * client "hiring" with a card that is not theirs). Many invites to one job that ends without a
 * hire are ordinary (a project cancelled, a budget cut); invitations fished across job after job
 * that never lead to work on the platform are the pattern.
 */
async function invitesWithoutHiring(c: DetectContext, client: string) {
  const rule = c.cfg.invitesWithoutHiring;
  const since = before(c.at, rule.windowDays);
  const invites = await factsOf(c.tx, client, 'invite', since, before(c.at, rule.graceDays));
  const invited = distinct(invites);
  if (invited.length < rule.medium) return;
  const jobs = new Set(invites.map((f) => (f.detail?.jobId as string | undefined) ?? null));
  if (jobs.size < rule.minJobs) return;
  const hires = await factsOf(c.tx, client, 'hire', since, c.at);
  if (hires.length) {
    const chargedBack = new Set((await factsOf(c.tx, client, 'chargeback', since, c.at)).map((f) => f.detail?.contractId).filter(Boolean));
    if (hires.some((h) => !chargedBack.has(h.detail?.contractId))) return;
  }
  await emitPattern(c, { id: invites[0].eventId }, client, 'circumvention.invites_without_hiring', invited.length, rule, {
    invited: invited.length,
    jobs: jobs.size,
    graceDays: rule.graceDays,
    ...(hires.length ? { chargedBackHires: hires.length } : {}),
    eventIds: eventIds(invites).slice(0, 50),
  });
}

async function proposalSubmitted(c: DetectContext, e: EventOf<'proposal.submitted'>) {
  const client = e.data.clientId;
  if (client) await recordFact(c.tx, { accountId: e.actor.id, kind: 'touch', counterpartId: client, eventId: e.id, at: c.at });
  await selfDealing(c, e, e.actor.id, client);
  if (!movesOffPlatform(c.screened)) return;
  // Contact in a proposal is a share to the job's client like one in a message (contact then silence).
  if (client) await recordFact(c.tx, { accountId: e.actor.id, kind: 'contact_shared', counterpartId: client, eventId: e.id, at: c.at });
  await applyAndMove(c, e, e.actor.id, client ?? `job:${e.data.jobId}`);
}

// ── payment risk ───────────────────────────────────────────────────────────────────────────

async function chargeback(c: DetectContext, e: EventOf<'chargeback.received'> | EventOf<'refund.issued'>) {
  const client = e.actor.id;
  const rule = c.cfg.payment.chargebacks;
  await recordFact(c.tx, {
    accountId: client,
    kind: 'chargeback',
    eventId: e.id,
    at: c.at,
    amountCents: e.data.amountCents,
    detail: { type: e.type, ...(e.type === 'chargeback.received' && e.data.contractId ? { contractId: e.data.contractId } : {}) },
  });
  const facts = await factsOf(c.tx, client, 'chargeback', before(c.at, rule.windowDays), c.at);
  if (facts.length < rule.minCount) return;
  const acct = await accountFacts(c.tx, client);
  const tenureDays = acct ? (c.at.getTime() - acct.since.getTime()) / DAY : 0;
  const spent = acct?.totalSpentCents ?? 0;
  const sum = facts.reduce((s, f) => s + (f.amountCents ?? 0), 0);
  const share = spent > 0 ? sum / spent : Number.POSITIVE_INFINITY;
  const newAccount = tenureDays < rule.newAccountDays;
  // Out of proportion: a large share of what the client ever spent, or a brand-new account.
  if (share < rule.shareOfSpend && !newAccount) return;
  const strength: Strength = facts.length >= rule.strongCount && (newAccount || share >= 2 * rule.shareOfSpend) ? 'strong' : 'medium';
  await emitPattern(
    c,
    e,
    client,
    'payment.chargebacks',
    strength === 'strong' ? 2 : 1,
    { medium: 1, strong: 2, windowDays: rule.windowDays },
    {
      chargebacksAndRefunds: facts.length,
      amountCents: sum,
      totalSpentCents: spent,
      tenureDays: Math.floor(tenureDays),
      eventIds: eventIds(facts),
    },
  );
}

async function earning(c: DetectContext, e: WardenEvent & { data: { contractId: string; amountCents: number } }) {
  const k = await contractFacts(c.tx, e.data.contractId);
  if (!k?.freelancerId) return;
  const client = k.clientId ? await accountFacts(c.tx, k.clientId) : null;
  const clientAgeDays = client ? (c.at.getTime() - client.since.getTime()) / DAY : null;
  await recordFact(c.tx, {
    accountId: k.freelancerId,
    kind: 'earning',
    counterpartId: k.clientId,
    eventId: e.id,
    at: c.at,
    amountCents: e.data.amountCents,
    detail: { clientAgeDays },
  });
}

/** Account-security signals that together make a session new in device and in place. */
const NEW_PLACE = new Set(['account.new_country', 'account.impossible_travel', 'account.vpn', 'account.tor', 'account.datacenter_ip']);

async function login(c: DetectContext, e: EventOf<'user.login'>) {
  // What account security found at this login (its hook ran first).
  const found = await signalsDecidedFor(c.tx, { type: 'account', id: e.actor.id }, e.id);
  // A strong sign of takeover that is not a network or travel fact (those never hold money,
  // alone or together): a burst of failures ending in a success, failures then a new place.
  const risky = found.filter((s) => RANK[s.strength] >= RANK.medium && s.type.startsWith('account.') && !isNetworkOrTravelSignal(s.type));
  if (risky.length)
    await recordFact(c.tx, { accountId: e.actor.id, kind: 'risky_login', eventId: e.id, at: c.at, detail: { signals: risky.map((s) => s.type) } });
  // A session on a device the account never used, from a country or network it never used: not
  // a risk on its own (a traveller's new phone), only the ground a change of payout method
  // stands on (payoutMethodChanged).
  const types = new Set(found.map((s) => s.type));
  const newPlace = [...types].filter((t) => NEW_PLACE.has(t));
  if ((types.has('account.new_device') && newPlace.length) || types.has('account.failed_then_new_place'))
    await recordFact(c.tx, { accountId: e.actor.id, kind: 'new_place_session', eventId: e.id, at: c.at, detail: { signals: [...types] } });
}

/**
 * A payout method added or changed. When it comes within `takeoverHours` of a session on a new
 * device from a new country or network, it is the takeover's move (get in from elsewhere, send
 * the money somewhere new): `account.payout_method_after_new_place`, medium — the change of where
 * money goes is the second, independent risk fact a new device and place need — and the payout
 * that follows is a takeover payout (payoutSignals).
 */
async function payoutMethodChanged(c: DetectContext, e: EventOf<'payout.method_changed'>) {
  if (e.data.change === 'removed') return;
  const sessions = await factsOf(c.tx, e.actor.id, 'new_place_session', new Date(c.at.getTime() - c.cfg.payment.takeoverHours * HOUR), c.at);
  await recordFact(c.tx, {
    accountId: e.actor.id,
    kind: 'payout_method',
    eventId: e.id,
    at: c.at,
    detail: {
      methodId: e.data.methodId ?? null,
      methodType: e.data.methodType ?? null,
      ...(sessions.length ? { afterNewPlace: sessions[0].eventId } : {}),
    },
  });
  if (!sessions.length) return;
  c.emit(
    e.actor.id,
    signal('account.payout_method_after_new_place', 'medium', {
      hoursSinceSession: Math.round(((c.at.getTime() - sessions[0].at.getTime()) / HOUR) * 10) / 10,
      sessionSignals: sessions[0].detail?.signals ?? [],
      methodType: e.data.methodType ?? null,
      eventIds: [e.id, sessions[0].eventId],
    }),
  );
}

/**
 * Whether a payout goes to the method a change named: by id when both carry one, else by type
 * ("crypto") when both carry one; with neither, the change is taken to be the payout's method
 * (the marketplace did not say otherwise).
 */
function sameMethod(change: Fact, payout: EventOf<'payout.requested'>): boolean {
  const id = change.detail?.methodId as string | null | undefined;
  if (id && payout.data.methodId) return id === payout.data.methodId;
  const type = change.detail?.methodType as string | null | undefined;
  if (type && payout.data.method) return type.toLowerCase() === payout.data.method.toLowerCase();
  return true;
}

/** Whether a recorded payout went to the method a change named (as sameMethod, over the payout's fact). */
function samePayoutMethod(change: Fact, payout: Fact): boolean {
  const id = change.detail?.methodId as string | null | undefined;
  const pid = payout.detail?.methodId as string | null | undefined;
  if (id && pid) return id === pid;
  const type = change.detail?.methodType as string | null | undefined;
  const ptype = payout.detail?.method as string | null | undefined;
  if (type && ptype) return type.toLowerCase() === ptype.toLowerCase();
  return true;
}

/**
 * The network of the session a payout came from — the latest successful login within
 * `takeoverHours` — and whether the account had never used that network (AS) before, over
 * enough earlier logins to know its habits. Supporting evidence only: it is added to the
 * payout's own signals and, when one of them fired, as a weak `account.new_network` signal
 * that raises the case's priority; on its own it never makes a signal (engine guard).
 */
async function payoutSession(c: DetectContext, accountId: string) {
  const u = c.cfg.payment.unfamiliarNetwork;
  const logins = await successfulLoginsUntil(c.tx, accountId, c.at, u.historyDays, 500);
  const last = logins[0];
  if (!last || c.at.getTime() - last.at.getTime() > c.cfg.payment.takeoverHours * HOUR) return null;
  const earlier = logins.slice(1);
  const asn = last.network?.asn;
  const unfamiliar = !!asn && earlier.length >= u.minEarlierLogins && !earlier.some((l) => l.network?.asn === asn);
  return {
    network: { ...networkEvidence(last.network), ...(last.country ? { country: last.country } : {}), loggedInAt: last.at.toISOString() },
    unfamiliar,
    knownNetworks: new Set(earlier.map((l) => l.network?.asn).filter(Boolean)).size,
  };
}

async function payoutRequested(c: DetectContext, e: EventOf<'payout.requested'>) {
  const me = e.actor.id;
  const session = await payoutSession(c, me);
  const fired: Signal[] = [];
  const emit = c.emit;
  // The payout's signals carry the session's network as evidence.
  c = {
    ...c,
    emit: (id, s) => {
      if (id === me && session) s.evidence = { ...s.evidence, sessionNetwork: session.network };
      if (id === me) fired.push(s);
      emit(id, s);
    },
  };
  await payoutSignals(c, e, me);
  if (session?.unfamiliar && fired.some((s) => RANK[s.strength] >= RANK.medium))
    emit(
      me,
      signal('account.new_network', 'weak', {
        ...session.network,
        knownNetworks: session.knownNetworks,
        eventIds: [e.id],
      }),
    );
}

async function payoutSignals(c: DetectContext, e: EventOf<'payout.requested'>, me: string) {
  const p = c.cfg.payment;
  const amount = e.data.amountCents;
  await recordFact(c.tx, {
    accountId: me,
    kind: 'payout',
    eventId: e.id,
    at: c.at,
    amountCents: amount,
    detail: { methodId: e.data.methodId ?? null, method: e.data.method ?? null },
  });
  const acct = await accountFacts(c.tx, me);
  const tenureDays = acct ? (c.at.getTime() - acct.since.getTime()) / DAY : 0;
  const earned = acct?.totalEarnedCents ?? 0;

  // A takeover's payout: soon after a login with a strong sign of someone else getting in, or
  // soon after its payout method was changed in a session on a new device from a new place.
  const since = new Date(c.at.getTime() - p.takeoverHours * HOUR);
  // Every fact this payout's patterns read, in one statement (each kind over the widest window
  // any of them reads; narrower windows are filtered below with `within`).
  const ago = (ms: number) => new Date(c.at.getTime() - ms);
  const v = p.velocity;
  const r = p.rapidInOut;
  const f = p.funnel;
  const facts = await factsOfKinds(
    c.tx,
    me,
    {
      risky_login: since,
      payout_method: ago(Math.max(p.newMethod.hours, p.takeoverHours) * HOUR),
      // month (30 days) and payouts since a change within newMethod.hours
      payout: ago(Math.max(30 * DAY, p.newMethod.hours * HOUR)),
      // velocity's inflow, rapid in-out's recent earnings, the funnel's window
      earning: ago(Math.max(7 * DAY + v.turnoverHours * HOUR, r.hours * HOUR, f.windowDays * DAY)),
    },
    c.at,
  );
  const risky = facts.risky_login;
  const changes = facts.payout_method;
  const toChanged = changes.filter((f) => sameMethod(f, e));
  const afterNewPlace = toChanged.filter((f) => f.detail?.afterNewPlace && f.at >= since);
  // Strong (held) only after a sign of someone guessing the password; a new payout method after a
  // new device and place alone is medium (a case, the money moves): an honest person on a VPN
  // with a new laptop may add a bank and withdraw (test/patterns/network-fairness.property.test.ts).
  if (risky.length || afterNewPlace.length)
    c.emit(
      me,
      signal('payment.takeover_payout', risky.length ? 'strong' : 'medium', {
        ...(risky.length ? { hoursSinceRiskyLogin: Math.round((c.at.getTime() - risky[0].at.getTime()) / HOUR) } : {}),
        ...(afterNewPlace.length
          ? { hoursSinceMethodChange: Math.round((c.at.getTime() - afterNewPlace[0].at.getTime()) / HOUR), methodChangedAfterNewPlace: true }
          : {}),
        eventIds: [e.id, ...eventIds(risky), ...eventIds(afterNewPlace), ...afterNewPlace.map((f) => f.detail?.afterNewPlace as string)],
      }),
    );

  // A payout to a method added in the last `newMethod.hours`: above `minCents`, or any amount
  // when the method was added in a session on a new device from a new place (strong, held, only
  // for a new account or after failed attempts at that session's login).
  const recentChanges = toChanged.filter((f) => f.at.getTime() >= c.at.getTime() - p.newMethod.hours * HOUR);
  if (recentChanges.length && (amount >= p.newMethod.minCents || afterNewPlace.length)) {
    const strength: Strength = tenureDays < p.newMethod.newAccountDays || (afterNewPlace.length && risky.length) ? 'strong' : 'medium';
    c.emit(
      me,
      signal('payment.new_method_payout', strength, {
        hoursSinceChange: Math.round((c.at.getTime() - recentChanges[0].at.getTime()) / HOUR),
        tenureDays: Math.floor(tenureDays),
        ...(afterNewPlace.length ? { methodChangedAfterNewPlace: true } : {}),
        eventIds: [e.id, ...eventIds(recentChanges)],
      }),
    );
  } else if (recentChanges.length && tenureDays < p.newMethod.newAccountDays) {
    // Small amounts, again and again: a new account paying out `minPayouts` times to a method it
    // added less than `hours` ago (a mule emptying each payment into a fresh wallet stays below
    // any one-payout threshold). A newcomer's first withdrawal or two to its new bank is ordinary.
    const change = recentChanges[recentChanges.length - 1];
    const toIt = within(facts.payout, change.at).filter((x) => samePayoutMethod(change, x));
    if (toIt.length >= p.newMethod.minPayouts)
      c.emit(
        me,
        signal('payment.new_method_payout', 'medium', {
          shape: 'repeated_small',
          payoutsToNewMethod: toIt.length,
          amountCents: toIt.reduce((a, f) => a + (f.amountCents ?? 0), 0),
          hoursSinceChange: Math.round((c.at.getTime() - change.at.getTime()) / HOUR),
          tenureDays: Math.floor(tenureDays),
          eventIds: [...eventIds(toIt), change.eventId],
        }),
      );
  }

  // Velocity: how fast money passes through a new account. Only a new account's: Warden's record
  // of an established account's earnings and balance may start long after the account did
  // (history from before Warden, hours paid through a path it does not see), so an established
  // earner's withdrawals — weekly, monthly, or a balance saved up for months — are never measured
  // (seed 001: a top earner withdrawing every week; simulator seed 47: a top earner's payout
  // beyond the hours Warden saw logged). A takeover draining an established account is
  // takeover_payout's and new_method_payout's.
  //  - strong: 30 days of payouts beyond everything it ever earned (× overEarnedFactor);
  //  - medium: `turnoverCount` payouts in 7 days, each within `turnoverHours` of money coming in,
  //    of at least `turnoverMinCents` together — the balance never rests, payment after payment.
  const newAccount = tenureDays < v.newAccountDays;
  const sum = (xs: Fact[]) => xs.reduce((s, f) => s + (f.amountCents ?? 0), 0);
  const month = newAccount ? within(facts.payout, before(c.at, 30)) : [];
  const monthSum = sum(month);
  if (newAccount && monthSum >= v.minCents && monthSum > v.overEarnedFactor * earned) {
    c.emit(
      me,
      signal('payment.payout_velocity', 'strong', {
        payoutsCents30d: monthSum,
        totalEarnedCents: earned,
        tenureDays: Math.floor(tenureDays),
        eventIds: eventIds(month),
      }),
    );
  } else if (newAccount) {
    const week = month.filter((f) => f.at.getTime() >= c.at.getTime() - 7 * DAY);
    const inflow = within(facts.earning, new Date(c.at.getTime() - 7 * DAY - v.turnoverHours * HOUR));
    const quick = week.filter((f) => inflow.some((x) => x.at <= f.at && f.at.getTime() - x.at.getTime() <= v.turnoverHours * HOUR));
    if (quick.length >= v.turnoverCount && sum(quick) >= v.turnoverMinCents)
      c.emit(
        me,
        signal('payment.payout_velocity', 'medium', {
          shape: 'turnover',
          quickPayouts7d: quick.length,
          payoutsCents7d: sum(quick),
          turnoverHours: v.turnoverHours,
          tenureDays: Math.floor(tenureDays),
          eventIds: eventIds(quick),
        }),
      );
  }

  // Money straight in and out: released by brand-new clients and paid out within hours, for
  // several distinct such clients in the window. One new client whose freelancer withdraws the
  // day the money arrives is ordinary (so is every freelancer a new agency pays once); a
  // pass-through account receives from one new payer after another.
  const recent = within(facts.earning, new Date(c.at.getTime() - r.hours * HOUR));
  const fromNew = recent.filter((f) => typeof f.detail?.clientAgeDays === 'number' && (f.detail.clientAgeDays as number) <= r.newClientDays);
  if (fromNew.length) {
    await recordFact(c.tx, { accountId: me, kind: 'rapid_in_out', eventId: e.id, at: c.at, amountCents: amount, detail: { clients: distinct(fromNew) } });
    const times = await factsOf(c.tx, me, 'rapid_in_out', before(c.at, r.windowDays), c.at);
    const payers = [...new Set(times.flatMap((f) => (f.detail?.clients as string[] | undefined) ?? []))];
    const strength: Strength | null = payers.length >= r.strongCount ? 'strong' : payers.length >= r.minClients ? 'medium' : null;
    if (strength)
      c.emit(
        me,
        signal('payment.rapid_in_out', strength, { times: times.length, newClients: payers, eventIds: [e.id, ...eventIds(times), ...eventIds(fromNew)] }),
      );
  }

  // Funnelling: many small payments from distinct new clients into this one account.
  const earnings = within(facts.earning, before(c.at, f.windowDays));
  const small = earnings.filter(
    (x) => (x.amountCents ?? 0) <= f.smallCents && typeof x.detail?.clientAgeDays === 'number' && (x.detail.clientAgeDays as number) <= f.newClientDays,
  );
  const funnelStrength = strengthOf(distinct(small).length, f);
  if (funnelStrength) c.emit(me, signal('payment.funnel', funnelStrength, { clients: distinct(small), eventIds: [e.id, ...eventIds(small)] }));

  // Round amounts: several of the last payouts of a new account are whole thousands (a case,
  // never a hold; an established earner's round withdrawals are ordinary).
  const ra = p.roundAmounts;
  if (tenureDays >= ra.newAccountDays) return;
  const last = month.slice(0, ra.of);
  const round = last.filter((x) => (x.amountCents ?? 0) > 0 && (x.amountCents ?? 0) % ra.unitCents === 0);
  if (round.length >= ra.medium && amount % ra.unitCents === 0)
    c.emit(me, signal('payment.round_amounts', 'medium', { round: round.length, of: last.length, eventIds: eventIds(round) }));
}

/** The patterns this event can change, in order; signals go to `c.emit` with the settings' score for their strength. */
export async function detectPatterns(c: DetectContext, e: WardenEvent): Promise<void> {
  const emit = c.emit;
  return eventPatterns({ ...c, emit: (id, s) => emit(id, { ...s, score: c.cfg.scores[s.strength] }) }, e);
}

async function eventPatterns(c: DetectContext, e: WardenEvent): Promise<void> {
  switch (e.type) {
    case 'contract.started':
      return contractStarted(c, e);
    case 'contract.ended':
      return contractEnded(c, e);
    case 'feedback.left':
      return feedbackLeft(c, e);
    case 'message.sent':
      await conversationSeen(c, e);
      return contactShared(c, e);
    case 'job.posted':
      return jobPosted(c, e);
    case 'invite.sent':
      await conversationSeen(c, e);
      return inviteSent(c, e);
    case 'proposal.submitted':
      await conversationSeen(c, e);
      return proposalSubmitted(c, e);
    case 'chargeback.received':
    case 'refund.issued':
      return chargeback(c, e);
    case 'milestone.released':
    case 'hours.logged':
    case 'bonus.paid':
      return earning(c, e);
    case 'user.login':
      return login(c, e);
    case 'payout.method_changed':
      return payoutMethodChanged(c, e);
    case 'payout.requested':
      return payoutRequested(c, e);
  }
}

// ── time-based patterns, for the sweep ────────────────────────────────────────────────────

/** The time-based patterns: the fact kind whose ripening triggers each, and how long it takes to ripen (ms). */
export const TIME_PATTERNS = {
  contact_then_silence: { kind: 'contact_shared', ripensMs: (cfg: PatternSettings) => cfg.contactThenSilence.quietHours * HOUR },
  invites_without_hiring: { kind: 'invite', ripensMs: (cfg: PatternSettings) => cfg.invitesWithoutHiring.graceDays * DAY },
} as const;
export type TimePattern = keyof typeof TIME_PATTERNS;

/** Evaluates one time-based pattern for one account at `c.at`; signals go to `c.emit` with the settings' score. */
export async function timePattern(c: DetectContext, pattern: TimePattern, accountId: string): Promise<void> {
  const emit = c.emit;
  const scored: DetectContext = { ...c, emit: (id, s) => emit(id, { ...s, score: c.cfg.scores[s.strength] }) };
  if (pattern === 'contact_then_silence') return contactThenSilence(scored, accountId);
  return invitesWithoutHiring(scored, accountId);
}
