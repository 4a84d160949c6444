import { describe, expect, it } from 'vitest';
import { unknownContext } from '../screening/context.ts';
import { CONTEXT_PATHS, contextPathHint, isContextPath } from './context.ts';

const leaves = (o: unknown, prefix = ''): string[] =>
  o && typeof o === 'object' ? Object.entries(o).flatMap(([k, v]) => leaves(v, `${prefix}${k}.`)) : [prefix.slice(0, -1)];

describe('context paths', () => {
  it('are exactly what screening fills (its context for strangers has every field)', () => {
    const screening = [...leaves(unknownContext()), 'text.scopingAccess'].sort();
    const listed = CONTEXT_PATHS.filter((p) => /^(sender|recipient|pair|clientParty|job|text)\./.test(p)).sort();
    expect(listed).toEqual(screening);
  });

  it('knows listed paths, refuses others, and hints at the siblings of a wrong one', () => {
    expect(isContextPath('pair.hasContract')).toBe(true);
    expect(isContextPath('login.network.kind')).toBe(true);
    expect(isContextPath('pair.nonexistentField')).toBe(false);
    expect(isContextPath('pair')).toBe(false);
    expect(contextPathHint('pair.nonexistentField')).toContain('pair.hasContract');
    expect(contextPathHint('nowhere.x')).toContain('sender.*');
  });
});
