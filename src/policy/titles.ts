// A policy's title in a user's language (titles.json, one object per language; English for what a
// language lacks). The policy capability owns its names: inline notices (decide.ts) and enforcement's
// stored notices (enforce/notices/render.ts) both read them here.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TITLES: Record<string, Record<string, string>> = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'titles.json'), 'utf8'));

/** Policy documents are named `contact-sharing`, `scams`…; the titles are keyed `contact_sharing`, `scam`… */
const POLICY_ALIASES: Record<string, string> = { scams: 'scam', account_security: 'account_integrity', contact: 'contact_sharing' };

function humanise(policy: string): string {
  const s = policy.replace(/[._-]+/g, ' ').trim();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function lookup(titles: Record<string, string> | undefined, policy: string): string | undefined {
  if (!titles) return undefined;
  const key = policy.toLowerCase().replace(/[-.\s]+/g, '_');
  return titles[policy] ?? titles[key] ?? titles[POLICY_ALIASES[key] ?? ''];
}

/** The catalogue's title of a policy in `locale` (a language of titles.json, else English); undefined when it has none. */
export function knownPolicyTitle(locale: string, policy: string): string | undefined {
  return lookup(TITLES[locale], policy) ?? lookup(TITLES.en, policy);
}

/** The policy's title in `locale`: by its name, its underscored form or a known alias; else the name made readable. */
export function policyTitleIn(locale: string, policy: string): string {
  return knownPolicyTitle(locale, policy) ?? humanise(policy);
}
