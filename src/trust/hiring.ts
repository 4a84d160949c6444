// Interview policy of a job and judgement of an invitation: computed from the client's trust
// when the job is posted or the invite sent, and stored so the reply, screening and the
// freelancer's inbox read the same answer.
import { sql } from 'kysely';
import type { WardenEvent } from '../events/schemas.ts';
import type { DbOrTx } from '../store/db.ts';
import type { TrustOptions } from './assessment.ts';
import { clientTrust, isTrustedClient } from './client-trust.ts';
import { type InterviewPolicyDecision, interviewPolicy } from './interview-policy.ts';
import { type InvitationJudgement, judgeInvitation } from './invitations.ts';
import { accountCreatedAt, asPlan, loadAccount, loadClientTrustInput, loadSignalTypes } from './store.ts';
import { iso } from './time.ts';

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
