// A permanent suspension is the one action that does not end by itself: a reviewer applying
// it directly (POST /v1/actions, or resolving a case with it) or approving one the ladder
// proposed (POST /v1/actions/{id}/approve, or `approve_proposed` on its case) must confirm it by
// typing the account id again in `confirm`, as a second, deliberate step; a click or a
// replayed request body for another account cannot do it. The ladder never applies one
// automatically (it only proposes it, see ladder.ts).
import { WardenError } from '../app/errors.ts';

/**
 * Throws ConfirmationRequired (409, naming `pointer`) when `type` is permanent_suspension and
 * `confirm` is not exactly `accountId`. Other action types pass whatever `confirm` holds.
 */
export function requirePermanentConfirmation(type: string, accountId: string, confirm: unknown, pointer: string): void {
  if (type !== 'permanent_suspension' || confirm === accountId) return;
  const reason = confirm === undefined ? 'is required for a permanent suspension: the account id, typed again' : 'must be the account id being suspended';
  throw new WardenError('ConfirmationRequired', `${pointer} ${reason}`, { invalidParams: [{ pointer, reason }] });
}
