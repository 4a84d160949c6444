import { describe, expect, it } from 'vitest';
import type { LoginFact } from './login.ts';
import { detectNewCountry } from './new-country.ts';

const at = (h: number) => new Date(Date.UTC(2026, 0, 1) + h * 3_600_000);
const login = (h: number, country: string | null, success = true): LoginFact => ({ at: at(h), country, success });

describe('detectNewCountry', () => {
  it('flags a country the account never logged in from, weakly, and names the known ones', () => {
    const s = detectNewCountry(login(48, 'BR'), [login(0, 'US'), login(24, 'MX')]);
    expect(s).toEqual([
      { type: 'account.new_country', strength: 'weak', score: expect.any(Number), evidence: { country: 'BR', knownCountries: ['MX', 'US'] } },
    ]);
  });

  it('is silent on a known country, the first login, a login without country, or a failure', () => {
    expect(detectNewCountry(login(48, 'US'), [login(0, 'US')])).toEqual([]);
    expect(detectNewCountry(login(0, 'US'), [])).toEqual([]);
    expect(detectNewCountry(login(48, null), [login(0, 'US')])).toEqual([]);
    expect(detectNewCountry(login(48, 'BR', false), [login(0, 'US')])).toEqual([]);
    expect(detectNewCountry(login(48, 'BR'), [login(0, 'US'), login(10, 'BR', false)])).toHaveLength(1);
  });
});
