import { describe, expect, it } from 'vitest';
import type { LoginFact } from './login.ts';
import { detectNewDevice } from './new-device.ts';

const at = (min: number) => new Date(Date.UTC(2026, 0, 1) + min * 60_000);
const login = (min: number, device: string | null, success = true): LoginFact => ({ at: at(min), device, success, country: 'US' });

describe('detectNewDevice', () => {
  it('is silent on the first login and on a known device', () => {
    expect(detectNewDevice(login(0, 'phone'), [])).toEqual([]);
    expect(detectNewDevice(login(60, 'phone'), [login(0, 'phone')])).toEqual([]);
  });

  it('flags a device never seen in successful logins, weakly', () => {
    const s = detectNewDevice(login(60, 'laptop'), [login(0, 'phone')]);
    expect(s).toEqual([{ type: 'account.new_device', strength: 'weak', score: expect.any(Number), evidence: { device: 'laptop', knownDevices: 1 } }]);
  });

  it('does not learn devices from failed logins, and ignores logins after the judged one', () => {
    expect(detectNewDevice(login(60, 'laptop'), [login(0, 'phone'), login(30, 'laptop', false)])).toHaveLength(1);
    // Out of order: the laptop login at minute 90 arrived first; at minute 60 the laptop was still new.
    expect(detectNewDevice(login(60, 'laptop'), [login(0, 'phone'), login(90, 'laptop')])).toHaveLength(1);
  });

  it('says nothing when earlier logins carried no device, or the judged one fails', () => {
    expect(detectNewDevice(login(60, 'laptop'), [login(0, null)])).toEqual([]);
    expect(detectNewDevice(login(60, 'laptop', false), [login(0, 'phone')])).toEqual([]);
  });
});
