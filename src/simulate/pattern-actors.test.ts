// The pattern actors are added to a seed's population without changing it: with them, every
// account and timeline item generated without them is still there, the same and in the same
// order (earlier figures on a seed stay comparable). Generation only, no Warden.
import { describe, expect, it, vi } from 'vitest';
import type { GenerateOptions } from './generate.ts';
import type { Simulation } from './types.ts';

const OPTS: GenerateOptions = { seed: 5, accounts: 60, days: 14, realDataDir: null, reviewers: false, moneyFlows: true };

describe('pattern actors', () => {
  it('add accounts and items to a seed without changing any other', async () => {
    const withActors: Simulation = (await import('./generate.ts')).generate(OPTS);
    vi.resetModules();
    vi.doMock('./pattern-actors.ts', () => ({ patternActors: () => {} }));
    const without: Simulation = (await import('./generate.ts')).generate(OPTS);
    vi.doUnmock('./pattern-actors.ts');

    const made = withActors.truth.accounts.filter((a) => a.plays);
    expect(new Set(made.map((a) => a.abuse)).size).toBe(4); // the three abuses and the honest (null)
    expect(withActors.truth.accounts.filter((a) => !a.plays)).toEqual(without.truth.accounts);

    const key = (i: Simulation['timeline'][number]) => JSON.stringify(i);
    const position = new Map(withActors.timeline.map((i, k) => [key(i), k]));
    const found = without.timeline.map((i) => position.get(key(i)));
    expect(found.filter((k) => k === undefined)).toHaveLength(0);
    expect(found).toEqual([...found].sort((a, b) => (a as number) - (b as number)));
    expect(withActors.timeline.length).toBeGreaterThan(without.timeline.length);
    // The abusive items of the other accounts are the same.
    const madeIds = new Set(made.map((a) => a.id));
    expect(withActors.truth.abusive.filter((x) => !madeIds.has(x.accountId))).toEqual(without.truth.abusive);
  });
});
