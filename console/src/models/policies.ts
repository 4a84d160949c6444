// View models of policies, versions, shadow results and backtests (src/policy/routes.ts).

export interface PolicyListItem {
  name: string;
  title: string;
  liveVersion: number | null;
  shadowVersion: number | null;
  latestVersion: number | null;
}

const rec = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});
const numOrNull = (v: unknown) => (typeof v === 'number' ? v : v == null ? null : Number(v));

export function toPolicyList(raw: { policies: unknown[] }): PolicyListItem[] {
  return raw.policies.map((p) => {
    const r = rec(p);
    return {
      name: String(r.name),
      title: String(r.title ?? rec(r.document).title ?? r.name),
      liveVersion: numOrNull(r.liveVersion ?? r.live_version),
      shadowVersion: numOrNull(r.shadowVersion ?? r.shadow_version),
      latestVersion: numOrNull(r.latestVersion ?? r.latest_version),
    };
  });
}

export interface PolicyVersion {
  version: number;
  comment: string | null;
  createdAt: string | null;
  createdBy: string | null;
  document: unknown;
}

export function toPolicyVersion(raw: unknown): PolicyVersion {
  const r = rec(raw);
  return {
    version: Number(r.version),
    comment: (r.comment as string | null) ?? null,
    createdAt: (r.createdAt as string | null) ?? (r.created_at as string | null) ?? null,
    createdBy: (r.createdBy as string | null) ?? (r.created_by as string | null) ?? null,
    document: r.document,
  };
}

export interface PolicyDetail {
  name: string;
  liveVersion: number | null;
  shadowVersion: number | null;
  current: PolicyVersion;
  versions: PolicyVersion[];
}

export function toPolicyDetail(raw: unknown): PolicyDetail {
  const r = rec(raw);
  return {
    name: String(r.name),
    liveVersion: numOrNull(r.liveVersion),
    shadowVersion: numOrNull(r.shadowVersion),
    current: toPolicyVersion(r.current),
    versions: (Array.isArray(r.versions) ? r.versions : []).map(toPolicyVersion).sort((a, b) => b.version - a.version),
  };
}

export interface ShadowSummary {
  shadowVersion: number;
  liveVersion: number | null;
  evaluated: number;
  differing: number;
  differenceRate: number;
  transitions: { from: string; to: string; count: number }[];
  examples: { decisionId: string; text: string | null; live: string; shadow: string; at: string }[];
}

export type { BacktestReport } from '../../../src/policy/backtest.ts';
