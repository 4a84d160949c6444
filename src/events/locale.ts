// An account's language: the `locale` the marketplace sent (user.registered / profile.updated),
// else a guess from the country; null when neither says anything.
import type { DbOrTx } from '../store/db.ts';

const BY_COUNTRY: Record<string, string> = Object.fromEntries([
  ...['ES', 'MX', 'AR', 'CO', 'CL', 'PE', 'VE', 'EC', 'GT', 'CU', 'BO', 'DO', 'HN', 'PY', 'SV', 'NI', 'CR', 'PA', 'UY', 'PR', 'GQ'].map((c) => [c, 'es']),
  ...['BR', 'PT', 'AO', 'MZ', 'CV'].map((c) => [c, 'pt']),
  ...['FR', 'SN', 'CI', 'CM', 'MG', 'ML', 'BF', 'NE', 'TG', 'BJ', 'HT', 'MC'].map((c) => [c, 'fr']),
  ...['DE', 'AT', 'LI'].map((c) => [c, 'de']),
  ...['RU', 'BY', 'KG'].map((c) => [c, 'ru']),
]);

export function languageForCountry(country: string | null | undefined): string | null {
  return country ? (BY_COUNTRY[country.toUpperCase()] ?? null) : null;
}

export async function accountLanguage(db: DbOrTx, accountId: string): Promise<string | null> {
  return languageOfAccount(await db.selectFrom('accounts').select(['profile', 'country']).where('id', '=', accountId).executeTakeFirst());
}

/** The language of an accounts row already read (its `profile.locale`, else its country's); null for none. */
export function languageOfAccount(a: { profile: unknown; country: string | null } | undefined): string | null {
  const hint = (a?.profile as Record<string, unknown> | undefined)?.locale;
  if (typeof hint === 'string' && hint) return hint;
  return languageForCountry(a?.country);
}
