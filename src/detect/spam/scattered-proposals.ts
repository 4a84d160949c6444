// Scattered proposals: a new account applying, minutes apart, to jobs in skills unrelated to each
// other and to its own profile. A freelancer applying in earnest applies where their skills are
// (a burst of proposals with a template stays in one trade); indiscriminate applying — to a logo,
// a Django API and a bookkeeping job within the hour — is what proposal spam is, whatever its
// wording. The rate alone is not the evidence (velocity.ts): three proposals in minutes are an
// honest first session too. This module only decides; the wiring reads the proposals, their jobs'
// skills and the profile.

import type { Signal, Strength } from '../types.ts';

export interface ProposedJob {
  jobId: string;
  clientId: string;
  /** The job post's skills as posted (job.posted `skills`); empty when the post named none. */
  skills: readonly string[];
}

export interface ScatterConfig {
  /** Jobs in unrelated skills (to each other and to the profile) that make the signal medium. */
  mediumJobs: number;
  /** … and strong. */
  strongJobs: number;
  /** Accounts this old or older are not judged by it: an established freelancer's range is known from their history. */
  maxAgeDays: number;
}

/**
 * Three unrelated trades in an hour is the least that says "applies to anything": two is a
 * designer who also writes copy. Six is a broadcast. Accounts under 30 days old only (the
 * velocity tiers' new-account range), never a trusted one.
 */
export const DEFAULT_SCATTER_CONFIG: ScatterConfig = { mediumJobs: 3, strongJobs: 6, maxAgeDays: 30 };

const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * `jobs`: the jobs the account proposed to in the window (the current proposal's included), oldest
 * first; `profileSkills`: its profile's skills. A job counts when it has skills, none of them in
 * the profile or in a job counted before it, and its client is not one counted before. Returns
 * `spam.scattered_proposals` (medium at `mediumJobs`, strong at `strongJobs`) or nothing.
 */
export function detectScatteredProposals(
  jobs: readonly ProposedJob[],
  profileSkills: readonly string[],
  account: { ageDays: number; trusted: boolean },
  windowMs: number,
  cfg: ScatterConfig = DEFAULT_SCATTER_CONFIG,
): Signal[] {
  if (account.trusted || account.ageDays >= cfg.maxAgeDays) return [];
  const seen = new Set(profileSkills.map(norm));
  const clients = new Set<string>();
  const counted: string[][] = [];
  for (const j of jobs) {
    const skills = j.skills.map(norm).filter(Boolean);
    if (!skills.length || clients.has(j.clientId) || skills.some((s) => seen.has(s))) continue;
    for (const s of skills) seen.add(s);
    clients.add(j.clientId);
    counted.push(skills);
  }
  if (counted.length < cfg.mediumJobs) return [];
  const strength: Strength = counted.length >= cfg.strongJobs ? 'strong' : 'medium';
  return [
    {
      type: 'spam.scattered_proposals',
      strength,
      score: Math.min(1, counted.length / cfg.strongJobs),
      evidence: {
        unrelatedJobs: counted.length,
        skills: counted.map((s) => s.join(', ')),
        profileSkills: [...profileSkills],
        windowMs,
        accountAgeDays: account.ageDays,
      },
    },
  ];
}
