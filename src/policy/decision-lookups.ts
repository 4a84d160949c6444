// What policy tells the other capabilities about the decisions it recorded, read from its own
// `decisions` table: trust (a job post's signals, whom a decision was about) calls these.
import type { DbOrTx } from '../store/db.ts';

/** The counterpart each decision names (absent: no such decision). */
export async function decisionCounterparts(db: DbOrTx, decisionIds: string[]): Promise<Map<string, string | null>> {
  if (decisionIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('decisions')
    .select(['id', 'counterpart_id'])
    .where('id', 'in', [...new Set(decisionIds)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.counterpart_id]));
}

/** Signal types the decisions on a subject (e.g. a job post) found. */
export async function signalTypesFor(db: DbOrTx, subjectType: string, subjectId: string): Promise<string[]> {
  const rows = await db.selectFrom('decisions').select('signals').where('subject_type', '=', subjectType).where('subject_id', '=', subjectId).execute();
  const types = new Set<string>();
  for (const r of rows) {
    const signals = (typeof r.signals === 'string' ? JSON.parse(r.signals) : r.signals) as unknown[];
    for (const s of signals ?? [])
      if (s && typeof s === 'object' && typeof (s as { type?: unknown }).type === 'string') types.add((s as { type: string }).type);
  }
  return [...types];
}
