// Trust service: loads the inputs (store.ts), runs the pure calculators, and keeps what must be
// remembered — JSS snapshots, badges with their history, the search index's trust multiplier,
// interview policies and invitation flags. Every function takes a DbOrTx so the ingestion
// hooks run it inside the event's transaction and the sweep in one of its own.
import { sql } from 'kysely';
import type { Principal } from '../access/scopes.ts';
import { notFoundError } from '../app/errors.ts';
import type { WardenEvent } from '../events/schemas.ts';
import { type DbOrTx, type Tx, withTransaction } from '../store/db.ts';
import { type BadgeDecision, type BadgeDecisions, badgeDecisions, type WeeklyJssSnapshot, weeklyJssHistory } from './badges.ts';
import { type ClientTrust, clientTrust, isTrustedClient } from './client-trust.ts';
import type { TrustConfig } from './config.ts';
import { type FreelancerBadges, type FreelancerTrust, freelancerTrust, weeksWithEarnings } from './freelancer-trust.ts';
import { type HoldDecision, holdLength, type PaymentKind, pairHistory } from './hold-length.ts';
import { type InterviewPolicyDecision, interviewPolicy } from './interview-policy.ts';
import { type InvitationJudgement, judgeInvitation } from './invitations.ts';
import { type JobSuccessScore, jobSuccessScore } from './job-success-score.ts';
import { type RankingTrust, rankScore } from './ranking.ts';
import { refreshSearchProfile, type SearchParams, searchFreelancers } from './search.ts';
import {
  type AccountRow,
  accountCreatedAt,
  asPlan,
  type EnforcementFacts,
  enforcementFacts,
  enforcementFactsFor,
  loadAccount,
  loadChargebacks,
  loadCircumventions,
  loadCircumventionsBetween,
  loadClientTrustInput,
  loadEarnings,
  loadFreelancerContracts,
  loadPairContracts,
  loadSignalTypes,
  loadTrustedClientInput,
} from './store.ts';
import type { ConfirmedCircumvention, ContractRecord, DisputeOutcome, EarningRecord } from './types.ts';

/** `{ config, asOf? }`: the trust settings in force and the date to judge as of (now when absent). */
export interface TrustOptions {
  config: TrustConfig;
  asOf?: Date;
}

export const BADGES = ['rising_talent', 'top_rated', 'top_rated_plus', 'expert_vetted'] as const;
export type BadgeName = (typeof BADGES)[number];
const BADGE_KEYS: Record<BadgeName, keyof Omit<BadgeDecisions, 'circumventionBanUntil'>> = {
  rising_talent: 'risingTalent',
  top_rated: 'topRated',
  top_rated_plus: 'topRatedPlus',
  expert_vetted: 'expertVetted',
};

const FREELANCER_ROLES = new Set(['freelancer', 'agency']);

/** Everything known about one freelancer's trust as of a date. */
export interface FreelancerAssessment {
  contracts: ContractRecord[];
  earnings: EarningRecord[];
  circumventions: ConfirmedCircumvention[];
  enforcement: EnforcementFacts;
  jss: JobSuccessScore;
  badges: BadgeDecisions;
  awarded: FreelancerBadges;
  trust: FreelancerTrust;
  ranking: RankingTrust;
}

/** Rising Talent held at each week start, from the stored badge history. */
async function risingTalentWeeks(db: DbOrTx, accountId: string, weeks: WeeklyJssSnapshot[]): Promise<WeeklyJssSnapshot[]> {
  const changes = await db
    .selectFrom('badge_history')
    .select(['change', 'at'])
    .where('account_id', '=', accountId)
    .where('badge', '=', 'rising_talent')
    .orderBy('at')
    .orderBy('id')
    .execute();
  if (changes.length === 0) return weeks;
  return weeks.map((w) => {
    let held = false;
    for (const c of changes) if (new Date(c.at).getTime() <= w.weekStart.getTime()) held = c.change === 'awarded';
    return held ? { ...w, risingTalent: true } : w;
  });
}

export async function assessFreelancer(db: DbOrTx, account: AccountRow, opts: TrustOptions): Promise<FreelancerAssessment> {
  const cfg = opts.config;
  const asOf = opts.asOf ?? new Date();
  // Sequential on purpose: inside a transaction there is one connection anyway.
  const { contracts, enforcement } = await loadFreelancerContracts(db, account.id, asOf);
  const earnings = await loadEarnings(db, account.id);
  const circumventions = await loadCircumventions(db, account.id);
  const vetting = await db.selectFrom('expert_vetting').select('vetted').where('account_id', '=', account.id).executeTakeFirst();
  const jss = jobSuccessScore(contracts, asOf, cfg);
  // Weekly history is replayed from the contracts (late events are taken into account);
  // Rising Talent weeks can only come from what was awarded at the time.
  const weekly = await risingTalentWeeks(db, account.id, weeklyJssHistory(contracts, asOf, cfg.badges.topRated.weeklyLookback, cfg));
  const years = Number(account.profile.yearsOfExperience);
  const badges = badgeDecisions(
    {
      asOf,
      jss: jss.score,
      weeklyHistory: weekly,
      contracts,
      earnings,
      profile: {
        complete: account.profile.complete === true,
        identityVerified: account.identity_verified,
        ...(Number.isFinite(years) ? { yearsOfExperience: years } : {}),
      },
      holds: enforcement.holds,
      activeStrikes: enforcement.activeStrikes,
      circumventions,
      expertVetted: vetting?.vetted ?? false,
      suspended: enforcement.suspended,
    },
    cfg,
  );
  const awarded: FreelancerBadges = {
    risingTalent: badges.risingTalent.awarded,
    topRated: badges.topRated.awarded,
    topRatedPlus: badges.topRatedPlus.awarded,
    expertVetted: badges.expertVetted.awarded,
  };
  const trust = freelancerTrust(
    {
      asOf,
      accountCreatedAt: accountCreatedAt(account),
      identityVerified: account.identity_verified,
      earnings,
      jss: jss.score,
      badges: awarded,
      activeStrikes: enforcement.activeStrikes,
      circumventionBanUntil: badges.circumventionBanUntil,
      suspended: enforcement.suspended,
    },
    cfg,
  );
  const ranking: RankingTrust = {
    suspended: enforcement.suspended,
    weeksWithEarnings: weeksWithEarnings(earnings, asOf, cfg.freelancerTrust.regularityWeeks),
    jss: jss.score,
    badges: awarded,
    identityVerified: account.identity_verified,
    activeStrikes: enforcement.activeStrikes,
    circumventionConfirmed: badges.circumventionBanUntil !== null,
  };
  return { contracts, earnings, circumventions, enforcement, jss, badges, awarded, trust, ranking };
}

function isFreelancer(account: AccountRow, hasFreelanceContracts: boolean): boolean {
  if (account.role) return FREELANCER_ROLES.has(account.role);
  return hasFreelanceContracts || typeof account.profile.title === 'string';
}

async function requireAccount(db: DbOrTx, id: string): Promise<AccountRow> {
  const a = await loadAccount(db, id);
  if (!a) throw notFoundError('account', id);
  return a;
}

const badgeList = (awarded: FreelancerBadges): BadgeName[] => BADGES.filter((b) => awarded[BADGE_KEYS[b]]);

/** The trust multiplier search stores (rankScore at relevance 1), or 0 for hidden accounts. */
export function trustMultiplier(ranking: RankingTrust, cfg: TrustConfig): number {
  return rankScore({ relevance: 1, trust: ranking }, cfg).score ?? 0;
}

export interface RecomputeResult {
  accountId: string;
  jss: number | null;
  jssChanged: boolean;
  badgeChanges: Array<{ badge: BadgeName; change: 'awarded' | 'removed' }>;
}

/**
 * Recomputes a freelancer's JSS and badges and stores what changed: a JSS snapshot when the
 * score or its windows moved, a badge history row per award or removal, the current badges,
 * and the trust columns of the search index. Returns null for accounts that are not freelancers.
 */
export async function recomputeAccountTrust(tx: DbOrTx, accountId: string, cause: string, opts: TrustOptions): Promise<RecomputeResult | null> {
  const asOf = opts.asOf ?? new Date();
  const cfg = opts.config;
  const account = await loadAccount(tx, accountId);
  if (!account) return null;
  const a = await assessFreelancer(tx, account, { ...opts, asOf });
  if (!isFreelancer(account, a.contracts.length > 0)) return null;

  const last = await tx
    .selectFrom('jss_snapshots')
    .select(['score', 'window', 'windows'])
    .where('account_id', '=', accountId)
    .orderBy('computed_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  const windows = JSON.stringify(a.jss.windows);
  // jsonb does not keep key order: compare window by window.
  const sameWindows = (stored: Record<string, number | null>) =>
    Object.keys(stored).length === Object.keys(a.jss.windows).length && Object.entries(a.jss.windows).every(([k, v]) => (stored[k] ?? null) === v);
  const jssChanged = !last || last.score !== a.jss.score || last.window !== a.jss.window || !sameWindows(last.windows);
  if (jssChanged) {
    await tx
      .insertInto('jss_snapshots')
      .values({
        account_id: accountId,
        computed_at: asOf,
        score: a.jss.score,
        window: a.jss.window,
        null_reason: a.jss.nullReason ?? null,
        windows,
        eligibility: JSON.stringify(a.jss.eligibility),
        contributions: JSON.stringify(a.jss.contributions),
        cause,
      })
      .execute();
  }

  const current = await tx.selectFrom('account_badges').select(['badge', 'awarded']).where('account_id', '=', accountId).execute();
  const held = new Map(current.map((r) => [r.badge, r.awarded]));
  const badgeChanges: RecomputeResult['badgeChanges'] = [];
  for (const badge of BADGES) {
    const d: BadgeDecision = a.badges[BADGE_KEYS[badge]];
    const was = held.get(badge);
    const until = d.awarded ? null : a.badges.circumventionBanUntil;
    const reasons = JSON.stringify(d.reasons);
    // Only changes are written: the live reasons are in the trust view, these are the ones
    // in force when the badge was last awarded or removed.
    if (was === undefined || was !== d.awarded) {
      await tx
        .insertInto('account_badges')
        .values({ account_id: accountId, badge, awarded: d.awarded, since: asOf, reasons, until })
        .onConflict((oc) => oc.columns(['account_id', 'badge']).doUpdateSet({ awarded: d.awarded, since: asOf, reasons, until }))
        .execute();
    }
    // A first "not awarded" is no news; an award, or the loss of a badge, is history.
    if ((was === undefined && d.awarded) || (was !== undefined && was !== d.awarded)) {
      const change = d.awarded ? 'awarded' : 'removed';
      await tx.insertInto('badge_history').values({ account_id: accountId, badge, change, at: asOf, reasons, until, cause }).execute();
      badgeChanges.push({ badge, change });
    }
  }

  await refreshSearchProfile(tx, account, {
    weeksWithEarnings: a.ranking.weeksWithEarnings,
    jss: a.jss.score,
    badges: badgeList(a.awarded),
    identityVerified: account.identity_verified,
    activeStrikes: a.enforcement.activeStrikes,
    circumvention: a.ranking.circumventionConfirmed,
    suspended: a.enforcement.suspended,
    multiplier: trustMultiplier(a.ranking, cfg),
    at: asOf,
  });
  return { accountId, jss: a.jss.score, jssChanged, badgeChanges };
}

/**
 * The scheduled sweep: recomputes every freelancer (JSS windows slide and weeks of earnings
 * age even when nothing happens), each in its own transaction so one failure stops nothing.
 * `concurrency` transactions run at once (PGlite queues them on its single connection).
 */
export async function recomputeTrust(
  db: DbOrTx,
  now: Date,
  opts: { config: TrustConfig; batchSize?: number; concurrency?: number },
): Promise<{ accounts: number; jssChanged: number; badgeChanges: number; failed: string[] }> {
  const stats = { accounts: 0, jssChanged: 0, badgeChanges: 0, failed: [] as string[] };
  const batchSize = opts.batchSize ?? 500;
  const concurrency = Math.max(1, opts.concurrency ?? 2);
  const one = async (id: string) => {
    try {
      const r = await withTransaction(db, (tx) => recomputeAccountTrust(tx, id, 'sweep', { config: opts.config, asOf: now }));
      if (r) {
        stats.accounts++;
        if (r.jssChanged) stats.jssChanged++;
        stats.badgeChanges += r.badgeChanges.length;
      }
    } catch {
      stats.failed.push(id);
    }
  };
  let after = '';
  for (;;) {
    const ids = await sql<{ id: string }>`
      select id from accounts where id > ${after}
        and (role in ('freelancer', 'agency') or (role is null and exists (select 1 from contracts where freelancer_id = accounts.id)))
      order by id limit ${batchSize}`.execute(db);
    if (ids.rows.length === 0) break;
    const queue = ids.rows.map((r) => r.id);
    await Promise.all(
      Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
        for (let id = queue.shift(); id !== undefined; id = queue.shift()) await one(id);
      }),
    );
    after = ids.rows[ids.rows.length - 1]?.id ?? after;
  }
  return stats;
}

const PAYMENT_SIGNALS = new Set(['offplatform.payment_outside', 'contact.payment_handle']);

/**
 * The kind of a confirmed circumvention, from the evidence (the signal types behind the case),
 * not from its wording: payment outside the platform when a payment signal is among them.
 */
export function circumventionKind(signalTypes: string[]): 'payment_outside' | 'contact_sharing' {
  return signalTypes.some((t) => PAYMENT_SIGNALS.has(t)) ? 'payment_outside' : 'contact_sharing';
}

/** Called by enforcement when a reviewer confirms circumvention: badges go for 6 months. */
export async function recordCircumvention(
  tx: Tx,
  finding: { accountId: string; kind: 'payment_outside' | 'contact_sharing'; confirmedAt: Date; reference?: string },
  opts: TrustOptions,
): Promise<RecomputeResult | null> {
  await tx
    .insertInto('circumvention_findings')
    .values({ account_id: finding.accountId, kind: finding.kind, confirmed_at: finding.confirmedAt, reference: finding.reference ?? null })
    .onConflict((oc) => oc.columns(['account_id', 'kind', 'reference']).where('reference', 'is not', null).doNothing())
    .execute();
  return recomputeAccountTrust(tx, finding.accountId, `circumvention.${finding.kind}`, opts);
}

export async function setExpertVetted(
  db: DbOrTx,
  accountId: string,
  input: { vetted: boolean; note?: string },
  by: Pick<Principal, 'kind' | 'id' | 'name'>,
  opts: TrustOptions,
): Promise<{ accountId: string; vetted: boolean; badge: { awarded: boolean; reasons: unknown[] } }> {
  return withTransaction(db, async (tx) => {
    await requireAccount(tx, accountId);
    const at = opts.asOf ?? new Date();
    const row = { vetted: input.vetted, note: input.note ?? null, by_kind: by.kind, by_id: by.id, by_name: by.name, at };
    await tx
      .insertInto('expert_vetting')
      .values({ account_id: accountId, ...row })
      .onConflict((oc) => oc.column('account_id').doUpdateSet(row))
      .execute();
    await recomputeAccountTrust(tx, accountId, input.vetted ? 'expert_vetted.set' : 'expert_vetted.unset', opts);
    const b = await tx
      .selectFrom('account_badges')
      .select(['awarded', 'reasons'])
      .where('account_id', '=', accountId)
      .where('badge', '=', 'expert_vetted')
      .executeTakeFirst();
    return { accountId, vetted: input.vetted, badge: { awarded: b?.awarded ?? false, reasons: (b?.reasons as unknown[]) ?? [] } };
  });
}

// ---------------------------------------------------------------------------------------------
// Read views

const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null);

function jssView(jss: JobSuccessScore, explain: boolean) {
  return {
    score: jss.score,
    window: jss.window,
    ...(jss.nullReason ? { nullReason: jss.nullReason } : {}),
    windows: jss.windows,
    eligibility: jss.eligibility,
    ...(explain ? { contributions: jss.contributions } : {}),
  };
}

function badgesView(b: BadgeDecisions) {
  return {
    awarded: badgeList({
      risingTalent: b.risingTalent.awarded,
      topRated: b.topRated.awarded,
      topRatedPlus: b.topRatedPlus.awarded,
      expertVetted: b.expertVetted.awarded,
    }),
    circumventionRemovalUntil: iso(b.circumventionBanUntil),
    decisions: Object.fromEntries(BADGES.map((name) => [name, b[BADGE_KEYS[name]]])),
  };
}

async function badgeHistory(db: DbOrTx, accountId: string, limit = 50) {
  const rows = await db
    .selectFrom('badge_history')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ badge: r.badge, change: r.change, at: iso(r.at), until: iso(r.until), cause: r.cause, reasons: r.reasons }));
}

export interface AccountTrustView {
  accountId: string;
  asOf: string;
  role: string | null;
  freelancer?: {
    jss: ReturnType<typeof jssView>;
    badges: ReturnType<typeof badgesView> & { history: Awaited<ReturnType<typeof badgeHistory>> };
    trust: FreelancerTrust;
  };
  client?: ClientTrust;
}

/** GET /v1/accounts/{id}/trust: computed live from the projections as of `asOf`. */
export async function accountTrust(db: DbOrTx, accountId: string, opts: TrustOptions & { explain?: boolean }): Promise<AccountTrustView> {
  const asOf = opts.asOf ?? new Date();
  const cfg = opts.config;
  const account = await requireAccount(db, accountId);
  const view: AccountTrustView = { accountId, asOf: asOf.toISOString(), role: account.role };
  const a = await assessFreelancer(db, account, { config: cfg, asOf });
  const hasClientSide = account.role === 'client' || account.jobs_posted > 0 || account.total_spent_cents > 0;
  if (isFreelancer(account, a.contracts.length > 0)) {
    view.freelancer = {
      jss: jssView(a.jss, opts.explain ?? false),
      badges: { ...badgesView(a.badges), history: await badgeHistory(db, accountId) },
      trust: a.trust,
    };
  }
  if (hasClientSide || !view.freelancer) view.client = clientTrust(await loadClientTrustInput(db, account, asOf), cfg);
  return view;
}

/** GET /v1/accounts/{id}/jss: the score, every window, what moved it, and the stored history. */
export async function accountJss(db: DbOrTx, accountId: string, opts: TrustOptions & { explain?: boolean; historyLimit?: number }) {
  const asOf = opts.asOf ?? new Date();
  const account = await requireAccount(db, accountId);
  const { contracts } = await loadFreelancerContracts(db, accountId, asOf);
  const jss = jobSuccessScore(contracts, asOf, opts.config);
  const history = await db
    .selectFrom('jss_snapshots')
    .select(['computed_at', 'score', 'window', 'null_reason', 'windows', 'cause'])
    .where('account_id', '=', account.id)
    .orderBy('computed_at', 'desc')
    .orderBy('id', 'desc')
    .limit(opts.historyLimit ?? 100)
    .execute();
  const view = jssView(jss, opts.explain ?? false);
  return {
    accountId,
    asOf: asOf.toISOString(),
    ...view,
    ...(opts.explain
      ? {
          movedBy: jss.contributions
            .filter((c) => c.effect !== 0)
            .map((c) => ({ contractId: c.contractId, effect: c.effect, outcome: c.outcome, reason: c.reason })),
        }
      : {}),
    history: history.map((h) => ({
      computedAt: iso(h.computed_at),
      score: h.score,
      window: h.window,
      nullReason: h.null_reason,
      windows: h.windows,
      cause: h.cause,
    })),
  };
}

/** GET /v1/contracts/{id}/hold: the security period for a payment on the contract, and why. */
export async function contractHold(
  db: DbOrTx,
  contractId: string,
  opts: TrustOptions & { paymentAt?: Date; paymentKind?: PaymentKind },
): Promise<HoldDecision & { contractId: string; clientId: string; freelancerId: string; asOf: string; paymentKind: PaymentKind }> {
  const asOf = opts.asOf ?? new Date();
  const paymentKind = opts.paymentKind ?? 'milestone';
  const c = await db.selectFrom('contracts').select(['client_id', 'freelancer_id']).where('id', '=', contractId).executeTakeFirst();
  if (!c?.client_id || !c.freelancer_id) throw notFoundError('contract', contractId);
  const client = await requireAccount(db, c.client_id);
  const pairContracts = await loadPairContracts(db, c.client_id, c.freelancer_id);
  const chargebacks = await loadChargebacks(db, c.client_id);
  const pairIds = new Set(pairContracts.map((p) => p.id));
  const between = chargebacks.filter((cb) => cb.contractId !== null && pairIds.has(cb.contractId) && cb.at.getTime() <= asOf.getTime()).length;
  const pair = pairHistory(pairContracts, c.client_id, c.freelancer_id, asOf, between) ?? {
    relationshipStartedAt: asOf,
    paidBetweenCents: 0,
    disputes: 0,
    chargebacks: between,
  };
  const enforcement = await enforcementFacts(db, [c.client_id, c.freelancer_id], asOf);
  const clientEnf = enforcement.get(c.client_id) as EnforcementFacts;
  const freelancerEnf = enforcement.get(c.freelancer_id) as EnforcementFacts;
  const decision = holdLength(
    {
      asOf,
      pair,
      client: {
        accountCreatedAt: accountCreatedAt(client),
        paymentMethodVerified: client.payment_verified,
        chargebacks: chargebacks.map((x) => x.at),
        activeStrikes: clientEnf.activeStrikes,
      },
      freelancer: { activeStrikes: freelancerEnf.activeStrikes },
      ...(opts.paymentAt ? { paymentAt: opts.paymentAt } : {}),
      ...(paymentKind === 'bonus' ? { paymentKind, workPaidBetweenCents: await workPaidBetween(db, c.client_id, c.freelancer_id, asOf) } : { paymentKind }),
    },
    opts.config,
  );
  return { contractId, clientId: c.client_id, freelancerId: c.freelancer_id, asOf: asOf.toISOString(), paymentKind, ...decision };
}

/** What a client paid a freelancer for work (milestones and hours; bonuses and escrow left out) up to `asOf`. */
async function workPaidBetween(db: DbOrTx, clientId: string, freelancerId: string, asOf: Date): Promise<number> {
  const r = await sql<{ cents: string | null }>`select sum(amount_cents)::text as cents from payments
    where client_id = ${clientId} and freelancer_id = ${freelancerId} and kind in ('milestone', 'hourly') and occurred_at <= ${asOf}`.execute(db);
  return Number(r.rows[0]?.cents ?? 0);
}

/**
 * Called by disputes when a mediator decides one: the outcome is kept for JSS (the freelancer),
 * client trust (the client) and the pair's hold length, and the freelancer is recomputed in the
 * same transaction. Recording the same dispute twice keeps the later decision.
 */
export async function recordDisputeOutcome(
  tx: Tx,
  d: {
    disputeId: string;
    contractId: string;
    clientId: string;
    freelancerId: string;
    openedBy: 'client' | 'freelancer';
    outcome: DisputeOutcome;
    decidedAt: Date;
  },
  opts: TrustOptions,
): Promise<RecomputeResult | null> {
  const row = {
    contract_id: d.contractId,
    client_id: d.clientId,
    freelancer_id: d.freelancerId,
    opened_by: d.openedBy,
    outcome: d.outcome,
    decided_at: d.decidedAt,
  };
  await sql`insert into trust_dispute_outcomes (dispute_id, contract_id, client_id, freelancer_id, opened_by, outcome, decided_at)
    values (${d.disputeId}, ${row.contract_id}, ${row.client_id}, ${row.freelancer_id}, ${row.opened_by}, ${row.outcome}, ${row.decided_at})
    on conflict (dispute_id) do update set outcome = excluded.outcome, decided_at = excluded.decided_at`.execute(tx);
  return recomputeAccountTrust(tx, d.freelancerId, `dispute.${d.outcome}`, { ...opts, asOf: opts.asOf ?? d.decidedAt });
}

// ---------------------------------------------------------------------------------------------
// Interview policy and invitations

export interface StoredInterviewPolicy extends InterviewPolicyDecision {
  jobId: string;
  clientId: string;
  decidedAt: string;
}

async function clientFacts(db: DbOrTx, clientId: string, asOf: Date) {
  const account = await loadAccount(db, clientId);
  if (!account) return null;
  const input = await loadClientTrustInput(db, account, asOf);
  return { account, input };
}

/** Computes and stores the interview policy of a job, as of when it was posted. */
export async function decideInterviewPolicy(
  tx: DbOrTx,
  job: { jobId: string; clientId: string; kind?: 'hourly' | 'fixed'; budgetCents?: number; postedAt: Date },
  opts: TrustOptions,
): Promise<StoredInterviewPolicy> {
  const cfg = opts.config;
  const asOf = opts.asOf ?? job.postedAt;
  const facts = await clientFacts(tx, job.clientId, asOf);
  const signalTypes = await loadSignalTypes(tx, 'job', job.jobId);
  const decision = interviewPolicy(
    {
      asOf,
      client: {
        accountCreatedAt: facts ? accountCreatedAt(facts.account) : asOf,
        paymentMethodVerified: facts?.account.payment_verified ?? false,
        plan: asPlan(facts?.account.plan),
        trusted: facts ? isTrustedClient(facts.input, cfg) : false,
      },
      job: { kind: job.kind ?? 'fixed', ...(job.budgetCents !== undefined ? { budgetCents: job.budgetCents } : {}) },
      signalTypes,
    },
    cfg,
  );
  const row = {
    client_id: job.clientId,
    job_kind: job.kind ?? null,
    policy: decision.policy,
    risk_points: decision.riskPoints,
    reasons: JSON.stringify(decision.reasons),
    decided_at: asOf,
  };
  await tx
    .insertInto('job_interview_policies')
    .values({ job_id: job.jobId, ...row })
    .onConflict((oc) => oc.column('job_id').doUpdateSet(row))
    .execute();
  return { jobId: job.jobId, clientId: job.clientId, decidedAt: asOf.toISOString(), ...decision };
}

/**
 * The interview policy of a job: the stored one, or (for jobs posted before trust was wired)
 * one computed and stored now. Null for an unknown job. The screening layer uses it to treat
 * a request to interview outside on an `on_platform_required` job as more serious.
 */
export async function interviewPolicyForJob(db: DbOrTx, jobId: string, opts: TrustOptions): Promise<StoredInterviewPolicy | null> {
  const stored = await db.selectFrom('job_interview_policies').selectAll().where('job_id', '=', jobId).executeTakeFirst();
  if (stored) {
    const cfg = opts.config;
    return {
      jobId,
      clientId: stored.client_id,
      decidedAt: iso(stored.decided_at) as string,
      policy: stored.policy as StoredInterviewPolicy['policy'],
      riskPoints: stored.risk_points,
      requiredAtPoints: cfg.interview.requiredAtPoints,
      reasons: stored.reasons as StoredInterviewPolicy['reasons'],
    };
  }
  const job = await db.selectFrom('jobs').select(['client_id', 'budget_cents', 'posted_at']).where('id', '=', jobId).executeTakeFirst();
  if (!job) return null;
  const kind = await sql<{ kind: string | null }>`
    select payload->'data'->>'kind' as kind from events where type = 'job.posted' and payload->'data'->>'jobId' = ${jobId}
    order by occurred_at desc limit 1`.execute(db);
  const k = kind.rows[0]?.kind;
  return decideInterviewPolicy(
    db,
    {
      jobId,
      clientId: job.client_id,
      ...(k === 'hourly' || k === 'fixed' ? { kind: k } : {}),
      ...(job.budget_cents !== null ? { budgetCents: Number(job.budget_cents) } : {}),
      postedAt: new Date(job.posted_at),
    },
    opts,
  );
}

/** Judges an `invite.sent` and stores the judgement for the freelancer's inbox. */
export async function judgeInvite(tx: DbOrTx, e: Extract<WardenEvent, { type: 'invite.sent' }>, opts: TrustOptions): Promise<InvitationJudgement> {
  const cfg = opts.config;
  const asOf = opts.asOf ?? new Date(e.occurredAt);
  const facts = await clientFacts(tx, e.actor.id, asOf);
  const before = await tx
    .selectFrom('contracts')
    .select('id')
    .where('client_id', '=', e.actor.id)
    .where('freelancer_id', '=', e.data.freelancerId)
    .where('started_at', '<=', asOf)
    .limit(1)
    .executeTakeFirst();
  const judgement = judgeInvitation(
    {
      clientPaymentMethodVerified: facts?.account.payment_verified ?? false,
      clientTrustLevel: facts ? clientTrust(facts.input, cfg).level : 'unknown',
      workedTogetherBefore: before !== undefined,
    },
    cfg,
  );
  await tx
    .insertInto('invitation_judgements')
    .values({
      invite_id: e.data.inviteId,
      event_id: e.id,
      job_id: e.data.jobId,
      client_id: e.actor.id,
      freelancer_id: e.data.freelancerId,
      flagged: judgement.flagged,
      priority: judgement.priority,
      reasons: JSON.stringify(judgement.reasons),
      judged_at: asOf,
    })
    .onConflict((oc) => oc.column('invite_id').doNothing())
    .execute();
  return judgement;
}

// ---------------------------------------------------------------------------------------------
// Trust facts: the one definition each capability reads

/**
 * The facts about one account that screening, search, enforcement and the console all use,
 * each defined once here: `trustedClient` (the trusted-client rule over completed contracts,
 * ratings received and active strikes — `isTrustedClient`), `activeStrikes` and `suspended`
 * (enforcementFacts), and the badges and JSS as last stored (recomputed on events, on every
 * enforcement change and by the sweep).
 */
export interface TrustFacts {
  trustedClient: boolean;
  enterprise: boolean;
  activeStrikes: number;
  suspended: boolean;
  jss: number | null;
  badges: string[];
}

/** Whether the client is a trusted client as of `asOf` (unknown accounts are not). */
export async function trustedClientAt(db: DbOrTx, clientId: string, opts: TrustOptions): Promise<boolean> {
  const asOf = opts.asOf ?? new Date();
  return isTrustedClient(await loadTrustedClientInput(db, clientId, asOf), opts.config);
}

/** The trust facts of an account as of `asOf` (see TrustFacts); an unknown account has none. */
export async function trustFactsFor(db: DbOrTx, accountId: string, opts: TrustOptions): Promise<TrustFacts> {
  const asOf = opts.asOf ?? new Date();
  const account = await loadAccount(db, accountId);
  if (!account) return { trustedClient: false, enterprise: false, activeStrikes: 0, suspended: false, jss: null, badges: [] };
  const input = await loadTrustedClientInput(db, accountId, asOf);
  const enforcement = await enforcementFactsFor(db, accountId, asOf);
  const jss = await db
    .selectFrom('jss_snapshots')
    .select('score')
    .where('account_id', '=', accountId)
    .orderBy('computed_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  const badges = await db.selectFrom('account_badges').select('badge').where('account_id', '=', accountId).where('awarded', '=', true).execute();
  return {
    trustedClient: isTrustedClient(input, opts.config),
    enterprise: asPlan(account.plan) === 'enterprise',
    activeStrikes: enforcement.activeStrikes,
    suspended: enforcement.suspended,
    jss: jss?.score ?? null,
    badges: badges.map((b) => b.badge).sort(),
  };
}

/**
 * Trust as the rest of Warden sees it, built once in the composition root with the settings
 * in force; each method passes them to the function that does the work.
 */
export class TrustService {
  constructor(readonly config: TrustConfig) {}

  recomputeAccountTrust(tx: DbOrTx, accountId: string, cause: string, o: { asOf?: Date } = {}) {
    return recomputeAccountTrust(tx, accountId, cause, { ...o, config: this.config });
  }
  /** The daily sweep: every freelancer, `concurrency` at a time. */
  recomputeTrust(db: DbOrTx, now: Date, o: { batchSize?: number; concurrency?: number } = {}) {
    return recomputeTrust(db, now, { ...o, config: this.config });
  }
  recordCircumvention(tx: Tx, finding: Parameters<typeof recordCircumvention>[1]) {
    return recordCircumvention(tx, finding, { config: this.config });
  }
  setExpertVetted(db: DbOrTx, accountId: string, input: { vetted: boolean; note?: string }, by: Pick<Principal, 'kind' | 'id' | 'name'>) {
    return setExpertVetted(db, accountId, input, by, { config: this.config });
  }
  accountTrust(db: DbOrTx, accountId: string, o: { explain?: boolean; asOf?: Date } = {}) {
    return accountTrust(db, accountId, { ...o, config: this.config });
  }
  accountJss(db: DbOrTx, accountId: string, o: { explain?: boolean; historyLimit?: number; asOf?: Date } = {}) {
    return accountJss(db, accountId, { ...o, config: this.config });
  }
  contractHold(db: DbOrTx, contractId: string, o: { asOf?: Date; paymentAt?: Date; paymentKind?: PaymentKind } = {}) {
    return contractHold(db, contractId, { ...o, config: this.config });
  }
  recordDisputeOutcome(tx: Tx, d: Parameters<typeof recordDisputeOutcome>[1]) {
    return recordDisputeOutcome(tx, d, { config: this.config });
  }
  /** Confirmed, not overturned, circumvention between two accounts (payment protection reads it). */
  circumventionsBetween(db: DbOrTx, x: string, y: string, asOf: Date) {
    return loadCircumventionsBetween(db, x, y, asOf);
  }
  decideInterviewPolicy(tx: DbOrTx, job: Parameters<typeof decideInterviewPolicy>[1]) {
    return decideInterviewPolicy(tx, job, { config: this.config });
  }
  interviewPolicyForJob(db: DbOrTx, jobId: string) {
    return interviewPolicyForJob(db, jobId, { config: this.config });
  }
  judgeInvite(tx: DbOrTx, e: Extract<WardenEvent, { type: 'invite.sent' }>) {
    return judgeInvite(tx, e, { config: this.config });
  }
  trustFactsFor(db: DbOrTx, accountId: string, o: { asOf?: Date } = {}) {
    return trustFactsFor(db, accountId, { ...o, config: this.config });
  }
  trustedClientAt(db: DbOrTx, clientId: string, o: { asOf?: Date } = {}) {
    return trustedClientAt(db, clientId, { ...o, config: this.config });
  }
  searchFreelancers(db: DbOrTx, params: SearchParams) {
    return searchFreelancers(db, params, this.config);
  }
}
