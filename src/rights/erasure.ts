// Erasure of one account's personal data (GDPR art. 17), keeping what the law and the record
// need (src/rights/README.md says which and why). Every step is an update or delete that does
// nothing the second time, so an erasure run twice — or re-run for a late event — changes
// nothing more: the counts it returns are the rows it changed this time.
import { type RawBuilder, sql } from 'kysely';
import type { Tx } from '../store/db.ts';
import { ERASED, redactJson } from './redact.ts';

/** Rows changed per kind of data, by one erasure run. */
export type ErasureCounts = Record<string, number>;

type Row = { key: string | number; doc: unknown };

/**
 * Blanks the personal strings of one JSON column in the rows `where` selects (redactJson);
 * writes back only rows that changed. `key` is the table's primary key column.
 */
export async function redactColumn(tx: Tx, table: string, key: string, column: string, where: RawBuilder<unknown>): Promise<number> {
  const rows = await sql<Row>`select ${sql.ref(key)} as key, ${sql.ref(column)} as doc from ${sql.table(table)} where ${where}`.execute(tx);
  let changed = 0;
  for (const r of rows.rows) {
    const doc = typeof r.doc === 'string' ? JSON.parse(r.doc) : r.doc;
    const out = redactJson(doc);
    if (!out.changed) continue;
    await sql`update ${sql.table(table)} set ${sql.ref(column)} = ${JSON.stringify(out.value)}::jsonb where ${sql.ref(key)} = ${r.key}`.execute(tx);
    changed++;
  }
  return changed;
}

const affected = (r: { numAffectedRows?: bigint; numUpdatedOrDeletedRows?: bigint }) => Number(r.numAffectedRows ?? r.numUpdatedOrDeletedRows ?? 0);

/**
 * Erases or pseudonymises everything personal Warden holds about `accountId`, in `tx`:
 * - texts it wrote: event payloads and stored replies, decisions' subject text and matches,
 *   case and report subject texts, strike/action evidence quotes, notices' quotes, appeal
 *   statements and its side of the appeal conversation, dispute claims and evidence texts,
 *   job titles/descriptions, feedback comments, screening message tails (sent and received),
 *   content fingerprints, attachment names and contents, webhook payloads naming it;
 * - identifiers: linked identifiers (hashes and masked forms), login IPs and devices, the last
 *   login IP, display name, e-mail domain, profile (its language is kept, for notices);
 * - identity documents: their encrypted contents are purged (the request record stays).
 * Kept: ids, times, outcomes, policies, amounts and counters (see README for the grounds).
 */
export async function eraseAccountData(tx: Tx, accountId: string): Promise<ErasureCounts> {
  const c: ErasureCounts = {};
  const add = (k: string, n: number) => {
    if (n) c[k] = (c[k] ?? 0) + n;
  };
  const id = accountId;

  // Events it sent (payload and the reply kept for duplicates); the reply to a message it
  // received may quote nothing of it, so only its own events are touched.
  add('events.payload', await redactColumn(tx, 'events', 'id', 'payload', sql`actor_id = ${id}`));
  add('events.result', await redactColumn(tx, 'events', 'id', 'result', sql`actor_id = ${id}`));

  add('decisions.signals', await redactColumn(tx, 'decisions', 'id', 'signals', sql`account_id = ${id}`));
  add('decisions.context', await redactColumn(tx, 'decisions', 'id', 'context', sql`account_id = ${id}`));
  add('decisions.effects', await redactColumn(tx, 'decisions', 'id', 'effects', sql`account_id = ${id}`));

  // An appeal's case and its items name the appeal's text after the first colon ("Appeal of action …: <text>").
  add(
    'cases.reason',
    affected(
      await sql`update cases set reason = regexp_replace(reason, '^([^:]*):.*$', ${`\\1: ${ERASED}`})
        where account_id = ${id} and source = 'appeal' and reason not like ${`%: ${ERASED}`}`.execute(tx),
    ),
  );
  add(
    'case_items.reason',
    affected(
      await sql`update case_items set reason = regexp_replace(reason, '^([^:]*):.*$', ${`\\1: ${ERASED}`})
        where kind = 'appeal' and reason not like ${`%: ${ERASED}`} and case_id in (select id from cases where account_id = ${id})`.execute(tx),
    ),
  );
  add('cases.subject_text', affected(await sql`update cases set subject_text = null where account_id = ${id} and subject_text is not null`.execute(tx)));
  add('case_items.signals', await redactColumn(tx, 'case_items', 'id', 'signals', sql`case_id in (select id from cases where account_id = ${id})`));
  add('reports.subject_text', affected(await sql`update reports set subject_text = null where account_id = ${id} and subject_text is not null`.execute(tx)));
  add('reports.comment', affected(await sql`update reports set comment = null where reporter_id = ${id} and comment is not null`.execute(tx)));

  add('enforcement_strikes.evidence', await redactColumn(tx, 'enforcement_strikes', 'id', 'evidence', sql`account_id = ${id}`));
  add('enforcement_actions.evidence', await redactColumn(tx, 'enforcement_actions', 'id', 'evidence', sql`account_id = ${id}`));
  add('enforcement_notices.facts', await redactColumn(tx, 'enforcement_notices', 'id', 'facts', sql`account_id = ${id}`));
  add(
    'appeals.text',
    affected(await sql`update appeals set text = ${ERASED}, attachments = '[]'::jsonb where account_id = ${id} and text <> ${ERASED}`.execute(tx)),
  );
  add(
    'appeal_messages.text',
    affected(
      await sql`update appeal_messages set text = ${ERASED}, attachments = '[]'::jsonb
        where author = 'user' and text <> ${ERASED} and appeal_id in (select id from appeals where account_id = ${id})`.execute(tx),
    ),
  );
  add(
    'verification_documents.content',
    affected(
      await sql`update verification_documents set ciphertext = null, iv = null, tag = null, purged_at = coalesce(purged_at, now())
        where ciphertext is not null and verification_id in (select id from verification_requests where account_id = ${id})`.execute(tx),
    ),
  );

  add(
    'disputes.claim_text',
    affected(
      await sql`update disputes set claim_text = ${ERASED}
        where claim_text <> ${ERASED} and ((opened_by = 'client' and client_id = ${id}) or (opened_by = 'freelancer' and freelancer_id = ${id}))`.execute(tx),
    ),
  );
  add(
    'dispute_evidence.text',
    affected(
      await sql`update dispute_evidence e set text = ${ERASED} from disputes d
        where d.id = e.dispute_id and e.text is not null and e.text <> ${ERASED}
          and ((e.party = 'client' and d.client_id = ${id}) or (e.party = 'freelancer' and d.freelancer_id = ${id}))`.execute(tx),
    ),
  );

  add(
    'jobs.text',
    affected(
      await sql`update jobs set title = null, description = null where client_id = ${id} and (title is not null or description is not null)`.execute(tx),
    ),
  );
  add('feedback.comment', affected(await sql`update feedback set comment = null where from_id = ${id} and comment is not null`.execute(tx)));
  add('screening_message_tails', affected(await sql`delete from screening_message_tails where sender_id = ${id} or recipient_id = ${id}`.execute(tx)));
  add('content_fingerprints', affected(await sql`delete from content_fingerprints where account_id = ${id}`.execute(tx)));
  add(
    'attachment_blobs',
    affected(await sql`delete from attachment_blobs where attachment_id in (select id from attachments where account_id = ${id})`.execute(tx)),
  );
  add('attachments.name', affected(await sql`update attachments set name = ${ERASED} where account_id = ${id} and name <> ${ERASED}`.execute(tx)));

  add('account_identifiers', affected(await sql`delete from account_identifiers where account_id = ${id}`.execute(tx)));
  add(
    'login_history',
    affected(await sql`update login_history set ip = null, device = null where account_id = ${id} and (ip is not null or device is not null)`.execute(tx)),
  );
  // The profile keeps only its language: notices about kept decisions are still written in it.
  add(
    'accounts',
    affected(
      await sql`update accounts set display_name = null, email_domain = null, last_login_ip = null,
          profile = case when profile ? 'locale' then jsonb_build_object('locale', profile->'locale') else '{}'::jsonb end
        where id = ${id} and (display_name is not null or email_domain is not null or last_login_ip is not null
          or profile - 'locale' <> '{}'::jsonb)`.execute(tx),
    ),
  );

  // Trust's search profile copies the name and profile for marketplace search (its search document follows).
  add(
    'search_profiles',
    affected(
      await sql`update search_profiles set display_name = null, title = null, overview = null, skills = '{}', skills_text = null
        where account_id = ${id} and (display_name is not null or title is not null or overview is not null or skills_text is not null or cardinality(skills) > 0)`.execute(
        tx,
      ),
    ),
  );

  // Its profile is emptied: trust recomputes it (profile completeness is a badge criterion) at the next sweep.
  await sql`delete from trust_recompute_due where account_id = ${id}`.execute(tx);

  // Webhook payloads about it (queued or delivered) carry the same texts as its decisions.
  const names = sql`(payload->>'accountId' = ${id} or payload->'data'->>'accountId' = ${id})`;
  add('outbox.payload', await redactColumn(tx, 'outbox', 'id', 'payload', names));
  add('webhook_deliveries.payload', await redactColumn(tx, 'webhook_deliveries', 'id', 'payload', names));
  return c;
}
