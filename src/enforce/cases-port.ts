// The one place enforcement talks to cases: opening the review work it creates, and
// closing an appeal's case when the appeal is decided through enforcement's own API.
import { type CaseInput, openOrJoinCase, resolveCase, SUBJECT_TYPES, type SubjectType } from '../cases/service.ts';
import type { Tx } from '../store/db.ts';
import type { Severity } from './config.ts';

export const SYSTEM_ACTOR = { kind: 'system', id: 'enforcement', name: 'Warden enforcement' };

export function caseSubjectType(t: string | null | undefined): SubjectType {
  return SUBJECT_TYPES.includes(t as SubjectType) ? (t as SubjectType) : 'account';
}

export async function openCase(
  tx: Tx,
  input: Omit<CaseInput, 'subject' | 'severity'> & { subject: { type: string; id: string; accountId: string; text?: string }; severity?: Severity },
): Promise<string> {
  const { caseId } = await openOrJoinCase(tx, { ...input, subject: { ...input.subject, type: caseSubjectType(input.subject.type) } }, SYSTEM_ACTOR);
  return caseId;
}

/** Closes the appeal's case with the same outcome; the applier sees the appeal already decided. */
export async function resolveAppealCase(
  tx: Tx,
  caseId: string,
  reviewer: { id: string; name: string },
  outcome: 'upheld' | 'overturned',
  appealId: string,
  reason: string,
) {
  const status = await tx.selectFrom('cases').select('status').where('id', '=', caseId).executeTakeFirst();
  if (status?.status !== 'open') return;
  await resolveCase(
    tx,
    caseId,
    reviewer,
    { resolution: 'action', action: { type: outcome === 'overturned' ? 'overturn' : 'uphold', appealId }, reason },
    { force: true },
  );
}
