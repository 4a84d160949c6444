// The access trail: who did what to which reviewer account or API key, append-only.
import type { DbOrTx } from '../store/db.ts';
import type { Principal } from './scopes.ts';
import './tables.ts';

/** Who did something to an account: an API key, a reviewer's session, or the operator's CLI. */
export interface AccessActor {
  kind: 'key' | 'user' | 'cli';
  id: string;
  name: string;
}

export const actorOfPrincipal = (p: Principal): AccessActor => ({ kind: p.kind, id: p.id, name: p.name });

/** Appends to the access trail (who did what to which reviewer or key); in the caller's transaction. */
export async function auditAccess(db: DbOrTx, actor: AccessActor, action: string, targetId: string, detail: Record<string, unknown> = {}): Promise<void> {
  await db
    .insertInto('access_audit')
    .values({ actor_kind: actor.kind, actor_id: actor.id, actor_name: actor.name, action, target_id: targetId, detail: JSON.stringify(detail) })
    .execute();
}

export interface AccessAuditEntry {
  id: number;
  at: string;
  actor: AccessActor;
  action: string;
  targetId: string;
  detail: Record<string, unknown>;
}

/** The access trail, newest first; `targetId` narrows it to one reviewer or key. At most `limit` (≤ 500) entries. */
export async function listAccessAudit(db: DbOrTx, opts: { targetId?: string; limit?: number } = {}): Promise<AccessAuditEntry[]> {
  let q = db
    .selectFrom('access_audit')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(Math.min(opts.limit ?? 100, 500));
  if (opts.targetId) q = q.where('target_id', '=', opts.targetId);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: Number(r.id),
    at: new Date(r.at).toISOString(),
    actor: { kind: r.actor_kind as AccessActor['kind'], id: r.actor_id, name: r.actor_name ?? r.actor_id },
    action: r.action,
    targetId: r.target_id,
    detail: typeof r.detail === 'string' ? JSON.parse(r.detail) : r.detail,
  }));
}
