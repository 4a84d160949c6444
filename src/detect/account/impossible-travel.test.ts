import { describe, expect, it } from 'vitest';
import { areNeighbours, countryDistanceKm } from './geo.ts';
import { detectImpossibleTravel } from './impossible-travel.ts';
import { DEFAULT_ACCOUNT_SECURITY_CONFIG, type LoginFact } from './login.ts';

const at = (min: number) => new Date(Date.UTC(2026, 0, 1) + min * 60_000);
const login = (min: number, country: string, success = true): LoginFact => ({ at: at(min), country, success });

describe('country geography', () => {
  it('measures great-circle distances between country points and knows land borders', () => {
    const deAu = countryDistanceKm('DE', 'AU')!;
    expect(deAu).toBeGreaterThan(13_000);
    expect(deAu).toBeLessThan(16_000);
    expect(countryDistanceKm('de', 'DE')).toBe(0);
    expect(countryDistanceKm('XX', 'DE')).toBeUndefined();
    expect(areNeighbours('US', 'CA')).toBe(true);
    expect(areNeighbours('FR', 'AU')).toBe(false);
  });
});

describe('detectImpossibleTravel', () => {
  it('flags Germany then Australia an hour later, strongly', () => {
    const [s] = detectImpossibleTravel(login(60, 'AU'), [login(0, 'DE')]);
    expect(s.type).toBe('account.impossible_travel');
    expect(s.strength).toBe('strong');
    expect(s.evidence).toMatchObject({ from: 'DE', to: 'AU', minutes: 60 });
  });

  it('is medium just over the speed limit and silent when a flight could make it', () => {
    const km = countryDistanceKm('DE', 'AU')!;
    const minutesAt = (kmh: number) => Math.round((km / kmh) * 60);
    expect(detectImpossibleTravel(login(minutesAt(1500), 'AU'), [login(0, 'DE')])[0].strength).toBe('medium');
    expect(detectImpossibleTravel(login(minutesAt(800), 'AU'), [login(0, 'DE')])).toEqual([]);
    // A stricter configuration turns the same trip into a finding.
    expect(detectImpossibleTravel(login(minutesAt(800), 'AU'), [login(0, 'DE')], { ...DEFAULT_ACCOUNT_SECURITY_CONFIG, maxSpeedKmh: 500 })).toHaveLength(1);
  });

  it('never flags neighbours, the same country, failures, or logins judged against later ones', () => {
    expect(detectImpossibleTravel(login(5, 'CA'), [login(0, 'US')])).toEqual([]);
    expect(detectImpossibleTravel(login(5, 'DE'), [login(0, 'DE')])).toEqual([]);
    expect(detectImpossibleTravel(login(60, 'AU', false), [login(0, 'DE')])).toEqual([]);
    expect(detectImpossibleTravel(login(60, 'AU'), [login(0, 'DE', false)])).toEqual([]);
    // Arrived out of order: the German login is later in time than the Australian one was,
    // and judging the Australian login must not compare it with it.
    expect(detectImpossibleTravel(login(0, 'AU'), [login(60, 'DE')])).toEqual([]);
  });

  it('compares with the latest earlier success, not an older one', () => {
    // DE, then AU 20 hours later (a flight), then DE again 30 minutes after AU: the last hop is impossible.
    const [s] = detectImpossibleTravel(login(20 * 60 + 30, 'DE'), [login(0, 'DE'), login(20 * 60, 'AU')]);
    expect(s.evidence).toMatchObject({ from: 'AU', to: 'DE', minutes: 30 });
  });
});
