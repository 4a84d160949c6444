// Training and evaluation data for the learned models, and the grouped split every script
// (training, bench/real) shares, so "held out" means the same texts everywhere.
//
// Real data (never committed): `../shared/data/real/*.jsonl` beside the repository, or
// WARDEN_REAL_DATA. EMSCAD job ads (Vidros et al. 2017, University of the Aegean) with `meta`,
// the SMS Spam Collection (Almeida et al. 2011, UCI) and the SMS phishing set (Mishra & Soni
// 2022) with `category`. Committed data: bench/scam/corpus.jsonl and heldout.jsonl (the team's,
// both tuned on), bench/contact's corpus and held-out set (chat sharing contact details: honest
// for these models) and training-data/*.jsonl here (written for training, per scam kind and language).

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldString } from '../spam/fold-text.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(HERE, '../../..');

export type Split = 'train' | 'validation' | 'heldout';

export interface RealExample {
  id: string;
  text: string;
  label: 0 | 1;
  category?: string;
  meta?: Record<string, string>;
}

export function realDataDir(): string {
  return process.env.WARDEN_REAL_DATA ?? resolve(REPO_ROOT, '../shared/data/real');
}

export function hasRealData(): boolean {
  return existsSync(join(realDataDir(), 'emscad-dev.jsonl'));
}

export function loadJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

export type RealSet = 'emscad' | 'sms' | 'smish';

export function loadRealSet(set: RealSet): RealExample[] {
  return loadJsonl<RealExample>(join(realDataDir(), `${set}-dev.jsonl`));
}

// ---- Near-duplicate grouping (MinHash over word 3-shingles, banded LSH, union-find) ----

const NUM_HASHES = 64;
const BANDS = 16; // 16 bands of 4 rows: pairs above ~Jaccard 0.5 collide with high probability
const ROWS = NUM_HASHES / BANDS;

function shingles(text: string): Set<string> {
  const words = foldString(text.slice(0, 3000)).match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  if (words.length < 3) out.add(words.join(' '));
  for (let i = 0; i + 3 <= words.length; i++) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}

function minhash(set: Set<string>): Uint32Array {
  const sig = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  for (const s of set) {
    const d = createHash('md5').update(s).digest();
    const h1 = d.readUInt32LE(0);
    const h2 = d.readUInt32LE(4) | 1;
    for (let i = 0; i < NUM_HASHES; i++) {
      const h = (h1 + Math.imul(i, h2)) >>> 0;
      if (h < sig[i]) sig[i] = h;
    }
  }
  return sig;
}

/**
 * Groups texts so that near-duplicates (estimated Jaccard of word 3-shingles ≥ 0.5, through
 * chains) share a group, and texts with the same `key` (e.g. one company's ads) too.
 * @returns a group id per input text.
 */
export function nearDuplicateGroups(texts: readonly string[], keys: readonly (string | undefined)[] = []): string[] {
  const parent = texts.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r];
    while (parent[i] !== r) [i, parent[i]] = [parent[i], r];
    return r;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const sigs = texts.map((t) => minhash(shingles(t)));
  for (let band = 0; band < BANDS; band++) {
    const buckets = new Map<string, number>();
    for (let i = 0; i < sigs.length; i++) {
      const key = Array.from(sigs[i].subarray(band * ROWS, band * ROWS + ROWS)).join(',');
      const first = buckets.get(key);
      if (first === undefined) buckets.set(key, i);
      else {
        // Confirm the estimate on the whole signature, so one lucky band does not merge.
        let same = 0;
        for (let h = 0; h < NUM_HASHES; h++) if (sigs[i][h] === sigs[first][h]) same++;
        if (same / NUM_HASHES >= 0.5) union(i, first);
      }
    }
  }
  const byKey = new Map<string, number>();
  keys.forEach((k, i) => {
    if (!k) return;
    const first = byKey.get(k);
    if (first === undefined) byKey.set(k, i);
    else union(i, first);
  });
  return texts.map((_, i) => `g${find(i)}`);
}

/** Split of a group: 20 % held out, 15 % validation, 65 % training, by a seeded hash of the group. */
export function splitOf(groupKey: string, seed = SPLIT_SEED): Split {
  const u = createHash('sha256').update(`${seed}:${groupKey}`).digest().readUInt32BE(0) / 2 ** 32;
  return u < 0.2 ? 'heldout' : u < 0.35 ? 'validation' : 'train';
}

export const SPLIT_SEED = 'warden-learned-split-v1';

/**
 * The split group of a written text: its id without the language part ("w2-de-006" → "w2-006"),
 * so one template written in several languages stays on one side of the split (a translation in
 * the validation fold of a text trained on would score as if seen).
 */
export function writtenGroupKey(id: string, lang: string): string {
  return id
    .split('-')
    .filter((part) => part !== lang)
    .join('-');
}

/** EMSCAD's company profile is the paragraph after the title when there is one; long ones identify the company. */
export function emscadCompanyProfile(text: string): string | undefined {
  const profile = text.split(/\n\n/)[1]?.trim() ?? '';
  return profile.length >= MIN_PROFILE_CHARS ? profile : undefined;
}

function emscadCompanyKey(text: string): string | undefined {
  const profile = emscadCompanyProfile(text);
  return profile ? `company:${foldString(profile.slice(0, 200))}` : undefined;
}

export interface SplitExample extends RealExample {
  set: RealSet;
  group: string;
  split: Split;
}

let cachedReal: SplitExample[] | undefined;

/**
 * All three real sets with their grouped split. SMS and SMS-phishing texts are grouped
 * together (the phishing set reuses SMS Spam Collection messages), so one text never sits on
 * both sides. A group takes the split of its smallest member id, so it stays put when other
 * groups change.
 */
export function loadRealSplits(): SplitExample[] {
  if (cachedReal) return cachedReal;
  const all: (RealExample & { set: RealSet })[] = [];
  for (const set of ['emscad', 'sms', 'smish'] as const) for (const e of loadRealSet(set)) all.push({ ...e, set });
  const groups = nearDuplicateGroups(
    all.map((e) => e.text),
    all.map((e) => (e.set === 'emscad' ? emscadCompanyKey(e.text) : undefined)),
  );
  const firstId = new Map<string, string>();
  all.forEach((e, i) => {
    const g = groups[i];
    const current = firstId.get(g);
    if (current === undefined || e.id < current) firstId.set(g, e.id);
  });
  cachedReal = all.map((e, i) => ({ ...e, group: groups[i], split: splitOf(firstId.get(groups[i]) ?? e.id) }));
  return cachedReal;
}

/**
 * Company families of EMSCAD ads: the groups of loadRealSplits() joined when their company
 * profiles are near-duplicates of each other (the same MinHash test as nearDuplicateGroups, on
 * the profile alone). The group key reads only the profile's first 200 characters, so one
 * recruiter's template with another client's name in front ("Jaco Oil and Refined Resources
 * have partnered up…", "Edison International and Refined Resources have partnered up…") made
 * 7 groups, 33 fraudulent ads in 4 of the job model's 5 folds: cross-validation then scored a
 * template the model had trained on. All those groups lie in the training and validation splits
 * (none held out), so the split itself is unchanged and this only regroups the job model's folds.
 * @returns the family key of each EMSCAD group key (a group's own key when nothing joins it)
 */
export function emscadFamilies(): Map<string, string> {
  return joinGroupsByProfile(
    loadRealSplits()
      .filter((e) => e.set === 'emscad')
      .map((e) => ({ group: e.group, profile: emscadCompanyProfile(e.text) })),
  );
}

/**
 * Joins groups whose members' company profiles are near-duplicates (estimated Jaccard of word
 * 3-shingles ≥ 0.5, through chains); members without a profile join nothing.
 * @returns the family key (one member group's key, the smallest as a string) of every group given
 */
export function joinGroupsByProfile(members: readonly { group: string; profile?: string }[]): Map<string, string> {
  const byProfile = nearDuplicateGroups(members.map((m, i) => m.profile ?? `no profile ${i}`));
  const parent = new Map<string, string>(members.map((m) => [m.group, m.group]));
  const find = (g: string): string => {
    let r = g;
    while (parent.get(r) !== r) r = parent.get(r) as string;
    return r;
  };
  const firstGroup = new Map<string, string>();
  members.forEach((m, i) => {
    if (m.profile === undefined) return;
    const other = firstGroup.get(byProfile[i]);
    if (other === undefined) firstGroup.set(byProfile[i], m.group);
    else {
      const [a, b] = [find(other), find(m.group)].sort();
      if (a !== b) parent.set(b, a);
    }
  });
  return new Map(members.map((m) => [m.group, find(m.group)]));
}

// ---- Committed corpora ----

export interface CorpusExample {
  id: string;
  lang: string;
  kind: 'message' | 'job' | 'proposal' | 'profile';
  label: 'scam' | 'honest';
  types: string[];
  text: string;
  /**
   * A contact share (details or a contract moved to a messenger): honest for the scam models,
   * left out of the message-spam model, whose SMS spam asks for the same move (train.ts).
   */
  contactShare?: boolean;
  /**
   * An honest text saying what bulk SMS says (a prize already credited, a request for a review):
   * an honest look-alike for the scam models, left out of the message-spam model, for which
   * "congratulations, you won" is the spam itself (train.ts).
   */
  bulkLike?: boolean;
}

/** The team's scam corpora (bench/scam) and the training set written for the learned layer (data/). */
export function loadCommittedCorpora(): (CorpusExample & { source: string })[] {
  const out: (CorpusExample & { source: string })[] = [];
  for (const f of ['corpus.jsonl', 'heldout.jsonl']) {
    for (const e of loadJsonl<CorpusExample>(join(REPO_ROOT, 'bench/scam', f))) out.push({ ...e, source: `bench/scam/${f}` });
  }
  const dataDir = join(HERE, 'training-data');
  for (const f of readdirSync(dataDir)
    .filter((n) => n.endsWith('.jsonl'))
    .sort()) {
    for (const e of loadJsonl<CorpusExample>(join(dataDir, f))) out.push({ ...e, source: `src/detect/learned/training-data/${f}` });
  }
  return out;
}

/**
 * Family names the labelled sets use that differ from the class and signal names: the blind sets'
 * writers (bench/scam/BLIND-2.md…) named account renting and selling `account_trade`; the class
 * and the signal (`scam.account_trading`, a stable name in `warden screen` output) say
 * `account_trading`. bench/scam scores labels through the same map.
 */
export const LABEL_TO_SIGNAL_FAMILY: Readonly<Record<string, string>> = { account_trade: 'account_trading' };

/**
 * The scam blind sets the scam models train on, fixed by name (a set is added by a change that
 * says so, never by being the newest). Each was written by a helper that never saw the detector
 * (bench/scam/BLIND-N.md), had its first run recorded in bench/scam/RESULTS.md before anyone
 * looked at an error, and was tuned on since: ten writers' phrasing, 2,562 texts in 15-25
 * languages, half of them honest look-alikes, where the texts of training-data/ are one writer's
 * per round. Blind sets 12 and 13 joined on 2026-12-02 when their tuning round began (they left
 * STILL_BLIND: 417d0d6); blind sets 14 and 15 joined with round 16 (they left STILL_BLIND: 814f0a4,
 * blind-2 … blind-15 now), and every newer set is blind.
 */
export const SCAM_TRAINING_BLIND_SETS: readonly string[] = Array.from({ length: 14 }, (_, i) => `blind-${i + 2}.jsonl`);

/** The texts of `SCAM_TRAINING_BLIND_SETS`, with their types as the models' class names. */
export function loadScamTrainingBlindSets(): (CorpusExample & { source: string })[] {
  const out: (CorpusExample & { source: string })[] = [];
  for (const f of SCAM_TRAINING_BLIND_SETS) {
    for (const e of loadJsonl<CorpusExample>(join(REPO_ROOT, 'bench/scam', f)))
      out.push({ ...e, types: e.types.map((t) => LABEL_TO_SIGNAL_FAMILY[t] ?? t), source: `bench/scam/${f}` });
  }
  return out;
}

/**
 * The contact team's corpora (bench/contact corpus.jsonl and heldout.jsonl, both tuned on;
 * never its blind sets): marketplace chat that shares or hides contact details, with many
 * look-alike numbers (versions, order ids, coordinates, prices). Not scams: sharing a contact is
 * the contact policy's business, so the scam and spam models learn these as honest.
 */
export function loadContactCorpora(): { id: string; lang: string; text: string; source: string }[] {
  const out: { id: string; lang: string; text: string; source: string }[] = [];
  for (const f of ['corpus.jsonl', 'heldout.jsonl']) {
    for (const e of loadJsonl<{ id: string; lang: string; text: string }>(join(REPO_ROOT, 'bench/contact', f)))
      out.push({ ...e, source: `bench/contact/${f}` });
  }
  return out;
}

/** EMSCAD metadata as the tokens the job model reads; the same names come from job.posted. */
export interface JobMeta {
  /**
   * The company description shown with the post (job.posted company.description), when the
   * text screened includes it: the job model reads the post without it (see jobModelInput).
   */
  companyDescription?: string;
  hasCompanyLogo?: boolean;
  hasQuestions?: boolean;
  hasSalary?: boolean;
  telecommuting?: boolean;
  employmentType?: string;
  /** The marketplace's category of the job (EMSCAD: industry, e.g. "Oil & Energy"). */
  industry?: string;
  /** The kind of role (EMSCAD: function, e.g. "Customer Service"). */
  jobFunction?: string;
  /** ISO 3166-1 alpha-2 country of the job (EMSCAD: the first part of location, "US, TX, Houston"). */
  country?: string;
}

export function jobMetaExtras(meta: JobMeta | undefined): string[] {
  if (!meta) return [];
  const out: string[] = [];
  if (meta.hasCompanyLogo !== undefined) out.push(`meta:logo:${meta.hasCompanyLogo ? 1 : 0}`);
  if (meta.hasQuestions !== undefined) out.push(`meta:questions:${meta.hasQuestions ? 1 : 0}`);
  if (meta.hasSalary !== undefined) out.push(`meta:salary:${meta.hasSalary ? 1 : 0}`);
  if (meta.telecommuting !== undefined) out.push(`meta:remote:${meta.telecommuting ? 1 : 0}`);
  if (meta.employmentType) out.push(`meta:employment:${meta.employmentType.toLowerCase()}`);
  if (meta.industry) out.push(`meta:industry:${meta.industry.toLowerCase()}`);
  if (meta.jobFunction) out.push(`meta:function:${meta.jobFunction.toLowerCase()}`);
  if (meta.country) out.push(`meta:country:${meta.country.toLowerCase()}`);
  return out;
}

// EMSCAD replaced contact details by placeholders (#EMAIL_…#, #PHONE_…#, #URL_…#); live posts
// carry the real thing. Both spellings give the same feature.
const EMAIL = /#EMAIL_[0-9a-f]+#|[\w.+-]+@[\w-]+\.[\w.]+/i;
const PHONE = /#PHONE_[0-9a-f]+#|\+?\d[\d ()-]{7,}\d/;
const URL_LIKE = /#URL_[0-9a-f]+#|https?:\/\/|www\./i;

/** Shape of a job post's text: length, sections, contact details written into the ad. */
export function jobTextExtras(text: string): string[] {
  const out = [`struct:len:${Math.min(6, Math.floor(Math.log2(1 + text.length / 250)))}`, `struct:sections:${Math.min(6, text.split(/\n\s*\n/).length)}`];
  if (EMAIL.test(text)) out.push('struct:email');
  if (PHONE.test(text)) out.push('struct:phone');
  if (URL_LIKE.test(text)) out.push('struct:url');
  return out;
}

/** A first paragraph longer than this is not a title (EMSCAD's longest title is 142 characters). */
export const MAX_TITLE_CHARS = 150;

/**
 * Character trigrams of a post's title, in a namespace of their own (`title:…`): the title is
 * the first paragraph of the screened text (EMSCAD's layout and jobPostText's), when it is at
 * most MAX_TITLE_CHARS long; a short post written as one paragraph is its own title. Why: in the
 * whole post a title's words are a few among thousands of n-grams; apart, "CASH In Hand Job"
 * and "Data Entry Clerk – Work From Home" weigh as what they are. Grouped 5-fold CV by company
 * family on the training and validation groups (8 fold assignments, `.scratch` runs of
 * 2026-12-01, bench/real/RESULTS.md): recall at 3 % honest ads flagged 0.526 → 0.552, higher or
 * equal in 7 of the 8 assignments.
 */
export function jobTitleExtras(text: string): string[] {
  const first = text.split(/\n\s*\n/)[0]?.trim() ?? '';
  if (!first || first.length > MAX_TITLE_CHARS) return [];
  const padded = ` ${foldString(first).replace(/\s+/g, ' ')} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(`title:${padded.slice(i, i + 3)}`);
  return [...out];
}

/** Company descriptions shorter than this stay in the text the job model reads (EMSCAD cannot tell them from a short description). */
export const MIN_PROFILE_CHARS = 200;

/**
 * What the fake-job model reads of a post, the same in training and in screening: the text
 * without the company description, and whole-string features (rule families found on the whole
 * text, the post's metadata, its shape, whether a company description was given).
 * Why without the description: fraudulent ads often copy a real company's profile, and folds
 * hold one company's ads, so profile words teach companies rather than fraud (grouped 5-fold
 * cross-validation on EMSCAD: recall at 3 % honest ads flagged 0.48 with it, 0.58 without).
 * @param text the screened text (title, company description, description, … joined by blank lines)
 * @param ruleFamilies signal types of the phrase rules on `text` (e.g. "scam.upfront_payment")
 */
export function jobModelInput(text: string, meta: JobMeta | undefined, ruleFamilies: readonly string[]): { text: string; extras: string[] } {
  const profile = meta?.companyDescription?.trim();
  const hasProfile = !!profile && profile.length >= MIN_PROFILE_CHARS && text.includes(profile);
  return {
    text: hasProfile ? text.replace(profile, ' ') : text,
    extras: [
      ...new Set(ruleFamilies.filter((t) => t !== 'scam.combined').map((t) => `rule:${t}`)),
      ...jobMetaExtras(meta),
      ...jobTextExtras(text),
      hasProfile ? 'struct:profile' : 'struct:noprofile',
      ...jobTitleExtras(text),
    ],
  };
}

export function emscadMeta(meta: Record<string, string> | undefined, text?: string): JobMeta | undefined {
  if (!meta) return undefined;
  return {
    companyDescription: text === undefined ? undefined : emscadCompanyProfile(text),
    hasCompanyLogo: meta.has_company_logo === '1',
    hasQuestions: meta.has_questions === '1',
    hasSalary: Boolean(meta.salary_range),
    telecommuting: meta.telecommuting === '1',
    employmentType: meta.employment_type || undefined,
    industry: meta.industry || undefined,
    jobFunction: meta.function || undefined,
    country: meta.location?.split(',')[0]?.trim() || undefined,
  };
}
