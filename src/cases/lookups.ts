// What cases tell the other capabilities about their cases, read from cases' own tables:
// enforcement (which held payouts still wait for a reviewer) and trust (whom a case was about)
// call these instead of querying cases or case_items.
import type { DbOrTx } from '../store/db.ts';
import './tables.ts';

/** Of these cases, the ones still open. */
export async function openCaseIds(db: DbOrTx, caseIds: string[]): Promise<Set<string>> {
  if (caseIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('cases')
    .select('id')
    .where('status', '=', 'open')
    .where('id', 'in', [...new Set(caseIds)])
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** Each case's counterpart (the other party it names, if any) and the decisions its items came from. */
export async function caseParties(db: DbOrTx, caseIds: string[]): Promise<Map<string, { counterpartId: string | null; itemDecisionIds: string[] }>> {
  const ids = [...new Set(caseIds)];
  if (ids.length === 0) return new Map();
  const cases = await db.selectFrom('cases').select(['id', 'counterpart_id']).where('id', 'in', ids).execute();
  const items = await db.selectFrom('case_items').select(['case_id', 'decision_id']).where('case_id', 'in', ids).where('decision_id', 'is not', null).execute();
  const out = new Map(cases.map((c) => [c.id, { counterpartId: c.counterpart_id, itemDecisionIds: [] as string[] }]));
  for (const i of items) out.get(i.case_id)?.itemDecisionIds.push(i.decision_id as string);
  return out;
}
