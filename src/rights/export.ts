// The export of everything Warden holds about one account (GDPR art. 15 access, art. 20
// portability): one JSON document, sections by capability. What it leaves out, and why:
// identity document contents (the person sent them; Warden keeps them encrypted and only
// for the check — their record, kind and dates are here); linked identifiers in clear (Warden
// never had them: only keyed hashes, shown here in their masked form); other people's
// identities (a report about the account names its reason, not its reporter; a dispute names
// the other party's account id only, which the marketplace already shows both parties);
// reviewers' internal case notes (kept for the record of decisions; the decision and its
// reason are here).
import { sql } from 'kysely';
import type { DbOrTx } from '../store/db.ts';

/** Version of the archive's shape: bump when a section changes meaning. */
export const EXPORT_FORMAT = 'warden.account-export/1';

export interface AccountExport {
  format: typeof EXPORT_FORMAT;
  accountId: string;
  generatedAt: string;
  /** When the account's data was erased (the archive then shows what was kept), or null. */
  erasedAt: string | null;
  account: Record<string, unknown> | null;
  events: unknown[];
  decisions: unknown[];
  cases: unknown[];
  reportsAbout: unknown[];
  reportsMade: unknown[];
  strikes: unknown[];
  actions: unknown[];
  notices: unknown[];
  appeals: unknown[];
  heldContent: unknown[];
  verifications: unknown[];
  linkedIdentifiers: unknown[];
  logins: unknown[];
  contracts: unknown[];
  disputes: unknown[];
  feedbackGiven: unknown[];
  /** Rows per section: a quick look, and the figures the export's audit record keeps. */
  counts: Record<string, number>;
}

const rows = async <T = Record<string, unknown>>(db: DbOrTx, q: ReturnType<typeof sql>): Promise<T[]> => (await q.execute(db)).rows as T[];

/** Builds the archive. Read-only; the caller records the request (RightsService.exportAccount). */
export async function buildAccountExport(db: DbOrTx, accountId: string, now = new Date()): Promise<AccountExport> {
  const id = accountId;
  const account = (await rows(db, sql`select * from accounts where id = ${id}`))[0] ?? null;
  const erased = (await rows<{ first_erased_at: Date }>(db, sql`select first_erased_at from rights_erasures where account_id = ${id}`))[0];
  const events = (await rows<{ payload: unknown }>(db, sql`select payload from events where actor_id = ${id} order by occurred_at, id`)).map((r) => r.payload);
  const decisions = await rows(
    db,
    sql`select id, event_id, subject_type, subject_id, counterpart_id, outcome, policy_versions, signals, context->'subjectText' as subject_text,
          exemptions, created_at from decisions where account_id = ${id} and not shadow order by created_at, id`,
  );
  const cases = await rows(
    db,
    sql`select id, subject_type, subject_id, subject_text, source, status, queue, policy, reason, resolution, resolution_reason, action_type, action_id,
          opened_at, resolved_at from cases where account_id = ${id} order by opened_at, id`,
  );
  const reportsAbout = await rows(
    db,
    sql`select id, subject_type, subject_id, reason, case_id, status, outcome, created_at, resolved_at from reports where account_id = ${id} order by created_at, id`,
  );
  const reportsMade = await rows(
    db,
    sql`select id, subject_type, subject_id, account_id, reason, comment, status, outcome, created_at, resolved_at from reports where reporter_id = ${id} order by created_at, id`,
  );
  const strikes = await rows(
    db,
    sql`select id, policy, policy_version, severity, points, decision_id, subject_type, subject_id, evidence, case_id, status, created_at, expires_at,
          removed_at, removed_reason from enforcement_strikes where account_id = ${id} order by created_at, id`,
  );
  const actions = await rows(
    db,
    sql`select id, type, feature, status, policy, policy_version, reason, evidence, strike_id, case_id, decision_id, automatic, starts_at, ends_at,
          lifted_at, lift_reason, restored, created_at from enforcement_actions where account_id = ${id} order by created_at, id`,
  );
  const notices = await rows(
    db,
    sql`select id, kind, action_id, strike_id, appeal_id, verification_id, locale, facts, created_at from enforcement_notices where account_id = ${id} order by created_at, id`,
  );
  const appeals = await rows<Record<string, unknown> & { id: string }>(
    db,
    sql`select id, action_id, strike_id, text, attachments, status, case_id, decided_at, decision_reason, restored, created_at
          from appeals where account_id = ${id} order by created_at, id`,
  );
  for (const a of appeals) {
    // The conversation: the user's statements and answers and the reviewers' questions and replies (reviewers by role, not name).
    a.conversation = await rows(
      db,
      sql`select id, author, kind, text, attachments, created_at from appeal_messages where appeal_id = ${a.id} order by created_at, id`,
    );
  }
  const heldContent = await rows(
    db,
    sql`select id, action_id, decision_id, subject_type, subject_id, held_at, released_at, release_reason from enforcement_held_content where account_id = ${id} order by held_at, id`,
  );
  const verifications = await rows<Record<string, unknown> & { id: string }>(
    db,
    sql`select id, trigger, reason, provider, status, due_at, requested_at, submitted_at, decided_at, decision_reason
          from verification_requests where account_id = ${id} order by requested_at, id`,
  );
  for (const v of verifications) {
    v.documents = await rows(
      db,
      sql`select id, kind, content_type, size_bytes, created_at, purged_at, (ciphertext is not null) as content_held
            from verification_documents where verification_id = ${v.id} order by created_at, id`,
    );
  }
  const linkedIdentifiers = await rows(
    db,
    sql`select kind, value_masked, first_seen_at, last_seen_at, sightings from account_identifiers where account_id = ${id} order by kind, first_seen_at`,
  );
  const logins = await rows(db, sql`select at, ip, device, country, success from login_history where account_id = ${id} order by at`);
  const contracts = await rows(
    db,
    sql`select id, job_id, client_id, freelancer_id, kind, amount_cents, status, started_at, ended_at, end_reason, total_paid_cents
          from contracts where client_id = ${id} or freelancer_id = ${id} order by started_at, id`,
  );
  const disputes = await rows<Record<string, unknown> & { id: string; client_id: string }>(
    db,
    sql`select id, contract_id, client_id, freelancer_id, contract_kind, milestone_id, week_start, opened_by, claim_kind, claim_text, amount_cents, status,
          opened_at, outcome, release_cents, refund_cents, decision_reason, decided_at from disputes where client_id = ${id} or freelancer_id = ${id}
          order by opened_at, id`,
  );
  for (const d of disputes) {
    d.evidence = await rows(db, sql`select party, kind, reference, text, submitted_at, late from dispute_evidence where dispute_id = ${d.id} order by id`);
  }
  const feedbackGiven = await rows(
    db,
    sql`select contract_id, to_id, stars, private_score, end_reason, comment, left_at from feedback where from_id = ${id} order by left_at`,
  );
  const sections = {
    events,
    decisions,
    cases,
    reportsAbout,
    reportsMade,
    strikes,
    actions,
    notices,
    appeals,
    heldContent,
    verifications,
    linkedIdentifiers,
    logins,
    contracts,
    disputes,
    feedbackGiven,
  };
  return {
    format: EXPORT_FORMAT,
    accountId: id,
    generatedAt: now.toISOString(),
    erasedAt: erased ? new Date(erased.first_erased_at).toISOString() : null,
    account,
    ...sections,
    counts: Object.fromEntries(Object.entries(sections).map(([k, v]) => [k, v.length])),
  };
}
