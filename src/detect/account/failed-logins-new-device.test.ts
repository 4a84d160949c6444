import { describe, expect, it } from 'vitest';
import { detectFailedLoginsNewDevice } from './failed-logins-new-device.ts';
import type { LoginFact } from './login.ts';

const at = (sec: number) => new Date(Date.UTC(2026, 0, 10) + sec * 1000);
const days = (d: number) => d * 86_400;
const home = (sec: number, device = 'laptop'): LoginFact => ({ at: at(sec), success: true, device, country: 'FR', network: { asn: 3215 } });
const attempt = (sec: number, o: Partial<LoginFact> = {}): LoginFact => ({
  at: at(sec),
  success: false,
  device: 'dev-x',
  country: 'ID',
  network: { asn: 7713 },
  ...o,
});
/** `n` failed attempts 20 s apart from `from`, and the detector's answer on each, in order. */
const run = (history: LoginFact[], n: number, o: Partial<LoginFact> = {}, from = 0) => {
  const seen = [...history];
  const found: string[][] = [];
  for (let i = 0; i < n; i++) {
    const a = attempt(from + i * 20, o);
    found.push(detectFailedLoginsNewDevice(a, seen).map((s) => s.type));
    seen.push(a);
  }
  return found;
};

describe('detectFailedLoginsNewDevice', () => {
  const history = [home(-days(3)), home(-days(2)), home(-days(1))];

  it('an unknown device from a new country: the third failure and each one after it ask for a step-up', () => {
    const found = run(history, 5);
    expect(found.map((f) => f.length)).toEqual([0, 0, 1, 1, 1]);
    const [s] = detectFailedLoginsNewDevice(attempt(60), [...history, attempt(0), attempt(20), attempt(40)]);
    expect(s).toMatchObject({
      type: 'account.failed_logins_new_device',
      strength: 'medium',
      evidence: { failures: 4, threshold: 3, newPlace: true, country: 'ID', knownCountries: ['FR'] },
    });
  });

  it('a new network (AS) in the home country is a new place too', () => {
    expect(run(history, 3, { country: 'FR' }).map((f) => f.length)).toEqual([0, 0, 1]);
  });

  it('someone at home with a new phone who forgot the password gets five tries', () => {
    const found = run(history, 6, { country: 'FR', network: { asn: 3215 } });
    expect(found.map((f) => f.length)).toEqual([0, 0, 0, 0, 1, 1]);
  });

  it('honest look-alikes are silent', () => {
    // The owner mistyping four times on their own laptop, abroad on a hotel network (a traveller).
    expect(run(history, 4, { device: 'laptop' }).flat()).toEqual([]);
    // A traveller (or a VPN user) with a new phone abroad who mistypes twice, then gets in.
    expect(run(history, 2).flat()).toEqual([]);
    // A household: a second person's failures on a device this account never used, at home.
    expect(run(history, 4, { device: 'family-pc', country: 'FR', network: { asn: 3215 } }).flat()).toEqual([]);
    // Failures spread over half an hour (outside the 10-minute window): each one alone.
    const spread = [...history, attempt(0), attempt(900)];
    expect(detectFailedLoginsNewDevice(attempt(1800), spread)).toEqual([]);
    // A device that once signed in successfully is known, whatever happens on it later.
    const phone = [...history, { ...home(-days(1) + 60, 'phone'), country: 'ID', network: { asn: 7713 } }];
    expect(run(phone, 4, { device: 'phone' }).flat()).toEqual([]);
  });

  it('silent with nothing to compare with: no device sent, or no earlier successful sign-in with a device', () => {
    expect(run(history, 4, { device: null }).flat()).toEqual([]);
    expect(run([], 4).flat()).toEqual([]);
    expect(run([{ ...home(-days(1)), device: null }], 4).flat()).toEqual([]);
  });

  it('a success is not judged here', () => {
    const h = [...history, attempt(0), attempt(20), attempt(40)];
    expect(detectFailedLoginsNewDevice({ ...attempt(60), success: true }, h)).toEqual([]);
  });
});
