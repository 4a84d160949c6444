// Who is signed in and what they may do. What a role may not do is hidden in the UI; the
// API refuses it as well.
import { createContext, useContext } from 'react';

export interface Me {
  kind: 'key' | 'user';
  id: string;
  name: string;
  scopes: string[];
  role?: string;
}

export interface Abilities {
  /** claim, resolve, apply actions, decide appeals and verifications, reveal contacts, backtest */
  review: boolean;
  /** notes and escalations: triage may route work */
  route: boolean;
  admin: boolean;
  /** write policy versions, activate and roll back, validate and backtest drafts (admins and policy editors) */
  editPolicies: boolean;
}

export function abilitiesOf(me: Me): Abilities {
  const has = (s: string) => me.scopes.includes('admin') || me.scopes.includes(s);
  return { review: has('review'), route: has('read'), admin: me.scopes.includes('admin'), editPolicies: has('policies') };
}

export const SessionContext = createContext<{ me: Me; can: Abilities; logout: () => void } | null>(null);

export function useSession() {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside the signed-in console');
  return s;
}
