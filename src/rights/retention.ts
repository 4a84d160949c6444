// The retention sweep: what is past its period (config.ts) is blanked or deleted, kind by kind,
// at most `batchSize` rows per kind and run. Content still under review — an open case about
// it — waits for the case. The run and its counts are recorded in retention_runs.
import { sql } from 'kysely';
import type { Db, Tx } from '../store/db.ts';
import { withTransaction } from '../store/db.ts';
import type { RetentionConfig } from './config.ts';
import { redactColumn } from './erasure.ts';
import { ERASED } from './redact.ts';

const DAY = 86_400_000;
const affected = (r: { numAffectedRows?: bigint }) => Number(r.numAffectedRows ?? 0);
/** Event types whose `data.text` is a message people wrote to each other. */
const TEXT_EVENTS = ['message.sent', 'proposal.submitted', 'invite.sent'];

export type RetentionCounts = Record<string, number>;

async function messageTexts(tx: Tx, cutoff: Date, limit: number): Promise<RetentionCounts> {
  const c: RetentionCounts = {};
  // A decision or case still open keeps its text: the reviewer must read it.
  const openCase = sql`exists (select 1 from cases c where c.status = 'open' and c.subject_id = d.subject_id and c.subject_type = d.subject_type)`;
  const due = (
    await sql<{ id: string }>`select id from events where type in (${sql.join(TEXT_EVENTS)}) and occurred_at < ${cutoff}
      and payload->'data'->>'text' is not null and payload->'data'->>'text' <> ${ERASED} limit ${limit}`.execute(tx)
  ).rows.map((r) => r.id);
  c['events.text'] = 0;
  if (due.length) {
    c['events.text'] = affected(
      await sql`update events set payload = jsonb_set(payload, '{data,text}', to_jsonb(${ERASED}::text)) where id in (${sql.join(due)})`.execute(tx),
    );
    // The reply kept for duplicates quotes the text too (masked text, notice quotes).
    c['events.result'] = await redactColumn(tx, 'events', 'id', 'result', sql`id in (${sql.join(due)})`);
  }
  c['decisions.subjectText'] = affected(
    await sql`update decisions d set context = d.context - 'subjectText', signals = '[]'::jsonb
      where d.id in (select id from decisions where subject_type in ('message', 'proposal', 'invite') and created_at < ${cutoff}
        and context ? 'subjectText' limit ${limit}) and not ${openCase}`.execute(tx),
  );
  c['cases.subject_text'] = affected(
    await sql`update cases set subject_text = null where id in (select id from cases where status = 'resolved' and subject_type in ('message', 'proposal', 'invite')
      and subject_text is not null and opened_at < ${cutoff} limit ${limit})`.execute(tx),
  );
  return c;
}

async function attachments(tx: Tx, cutoff: Date, limit: number): Promise<RetentionCounts> {
  return {
    attachment_blobs: affected(
      await sql`delete from attachment_blobs where attachment_id in (
        select a.id from attachments a join attachment_blobs b on b.attachment_id = a.id
        where a.created_at < ${cutoff} and a.status not in ('pending', 'awaiting_upload')
          and not exists (select 1 from cases c where c.status = 'open' and c.subject_type = 'attachment' and c.subject_id = a.id)
        limit ${limit})`.execute(tx),
    ),
  };
}

async function logins(tx: Tx, cutoff: Date, limit: number): Promise<RetentionCounts> {
  return {
    'login_history.ip': affected(
      await sql`update login_history set ip = null, device = null where event_id in (
        select event_id from login_history where at < ${cutoff} and (ip is not null or device is not null) limit ${limit})`.execute(tx),
    ),
    'accounts.last_login_ip': affected(
      await sql`update accounts set last_login_ip = null where id in (
        select id from accounts where last_login_at < ${cutoff} and last_login_ip is not null limit ${limit})`.execute(tx),
    ),
    // The events keep the actor's IP and device too.
    'events.actor': affected(
      await sql`update events set payload = jsonb_set(payload, '{actor}', (payload->'actor') - 'ip' - 'deviceId' - 'userAgent')
        where id in (select id from events where type = 'user.login' and occurred_at < ${cutoff}
          and ((payload->'actor') ? 'ip' or (payload->'actor') ? 'deviceId' or (payload->'actor') ? 'userAgent') limit ${limit})`.execute(tx),
    ),
  };
}

/**
 * One sweep: each kind past its period (0 days = kept for ever), in one transaction per kind
 * so a failure in one leaves the others done. Returns rows changed per table; records the run.
 */
export async function sweepRetention(db: Db, config: RetentionConfig, now = new Date()): Promise<RetentionCounts> {
  const out: RetentionCounts = {};
  const run = async (f: (tx: Tx) => Promise<RetentionCounts>) => Object.assign(out, await withTransaction(db, f));
  const n = config.batchSize;
  if (config.messageTextDays > 0) await run((tx) => messageTexts(tx, new Date(now.getTime() - config.messageTextDays * DAY), n));
  if (config.attachmentDays > 0) await run((tx) => attachments(tx, new Date(now.getTime() - config.attachmentDays * DAY), n));
  if (config.loginDays > 0) await run((tx) => logins(tx, new Date(now.getTime() - config.loginDays * DAY), n));
  await run(async (tx) => ({
    screening_message_tails: affected(
      await sql`delete from screening_message_tails where sent_at < ${new Date(now.getTime() - config.messageTailMinutes * 60_000)}`.execute(tx),
    ),
  }));
  await db
    .insertInto('retention_runs')
    .values({ ran_at: now, settings: JSON.stringify(config), changed: JSON.stringify(out) })
    .execute();
  return out;
}
