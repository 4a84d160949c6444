// The simulator's bad actors for three behaviour patterns (src/simulate/pattern-actors.ts) are
// caught by the pattern each is for, and their honest look-alikes by none, on generated
// histories played into an in-memory Warden on the simulated clock (PGlite; measurePatterns
// drains the behaviour worker after every batch and runs the daily sweeps):
//  - a freelancer whose contracts end early, or are paid a fraction, soon after asking the client
//    to move → circumvention.contract_undercut_after_contact; beside them a contract ended early
//    after a dispute with a partial refund, the freelancer having shared contact details under
//    contract (allowed);
//  - a client who invites many freelancers to job after job and never hires →
//    circumvention.invites_without_hiring; beside them a client who invites several and hires one,
//    and an agency inviting many and paying several;
//  - a new freelancer funded by new clients in round sums withdrawn at once → payment.round_amounts;
//    beside them a top earner withdrawing the same round sum every week and the agency's new team
//    members paid round fees.
// Only the accounts pattern-actors.ts made are played (with the answers of the freelancers a
// fishing client invited), so the test stays small; every other account of the seed is left out.
import { describe, expect, it } from 'vitest';
import { measurePatterns } from '../../src/patterns/accuracy.ts';
import { generate } from '../../src/simulate/generate.ts';
import { PLAYS } from '../../src/simulate/pattern-actors.ts';
import type { Simulation } from '../../src/simulate/types.ts';

const SEED = 3;

/** The part of `sim` that pattern-actors.ts made: its accounts' events, and events of others naming one of them. */
function patternActorsOnly(sim: Simulation): Simulation {
  const made = new Set(sim.truth.accounts.filter((a) => a.plays).map((a) => a.id));
  const names = (data: Record<string, unknown>) => Object.values(data).some((v) => typeof v === 'string' && made.has(v));
  return {
    truth: { ...sim.truth, accounts: sim.truth.accounts.filter((a) => made.has(a.id)) },
    timeline: sim.timeline.filter((i) => i.kind === 'event' && (made.has(i.event.actor.id) || names(i.event.data))),
  };
}

describe('pattern actors of the simulator', () => {
  it('each bad actor triggers its pattern; no honest look-alike triggers any pattern or is held', async () => {
    const full = generate({ seed: SEED, accounts: 40, days: 21, realDataDir: null, reviewers: false, moneyFlows: true });
    const sim = patternActorsOnly(full);
    const run = await measurePatterns(sim);
    const flagged = (pattern: string) => run.flaggedBy.get(pattern) ?? new Set<string>();
    const playing = (part: string) => sim.truth.accounts.filter((a) => a.plays === part).map((a) => a.id);

    const expected: [string, string][] = [
      ['contract_undercut', 'circumvention.contract_undercut_after_contact'],
      ['invite_fishing', 'circumvention.invites_without_hiring'],
      ['laundering', 'payment.round_amounts'],
    ];
    for (const [part, pattern] of expected) {
      const actors = playing(part);
      expect(actors.length, part).toBeGreaterThan(0);
      expect(
        actors.filter((id) => !flagged(pattern).has(id)),
        `${part} not flagged by ${pattern}`,
      ).toEqual([]);
    }

    const honest = [...PLAYS.lookalike, ...PLAYS.counterpart].flatMap(playing);
    expect(honest.length).toBeGreaterThan(5);
    const byPattern = [...run.flaggedBy].flatMap(([pattern, ids]) => honest.filter((id) => ids.has(id)).map((id) => `${pattern}: ${id}`));
    expect(byPattern).toEqual([]);
    expect([...run.heldBy.values()].flatMap((ids) => honest.filter((id) => ids.has(id)))).toEqual([]);
  }, 900_000);
});
