// Linked accounts (GET /v1/accounts/{id}/linked): accounts that share an identifier with this
// one — a device, an IP address, a phone, an e-mail, a payment handle or a payout destination —
// and the layout the console draws them in.

export type LinkKind = 'device' | 'ip' | 'phone' | 'email' | 'payment_handle' | 'payout_destination';

export interface LinkedGraph {
  accountId: string;
  nodes: { accountId: string; role?: string | null; status?: string | null }[];
  edges: { from: string; to: string; kind: LinkKind; valueMasked: string; firstSeenAt: string; lastSeenAt: string; count: number }[];
}

export const LINK_LABELS: Record<string, string> = {
  device: 'Device',
  ip: 'IP address',
  phone: 'Phone',
  email: 'E-mail',
  payment_handle: 'Payment handle',
  payout_destination: 'Payout destination',
};

/** Payout destinations and payment handles say most about a shared owner; IPs least (cafés, offices, VPNs). */
export const LINK_COLOURS: Record<string, string> = {
  payout_destination: '#b91c1c',
  payment_handle: '#c2410c',
  phone: '#6d28d9',
  email: '#2563eb',
  device: '#0f766e',
  ip: '#64748b',
};

export interface PlacedNode {
  id: string;
  x: number;
  y: number;
  depth: 0 | 1 | 2;
  role: string | null;
  status: string | null;
}

export interface PlacedEdge {
  from: string;
  to: string;
  kinds: string[];
  /** The strongest kind (first in LINK_COLOURS' order), which colours the line. */
  main: string;
  count: number;
  values: string[];
  lastSeenAt: string;
}

const KIND_ORDER = Object.keys(LINK_COLOURS);

/**
 * A radial layout: the account in the centre, the accounts it shares something with on a
 * ring around it, and theirs (depth 2) on an outer ring next to the one that links them. Edges
 * between the same two accounts are drawn once, with every kind they share. Pure, so the
 * view-logic tests check it.
 */
export function layoutLinked(g: LinkedGraph, size: number): { nodes: PlacedNode[]; edges: PlacedEdge[] } {
  const c = size / 2;
  const byPair = new Map<string, PlacedEdge>();
  for (const e of g.edges) {
    if (e.from === e.to) continue;
    const [a, b] = e.from < e.to ? [e.from, e.to] : [e.to, e.from];
    const key = `${a}\u0000${b}`;
    const p = byPair.get(key) ?? { from: a, to: b, kinds: [], main: e.kind, count: 0, values: [], lastSeenAt: e.lastSeenAt };
    if (!p.kinds.includes(e.kind)) p.kinds.push(e.kind);
    p.count += e.count;
    p.values.push(`${LINK_LABELS[e.kind] ?? e.kind} ${e.valueMasked}`);
    if (e.lastSeenAt > p.lastSeenAt) p.lastSeenAt = e.lastSeenAt;
    p.kinds.sort((x, y) => KIND_ORDER.indexOf(x) - KIND_ORDER.indexOf(y));
    p.main = p.kinds[0];
    byPair.set(key, p);
  }
  const edges = [...byPair.values()];
  const neighbours = (id: string) => edges.flatMap((e) => (e.from === id ? [e.to] : e.to === id ? [e.from] : []));
  const info = new Map(g.nodes.map((n) => [n.accountId, n]));
  const ring1 = [...new Set(neighbours(g.accountId))].sort();
  const placed = new Map<string, PlacedNode>();
  const node = (id: string, x: number, y: number, depth: 0 | 1 | 2): PlacedNode => ({
    id,
    x: Math.round(x * 10) / 10,
    y: Math.round(y * 10) / 10,
    depth,
    role: info.get(id)?.role ?? null,
    status: info.get(id)?.status ?? null,
  });
  placed.set(g.accountId, node(g.accountId, c, c, 0));
  const r1 = size * 0.27;
  const r2 = size * 0.44;
  ring1.forEach((id, i) => {
    const angle = (2 * Math.PI * i) / Math.max(ring1.length, 1) - Math.PI / 2;
    placed.set(id, node(id, c + r1 * Math.cos(angle), c + r1 * Math.sin(angle), 1));
  });
  // Depth 2: grouped behind the first ring account that links them, fanned out around its angle.
  const outer = new Map<string, string>();
  for (const parent of ring1) for (const id of neighbours(parent).sort()) if (!placed.has(id) && !outer.has(id)) outer.set(id, parent);
  for (const n of g.nodes) if (!placed.has(n.accountId) && !outer.has(n.accountId)) outer.set(n.accountId, g.accountId);
  const outerIds = [...outer.keys()];
  outerIds.forEach((id, i) => {
    const angle = (2 * Math.PI * i) / Math.max(outerIds.length, 1) - Math.PI / 2 + Math.PI / Math.max(outerIds.length, 1);
    placed.set(id, node(id, c + r2 * Math.cos(angle), c + r2 * Math.sin(angle), 2));
  });
  return { nodes: [...placed.values()], edges: edges.filter((e) => placed.has(e.from) && placed.has(e.to)) };
}
