// Trust-aware freelancer search. PostgreSQL full-text search gives the relevance
// (ts_rank_cd over a stored, generated tsvector of title + skills + overview, GIN-indexed);
// the trust part is a multiplier stored per profile — rankScore at relevance 1, recomputed with
// the account's trust — so the database orders by relevance × multiplier and pages correctly,
// and `explain` re-runs rankScore on the page to show each factor. Same SQL on PGlite.
import { sql } from 'kysely';
import { enforcementInstalled, suspendedNow } from '../enforce/facts.ts';
import type { DbOrTx } from '../store/db.ts';
import './tables.ts';
import type { TrustConfig } from './config.ts';
import { type RankFactor, rankScore } from './ranking.ts';
import type { AccountRow } from './store.ts';

/** The trust columns of a search profile, from a recomputation. */
export interface SearchTrust {
  weeksWithEarnings: number;
  jss: number | null;
  badges: string[];
  identityVerified: boolean;
  activeStrikes: number;
  circumvention: boolean;
  suspended: boolean;
  multiplier: number;
  at: Date;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

export function normaliseSkills(skills: unknown): string[] {
  if (!Array.isArray(skills)) return [];
  return [
    ...new Set(
      skills
        .filter((s): s is string => typeof s === 'string')
        .map((s) => s.trim().toLowerCase())
        .filter((s) => s !== ''),
    ),
  ];
}

function profileColumns(p: Record<string, unknown>) {
  const skills = normaliseSkills(p.skills);
  return {
    title: str(p.title),
    overview: str(p.overview),
    skills,
    skills_text: skills.join(' '),
  };
}

/** Writes the profile text of an account into the search index (kept by `profile.updated`). */
export async function indexProfile(tx: DbOrTx, accountId: string): Promise<void> {
  const a = await tx.selectFrom('accounts').select(['role', 'profile', 'display_name', 'country']).where('id', '=', accountId).executeTakeFirst();
  // Clients have profiles too, but freelancer search must not list them.
  if (!a || a.role === 'client') return;
  const cols = { ...profileColumns((a.profile ?? {}) as Record<string, unknown>), display_name: a.display_name, country: a.country };
  await tx
    .insertInto('search_profiles')
    .values({ account_id: accountId, ...cols })
    .onConflict((oc) => oc.column('account_id').doUpdateSet(cols))
    .execute();
}

/** Stores the trust columns and the profile text after a recomputation, in one statement. */
export async function refreshSearchProfile(tx: DbOrTx, account: AccountRow, t: SearchTrust): Promise<void> {
  const cols = {
    ...profileColumns(account.profile),
    display_name: account.display_name,
    country: account.country,
    weeks_with_earnings: t.weeksWithEarnings,
    jss: t.jss,
    badges: t.badges,
    identity_verified: t.identityVerified,
    active_strikes: t.activeStrikes,
    circumvention: t.circumvention,
    suspended: t.suspended,
    trust_multiplier: t.multiplier,
    trust_updated_at: t.at,
  };
  await tx
    .insertInto('search_profiles')
    .values({ account_id: account.id, ...cols })
    .onConflict((oc) => oc.column('account_id').doUpdateSet(cols))
    .execute();
}

export interface SearchParams {
  q?: string;
  skills?: string[];
  country?: string;
  limit?: number;
  offset?: number;
  explain?: boolean;
  /** `relevance` ignores trust (the baseline the benchmark compares against). */
  ranking?: 'trust' | 'relevance';
}

export interface SearchHit {
  accountId: string;
  displayName: string | null;
  title: string | null;
  country: string | null;
  skills: string[];
  score: number;
  relevance: number;
  jss: number | null;
  badges: string[];
  factors?: RankFactor[];
}

export interface SearchResult {
  total: number;
  limit: number;
  offset: number;
  ranking: 'trust' | 'relevance';
  results: SearchHit[];
}

interface Row {
  account_id: string;
  display_name: string | null;
  title: string | null;
  country: string | null;
  skills: string[];
  relevance: number;
  weeks_with_earnings: number;
  jss: number | null;
  badges: string[];
  identity_verified: boolean;
  active_strikes: number;
  circumvention: boolean;
  total: number;
}

export async function searchFreelancers(db: DbOrTx, params: SearchParams, config: TrustConfig): Promise<SearchResult> {
  const limit = Math.min(Math.max(params.limit ?? 20, 1), 100);
  const offset = Math.max(params.offset ?? 0, 0);
  const ranking = params.ranking ?? 'trust';
  const q = params.q?.trim() ?? '';
  const skills = normaliseSkills(params.skills ?? []);
  // Rank normalisation 1 divides by 1 + log(document length): a long overview that repeats a
  // word does not outrank a focused title.
  // A query of stop words only ("the") parses to an empty tsquery: it then filters nothing.
  const relevance = q ? sql<number>`case when numnode(query) = 0 then 1::real else ts_rank_cd(sp.document, query, 1) end` : sql<number>`1::real`;
  const from = q ? sql`search_profiles sp, websearch_to_tsquery('english', ${q}) query` : sql`search_profiles sp`;
  const filters = [sql`not sp.suspended`];
  // The stored flag follows recomputation; a suspension applied since then must hide the
  // account at once, so the enforcement table is consulted live (a small, indexed set).
  if (await enforcementInstalled(db)) filters.push(sql`not ${suspendedNow(sql.ref<string>('sp.account_id'))}`);
  if (q) filters.push(sql`(numnode(query) = 0 or sp.document @@ query)`);
  if (skills.length > 0) filters.push(sql`sp.skills @> ${skills}::text[]`);
  if (params.country) filters.push(sql`sp.country = ${params.country.toUpperCase()}`);
  const order = ranking === 'trust' ? sql`m.relevance * m.trust_multiplier desc` : sql`m.relevance desc`;
  const rows = await sql<Row>`
    select m.*, (count(*) over ())::int as total from (
      select sp.account_id, sp.display_name, sp.title, sp.country, sp.skills, sp.weeks_with_earnings, sp.jss, sp.badges,
             sp.identity_verified, sp.active_strikes, sp.circumvention, sp.trust_multiplier, ${relevance} as relevance
      from ${from}
      where ${sql.join(filters, sql` and `)}
    ) m
    order by ${order}, m.account_id
    limit ${limit} offset ${offset}`.execute(db);

  const results = rows.rows.map((r): SearchHit => {
    const rel = Number(r.relevance);
    const badges = r.badges ?? [];
    const ranked = rankScore(
      {
        relevance: rel,
        trust: {
          suspended: false,
          weeksWithEarnings: r.weeks_with_earnings,
          jss: r.jss,
          badges: {
            risingTalent: badges.includes('rising_talent'),
            topRated: badges.includes('top_rated'),
            topRatedPlus: badges.includes('top_rated_plus'),
            expertVetted: badges.includes('expert_vetted'),
          },
          identityVerified: r.identity_verified,
          activeStrikes: r.active_strikes,
          circumventionConfirmed: r.circumvention,
        },
      },
      config,
    );
    return {
      accountId: r.account_id,
      displayName: r.display_name,
      title: r.title,
      country: r.country,
      skills: r.skills ?? [],
      score: ranking === 'trust' ? (ranked.score ?? 0) : rel,
      relevance: rel,
      jss: r.jss,
      badges,
      ...(params.explain ? { factors: ranked.factors } : {}),
    };
  });
  return { total: rows.rows[0]?.total ?? 0, limit, offset, ranking, results };
}
