// The positive trust fact of an account that keeps work on the platform when asked to leave it:
// requests to move off the platform it declined, by a reply refusing them or by reporting them.
// Screening recognises a decline (it knows which decisions were asks and to whom) and records it
// here; trust owns the fact and its one definition.
import type { DbOrTx, Tx } from '../store/db.ts';
import './tables.ts';

/** The fact's window: declines in the last 365 days count. */
export const DECLINED_ASKS_WINDOW_DAYS = 365;

export interface DeclinedAsk {
  /** Who declined (the recipient of the request). */
  accountId: string;
  askerId: string;
  /** The decision that found the request; one decline per request, whatever the number of replies and reports. */
  askDecisionId: string;
  via: 'reply' | 'report';
  /** The refusing reply's decision id, or the report's id. */
  reference: string;
  at: Date;
}

/** Records a decline; a second decline of the same request (a reply and a report) changes nothing. Returns whether it was new. */
export async function recordDeclinedAsk(tx: Tx, d: DeclinedAsk): Promise<boolean> {
  const r = await tx
    .insertInto('trust_declined_asks')
    .values({ account_id: d.accountId, asker_id: d.askerId, ask_decision_id: d.askDecisionId, via: d.via, reference: d.reference, declined_at: d.at })
    .onConflict((oc) => oc.columns(['account_id', 'ask_decision_id']).doNothing())
    .returning('account_id')
    .executeTakeFirst();
  return r !== undefined;
}

/**
 * `offPlatformAsksDeclined`: how many distinct accounts' requests to move off the platform this
 * account declined (refusing reply or report) in the `DECLINED_ASKS_WINDOW_DAYS` before `asOf`.
 * Distinct askers, so one persistent asker (or a friend asking on purpose) counts once.
 */
export async function offPlatformAsksDeclined(db: DbOrTx, accountId: string, asOf: Date): Promise<number> {
  const since = new Date(asOf.getTime() - DECLINED_ASKS_WINDOW_DAYS * 86_400_000);
  const r = await db
    .selectFrom('trust_declined_asks')
    .select((eb) => eb.fn.count<number>('asker_id').distinct().as('n'))
    .where('account_id', '=', accountId)
    .where('declined_at', '>', since)
    .where('declined_at', '<=', asOf)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}
