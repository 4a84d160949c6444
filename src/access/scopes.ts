// What a caller may do. API keys carry scopes; reviewer accounts get them from their role.
export const SCOPES = ['events:write', 'read', 'review', 'admin'] as const;
export type Scope = (typeof SCOPES)[number];

export const ROLES = ['admin', 'reviewer', 'triage'] as const;
export type Role = (typeof ROLES)[number];

/** triage may read and route work but not decide it: `review` is the right to act on a case. */
export const ROLE_SCOPES: Record<Role, Scope[]> = {
  admin: ['events:write', 'read', 'review', 'admin'],
  reviewer: ['read', 'review'],
  triage: ['read'],
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
