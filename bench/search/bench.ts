// Search benchmark: 100,000 generated freelancer profiles on PostgreSQL (a schema of its own,
// dropped at the end), 50 queries with a synthetic ground truth of "relevant and trusted",
// latency p50/p99 (in-process service call and over HTTP) and NDCG@10 of trust-aware ranking
// against relevance-only ranking, side by side. Writes the table to bench/search/RESULTS.md.
//
// The population model: each freelancer has a hidden reliability q in [0, 1]; the trust
// signals search sees (weeks with earnings, JSS, badges, strikes, circumvention) are noisy
// readings of q. Ground truth gain for a query = text grade (2: the query's skill is on the
// profile in its category, 1: same category) when the freelancer is trusted (q ≥ 0.55, no
// strike, no circumvention), else 0. It shares strikes and circumvention with the ranker, so the
// ratio says the trust wiring recovers reliability from noisy signals, not real-world quality.
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sql } from 'kysely';
import pg from 'pg';
import { createApiKey } from '../../src/access/keys.ts';
import { loadConfig } from '../../src/app/config.ts';
import { buildServer } from '../../src/app/server.ts';
import { openWarden } from '../../src/app/start.ts';
import type { Db } from '../../src/store/db.ts';
import { trustMultiplier } from '../../src/trust/assessment.ts';
import { DEFAULT_TRUST_CONFIG } from '../../src/trust/config.ts';
import type { FreelancerBadges } from '../../src/trust/freelancer-trust.ts';
import { ndcg } from '../../src/trust/ranking.ts';
import { trustRoutes } from '../../src/trust/routes.ts';
import { type SearchParams, searchFreelancers } from '../../src/trust/search.ts';

const POSTGRES_URL = process.env.WARDEN_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const POPULATION = Number(process.env.WARDEN_BENCH_SEARCH_PROFILES ?? 100_000);
const K = 10;
const IN_PROCESS_REPS = 3;
const HTTP_REPS = 2;

interface Category {
  role: string;
  titles: string[];
  skills: string[];
}

// Twelve marketplace categories; skills are single words or plain phrases (no punctuation) so
// the text search parser sees them the way a user types them.
const CATEGORIES: Category[] = [
  {
    role: 'developer',
    titles: ['Frontend developer', 'Web developer', 'Full stack developer', 'JavaScript engineer'],
    skills: ['react', 'typescript', 'javascript', 'vue', 'angular', 'css', 'html', 'nextjs'],
  },
  {
    role: 'developer',
    titles: ['Mobile developer', 'iOS engineer', 'Android developer', 'App developer'],
    skills: ['swift', 'kotlin', 'flutter', 'ios', 'android', 'dart', 'xamarin', 'firebase'],
  },
  {
    role: 'scientist',
    titles: ['Data scientist', 'Machine learning engineer', 'Data analyst', 'AI engineer'],
    skills: ['python', 'pandas', 'tensorflow', 'pytorch', 'sql', 'statistics', 'tableau', 'spark'],
  },
  {
    role: 'designer',
    titles: ['UI designer', 'Product designer', 'Graphic designer', 'Brand designer'],
    skills: ['figma', 'photoshop', 'illustrator', 'sketch', 'branding', 'typography', 'logo', 'wireframes'],
  },
  {
    role: 'writer',
    titles: ['Copywriter', 'Content writer', 'Technical writer', 'Editor'],
    skills: ['copywriting', 'seo', 'blogging', 'editing', 'proofreading', 'ghostwriting', 'storytelling', 'research'],
  },
  {
    role: 'translator',
    titles: ['Translator', 'Localization specialist', 'Interpreter', 'Subtitler'],
    skills: ['spanish', 'french', 'german', 'portuguese', 'japanese', 'italian', 'chinese', 'arabic'],
  },
  {
    role: 'marketer',
    titles: ['Digital marketer', 'Growth marketer', 'Social media manager', 'PPC specialist'],
    skills: ['adwords', 'facebook', 'instagram', 'newsletter', 'analytics', 'hubspot', 'mailchimp', 'tiktok'],
  },
  {
    role: 'engineer',
    titles: ['DevOps engineer', 'Cloud architect', 'Site reliability engineer', 'Platform engineer'],
    skills: ['aws', 'docker', 'kubernetes', 'terraform', 'linux', 'ansible', 'azure', 'jenkins'],
  },
  {
    role: 'assistant',
    titles: ['Virtual assistant', 'Data entry specialist', 'Executive assistant', 'Customer support agent'],
    skills: ['excel', 'scheduling', 'zendesk', 'transcription', 'crm', 'email', 'calendar', 'typing'],
  },
  {
    role: 'editor',
    titles: ['Video editor', 'Motion designer', 'Animator', 'YouTube editor'],
    skills: ['premiere', 'aftereffects', 'animation', 'davinci', 'youtube', 'motion', 'blender', 'colorgrading'],
  },
  {
    role: 'accountant',
    titles: ['Bookkeeper', 'Accountant', 'Financial analyst', 'Tax consultant'],
    skills: ['bookkeeping', 'quickbooks', 'xero', 'payroll', 'tax', 'forecasting', 'audit', 'invoicing'],
  },
  {
    role: 'developer',
    titles: ['Backend developer', 'Java developer', 'Go engineer', 'API developer'],
    skills: ['java', 'spring', 'golang', 'rust', 'postgresql', 'django', 'rails', 'graphql'],
  },
];
const FILLER = [
  'I communicate clearly and meet deadlines.',
  'Clients value my attention to detail.',
  'I enjoy long term collaborations and clear requirements.',
  'Available for urgent projects and weekend work.',
  'I document everything I deliver.',
  'Happy to start with a small paid trial.',
];
const COUNTRIES = ['US', 'IN', 'PH', 'PK', 'UA', 'BR', 'GB', 'NG', 'PT', 'DE', 'EG', 'BD'];

interface Query {
  text: string;
  category: number;
  skill: string;
}

/** ~50 queries: four per category (a skill with the role word, or a skill alone), plus two longer ones. */
function queries(): Query[] {
  const out: Query[] = [];
  CATEGORIES.forEach((c, category) => {
    for (let k = 0; k < 4; k++) {
      const skill = c.skills[k * 2] as string;
      out.push({ text: k % 2 === 0 ? `${skill} ${c.role}` : skill, category, skill });
    }
  });
  out.push({ text: 'senior react developer typescript', category: 0, skill: 'react' });
  out.push({ text: 'python machine learning', category: 2, skill: 'python' });
  return out;
}

const textArray = (xs: string[]) => sql.raw(`(array[${xs.map((x) => `'${x.replace(/'/g, "''")}'`).join(',')}]::text[])`);

/** Generates the population in SQL: one INSERT ... SELECT over generate_series. */
async function generate(db: Db): Promise<void> {
  const cats = sql.join(
    CATEGORIES.map((c, i) => sql`(${sql.lit(i)}, ${textArray(c.titles)}, ${textArray(c.skills)})`),
    sql`, `,
  );
  // u(i, salt): a deterministic uniform number in [0, 1) per profile and purpose.
  await sql`create function pg_temp.u(i int, salt text) returns double precision language sql immutable as
    $$ select (hashtext(i::text || salt) & 2147483647)::double precision / 2147483648 $$`.execute(db);
  await sql`create table bench_truth (account_id text primary key, category int not null, quality double precision not null, trusted boolean not null)`.execute(
    db,
  );
  // Build the text index after the bulk insert: much faster than maintaining it row by row.
  await sql`drop index search_profiles_document_idx`.execute(db);
  await sql`drop index search_profiles_skills_idx`.execute(db);
  await sql`
    with cats(ci, titles, skills) as (values ${cats}),
    base as (
      select i, 'f' || lpad(i::text, 6, '0') as id, (pg_temp.u(i, 'cat') * 12)::int % 12 as ci, pg_temp.u(i, 'q') as q,
             pg_temp.u(i, 'new') < 0.15 as newcomer, 3 + (pg_temp.u(i, 'k') * 3)::int as k, (pg_temp.u(i, 'o') * 8)::int as o,
             (pg_temp.u(i, 'fill') * 4)::int as fill
      from generate_series(1, ${POPULATION}) i
    ),
    p as (
      select b.*, c.titles[1 + (pg_temp.u(b.i, 't') * 4)::int % 4] as title,
             array(select c.skills[1 + (b.o + j) % 8] from generate_series(0, b.k - 1) j) as skills,
             case when b.newcomer then null else least(100, greatest(35, round(58 + 42 * b.q + 20 * (pg_temp.u(b.i, 'j') - 0.5))))::int end as jss,
             case when b.newcomer then (pg_temp.u(b.i, 'w') * 3)::int
                  else least(26, greatest(0, round(26 * (0.65 * b.q + 0.35 * pg_temp.u(b.i, 'w')))))::int end as weeks,
             case when pg_temp.u(b.i, 's') < 0.14 * (1 - b.q) then 1 + (pg_temp.u(b.i, 's2') < 0.3)::int else 0 end as strikes,
             pg_temp.u(b.i, 'x') < 0.05 * (1 - b.q) as circumvention,
             pg_temp.u(b.i, 'z') < 0.01 as suspended,
             pg_temp.u(b.i, 'v') < 0.45 + 0.45 * b.q as verified
      from base b join cats c on c.ci = b.ci
    ),
    ins as (
      insert into search_profiles (account_id, display_name, title, overview, skills, skills_text, country, weeks_with_earnings, jss, badges,
                                   identity_verified, active_strikes, circumvention, suspended)
      select id, 'Freelancer ' || i, title,
             'I am a ' || lower(title) || ' with ' || (1 + (q * 12)::int) || ' years of experience. I work with ' || array_to_string(skills, ', ') || '. ' ||
               array_to_string(array(select ${textArray(FILLER)}[1 + (fill + j) % 6] from generate_series(0, fill) j), ' '),
             skills, array_to_string(skills, ' '), ${textArray(COUNTRIES)}[1 + (pg_temp.u(i, 'cc') * 12)::int % 12],
             weeks, jss,
             array_remove(array[
               case when jss >= 90 and weeks >= 8 and not circumvention then 'top_rated' end,
               case when jss >= 90 and weeks >= 16 and not circumvention and pg_temp.u(i, 'tp') < 0.25 then 'top_rated_plus' end,
               case when newcomer and verified and strikes = 0 and not circumvention and pg_temp.u(i, 'rt') < 0.5 then 'rising_talent' end,
               case when q > 0.7 and not circumvention and pg_temp.u(i, 'ev') < 0.03 then 'expert_vetted' end
             ], null),
             verified, strikes, circumvention, suspended
      from p
      returning account_id
    )
    insert into bench_truth (account_id, category, quality, trusted)
    select id, ci, q, q >= 0.55 and strikes = 0 and not circumvention and not suspended from p`.execute(db);
  await sql`create index search_profiles_document_idx on search_profiles using gin (document)`.execute(db);
  await sql`create index search_profiles_skills_idx on search_profiles using gin (skills)`.execute(db);
}

/** Stores the trust multiplier computed by the same code the service uses (rankScore at relevance 1). */
async function storeMultipliers(db: Db): Promise<void> {
  const rows = await db
    .selectFrom('search_profiles')
    .select(['account_id', 'weeks_with_earnings', 'jss', 'badges', 'identity_verified', 'active_strikes', 'circumvention', 'suspended'])
    .execute();
  const chunk = 20_000;
  for (let s = 0; s < rows.length; s += chunk) {
    const part = rows.slice(s, s + chunk);
    const ids = part.map((r) => r.account_id);
    const ms = part.map((r) => {
      const badges: FreelancerBadges = {
        risingTalent: r.badges.includes('rising_talent'),
        topRated: r.badges.includes('top_rated'),
        topRatedPlus: r.badges.includes('top_rated_plus'),
        expertVetted: r.badges.includes('expert_vetted'),
      };
      return trustMultiplier(
        {
          suspended: r.suspended,
          weeksWithEarnings: r.weeks_with_earnings,
          jss: r.jss,
          badges,
          identityVerified: r.identity_verified,
          activeStrikes: r.active_strikes,
          circumventionConfirmed: r.circumvention,
        },
        DEFAULT_TRUST_CONFIG,
      );
    });
    await sql`update search_profiles sp set trust_multiplier = v.m, trust_updated_at = now()
      from unnest(${ids}::text[], ${ms}::float8[]) as v(id, m) where sp.account_id = v.id`.execute(db);
  }
  await sql`analyze search_profiles`.execute(db);
}

/** Gains of every profile with a positive gain for a query (the judged set). */
async function truthFor(db: Db, q: Query): Promise<Map<string, number>> {
  const rows = await sql<{ account_id: string; gain: number }>`
    select t.account_id, case when ${q.skill} = any(sp.skills) then 2 else 1 end as gain
    from bench_truth t join search_profiles sp using (account_id)
    where t.category = ${q.category} and t.trusted`.execute(db);
  return new Map(rows.rows.map((r) => [r.account_id, Number(r.gain)]));
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] as number;
};
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

function markdownTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (vals: string[]) => `| ${vals.map((v, i) => v.padEnd(widths[i] as number)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

export async function run(): Promise<void> {
  const schema = `bench_search_${randomBytes(4).toString('hex')}`;
  const config = loadConfig({}, { logLevel: 'silent', databaseUrl: POSTGRES_URL, rateLimitPerMinute: 1_000_000, console: false });
  const started = performance.now();
  const w = await openWarden(config, { schema });
  const dropSchema = async () => {
    const c = new pg.Client({ connectionString: POSTGRES_URL });
    await c.connect();
    await c.query(`drop schema if exists "${schema}" cascade`);
    await c.end();
  };
  try {
    const db = w.ctx.db;
    const gen = await timed(async () => {
      // One connection for the temporary function (pg_temp is per session).
      await db.connection().execute(async (conn) => generate(conn as unknown as Db));
      await storeMultipliers(db);
    });
    const qs = queries();
    const truths = new Map<string, Map<string, number>>();
    for (const q of qs) truths.set(q.text, await truthFor(db, q));

    const modes = ['relevance', 'trust'] as const;
    const quality: Record<(typeof modes)[number], { ndcg: number[]; precision: number[] }> = {
      relevance: { ndcg: [], precision: [] },
      trust: { ndcg: [], precision: [] },
    };
    const inProcess: Record<(typeof modes)[number], number[]> = { relevance: [], trust: [] };
    for (const q of qs) {
      const truth = truths.get(q.text) as Map<string, number>;
      for (const mode of modes) {
        const params: SearchParams = { q: q.text, limit: K, ranking: mode };
        // First call warms the plan and cache; it is measured like the others.
        for (let r = 0; r < IN_PROCESS_REPS; r++) {
          const { ms, value } = await timed(() => searchFreelancers(db, params, DEFAULT_TRUST_CONFIG));
          inProcess[mode].push(ms);
          if (r === 0) {
            const gains = value.results.map((h) => truth.get(h.accountId) ?? 0);
            quality[mode].ndcg.push(ndcg(gains, K, [...truth.values()]));
            quality[mode].precision.push(gains.filter((g) => g > 0).length / K);
          }
        }
      }
    }

    // Over HTTP: a real socket, with the API key check, validation and JSON serialisation.
    await w.app.ready();
    const app = w.app.hasRoute({ method: 'GET', url: '/v1/search/freelancers' }) ? w.app : await buildServer(w.ctx, [trustRoutes]);
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const { key } = await createApiKey(db, 'search bench', ['read']);
    const http: Record<(typeof modes)[number], number[]> = { relevance: [], trust: [] };
    for (const q of qs) {
      for (const mode of modes) {
        for (let r = 0; r < HTTP_REPS; r++) {
          const url = `${address}/v1/search/freelancers?q=${encodeURIComponent(q.text)}&limit=${K}&ranking=${mode}`;
          const { ms, value } = await timed(async () => {
            const res = await fetch(url, { headers: { authorization: `Bearer ${key}` } });
            await res.json();
            return res.status;
          });
          if (value !== 200) throw new Error(`search over HTTP answered ${value}`);
          http[mode].push(ms);
        }
      }
    }
    if (app !== w.app) await app.close();

    const matches = await sql<{ avg: number; max: number }>`
      select avg(n)::float8 as avg, max(n)::int as max from (
        select (select count(*) from search_profiles sp where sp.document @@ websearch_to_tsquery('english', t)) as n
        from unnest(${qs.map((q) => q.text)}::text[]) t) x`.execute(db);

    const f2 = (x: number) => x.toFixed(2);
    const f3 = (x: number) => x.toFixed(3);
    const row = (label: string, rel: number, tr: number, fmt: (x: number) => string) => [label, fmt(rel), fmt(tr), (tr / rel).toFixed(2)];
    const table = markdownTable(
      ['measure', 'relevance-only', 'trust-aware', 'ratio trust/relevance'],
      [
        row('NDCG@10, relevant & trusted (mean of queries)', mean(quality.relevance.ndcg), mean(quality.trust.ndcg), f3),
        row('precision@10, relevant & trusted', mean(quality.relevance.precision), mean(quality.trust.precision), f3),
        row('latency p50, in-process service (ms)', percentile(inProcess.relevance, 50), percentile(inProcess.trust, 50), f2),
        row('latency p99, in-process service (ms)', percentile(inProcess.relevance, 99), percentile(inProcess.trust, 99), f2),
        row('latency p50, HTTP (ms)', percentile(http.relevance, 50), percentile(http.trust, 50), f2),
        row('latency p99, HTTP (ms)', percentile(http.relevance, 99), percentile(http.trust, 99), f2),
      ],
    );
    const facts = [
      `PostgreSQL ${((await sql<{ v: string }>`select current_setting('server_version') as v`.execute(db)).rows[0] as { v: string }).v}, ${POPULATION.toLocaleString('en-US')} profiles generated in ${(gen.ms / 1000).toFixed(1)} s (INSERT ... SELECT generate_series, GIN index built after, trust multipliers from rankScore), ${qs.length} queries, matches per query: mean ${Math.round(matches.rows[0]?.avg ?? 0)}, max ${matches.rows[0]?.max ?? 0}.`,
      `Latency samples: ${inProcess.trust.length} per ranking in-process (${IN_PROCESS_REPS} per query), ${http.trust.length} over HTTP (${HTTP_REPS} per query), sequential, limit ${K}. Total run ${((performance.now() - started) / 1000).toFixed(0)} s.`,
    ];
    const out = `${table}\n\n${facts.join('\n')}\n`;
    console.log(out);
    const here = dirname(fileURLToPath(import.meta.url));
    writeFileSync(
      join(here, 'RESULTS.md'),
      `# Search benchmark results\n\nMeasured by \`node bin/tsx.mjs bench/search/bench.ts\` on ${new Date().toISOString().slice(0, 10)} (2 shared cores). See the header of bench.ts for the population model and the ground truth; both rankings run the same full-text query, trust-aware orders by relevance × the stored trust multiplier.\n\n${out}`,
    );
  } finally {
    await w.stop();
    await dropSchema();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await run();
