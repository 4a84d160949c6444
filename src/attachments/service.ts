// Attachments: accept the file durably first, then scan it (static checks + clamd). A file is
// released to the recipient only when it is clean: if the scanner is down or slow, it stays
// pending and a worker retries it from the database with backoff (fail closed, nothing lost).
import { createHash, randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { checkFileName } from '../detect/malware/file-name-checks.ts';
import { type ClamdClient, ScannerUnavailableError, scanAttachment } from '../detect/malware/scan.ts';
import type { Signal } from '../detect/types.ts';
import type { EventOf } from '../events/schemas.ts';
import type { DecisionService } from '../policy/decide.ts';
import { type Db, type Tx, withTransaction } from '../store/db.ts';
import './tables.ts';

export interface AttachmentView {
  id: string;
  messageId: string | null;
  name: string;
  mimeType: string | null;
  sizeBytes: number | null;
  sha256: string | null;
  status: string;
  released: boolean;
  quarantined: boolean;
  verdict: { verdict: string; reasons: string[]; scanners: string[]; antivirus?: { engine: string | null; note?: string }; detectedType?: string } | null;
  decisionId: string | null;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
}

export interface RetryPolicy {
  baseMs: number;
  maxMs: number;
  /** Lease a worker holds on a claimed row; if it dies, the row is retried after it. */
  leaseMs: number;
}

const DEFAULT_RETRY: RetryPolicy = { baseMs: 5_000, maxMs: 15 * 60_000, leaseMs: 2 * 60_000 };

type Row = {
  id: string;
  message_id: string | null;
  name: string;
  mime_type: string | null;
  size_bytes: number | null;
  sha256: string | null;
  status: string;
  released: boolean;
  quarantined: boolean;
  verdict: unknown;
  decision_id: string | null;
  attempts: number;
  next_attempt_at: Date | null;
  last_error: string | null;
};

function view(r: Row): AttachmentView {
  return {
    id: r.id,
    messageId: r.message_id,
    name: r.name,
    mimeType: r.mime_type,
    sizeBytes: r.size_bytes === null ? null : Number(r.size_bytes),
    sha256: r.sha256,
    status: r.status,
    released: r.released,
    quarantined: r.quarantined,
    verdict: (r.verdict as AttachmentView['verdict']) ?? null,
    decisionId: r.decision_id,
    attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at ? new Date(r.next_attempt_at).toISOString() : null,
    lastError: r.last_error,
  };
}

export class AttachmentService {
  constructor(
    private readonly db: Db,
    private readonly decisions: DecisionService,
    private readonly clamd: ClamdClient | null,
    private readonly log: Logger,
    private readonly retry: RetryPolicy = DEFAULT_RETRY,
  ) {}

  scanners(): string[] {
    return this.clamd ? ['static', `clamd(${this.clamd.describe()})`] : ['static'];
  }

  async get(id: string): Promise<AttachmentView | null> {
    const r = await this.db.selectFrom('attachments').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? view(r) : null;
  }

  /** Stores the file (committed before any scan, so an accepted upload is never lost), then scans it. */
  async upload(
    meta: { id?: string; name: string; mimeType?: string; messageId?: string; accountId?: string; recipientId?: string },
    data: Buffer,
  ): Promise<AttachmentView> {
    const id = meta.id ?? randomUUID();
    const sha256 = createHash('sha256').update(data).digest('hex');
    await withTransaction(this.db, async (tx) => {
      const prior = await tx.selectFrom('attachments').select(['status', 'sha256']).where('id', '=', id).executeTakeFirst();
      if (prior && prior.status !== 'awaiting_upload') return; // the same upload again: keep the first
      await tx
        .insertInto('attachments')
        .values({
          id,
          message_id: meta.messageId ?? null,
          account_id: meta.accountId ?? null,
          recipient_id: meta.recipientId ?? null,
          name: meta.name,
          mime_type: meta.mimeType ?? null,
          size_bytes: data.length,
          sha256,
          status: 'pending',
          next_attempt_at: new Date(),
        })
        .onConflict((oc) =>
          oc.column('id').doUpdateSet({ status: 'pending', size_bytes: data.length, sha256, next_attempt_at: new Date(), mime_type: meta.mimeType ?? null }),
        )
        .execute();
      await tx
        .insertInto('attachment_blobs')
        .values({ attachment_id: id, data })
        .onConflict((oc) => oc.column('attachment_id').doNothing())
        .execute();
    });
    await this.process(id);
    return (await this.get(id))!;
  }

  /** Scans one pending attachment; on scanner failure schedules a retry and returns false. */
  async process(id: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('attachments')
      .innerJoin('attachment_blobs', 'attachment_blobs.attachment_id', 'attachments.id')
      .select(['attachments.id', 'name', 'mime_type', 'account_id', 'message_id', 'recipient_id', 'attempts', 'status', 'attachment_blobs.data'])
      .where('attachments.id', '=', id)
      .executeTakeFirst();
    if (!row || row.status !== 'pending') return false;
    let result: Awaited<ReturnType<typeof scanAttachment>>;
    try {
      result = await scanAttachment({ name: row.name, mimeType: row.mime_type ?? undefined, data: Buffer.from(row.data) }, { clamd: this.clamd });
    } catch (err) {
      if (!(err instanceof ScannerUnavailableError)) throw err;
      const attempts = row.attempts + 1;
      const delay = Math.min(this.retry.maxMs, this.retry.baseMs * 2 ** Math.min(attempts - 1, 20));
      await this.db
        .updateTable('attachments')
        .set({ attempts, last_error: err.message, next_attempt_at: new Date(Date.now() + delay) })
        .where('id', '=', id)
        .execute();
      this.log.warn({ attachmentId: id, attempts, retryInMs: delay, err: err.message }, 'scanner unavailable: attachment stays pending');
      return false;
    }
    await withTransaction(this.db, async (tx) => {
      const decision = await this.decisions.decide(tx, {
        subject: { type: 'attachment', id, text: row.name },
        kind: 'attachment',
        accountId: row.account_id ?? undefined,
        counterpartId: row.recipient_id ?? undefined,
        signals: result.signals,
        context: { attachment: { name: row.name, verdict: result.verdict, messageId: row.message_id } },
      });
      const infected = result.verdict === 'infected';
      await tx
        .updateTable('attachments')
        .set({
          status: result.verdict,
          verdict: JSON.stringify({
            verdict: result.verdict,
            reasons: result.reasons,
            scanners: result.scanners,
            antivirus: result.antivirus,
            detectedType: result.detectedType,
          }),
          signals: JSON.stringify(result.signals),
          released: result.verdict === 'clean' && decision.outcome === 'allow',
          quarantined: infected,
          decision_id: decision.id,
          attempts: row.attempts + 1,
          last_error: null,
          next_attempt_at: null,
          scanned_at: new Date(),
        })
        .where('id', '=', id)
        .execute();
      // Quarantined and held files (suspicious, unscannable) keep their bytes for the reviewers;
      // clean ones are not kept once decided.
      if (result.verdict === 'clean') await tx.deleteFrom('attachment_blobs').where('attachment_id', '=', id).execute();
    });
    return true;
  }

  /** Claims due pending rows (SKIP LOCKED, with a lease) and scans them; returns how many were scanned. */
  async processDue(limit = 20): Promise<number> {
    const ids = await withTransaction(this.db, async (tx) => {
      const due = await tx
        .selectFrom('attachments')
        .select('id')
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', new Date())
        .orderBy('next_attempt_at')
        .limit(limit)
        .forUpdate()
        .skipLocked()
        .execute();
      if (due.length) {
        await tx
          .updateTable('attachments')
          .set({ next_attempt_at: new Date(Date.now() + this.retry.leaseMs) })
          .where(
            'id',
            'in',
            due.map((d) => d.id),
          )
          .execute();
      }
      return due.map((d) => d.id);
    });
    let done = 0;
    for (const id of ids) if (await this.process(id)) done++;
    return done;
  }

  startWorker(intervalMs = 2_000): { stop(): Promise<void> } {
    let running: Promise<unknown> = Promise.resolve();
    const timer = setInterval(() => {
      running = running.then(() => this.processDue()).catch((err) => this.log.error({ err }, 'attachment worker failed'));
    }, intervalMs);
    timer.unref();
    return {
      stop: async () => {
        clearInterval(timer);
        await running;
      },
    };
  }

  /** message.sent: register its attachments, check their names now, report what is known. */
  async onMessage(tx: Tx, e: EventOf<'message.sent'>): Promise<{ attachments: AttachmentView[] } | undefined> {
    const list = e.data.attachments ?? [];
    if (list.length === 0) return undefined;
    const out: AttachmentView[] = [];
    for (const a of list) {
      await tx
        .insertInto('attachments')
        .values({
          id: a.id,
          message_id: e.data.messageId,
          account_id: e.actor.id,
          recipient_id: e.data.recipientId,
          name: a.name,
          mime_type: a.mimeType ?? null,
          size_bytes: a.sizeBytes ?? null,
          sha256: a.sha256 ?? null,
          status: 'awaiting_upload',
        })
        .onConflict((oc) => oc.column('id').doUpdateSet({ message_id: e.data.messageId, account_id: e.actor.id, recipient_id: e.data.recipientId }))
        .execute();
      const row = await tx.selectFrom('attachments').selectAll().where('id', '=', a.id).executeTakeFirstOrThrow();
      const nameSignals: Signal[] = checkFileName(a.name, a.name);
      const v = view(row);
      if (nameSignals.length && !v.verdict)
        v.verdict = { verdict: 'pending', reasons: nameSignals.map((s) => String(s.evidence?.reason ?? s.type)), scanners: ['name'] };
      out.push(v);
    }
    return { attachments: out };
  }
}
