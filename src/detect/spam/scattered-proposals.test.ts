import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCATTER_CONFIG, detectScatteredProposals, type ProposedJob } from './scattered-proposals.ts';

const HOUR = 3_600_000;
const job = (n: number, skills: string[], clientId = `c${n}`): ProposedJob => ({ jobId: `j${n}`, clientId, skills });
const fresh = { ageDays: 1, trusted: false };

describe('detectScatteredProposals', () => {
  it('is medium at three jobs in unrelated skills, strong at six', () => {
    const jobs = [job(1, ['Tax returns']), job(2, ['Unity game development']), job(3, ['Wedding photography'])];
    expect(detectScatteredProposals(jobs.slice(0, 2), ['Mobile apps'], fresh, HOUR)).toEqual([]);
    const [s] = detectScatteredProposals(jobs, ['Mobile apps'], fresh, HOUR);
    expect(s).toMatchObject({ type: 'spam.scattered_proposals', strength: 'medium', evidence: { unrelatedJobs: 3 } });
    const six = [...jobs, job(4, ['Legal drafting']), job(5, ['Podcast editing']), job(6, ['Excel macros'])];
    expect(detectScatteredProposals(six, [], fresh, HOUR)[0].strength).toBe('strong');
  });

  it('leaves a burst in the freelancer’s own trade alone, however fast', () => {
    const own = Array.from({ length: 10 }, (_, i) => job(i, i % 2 ? ['Illustration', 'Children’s books'] : ['illustration']));
    expect(detectScatteredProposals(own, ['Illustration'], fresh, HOUR)).toEqual([]);
    // Related jobs share a skill: a designer applying to logo and branding posts tagged with design.
    const related = [job(1, ['Logo design', 'Branding']), job(2, ['Branding', 'Packaging']), job(3, ['Packaging', 'Print'])];
    expect(detectScatteredProposals(related, ['Illustration'], fresh, HOUR)).toEqual([]);
  });

  it('counts one client once, skips posts with no skills, and spares established or trusted accounts', () => {
    const scattered = [job(1, ['Tax returns']), job(2, ['Unity game development']), job(3, ['Wedding photography'])];
    expect(detectScatteredProposals([job(1, ['A']), job(2, ['B'], 'c1'), job(3, ['C'], 'c1')], [], fresh, HOUR)).toEqual([]);
    expect(detectScatteredProposals([...scattered.slice(0, 2), job(3, [])], [], fresh, HOUR)).toEqual([]);
    expect(detectScatteredProposals(scattered, [], { ageDays: DEFAULT_SCATTER_CONFIG.maxAgeDays, trusted: false }, HOUR)).toEqual([]);
    expect(detectScatteredProposals(scattered, [], { ageDays: 0, trusted: true }, HOUR)).toEqual([]);
  });

  it('reads skills case- and space-insensitively', () => {
    const jobs = [job(1, ['Node.js']), job(2, ['  node.JS ']), job(3, ['NODE.js'])];
    expect(detectScatteredProposals(jobs, [], fresh, HOUR)).toEqual([]);
  });

  it('never fires when every job shares a skill with the profile', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 3 }), { maxLength: 12 }), (skillSets) => {
        const jobs = skillSets.map((s, i) => job(i, [...s, 'Own skill']));
        expect(detectScatteredProposals(jobs, ['own skill'], fresh, HOUR)).toEqual([]);
      }),
    );
  });
});
