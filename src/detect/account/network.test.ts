import { describe, expect, it } from 'vitest';
import { detectImpossibleTravel } from './impossible-travel.ts';
import type { LoginFact, LoginNetwork } from './login.ts';
import { detectNetworkKind } from './network.ts';
import { detectNewCountry } from './new-country.ts';

const at = (min: number) => new Date(Date.UTC(2026, 0, 1) + min * 60_000);
const VPN: LoginNetwork = { asn: 39351, org: '31173 Services AB', kind: 'vpn', provider: 'Mullvad VPN' };
const HETZNER: LoginNetwork = { asn: 24940, org: 'Hetzner Online GmbH', kind: 'hosting', provider: 'Hetzner' };
const HOME: LoginNetwork = { asn: 3320, org: 'Deutsche Telekom AG', kind: null };
const login = (min: number, country: string, network: LoginNetwork | null, success = true): LoginFact => ({ at: at(min), country, network, success });

describe('detectNetworkKind', () => {
  it('flags the first login from a VPN, hosting network or Tor exit, weakly, with the network as evidence', () => {
    expect(detectNetworkKind(login(60, 'SE', VPN), [login(0, 'DE', HOME)])).toEqual([
      {
        type: 'account.vpn',
        strength: 'weak',
        score: 0.3,
        evidence: { asn: 39351, org: '31173 Services AB', kind: 'vpn', provider: 'Mullvad VPN', country: 'SE' },
      },
    ]);
    expect(detectNetworkKind(login(60, 'DE', HETZNER), [])[0].type).toBe('account.datacenter_ip');
    expect(detectNetworkKind(login(60, 'DE', { kind: 'tor' }), [])[0].type).toBe('account.tor');
  });

  it('is silent for a habit (a VPN every day), ordinary networks, unknown networks and failures', () => {
    const daily = [login(0, 'SE', VPN), login(24 * 60, 'DE', HOME)];
    expect(detectNetworkKind(login(48 * 60, 'NL', { ...VPN, asn: 9009, kind: 'vpn' }), daily)).toEqual([]);
    expect(detectNetworkKind(login(60, 'DE', HOME), [])).toEqual([]);
    expect(detectNetworkKind(login(60, 'DE', null), [])).toEqual([]);
    expect(detectNetworkKind(login(60, 'SE', VPN, false), [])).toEqual([]);
    // A failed login from a VPN earlier is no habit.
    expect(detectNetworkKind(login(60, 'SE', VPN), [login(0, 'SE', VPN, false)])).toHaveLength(1);
  });
});

describe('network facts in travel checks', () => {
  it('a VPN exit at either end explains impossible travel: weak, with both networks and the explanation', () => {
    const [s] = detectImpossibleTravel(login(60, 'AU', VPN), [login(0, 'DE', HOME)]);
    expect(s.strength).toBe('weak');
    expect(s.evidence).toMatchObject({
      from: 'DE',
      to: 'AU',
      toNetwork: { asn: 39351, kind: 'vpn' },
      fromNetwork: { asn: 3320 },
      explainedBy: { side: 'to', kind: 'vpn' },
    });
    expect(detectImpossibleTravel(login(60, 'AU', HOME), [login(0, 'DE', HETZNER)])[0]).toMatchObject({
      strength: 'weak',
      evidence: { explainedBy: { side: 'from', kind: 'hosting' } },
    });
  });

  it('ordinary networks at both ends keep the speed-based strength', () => {
    const [s] = detectImpossibleTravel(login(60, 'AU', HOME), [login(0, 'DE', HOME)]);
    expect(s.strength).toBe('strong');
    expect(s.evidence).not.toHaveProperty('explainedBy');
  });

  it('a new country names the network it came from', () => {
    expect(detectNewCountry(login(60, 'SE', VPN), [login(0, 'DE', HOME)])[0].evidence).toMatchObject({ country: 'SE', network: { kind: 'vpn', asn: 39351 } });
  });
});
