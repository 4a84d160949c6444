// Does the fake-job model flag honest job posts in other languages more than English ones?
// Every honest job post of the team's sets through `warden screen` (src/cli/screen.ts: shipped
// policies, stateless, kind job, the line's language as locale), counted as bench/scam counts:
// flagged = any scam.* (but scam.combined) or spam.content signal, i.e. any non-contact signal.
//   node bin/tsx.mjs bench/real/job-languages.ts
// Two sources, reported apart: blind sets 2–7 (bench/scam/blind-*.jsonl: never trained on by
// any model, though earlier rounds tuned rules on their errors) and the committed corpora the
// job model trains on (bench/scam corpus and heldout, training-data/*.jsonl: in-sample).
// The posts carry no metadata (no logo, salary or questions): the model reads text and shape only.

import { readdirSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { runScreen } from '../../src/cli/screen.ts';
import { loadCommittedCorpora } from '../../src/detect/learned/datasets.ts';
import { loadScamCorpus } from '../scam/corpus.ts';

interface Post {
  id: string;
  lang: string;
  label: 'scam' | 'honest';
  text: string;
}

/** The non-contact signal types `warden screen --kind job` gives each post. */
export async function screenJobs(posts: readonly Post[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  const input = Readable.from(posts.map((p) => `${JSON.stringify({ id: p.id, text: p.text, locale: p.lang })}\n`));
  await runScreen(
    input,
    (line) => {
      const o = JSON.parse(line) as { id: string; signals?: { type: string }[] };
      out.set(
        o.id,
        (o.signals ?? []).map((s) => s.type).filter((t) => (t.startsWith('scam.') && t !== 'scam.combined') || t.startsWith('spam.')),
      );
    },
    undefined,
    'job',
  );
  return out;
}

export interface LanguageRow {
  source: string;
  languages: string;
  honest: number;
  honestFlagged: number;
  fakeJobOnHonest: number;
  scams: number;
  scamsFlagged: number;
}

function rows(source: string, posts: readonly Post[], types: Map<string, string[]>): LanguageRow[] {
  const part = (name: string, keep: (p: Post) => boolean): LanguageRow => {
    const ps = posts.filter(keep);
    const honest = ps.filter((p) => p.label === 'honest');
    const scams = ps.filter((p) => p.label === 'scam');
    return {
      source,
      languages: `${name} (${new Set(ps.map((p) => p.lang)).size})`,
      honest: honest.length,
      honestFlagged: honest.filter((p) => types.get(p.id)?.length).length,
      fakeJobOnHonest: honest.filter((p) => types.get(p.id)?.includes('scam.fake_job')).length,
      scams: scams.length,
      scamsFlagged: scams.filter((p) => types.get(p.id)?.length).length,
    };
  };
  return [part('English', (p) => p.lang === 'en'), part('other languages', (p) => p.lang !== 'en')];
}

export async function evaluateJobLanguages(): Promise<{ rows: LanguageRow[]; flaggedHonest: { source: string; post: Post; types: string[] }[] }> {
  const blindFiles = readdirSync(new URL('../scam/', import.meta.url))
    .filter((f) => /^blind-\d+\.jsonl$/.test(f))
    .sort();
  const blind = blindFiles.flatMap((f) => loadScamCorpus(f).filter((e) => e.kind === 'job'));
  const trained = loadCommittedCorpora().filter((e) => e.kind === 'job');
  const out: LanguageRow[] = [];
  const flaggedHonest: { source: string; post: Post; types: string[] }[] = [];
  for (const [source, posts] of [
    [`blind sets (${blindFiles.map((f) => f.replace(/\.jsonl$/, '')).join(', ')}), not trained on`, blind],
    ['committed job posts (trained on)', trained],
  ] as const) {
    const types = await screenJobs(posts);
    out.push(...rows(source, posts, types));
    for (const p of posts) if (p.label === 'honest' && types.get(p.id)?.length) flaggedHonest.push({ source, post: p, types: types.get(p.id) ?? [] });
  }
  return { rows: out, flaggedHonest };
}

export async function run(): Promise<void> {
  const { rows: rs, flaggedHonest } = await evaluateJobLanguages();
  const pct = (a: number, b: number) => (b ? `${((a / b) * 100).toFixed(1)} %` : '—');
  console.log('\n### Honest job posts by language, through `warden screen --kind job` (any non-contact signal)\n');
  console.log('| Source | Languages | Honest posts | Honest flagged | of which scam.fake_job | Fake posts | Fake posts flagged |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of rs)
    console.log(
      `| ${r.source} | ${r.languages} | ${r.honest} | ${r.honestFlagged} (${pct(r.honestFlagged, r.honest)}) | ${r.fakeJobOnHonest} | ${r.scams} | ${r.scamsFlagged} (${pct(r.scamsFlagged, r.scams)}) |`,
    );
  const byLang = new Map<string, number>();
  for (const f of flaggedHonest) byLang.set(f.post.lang, (byLang.get(f.post.lang) ?? 0) + 1);
  console.log(`\nHonest posts flagged by language: ${[...byLang].map(([l, n]) => `${l} ${n}`).join(', ') || 'none'}`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await run();
