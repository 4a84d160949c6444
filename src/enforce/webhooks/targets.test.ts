import { describe, expect, it } from 'vitest';
import { isPublicAddress, refuseTarget } from './targets.ts';

describe('webhook targets', () => {
  it.each([
    ['93.184.215.14', true],
    ['2606:4700:4700::1111', true],
    ['127.0.0.1', false],
    ['10.1.2.3', false],
    ['172.16.0.9', false],
    ['192.168.1.1', false],
    ['169.254.169.254', false], // cloud metadata
    ['100.64.0.1', false], // carrier-grade NAT
    ['0.0.0.0', false],
    ['255.255.255.255', false],
    ['224.0.0.1', false],
    ['::1', false],
    ['::', false],
    ['fe80::1', false],
    ['fd00::1', false],
    ['::ffff:127.0.0.1', false], // IPv4-mapped loopback
    ['::ffff:93.184.215.14', true],
    ['not an ip', false],
  ])('%s is public: %s', (ip, expected) => {
    expect(isPublicAddress(ip)).toBe(expected);
  });

  it('refuses private hosts, literal or resolved, and credentials; allows them when told', async () => {
    expect(await refuseTarget('http://169.254.169.254/latest/meta-data/', false)).toMatch(/169\.254\.169\.254 is not a public address/);
    expect(await refuseTarget('http://[::1]:8080/', false)).toMatch(/::1 is not a public address/);
    expect(await refuseTarget('http://localhost:9000/hook', false)).toMatch(/localhost \((127\.0\.0\.1|::1)\) is not a public address/);
    expect(await refuseTarget('https://user:pw@93.184.215.14/', false)).toMatch(/credentials/);
    expect(await refuseTarget('ftp://93.184.215.14/', false)).toMatch(/http\(s\)/);
    expect(await refuseTarget('https://93.184.215.14/hook', false)).toBeUndefined();
    expect(await refuseTarget('http://localhost:9000/hook', true)).toBeUndefined();
  });
});
