// Payouts held by a payment-risk decision: the user is told (the policy's own notice, recorded
// like every other notice and rendered in the reader's language) and the standing shows the
// hold while the reviewer's case is open. The notice row is the record of the hold: a hold
// has no ladder step and no strike, so nothing else is stored.
import type { WardenEvent } from '../events/schemas.ts';
import type { BehaviourVerdict } from '../patterns/service.ts';
import type { PolicySet } from '../policy/store.ts';
import type { DbOrTx, Tx } from '../store/db.ts';
import type { EnforceConfig } from './config.ts';
import type { CaseDesk } from './deps.ts';
import type { Notice, NoticeFacts } from './notices/render.ts';
import { createNotice } from './notices/store.ts';
import './tables.ts';

export interface PayoutHoldInput {
  accountId: string;
  /** The marketplace's payout id (data.payoutId), when it sent one. */
  payoutId: string | null;
  eventId: string;
  amountCents: number | null;
  decisionId: string;
  /** The reviewer's case the decision opened or joined; the hold shows while it is open. */
  caseId: string | null;
  policy: { name: string; version?: number | null };
  /** The policy's notice text per language (ICU MessageFormat), from the policy document. */
  message: Record<string, string>;
  at: Date;
}

/** Records the `payout_held` notice; returns it rendered in the account's language. */
export function recordPayoutHold(tx: DbOrTx, h: PayoutHoldInput, cfg: EnforceConfig): Promise<Notice> {
  return createNotice(
    tx,
    {
      kind: 'payout_held',
      accountId: h.accountId,
      policy: h.policy,
      payout: { id: h.payoutId, eventId: h.eventId, amountCents: h.amountCents, decisionId: h.decisionId, caseId: h.caseId, message: h.message },
    },
    {},
    cfg,
    h.at,
  );
}

/** A payout waiting for a reviewer, as the standing shows it. `amountCents` in the payout's minor units. */
export interface HeldPayoutView {
  payoutId: string | null;
  eventId: string;
  amountCents: number | null;
  policy: string;
  decisionId: string;
  caseId: string | null;
  heldAt: string;
  noticeId: string;
}

/** The account's payouts still held: those whose case is open (a payout held without a case stays held). Newest first. */
export async function heldPayouts(db: DbOrTx, accountId: string, cases: Pick<CaseDesk, 'openCaseIds'>): Promise<HeldPayoutView[]> {
  const rows = await db
    .selectFrom('enforcement_notices')
    .select(['id', 'facts', 'created_at'])
    .where('account_id', '=', accountId)
    .where('kind', '=', 'payout_held')
    .orderBy('created_at', 'desc')
    .execute();
  const views: HeldPayoutView[] = rows.flatMap((r) => {
    const f = r.facts as unknown as NoticeFacts;
    const p = f.payout;
    if (!p) return [];
    return [
      {
        payoutId: p.id,
        eventId: p.eventId,
        amountCents: p.amountCents,
        decisionId: p.decisionId,
        caseId: p.caseId,
        policy: f.policy?.name ?? '',
        heldAt: new Date(r.created_at).toISOString(),
        noticeId: r.id,
      },
    ];
  });
  const caseIds = [...new Set(views.map((v) => v.caseId).filter((c): c is string => !!c))];
  const open = await cases.openCaseIds(db, caseIds);
  return views.filter((v) => !v.caseId || open.has(v.caseId));
}

/** What the payout hook needs: the behaviour decisions of an event, the live policies, and where to record the hold. */
export interface PayoutHoldPorts {
  behaviour(tx: Tx, e: WardenEvent): Promise<{ behaviour: BehaviourVerdict[] } | undefined>;
  policySet(tx: Tx): Promise<PolicySet>;
  recordPayoutHold(tx: Tx, h: PayoutHoldInput): Promise<Notice>;
}

/**
 * The behaviour hook (patterns: linked accounts, payment risk), plus: a `payout.requested` whose
 * actor's decision is `hold` records the policy's notice for the actor (in their language), so
 * the hold is visible to them in the reply, their notices and their standing.
 */
export function payoutHoldHook(ports: PayoutHoldPorts) {
  return async (tx: Tx, e: WardenEvent) => {
    const r = await ports.behaviour(tx, e);
    if (!r || e.type !== 'payout.requested') return r;
    for (const v of r.behaviour) {
      if (v.accountId !== e.actor.id || v.outcome !== 'hold' || !v.notice) continue;
      const doc = (await ports.policySet(tx)).live.find((p) => p.name === v.notice?.policy);
      const message = doc?.document.notices?.[v.notice.id] ?? { [v.notice.locale]: v.notice.text };
      await ports.recordPayoutHold(tx, {
        accountId: v.accountId,
        payoutId: e.data.payoutId ?? null,
        eventId: e.id,
        amountCents: e.data.amountCents,
        decisionId: v.decisionId,
        caseId: v.caseId ?? null,
        policy: { name: v.notice.policy, version: doc?.version ?? null },
        message,
        at: new Date(e.occurredAt),
      });
    }
    return r;
  };
}
