// View models of policies, versions, shadow results and backtests (src/policy/routes.ts).
import type { paths } from '../api/openapi.d.ts';

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

/** A backtest as the API documents it (generated types: ../api/openapi.d.ts). */
export type BacktestReport = paths['/v1/policies/{name}/backtest']['post']['responses'][200]['content']['application/json'];
/** The answer of POST /v1/policies/{name}/validate. */
export type DraftCheck = paths['/v1/policies/{name}/validate']['post']['responses'][200]['content']['application/json'];

/** One problem of a draft, as POST /v1/policies/{name}/validate reports it. */
export interface DraftProblem {
  pointer: string;
  reason: string;
}

/** The rule fields the editor shows one control for; a problem deeper inside lands on its field. */
export const RULE_FIELDS = ['id', 'description', 'outcome', 'group', 'notice', 'when', 'effects', 'mask'] as const;
const TOP_FIELDS = ['name', 'title', 'description', 'url', 'appliesTo', 'rules', 'exemptions', 'notices'] as const;

/**
 * The editor field a problem belongs beside: `title`, `rules/2/when`, `rules/2` (the rule as a
 * whole), `notices` ... or '' for the document as a whole. `/document/rules/2/when/any/0/signal`
 * → `rules/2/when`.
 */
export function fieldOfPointer(pointer: string): string {
  const parts = pointer
    .replace(/^\/document/, '')
    .split('/')
    .slice(1);
  const [top, index, field] = parts;
  if (top === 'rules' && index !== undefined && /^\d+$/.test(index)) {
    return field !== undefined && (RULE_FIELDS as readonly string[]).includes(field) ? `rules/${index}/${field}` : `rules/${index}`;
  }
  return top !== undefined && (TOP_FIELDS as readonly string[]).includes(top) ? top : '';
}

/** Problems grouped by editor field (fieldOfPointer). */
export function problemsByField(problems: readonly DraftProblem[]): Map<string, DraftProblem[]> {
  const out = new Map<string, DraftProblem[]>();
  for (const p of problems) {
    const key = fieldOfPointer(p.pointer);
    out.set(key, [...(out.get(key) ?? []), p]);
  }
  return out;
}
