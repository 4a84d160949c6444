// Identity verification: requested → submitted → approved | rejected | expired. A lapsed
// request starts a payment hold; an approval lifts the hold it was guarding. Documents are
// encrypted at rest, every view is audited, and they are purged after the retention period.
import { createHash, randomUUID } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import type { Selectable } from 'kysely';
import { conflictError, notFoundError, validationError, WardenError } from '../app/errors.ts';
import { type DbOrTx, type Tx, withTransaction } from '../store/db.ts';
import { enqueueOutbox } from '../webhooks/outbox.ts';
import { type LiftOptions, type LiftResult, liftAction } from './actions.ts';
import type { EnforceConfig } from './config.ts';
import { type CaseDesk, depsOf, type EnforceDeps, type EnforceSettings, settingsOf } from './deps.ts';
import { openDocument, sealDocument } from './document-crypto.ts';
import { isWeak } from './incidents.ts';
import { createNotice } from './notices/store.ts';
import type { VerificationRequestsTable } from './tables.ts';
import { toActionView } from './views.ts';
import { applyAutomaticAction } from './violations.ts';
import './tables.ts';
import { plural } from '../app/plural.ts';

export const VERIFICATION_TRIGGERS = ['policy', 'suspicious_login', 'hold_lift', 'recurring', 'reviewer'] as const;
export type VerificationTrigger = (typeof VERIFICATION_TRIGGERS)[number];
export const DOCUMENT_KINDS = ['id_document', 'selfie'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
const IMAGE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp']);
const DAY = 86_400_000;

/** Who checks the documents. The built-in one asks a reviewer to compare them in a queue. */
export interface VerificationProvider {
  readonly name: string;
  readonly requiredDocuments: readonly DocumentKind[];
  /** All required documents are in: start the check. */
  submitted(tx: Tx, request: { id: string; accountId: string }, cases: CaseDesk): Promise<{ caseId?: string }>;
}

export const reviewerComparisonProvider: VerificationProvider = {
  name: 'reviewer-comparison',
  requiredDocuments: DOCUMENT_KINDS,
  async submitted(tx, request, cases) {
    const caseId = await cases.openCase(tx, {
      subject: { type: 'account', id: `verification:${request.id}`, accountId: request.accountId },
      source: 'detection',
      queue: 'verification',
      reason: `Identity verification ${request.id}: compare the ID document with the selfie`,
      policy: 'identity_verification',
      severity: 'medium',
    });
    return { caseId };
  },
};

/**
 * The light check: the owner confirms it is them through the marketplace's own sign-in (two-step
 * verification, a link to the account's e-mail), and the marketplace reports it with
 * `POST /v1/verifications/{id}/decide`. No ID document, no selfie, and it does not make the account
 * identity-verified. The most a request may ask when it rests on network and travel facts alone
 * (a VPN, a new country, impossible travel): the decision layer chooses it then (policy/engine.ts).
 */
export const ownerConfirmationProvider: VerificationProvider = {
  name: 'owner-confirmation',
  requiredDocuments: [],
  async submitted() {
    return {};
  },
};

/** `light`: the owner confirms the sign-in, nothing more; `identity`: an ID document and a selfie. */
export type VerificationLevel = 'light' | 'identity';
export const levelOf = (provider: string): VerificationLevel => (provider === ownerConfirmationProvider.name ? 'light' : 'identity');

const providers = new Map<string, VerificationProvider>([
  [reviewerComparisonProvider.name, reviewerComparisonProvider],
  [ownerConfirmationProvider.name, ownerConfirmationProvider],
]);
const providerOf = (name: string) => providers.get(name) ?? reviewerComparisonProvider;

export interface VerificationView {
  id: string;
  accountId: string;
  trigger: string;
  reason: string;
  provider: string;
  level: VerificationLevel;
  status: 'requested' | 'submitted' | 'approved' | 'rejected' | 'expired';
  dueAt: string;
  requestedAt: string;
  submittedAt: string | null;
  decision: { at: string; by: string | null; reason: string | null } | null;
  caseId: string | null;
  holdActionId: string | null;
  documents?: { id: string; kind: string; contentType: string; sizeBytes: number; createdAt: string; purgedAt: string | null }[];
  views?: { documentId: string; viewer: { kind: string; id: string; name: string | null }; at: string }[];
}

const iso = (d: Date | string) => new Date(d).toISOString();

function toView(r: Selectable<VerificationRequestsTable>): VerificationView {
  return {
    id: r.id,
    accountId: r.account_id,
    trigger: r.trigger,
    reason: r.reason,
    provider: r.provider,
    level: levelOf(r.provider),
    status: r.status as VerificationView['status'],
    dueAt: iso(r.due_at),
    requestedAt: iso(r.requested_at),
    submittedAt: r.submitted_at ? iso(r.submitted_at) : null,
    decision: r.decided_at ? { at: iso(r.decided_at), by: r.decided_by, reason: r.decision_reason } : null,
    caseId: r.case_id,
    holdActionId: r.hold_action_id,
  };
}

export interface VerificationRequestInput {
  accountId: string;
  /** Reviewer-facing; the user's notice gives a generic reason for the trigger. */
  reason: string;
  trigger?: VerificationTrigger;
  dueDays?: number;
  /** A payment hold that waits for this verification to be lifted. */
  holdActionId?: string;
  provider?: string;
}

/** Asks the account to verify; an open request is reused (its deadline is kept). */
export async function requestVerification(db: DbOrTx, input: VerificationRequestInput, deps: EnforceSettings): Promise<VerificationView> {
  const { cfg, now } = settingsOf(deps);
  if (!input.accountId) throw validationError('/accountId', 'is required');
  if (!input.reason?.trim()) throw validationError('/reason', 'is required');
  const trigger = input.trigger ?? 'policy';
  if (!VERIFICATION_TRIGGERS.includes(trigger)) throw validationError('/trigger', `must be one of ${VERIFICATION_TRIGGERS.join(', ')}`);
  const dueDays = input.dueDays ?? cfg.verificationDueDays;
  if (!Number.isInteger(dueDays) || dueDays < 1) throw validationError('/dueDays', 'must be a whole number of days, at least 1');
  return withTransaction(db, async (tx) => {
    const open = await tx
      .selectFrom('verification_requests')
      .selectAll()
      .where('account_id', '=', input.accountId)
      .where('status', 'in', ['requested', 'submitted'])
      .forUpdate()
      .executeTakeFirst();
    if (open) {
      if (input.holdActionId && !open.hold_action_id) {
        const r = await tx
          .updateTable('verification_requests')
          .set({ hold_action_id: input.holdActionId, lift_on_approval: true })
          .where('id', '=', open.id)
          .returningAll()
          .executeTakeFirstOrThrow();
        return toView(r);
      }
      return toView(open);
    }
    const row = await tx
      .insertInto('verification_requests')
      .values({
        id: `ver_${randomUUID()}`,
        account_id: input.accountId,
        trigger,
        reason: input.reason.trim(),
        provider: providerOf(input.provider ?? reviewerComparisonProvider.name).name,
        status: 'requested',
        due_at: new Date(now.getTime() + dueDays * DAY),
        requested_at: now,
        hold_action_id: input.holdActionId ?? null,
        lift_on_approval: !!input.holdActionId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await announceRequest(tx, row, cfg, now);
    return toView(row);
  });
}

async function announceRequest(tx: Tx, row: Selectable<VerificationRequestsTable>, cfg: EnforceConfig, now: Date) {
  await enqueueOutbox(tx, 'verification.requested', `verification.requested:${row.id}`, {
    verificationId: row.id,
    accountId: row.account_id,
    trigger: row.trigger,
    dueAt: iso(row.due_at),
    requiredDocuments: providerOf(row.provider).requiredDocuments,
  });
  await createNotice(
    tx,
    {
      kind: 'verification_requested',
      accountId: row.account_id,
      verification: { id: row.id, dueAt: iso(row.due_at), trigger: row.trigger, ...(levelOf(row.provider) === 'light' ? { level: 'light' as const } : {}) },
    },
    { verificationId: row.id },
    cfg,
    now,
  );
}

export async function getVerification(db: DbOrTx, id: string): Promise<VerificationView> {
  const r = await db.selectFrom('verification_requests').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) throw notFoundError('verification', id);
  const docs = await db
    .selectFrom('verification_documents')
    .select(['id', 'kind', 'content_type', 'size_bytes', 'created_at', 'purged_at'])
    .where('verification_id', '=', id)
    .orderBy('created_at')
    .execute();
  const views = await db.selectFrom('verification_document_views').selectAll().where('verification_id', '=', id).orderBy('id').execute();
  return {
    ...toView(r),
    documents: docs.map((d) => ({
      id: d.id,
      kind: d.kind,
      contentType: d.content_type,
      sizeBytes: d.size_bytes,
      createdAt: iso(d.created_at),
      purgedAt: d.purged_at ? iso(d.purged_at) : null,
    })),
    views: views.map((v) => ({ documentId: v.document_id, viewer: { kind: v.viewer_kind, id: v.viewer_id, name: v.viewer_name }, at: iso(v.viewed_at) })),
  };
}

export async function listVerifications(db: DbOrTx, accountId: string): Promise<VerificationView[]> {
  const rows = await db.selectFrom('verification_requests').selectAll().where('account_id', '=', accountId).orderBy('requested_at', 'desc').execute();
  return rows.map(toView);
}

/** Stores one uploaded image, encrypted; when every required kind is in, the check starts. */
export async function addVerificationDocument(
  db: DbOrTx,
  verificationId: string,
  doc: { kind: DocumentKind; data: Buffer },
  key: Buffer,
  deps: EnforceDeps,
): Promise<{ documentId: string; verification: VerificationView }> {
  const { cfg, now, cases } = depsOf(deps);
  if (!DOCUMENT_KINDS.includes(doc.kind)) throw validationError('/kind', `must be one of ${DOCUMENT_KINDS.join(', ')}`);
  if (doc.data.length === 0) throw validationError('/data', 'is empty');
  if (doc.data.length > cfg.verificationMaxBytes) throw validationError('/data', `must be at most ${cfg.verificationMaxBytes} bytes`);
  const type = await fileTypeFromBuffer(doc.data);
  if (!type || !IMAGE_TYPES.has(type.mime)) throw validationError('/data', 'must be a JPEG, PNG or WebP image');
  return withTransaction(db, async (tx) => {
    const req = await tx.selectFrom('verification_requests').selectAll().where('id', '=', verificationId).forUpdate().executeTakeFirst();
    if (!req) throw notFoundError('verification', verificationId);
    if (req.status !== 'requested')
      throw conflictError(`verification ${verificationId} is ${req.status}; documents are accepted while it is requested`, 'VerificationClosed');
    if (levelOf(req.provider) === 'light')
      throw conflictError(
        `verification ${verificationId} only asks the owner to confirm the sign-in: no ID document or selfie is taken`,
        'VerificationNeedsNoDocuments',
      );
    const id = `doc_${randomUUID()}`;
    const sealed = sealDocument(doc.data, key, id);
    await tx
      .insertInto('verification_documents')
      .values({
        id,
        verification_id: verificationId,
        kind: doc.kind,
        content_type: type.mime,
        size_bytes: doc.data.length,
        sha256: createHash('sha256').update(doc.data).digest('hex'),
        key_id: sealed.keyId,
        iv: sealed.iv,
        tag: sealed.tag,
        ciphertext: sealed.ciphertext,
        created_at: now,
      })
      .execute();
    const kinds = await tx
      .selectFrom('verification_documents')
      .select('kind')
      .distinct()
      .where('verification_id', '=', verificationId)
      .where('purged_at', 'is', null)
      .execute();
    const provider = providerOf(req.provider);
    let row = req;
    if (provider.requiredDocuments.every((k) => kinds.some((r) => r.kind === k))) {
      const { caseId } = await provider.submitted(tx, { id: req.id, accountId: req.account_id }, cases);
      row = await tx
        .updateTable('verification_requests')
        .set({ status: 'submitted', submitted_at: now, case_id: caseId ?? null })
        .where('id', '=', verificationId)
        .returningAll()
        .executeTakeFirstOrThrow();
    }
    return { documentId: id, verification: toView(row) };
  });
}

/** Decrypts a document for a reviewer and records the view; there is no unaudited read. */
export async function readVerificationDocument(
  db: DbOrTx,
  verificationId: string,
  documentId: string,
  viewer: { kind: string; id: string; name?: string },
  key: Buffer,
  opts: { now?: Date } = {},
): Promise<{ contentType: string; data: Buffer }> {
  const now = opts.now ?? new Date();
  return withTransaction(db, async (tx) => {
    const d = await tx
      .selectFrom('verification_documents')
      .selectAll()
      .where('id', '=', documentId)
      .where('verification_id', '=', verificationId)
      .executeTakeFirst();
    if (!d) throw notFoundError('document', documentId);
    if (d.purged_at || !d.ciphertext || !d.iv || !d.tag) throw new WardenError('NotFound', `document ${documentId} was deleted after the retention period`);
    await tx
      .insertInto('verification_document_views')
      .values({
        document_id: documentId,
        verification_id: verificationId,
        viewer_kind: viewer.kind,
        viewer_id: viewer.id,
        viewer_name: viewer.name ?? null,
        viewed_at: now,
      })
      .execute();
    return { contentType: d.content_type, data: openDocument({ iv: d.iv, tag: d.tag, ciphertext: d.ciphertext }, key, documentId) };
  });
}

export async function decideVerification(
  db: DbOrTx,
  id: string,
  d: { outcome: 'approved' | 'rejected'; reason: string; by: string },
  deps: EnforceDeps,
): Promise<{ verification: VerificationView; next?: VerificationView; liftedHold?: string }> {
  const { cfg, now } = depsOf(deps);
  if (d.outcome !== 'approved' && d.outcome !== 'rejected') throw validationError('/outcome', 'must be approved or rejected');
  if (!d.reason?.trim()) throw validationError('/reason', 'must say why');
  return withTransaction(db, async (tx) => {
    const req = await tx.selectFrom('verification_requests').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    if (!req) throw notFoundError('verification', id);
    if (req.status !== 'submitted' && req.status !== 'requested') throw conflictError(`verification ${id} is already ${req.status}`, 'VerificationClosed');
    const light = levelOf(req.provider) === 'light';
    // A light check has no documents: the marketplace approves it once the owner confirmed the sign-in.
    if (req.status === 'requested' && d.outcome === 'approved' && !light)
      throw conflictError(`verification ${id} has no documents yet`, 'VerificationIncomplete');
    const row = await tx
      .updateTable('verification_requests')
      .set({ status: d.outcome, decided_at: now, decided_by: d.by, decision_reason: d.reason.trim() })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    if (d.outcome === 'approved' && light) {
      await createNotice(tx, { kind: 'verification_approved', accountId: req.account_id }, { verificationId: id }, cfg, now);
      return { verification: toView(row) };
    }
    if (d.outcome === 'approved') {
      // The account is identity-verified from now on (the latest verification result wins).
      await tx
        .insertInto('accounts')
        .values({ id: req.account_id, first_seen_at: now, identity_verified: true, identity_verified_at: now })
        .onConflict((oc) => oc.column('id').doUpdateSet({ identity_verified: true, identity_verified_at: now }))
        .execute();
      let liftedHold: string | undefined;
      if (req.hold_action_id) {
        const hold = await tx.selectFrom('enforcement_actions').select(['status']).where('id', '=', req.hold_action_id).executeTakeFirst();
        if (hold?.status === 'active' || hold?.status === 'proposed') {
          await liftAction(tx, req.hold_action_id, { reason: 'identity verified', by: d.by }, { ...deps, now });
          liftedHold = req.hold_action_id;
        }
      }
      await createNotice(tx, { kind: 'verification_approved', accountId: req.account_id }, { verificationId: id }, cfg, now);
      return { verification: toView(row), liftedHold };
    }
    // A rejection is a chance to send better photos, not a penalty: a new request, a new deadline.
    const next = await tx
      .insertInto('verification_requests')
      .values({
        id: `ver_${randomUUID()}`,
        account_id: req.account_id,
        trigger: req.trigger,
        reason: req.reason,
        provider: req.provider,
        status: 'requested',
        due_at: new Date(now.getTime() + cfg.verificationDueDays * DAY),
        requested_at: now,
        hold_action_id: req.hold_action_id,
        lift_on_approval: req.lift_on_approval,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await createNotice(
      tx,
      {
        kind: 'verification_rejected',
        accountId: req.account_id,
        reason: d.reason.trim(),
        verification: { id: next.id, dueAt: iso(next.due_at), trigger: next.trigger, ...(light ? { level: 'light' as const } : {}) },
      },
      { verificationId: id },
      cfg,
      now,
    );
    await enqueueOutbox(tx, 'verification.requested', `verification.requested:${next.id}`, {
      verificationId: next.id,
      accountId: next.account_id,
      trigger: next.trigger,
      dueAt: iso(next.due_at),
      previousVerificationId: id,
      requiredDocuments: providerOf(next.provider).requiredDocuments,
    });
    return { verification: toView(row), next: toView(next) };
  });
}

/**
 * Sweep: requests still waiting for documents after their deadline expire, and a payment
 * hold starts (proposed instead, above the reputation bar) — except for a routine recurring
 * check and a light sign-in check (asked on network or travel facts alone), which only lapse
 * (no hold, no case), and a request a policy asked on other automatic facts, which goes to a
 * reviewer without a hold unless strong conduct evidence agrees. Submitted requests wait for the reviewer: the user did their part.
 */
export async function expireVerifications(db: DbOrTx, now: Date, deps: EnforceDeps): Promise<{ expired: number; holds: string[]; cases: string[] }> {
  const { cfg, cases: desk } = depsOf(deps);
  return withTransaction(db, async (tx) => {
    const due = await tx
      .selectFrom('verification_requests')
      .selectAll()
      .where('status', '=', 'requested')
      .where('due_at', '<=', now)
      .limit(500)
      .forUpdate()
      .skipLocked()
      .execute();
    const holds: string[] = [];
    const cases: string[] = [];
    for (const r of due) {
      // A routine re-check (high earners every N months) suspects nothing: a missed deadline is
      // not evidence, so it neither holds money nor opens an investigation. The request lapses
      // and the recurring sweep asks again after RECURRING_REASK_DAYS; the check is still needed
      // before a hold on the account is lifted (needsVerificationBeforeLift). Seed 001: a top
      // earner's money held "just because he sees irregular activity" is what drives them away.
      if (r.trigger === 'recurring' && !r.hold_action_id) {
        await tx
          .updateTable('verification_requests')
          .set({ status: 'expired', decided_at: now, decision_reason: 'deadline passed; routine check: nothing held, asked again later' })
          .where('id', '=', r.id)
          .execute();
        continue;
      }
      // The light check (the owner confirms a sign-in) is asked only on network and travel facts
      // alone (policy/engine.ts verificationLevel): a VPN, a new country, a new device. Those never
      // hold money or access and open no case, so neither does not answering: the request lapses,
      // and conduct evidence, if any ever comes, has its own rules and cases.
      if (!r.hold_action_id && levelOf(r.provider) === 'light') {
        await tx
          .updateTable('verification_requests')
          .set({
            status: 'expired',
            decided_at: now,
            decision_reason: 'deadline passed; sign-in check on network or travel facts alone: nothing held, no case',
          })
          .where('id', '=', r.id)
          .execute();
        continue;
      }
      // Asked by a policy on automatic facts: missing the deadline is a reviewer's question, not a
      // reason to hold money, unless strong conduct evidence agrees.
      if (!r.hold_action_id && WEAK_TRIGGERS.has(r.trigger) && !(await strongEvidenceAgrees(tx, r.account_id, cfg, now))) {
        const caseId = await desk.openCase(tx, {
          subject: { type: 'account', id: r.account_id, accountId: r.account_id },
          source: 'detection',
          reason: `identity_verification: verification ${r.id} (asked: ${r.reason}) was not completed by ${iso(r.due_at)}; no strong signal agrees, so nothing is held: a reviewer decides`,
          policy: 'identity_verification',
          severity: 'low',
        });
        cases.push(caseId);
        await tx
          .updateTable('verification_requests')
          .set({ status: 'expired', decided_at: now, decision_reason: 'deadline passed; case opened, nothing held' })
          .where('id', '=', r.id)
          .execute();
        continue;
      }
      let holdId = r.hold_action_id;
      const existing = holdId ? await tx.selectFrom('enforcement_actions').select('status').where('id', '=', holdId).executeTakeFirst() : undefined;
      if (!existing || (existing.status !== 'active' && existing.status !== 'proposed')) {
        const { action } = await applyAutomaticAction(
          tx,
          {
            accountId: r.account_id,
            type: 'payment_hold',
            policy: 'identity_verification',
            reason: `identity verification ${r.id} was not completed by ${iso(r.due_at)}`,
            subject: { type: 'account', id: `verification:${r.id}` },
          },
          { ...deps, now },
        );
        holdId = action.id;
      }
      holds.push(holdId as string);
      await tx
        .updateTable('verification_requests')
        .set({ status: 'expired', decided_at: now, decision_reason: 'deadline passed', hold_action_id: holdId })
        .where('id', '=', r.id)
        .execute();
      // The hold ends when the user verifies: a fresh request carries it.
      const next = await tx
        .insertInto('verification_requests')
        .values({
          id: `ver_${randomUUID()}`,
          account_id: r.account_id,
          trigger: 'hold_lift',
          reason: r.reason,
          provider: r.provider,
          status: 'requested',
          due_at: new Date(now.getTime() + cfg.verificationDueDays * DAY),
          requested_at: now,
          hold_action_id: holdId,
          lift_on_approval: true,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await enqueueOutbox(tx, 'verification.requested', `verification.requested:${next.id}`, {
        verificationId: next.id,
        accountId: next.account_id,
        trigger: next.trigger,
        dueAt: iso(next.due_at),
        previousVerificationId: r.id,
        requiredDocuments: providerOf(next.provider).requiredDocuments,
      });
    }
    return { expired: due.length, holds, cases };
  });
}

/** Verification triggers that rest on automatic, possibly network-only facts. */
const WEAK_TRIGGERS = new Set(['policy', 'suspicious_login']);

/** An active strike resting on strong conduct evidence (not network or travel facts). */
async function strongEvidenceAgrees(tx: DbOrTx, accountId: string, cfg: EnforceConfig, now: Date): Promise<boolean> {
  const rows = await tx
    .selectFrom('enforcement_strikes')
    .select('signal_types')
    .where('account_id', '=', accountId)
    .where('status', '=', 'active')
    .where('expires_at', '>', now)
    .execute();
  return rows.some((r) => (r.signal_types ?? []).some((t) => !isWeak({ type: t, strength: 'strong' }, cfg)));
}

/**
 * A reviewer lifts an action. A payment hold first waits for a fresh identity check when the
 * settings ask for one (verifyBeforeLiftingHold) and the account has none recent: the
 * verification is requested, carries the hold, and lifts it when approved (`lifted: false`).
 */
export async function liftActionAfterVerification(db: DbOrTx, actionId: string, o: LiftOptions, deps: EnforceSettings): Promise<LiftResult> {
  const { cfg, now } = settingsOf(deps);
  return withTransaction(db, async (tx) => {
    if (cfg.verifyBeforeLiftingHold && !o.overturn && o.reason?.trim()) {
      const row = await tx.selectFrom('enforcement_actions').selectAll().where('id', '=', actionId).forUpdate().executeTakeFirst();
      if (row?.status === 'active' && row.type === 'payment_hold' && (await needsVerificationBeforeLift(tx, row.account_id, cfg, now))) {
        const v = await requestVerification(tx, { accountId: row.account_id, reason: o.reason, trigger: 'hold_lift', holdActionId: row.id }, { ...deps, now });
        return { lifted: false, action: toActionView(row, cfg, now), verificationId: v.id };
      }
    }
    return liftAction(tx, actionId, o, { ...deps, now });
  });
}

/** Whether releasing a hold must wait for a fresh identity check. */
export async function needsVerificationBeforeLift(db: DbOrTx, accountId: string, cfg: EnforceConfig, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - cfg.recurringVerificationMonths * 30 * DAY);
  const recent = await db
    .selectFrom('verification_requests')
    .select('id')
    .where('account_id', '=', accountId)
    .where('status', '=', 'approved')
    .where('decided_at', '>=', since)
    .executeTakeFirst();
  return !recent;
}

/** Days before a routine check whose deadline passed is asked again (not daily: a reminder, not pressure). */
export const RECURRING_REASK_DAYS = 30;

/**
 * Sweep: high earners verify again every N months. Schedule it daily. A routine request that
 * lapsed is asked again RECURRING_REASK_DAYS after it was made; lapsing holds nothing (expireVerifications).
 */
export async function requestRecurringVerifications(db: DbOrTx, now: Date, deps: EnforceSettings): Promise<{ requested: number }> {
  const cfg = deps.config;
  const since = new Date(now.getTime() - cfg.recurringVerificationMonths * 30 * DAY);
  const reaskAfter = new Date(now.getTime() - RECURRING_REASK_DAYS * DAY);
  return withTransaction(db, async (tx) => {
    const due = await tx
      .selectFrom('accounts')
      .select('id')
      .where('total_earned_cents', '>=', cfg.recurringVerificationEarnedCents)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('verification_requests')
              .select('verification_requests.id')
              .whereRef('verification_requests.account_id', '=', 'accounts.id')
              .where((w) =>
                w.or([
                  w('status', 'in', ['requested', 'submitted']),
                  w.and([w('status', '=', 'approved'), w('decided_at', '>=', since)]),
                  w.and([w('trigger', '=', 'recurring'), w('requested_at', '>', reaskAfter)]),
                ]),
              ),
          ),
        ),
      )
      .limit(500)
      .execute();
    for (const a of due) {
      await requestVerification(
        tx,
        { accountId: a.id, reason: `recurring check every ${plural(cfg.recurringVerificationMonths, 'month')} for high earners`, trigger: 'recurring' },
        { ...deps, now },
      );
    }
    return { requested: due.length };
  });
}

/** Sweep: deletes document contents once the retention period after the decision has passed. */
export async function purgeVerificationDocuments(db: DbOrTx, now: Date, deps: EnforceSettings): Promise<{ purged: number }> {
  const cfg = deps.config;
  const cutoff = new Date(now.getTime() - cfg.verificationRetentionDays * DAY);
  return withTransaction(db, async (tx) => {
    const done = tx
      .selectFrom('verification_requests')
      .select('id')
      .where('status', 'in', ['approved', 'rejected', 'expired'])
      .where('decided_at', '<=', cutoff);
    const res = await tx
      .updateTable('verification_documents')
      .set({ ciphertext: null, iv: null, tag: null, purged_at: now })
      .where('purged_at', 'is', null)
      .where('verification_id', 'in', done)
      .executeTakeFirst();
    return { purged: Number(res.numUpdatedRows) };
  });
}
