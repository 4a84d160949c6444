// Context projections: what Warden knows about accounts, pairs of accounts, contracts,
// payments and feedback, kept from the events. Events may arrive out of order, so every
// update is written to be order-independent: timestamps use least/greatest, status only
// moves forward (pending < active < ended), sums are additive (each event is applied once
// thanks to idempotent ingestion), and later-dated profile facts win over earlier ones.
import { type RawBuilder, sql } from 'kysely';
import type { Tx } from '../store/db.ts';
import { carrying, staleReadsAhead } from '../store/write-behind.ts';
import type { EventOf, WardenEvent } from './schemas.ts';

export function pairKey(x: string, y: string): [string, string] {
  return x < y ? [x, y] : [y, x];
}

/**
 * Makes sure the account exists and was first seen no later than `at`, without locking or
 * rewriting its row when nothing changes (the usual case: a message's recipient). The
 * update runs only when the row is older than `at` or was not visible to the first statement
 * (another transaction was creating it: the second statement sees it committed).
 */
export async function touchAccount(tx: Tx, id: string, at: string): Promise<void> {
  const r = await sql<{ inserted: boolean; later: boolean | null }>`
    with ins as (insert into accounts (id, first_seen_at) values (${id}, ${at}) on conflict (id) do nothing returning 1)
    select exists (select 1 from ins) as inserted, (select first_seen_at > ${at}::timestamptz from accounts where id = ${id}) as later`.execute(tx);
  const row = r.rows[0];
  if (row?.inserted || row?.later === false) return;
  await sql`update accounts set first_seen_at = ${at} where id = ${id} and first_seen_at > ${at}::timestamptz`.execute(tx);
}

async function bumpRelationship(tx: Tx, x: string, y: string, set: ReturnType<typeof sql>): Promise<void> {
  const [a, b] = pairKey(x, y);
  await sql`insert into relationships (account_a, account_b) values (${a}, ${b}) on conflict do nothing`.execute(tx);
  await sql`update relationships set ${set} where account_a = ${a} and account_b = ${b}`.execute(tx);
}

async function registered(tx: Tx, e: EventOf<'user.registered'>) {
  const d = e.data;
  await sql`insert into accounts (id, first_seen_at, created_at, role, country, plan, display_name, email_domain)
    values (${e.actor.id}, ${e.occurredAt}, ${e.occurredAt}, ${d.role}, ${d.country ?? null}, ${d.plan ?? null}, ${d.displayName ?? null}, ${d.emailDomain ?? null})
    on conflict (id) do update set
      first_seen_at = least(accounts.first_seen_at, excluded.first_seen_at),
      created_at = least(accounts.created_at, excluded.created_at),
      role = coalesce(accounts.role, excluded.role),
      -- a later profile.updated may already have set these: keep them then
      country = case when accounts.profile_updated_at is null then coalesce(excluded.country, accounts.country) else coalesce(accounts.country, excluded.country) end,
      plan = case when accounts.profile_updated_at is null then coalesce(excluded.plan, accounts.plan) else coalesce(accounts.plan, excluded.plan) end,
      display_name = coalesce(accounts.display_name, excluded.display_name),
      email_domain = coalesce(accounts.email_domain, excluded.email_domain)`.execute(tx);
  // The language notices use; a later profile.updated may already have set it.
  if (d.locale)
    await sql`update accounts set profile = jsonb_build_object('locale', ${d.locale}::text) || coalesce(profile, '{}'::jsonb) where id = ${e.actor.id}`.execute(
      tx,
    );
}

async function profileUpdated(tx: Tx, e: EventOf<'profile.updated'>) {
  const d = e.data;
  await touchAccount(tx, e.actor.id, e.occurredAt);
  const profile = JSON.stringify({
    title: d.title,
    overview: d.overview,
    skills: d.skills,
    hourlyRateCents: d.hourlyRateCents,
    complete: d.complete,
    locale: d.locale,
  });
  // Only a newer profile event overwrites; an older one arriving late fills gaps only.
  await sql`update accounts set
      profile = case when profile_updated_at is null or profile_updated_at <= ${e.occurredAt}
                     then profile || jsonb_strip_nulls(${profile}::jsonb)
                     else jsonb_strip_nulls(${profile}::jsonb) || profile end,
      country = case when profile_updated_at is null or profile_updated_at <= ${e.occurredAt} then coalesce(${d.country ?? null}, country) else coalesce(country, ${d.country ?? null}) end,
      plan = case when profile_updated_at is null or profile_updated_at <= ${e.occurredAt} then coalesce(${d.plan ?? null}, plan) else coalesce(plan, ${d.plan ?? null}) end,
      display_name = case when profile_updated_at is null or profile_updated_at <= ${e.occurredAt} then coalesce(${d.displayName ?? null}, display_name) else coalesce(display_name, ${d.displayName ?? null}) end,
      profile_updated_at = greatest(profile_updated_at, ${e.occurredAt}::timestamptz)
    where id = ${e.actor.id}`.execute(tx);
}

// One statement per fact (insert or update), since every statement counts on the hot path.
async function login(tx: Tx, e: EventOf<'user.login'>) {
  if (e.data.success === false) return touchAccount(tx, e.actor.id, e.occurredAt);
  const ip = e.data.ip ?? e.actor.ip ?? null;
  await sql`insert into accounts (id, first_seen_at, last_login_at, last_login_ip) values (${e.actor.id}, ${e.occurredAt}, ${e.occurredAt}, ${ip})
    on conflict (id) do update set
      first_seen_at = least(accounts.first_seen_at, excluded.first_seen_at),
      last_login_ip = case when accounts.last_login_at is null or accounts.last_login_at <= excluded.last_login_at
                           then coalesce(excluded.last_login_ip, accounts.last_login_ip) else accounts.last_login_ip end,
      last_login_at = greatest(accounts.last_login_at, excluded.last_login_at)`.execute(tx);
}

async function counter(tx: Tx, id: string, at: string, column: 'jobs_posted' | 'proposals_submitted' | 'invites_sent' | 'messages_sent') {
  const col = sql.ref(column);
  await sql`insert into accounts (id, first_seen_at, ${col}) values (${id}, ${at}, 1)
    on conflict (id) do update set first_seen_at = least(accounts.first_seen_at, excluded.first_seen_at), ${col} = accounts.${col} + 1`.execute(tx);
}

async function jobPosted(tx: Tx, e: EventOf<'job.posted'>) {
  await counter(tx, e.actor.id, e.occurredAt, 'jobs_posted');
  await sql`insert into jobs (id, client_id, title, description, budget_cents, posted_at)
    values (${e.data.jobId}, ${e.actor.id}, ${e.data.title}, ${e.data.description}, ${e.data.budgetCents ?? null}, ${e.occurredAt})
    on conflict (id) do update set
      title = case when jobs.posted_at <= excluded.posted_at then excluded.title else jobs.title end,
      description = case when jobs.posted_at <= excluded.posted_at then excluded.description else jobs.description end,
      budget_cents = case when jobs.posted_at <= excluded.posted_at then coalesce(excluded.budget_cents, jobs.budget_cents) else jobs.budget_cents end`.execute(
    tx,
  );
}

/**
 * The sender's counter, the recipient's row (touchAccount's rules: not locked or rewritten
 * when nothing changes) and the pair's counter, in one statement: every message pays this.
 * With `stored` (an insert of the event's row, `on conflict do nothing returning id`), that
 * insert runs in the same statement and the projection applies only when it stored the row;
 * returns whether it did (true without `stored`).
 */
async function messageSent(tx: Tx, e: EventOf<'message.sent'>, stored?: RawBuilder<unknown>): Promise<boolean> {
  const sender = e.actor.id;
  const recipient = e.data.recipientId;
  const at = e.occurredAt;
  const [a, b] = pairKey(sender, recipient);
  const pair = sql`insert into relationships (account_a, account_b, messages, first_message_at, last_message_at) values (${a}, ${b}, 1, ${at}, ${at})
    on conflict (account_a, account_b) do update set messages = relationships.messages + 1,
      first_message_at = least(relationships.first_message_at, excluded.first_message_at),
      last_message_at = greatest(relationships.last_message_at, excluded.last_message_at)`;
  if (sender === recipient) {
    if (stored && (await sql`${stored}`.execute(tx)).rows.length === 0) return false;
    // One row written twice in one statement is not allowed: the statements one by one.
    await counter(tx, sender, at, 'messages_sent');
    await sql`${pair}`.execute(tx);
    return true;
  }
  // Each part runs only when the event's row was stored (`ev`: its insert's returned id).
  const ev = stored ? sql`ev as (${stored}), ` : sql``;
  const only = stored ? sql`where exists (select 1 from ev)` : sql``;
  // All parts see the snapshot from before the statement: `later` is the recipient's row as it
  // was (null when it did not exist or another transaction was creating it), as in touchAccount.
  // It carries the writes the transaction holds back (store/write-behind.ts: a set's previous
  // event's decision rows), none of which it reads or they read.
  const statement = sql<{ stored: boolean; inserted: boolean; later: boolean | null }>`
    with ${ev}s as (
      insert into accounts (id, first_seen_at, messages_sent) select ${sender}, ${at}::timestamptz, 1 ${only}
      on conflict (id) do update set first_seen_at = least(accounts.first_seen_at, excluded.first_seen_at), messages_sent = accounts.messages_sent + 1
      returning 1
    ), r as (
      insert into accounts (id, first_seen_at) select ${recipient}, ${at}::timestamptz ${only} on conflict (id) do nothing returning 1
    ), p as (
      insert into relationships (account_a, account_b, messages, first_message_at, last_message_at)
      select ${a}, ${b}, 1, ${at}::timestamptz, ${at}::timestamptz ${only}
      on conflict (account_a, account_b) do update set messages = relationships.messages + 1,
        first_message_at = least(relationships.first_message_at, excluded.first_message_at),
        last_message_at = greatest(relationships.last_message_at, excluded.last_message_at)
      returning 1
    )
    select ${stored ? sql`exists (select 1 from ev)` : sql`true`} as stored, exists (select 1 from r) as inserted,
      (select first_seen_at > ${at}::timestamptz from accounts where id = ${recipient}) as later`;
  const r = await (stored ? carrying(statement) : statement).execute(tx);
  const row = r.rows[0];
  if (!row?.stored) return false;
  if (row.inserted || row.later === false) return true;
  await sql`update accounts set first_seen_at = ${at} where id = ${recipient} and first_seen_at > ${at}::timestamptz`.execute(tx);
  // A read sent behind the statement above (screening's prefetch) did not see this update.
  staleReadsAhead(tx);
  return true;
}

/**
 * Stores the event's row with `insert` (`on conflict do nothing returning id`) and projects the
 * event when the row was stored, in one statement for a message (the hot path), else the insert
 * then project(). Returns whether the row was stored (false: the id was already there, nothing
 * projected).
 */
export async function storeAndProject(tx: Tx, e: WardenEvent, insert: RawBuilder<unknown>): Promise<boolean> {
  if (e.type === 'message.sent') return messageSent(tx, e, insert);
  if ((await sql`${insert}`.execute(tx)).rows.length === 0) return false;
  await project(tx, e);
  return true;
}

/** Adds a paid amount to the parties' totals (called when both the payment and the parties are known). */
async function creditParties(tx: Tx, clientId: string, freelancerId: string, cents: number) {
  if (cents === 0) return;
  await sql`update accounts set total_spent_cents = total_spent_cents + ${cents} where id = ${clientId}`.execute(tx);
  await sql`update accounts set total_earned_cents = total_earned_cents + ${cents} where id = ${freelancerId}`.execute(tx);
  await bumpRelationship(tx, clientId, freelancerId, sql`total_paid_cents = total_paid_cents + ${cents}`);
}

async function contractStarted(tx: Tx, e: EventOf<'contract.started'>) {
  const d = e.data;
  await touchAccount(tx, d.clientId, e.occurredAt);
  await touchAccount(tx, d.freelancerId, e.occurredAt);
  // The row may exist already from a payment or an end that arrived first.
  const prior = await tx.selectFrom('contracts').select(['status', 'client_id', 'total_paid_cents']).where('id', '=', d.contractId).executeTakeFirst();
  await sql`insert into contracts (id, job_id, client_id, freelancer_id, kind, amount_cents, status, started_at)
    values (${d.contractId}, ${d.jobId ?? null}, ${d.clientId}, ${d.freelancerId}, ${d.kind}, ${d.amountCents ?? null}, 'active', ${e.occurredAt})
    on conflict (id) do update set
      job_id = coalesce(contracts.job_id, excluded.job_id), client_id = excluded.client_id, freelancer_id = excluded.freelancer_id,
      kind = excluded.kind, amount_cents = coalesce(excluded.amount_cents, contracts.amount_cents),
      status = case when contracts.status = 'ended' then 'ended' else 'active' end,
      started_at = excluded.started_at`.execute(tx);
  const endedBefore = prior?.status === 'ended' ? 1 : 0;
  await bumpRelationship(
    tx,
    d.clientId,
    d.freelancerId,
    sql`contracts_started = contracts_started + 1, contracts_ended = contracts_ended + ${endedBefore},
        first_contract_at = least(first_contract_at, ${e.occurredAt}::timestamptz)`,
  );
  if (prior && !prior.client_id) {
    await sql`update payments set client_id = ${d.clientId}, freelancer_id = ${d.freelancerId} where contract_id = ${d.contractId}`.execute(tx);
    await creditParties(tx, d.clientId, d.freelancerId, Number(prior.total_paid_cents));
  }
}

async function contractEnded(tx: Tx, e: EventOf<'contract.ended'>) {
  const prior = await tx.selectFrom('contracts').select(['status', 'client_id', 'freelancer_id']).where('id', '=', e.data.contractId).executeTakeFirst();
  await sql`insert into contracts (id, status, ended_at, end_reason) values (${e.data.contractId}, 'ended', ${e.occurredAt}, ${e.data.reason ?? null})
    on conflict (id) do update set status = 'ended', ended_at = greatest(contracts.ended_at, excluded.ended_at),
      end_reason = coalesce(excluded.end_reason, contracts.end_reason)`.execute(tx);
  if (prior?.client_id && prior.freelancer_id && prior.status !== 'ended') {
    await bumpRelationship(tx, prior.client_id, prior.freelancer_id, sql`contracts_ended = contracts_ended + 1`);
  }
}

async function payment(tx: Tx, e: WardenEvent, kind: 'escrow' | 'milestone' | 'hourly' | 'bonus', contractId: string, cents: number) {
  const c = await tx.selectFrom('contracts').select(['client_id', 'freelancer_id']).where('id', '=', contractId).executeTakeFirst();
  await tx
    .insertInto('payments')
    .values({
      event_id: e.id,
      contract_id: contractId,
      client_id: c?.client_id ?? null,
      freelancer_id: c?.freelancer_id ?? null,
      kind,
      amount_cents: cents,
      occurred_at: e.occurredAt,
    })
    .onConflict((oc) => oc.column('event_id').doNothing())
    .execute();
  if (kind === 'escrow') {
    // Escrow is money held, not yet paid to the freelancer.
    await sql`insert into contracts (id, status, escrow_cents) values (${contractId}, 'pending', ${cents})
      on conflict (id) do update set escrow_cents = contracts.escrow_cents + excluded.escrow_cents`.execute(tx);
    return;
  }
  await sql`insert into contracts (id, status, total_paid_cents) values (${contractId}, 'pending', ${cents})
    on conflict (id) do update set total_paid_cents = contracts.total_paid_cents + excluded.total_paid_cents,
      escrow_cents = case when ${kind} = 'milestone' then greatest(contracts.escrow_cents - excluded.total_paid_cents, 0) else contracts.escrow_cents end`.execute(
    tx,
  );
  if (c?.client_id && c.freelancer_id) await creditParties(tx, c.client_id, c.freelancer_id, cents);
}

async function feedbackLeft(tx: Tx, e: EventOf<'feedback.left'>) {
  const d = e.data;
  await touchAccount(tx, d.toId, e.occurredAt);
  await tx
    .insertInto('feedback')
    .values({
      event_id: e.id,
      contract_id: d.contractId,
      from_id: e.actor.id,
      to_id: d.toId,
      stars: d.stars ?? null,
      private_score: d.privateScore ?? null,
      end_reason: d.endReason ?? null,
      comment: d.comment ?? null,
      left_at: e.occurredAt,
    })
    .onConflict((oc) => oc.column('event_id').doNothing())
    .execute();
}

async function paymentVerified(tx: Tx, id: string, at: string) {
  await touchAccount(tx, id, at);
  await sql`update accounts set payment_verified = true, payment_verified_at = least(payment_verified_at, ${at}::timestamptz) where id = ${id}`.execute(tx);
}

async function verificationCompleted(tx: Tx, e: EventOf<'verification.completed'>) {
  if (e.data.kind === 'payment') {
    if (e.data.result === 'approved') await paymentVerified(tx, e.actor.id, e.occurredAt);
    return;
  }
  await touchAccount(tx, e.actor.id, e.occurredAt);
  // The latest verification result wins, whatever order the events arrive in.
  await sql`update accounts set
      identity_verified = case when identity_verified_at is null or identity_verified_at <= ${e.occurredAt} then ${e.data.result === 'approved'} else identity_verified end,
      identity_verified_at = greatest(identity_verified_at, ${e.occurredAt}::timestamptz)
    where id = ${e.actor.id}`.execute(tx);
}

/** Applies one (new, validated) event to the projections. */
export async function project(tx: Tx, e: WardenEvent): Promise<void> {
  switch (e.type) {
    case 'user.registered':
      return registered(tx, e);
    case 'user.login':
      return login(tx, e);
    case 'profile.updated':
      return profileUpdated(tx, e);
    case 'job.posted':
      return jobPosted(tx, e);
    case 'proposal.submitted':
      return counter(tx, e.actor.id, e.occurredAt, 'proposals_submitted');
    case 'invite.sent':
      await counter(tx, e.actor.id, e.occurredAt, 'invites_sent');
      return touchAccount(tx, e.data.freelancerId, e.occurredAt);
    case 'message.sent':
      await messageSent(tx, e);
      return;
    case 'contract.started':
      return contractStarted(tx, e);
    case 'contract.ended':
      return contractEnded(tx, e);
    case 'payment.method_verified':
      return paymentVerified(tx, e.actor.id, e.occurredAt);
    case 'escrow.funded':
      return payment(tx, e, 'escrow', e.data.contractId, e.data.amountCents);
    case 'milestone.released':
      return payment(tx, e, 'milestone', e.data.contractId, e.data.amountCents);
    case 'hours.logged':
      return payment(tx, e, 'hourly', e.data.contractId, e.data.amountCents);
    case 'bonus.paid':
      return payment(tx, e, 'bonus', e.data.contractId, e.data.amountCents);
    case 'chargeback.received':
      await touchAccount(tx, e.actor.id, e.occurredAt);
      await sql`update accounts set chargebacks = chargebacks + 1 where id = ${e.actor.id}`.execute(tx);
      return;
    case 'feedback.left':
      return feedbackLeft(tx, e);
    case 'verification.completed':
      return verificationCompleted(tx, e);
    case 'payment.method_added':
    case 'milestone.submitted':
    case 'payout.requested':
    case 'payout.method_changed':
    case 'refund.issued':
      return touchAccount(tx, e.actor.id, e.occurredAt);
  }
}
