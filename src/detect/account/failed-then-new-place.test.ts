import { describe, expect, it } from 'vitest';
import { detectFailedThenNewPlace } from './failed-then-new-place.ts';
import type { LoginFact } from './login.ts';

const at = (sec: number) => new Date(Date.UTC(2026, 0, 10) + sec * 1000);
const home = (sec: number): LoginFact => ({ at: at(sec), success: true, device: 'laptop', country: 'FR', network: { asn: 3215 } });
const fail = (n: number, from: number, device = 'dev-x', country = 'ID'): LoginFact[] =>
  Array.from({ length: n }, (_, i) => ({ at: at(from + i * 20), success: false, device, country, network: { asn: 7713 } }));
const success = (sec: number, o: Partial<LoginFact> = {}): LoginFact => ({
  at: at(sec),
  success: true,
  device: 'dev-x',
  country: 'ID',
  network: { asn: 7713 },
  ...o,
});
const days = (d: number) => d * 86_400;

describe('detectFailedThenNewPlace', () => {
  const history = [home(-days(3)), home(-days(2)), home(-days(1))];

  it('six failures, then a success on a new device from a new country: medium', () => {
    const found = detectFailedThenNewPlace(success(200), [...history, ...fail(6, 0)]);
    expect(found).toEqual([
      expect.objectContaining({ type: 'account.failed_then_new_place', strength: 'medium', evidence: expect.objectContaining({ failures: 6, country: 'ID' }) }),
    ]);
  });

  it('a new network (AS) in the same country is a new place too', () => {
    const found = detectFailedThenNewPlace(success(200, { country: 'FR' }), [...history, ...fail(6, 0, 'dev-x', 'FR')]);
    expect(found.map((s) => s.type)).toEqual(['account.failed_then_new_place']);
  });

  it('honest look-alikes are silent: a few typos; the own laptop abroad; a new phone at home; failures long before', () => {
    // Two mistyped passwords on a new phone abroad (a traveller).
    expect(detectFailedThenNewPlace(success(100), [...history, ...fail(2, 0)])).toEqual([]);
    // Many failures, then the usual laptop from a hotel abroad.
    expect(detectFailedThenNewPlace(success(200, { device: 'laptop' }), [...history, ...fail(6, 0, 'laptop')])).toEqual([]);
    // Many failures on a new phone at home, on the home network.
    expect(detectFailedThenNewPlace(success(200, { country: 'FR', network: { asn: 3215 } }), [...history, ...fail(6, 0, 'dev-x', 'FR')])).toEqual([]);
    // The failures were an hour before (outside the 10-minute window).
    expect(detectFailedThenNewPlace(success(3_800), [...history, ...fail(6, 0)])).toEqual([]);
    // A first login ever: nothing to compare with.
    expect(detectFailedThenNewPlace(success(200), fail(6, 0))).toEqual([]);
  });

  it('leaves a burst at the credential-stuffing threshold to that detector', () => {
    expect(detectFailedThenNewPlace(success(400), [...history, ...fail(12, 0)])).toEqual([]);
  });
});
