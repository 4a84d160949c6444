// Linked accounts and network facts: what the identifiers an account is seen with say about
// it. Built once in the composition root; the behaviour hook (patterns/hooks.ts) feeds it
// every event, the linked-accounts route reads the graph.
import { notFoundError } from '../app/errors.ts';
import type { Signal } from '../detect/types.ts';
import { strongestActiveActions } from '../enforce/views.ts';
import { accountRoles } from '../events/accounts.ts';
import type { WardenEvent } from '../events/schemas.ts';
import type { Db, DbOrTx, Tx } from '../store/db.ts';
import { type ContactFinding, type IdentifierKind, PERSON_KINDS, type Sighting, sightingsOf } from './identifiers.ts';
import { NetworkReputation } from './reputation.ts';
import { DEFAULT_LINK_SETTINGS, type LinkSettings, linkSignals } from './signals.ts';
import { edgesFrom, hashIdentifier, identifierCount, type LinkEdge, loadSecret, recordSightings } from './store.ts';

export interface LinkedGraph {
  accountId: string;
  depth: 1 | 2;
  nodes: { accountId: string; role?: string; status?: string }[];
  edges: LinkEdge[];
  /** True when the edge limit cut the graph short. */
  truncated: boolean;
}

/** Edges read per graph: enough for any honest account, bounded for a crowd address. */
const MAX_EDGES = 500;

export class NetworkService {
  /**
   * `secret`: the installation's hashing key (`NetworkService.open` reads or makes it before
   * any event runs: on PGlite a read from outside the event's transaction would wait for it).
   */
  constructor(
    private readonly secret: string,
    readonly settings: LinkSettings = DEFAULT_LINK_SETTINGS,
    /** IP → AS, organisation, country, hosting kind: shown on the graph's shared-IP edges. */
    readonly reputation: NetworkReputation = NetworkReputation.disabled(),
  ) {}

  static async open(db: Db, settings: LinkSettings = DEFAULT_LINK_SETTINGS, reputation?: NetworkReputation): Promise<NetworkService> {
    return new NetworkService(await loadSecret(db), settings, reputation);
  }

  /**
   * Records the identifiers `e` shows for its actor (with the contact details screening found
   * in the actor's text) and returns `linked.*` signals for identifiers other accounts hold.
   */
  async observe(tx: Tx, e: WardenEvent, findings: readonly ContactFinding[]): Promise<Signal[]> {
    const sightings = sightingsOf(e, findings);
    if (!sightings.length) return [];
    for (const s of sightings) {
      if (s.kind !== 'ip') continue;
      const facts = this.reputation.lookup(s.value);
      if (facts) s.network = { ...facts };
    }
    const limit = Math.max(this.settings.evidenceLimit, ...Object.values(this.settings.kinds).map((k) => k.crowdAbove));
    const shared = await recordSightings(tx, this.secret, sightings, e.id, e.occurredAt, limit);
    return shared.length ? linkSignals(shared, e.id, this.settings) : [];
  }

  /**
   * Whether sightings not recorded yet (`pending`: identifiers of `a`'s and `b`'s events still
   * queued for the behaviour worker) would make the two accounts share a person identifier
   * (never an IP): one holds pending an identifier the other holds, pending or recorded. One
   * read, of the recorded holders of the pending values; false when nothing is pending.
   */
  async pendingLink(db: DbOrTx, a: string, b: string, pending: readonly Sighting[]): Promise<boolean> {
    const held = new Map<string, Set<string>>([
      [a, new Set()],
      [b, new Set()],
    ]);
    const hashes = new Set<string>();
    for (const s of pending) {
      if (!PERSON_KINDS.includes(s.kind)) continue;
      const h = hashIdentifier(this.secret, s.kind, s.value);
      hashes.add(h);
      held.get(s.accountId)?.add(`${s.kind}\u0000${h}`);
    }
    const [ha, hb] = [held.get(a)!, held.get(b)!];
    if ([...ha].some((k) => hb.has(k))) return true;
    if (!hashes.size) return false;
    const rows = await db
      .selectFrom('account_identifiers')
      .select(['kind', 'value_hash', 'account_id'])
      .where('account_id', 'in', [a, b])
      .where('value_hash', 'in', [...hashes])
      .execute();
    return rows.some((r) => (r.account_id === a ? hb : ha).has(`${r.kind}\u0000${r.value_hash}`));
  }

  /**
   * The accounts linked to `accountId` by a shared identifier, `depth` hops out (1 or 2), with
   * one edge per shared identifier and pair. Nodes carry the account's role and its most severe
   * enforcement action in force (`status`, absent when none). NotFound for an account Warden has never seen.
   */
  async linked(db: DbOrTx, accountId: string, depth: 1 | 2): Promise<LinkedGraph> {
    const roles0 = await accountRoles(db, [accountId]);
    if (!roles0.has(accountId) && (await identifierCount(db, accountId)) === 0) throw notFoundError('account', accountId);
    const edges: LinkEdge[] = [];
    const seen = new Set<string>();
    const add = (list: LinkEdge[]) => {
      for (const e of list) {
        const [a, b] = e.from < e.to ? [e.from, e.to] : [e.to, e.from];
        const key = `${a}\u0000${b}\u0000${e.kind}\u0000${e.valueMasked}`;
        if (seen.has(key)) continue;
        seen.add(key);
        edges.push(e);
      }
    };
    const first = await edgesFrom(db, [accountId], MAX_EDGES + 1);
    let truncated = first.length > MAX_EDGES;
    add(first.slice(0, MAX_EDGES));
    if (depth === 2 && !truncated) {
      const ring = [...new Set(first.map((e) => e.to))];
      const second = await edgesFrom(db, ring, MAX_EDGES - edges.length + 1);
      truncated = second.length > MAX_EDGES - edges.length;
      add(second.slice(0, MAX_EDGES - edges.length));
    }
    const ids = [...new Set([accountId, ...edges.flatMap((e) => [e.from, e.to])])];
    const roles = await accountRoles(db, ids);
    const actions = await strongestActiveActions(db, ids);
    return {
      accountId,
      depth,
      nodes: ids.map((id) => {
        const role = roles.get(id);
        const status = actions.get(id);
        return { accountId: id, ...(role ? { role } : {}), ...(status ? { status } : {}) };
      }),
      edges,
      truncated,
    };
  }
}

export type { IdentifierKind };
