// What a caller may do. API keys carry scopes; reviewer accounts get them from their role.
/**
 * `policies`: write policy versions, activate and roll them back, validate and backtest drafts.
 * `metrics`: scrape GET /metrics (a key for Prometheus that can read nothing else).
 */
export const SCOPES = ['events:write', 'read', 'review', 'policies', 'metrics', 'admin'] as const;
export type Scope = (typeof SCOPES)[number];

export const ROLES = ['admin', 'reviewer', 'triage', 'policy-editor'] as const;
export type Role = (typeof ROLES)[number];

/**
 * triage may read and route work but not decide it: `review` is the right to act on a case. A
 * policy editor (a trust analyst) changes policies and reads everything, but decides no case.
 */
export const ROLE_SCOPES: Record<Role, Scope[]> = {
  admin: ['events:write', 'read', 'review', 'admin'],
  reviewer: ['read', 'review'],
  triage: ['read'],
  'policy-editor': ['read', 'policies'],
};

export interface Principal {
  kind: 'key' | 'user';
  id: string;
  name: string;
  scopes: Scope[];
  role?: Role;
}

export function hasScope(p: Principal, scope: Scope): boolean {
  return p.scopes.includes('admin') || p.scopes.includes(scope);
}
