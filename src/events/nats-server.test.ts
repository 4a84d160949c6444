import { describe, expect, it } from 'vitest';
import { checkNatsServer, parseVersion } from './nats-server.ts';

describe('the NATS server Warden ingests from', () => {
  it('reads server versions', () => {
    expect(parseVersion('2.9.10')).toEqual([2, 9, 10]);
    expect(parseVersion('v2.10.4-beta.1')).toEqual([2, 10, 4]);
    expect(parseVersion('latest')).toBeNull();
  });

  it('refuses servers older than the minimum, without JetStream, or without a version, naming what to do', () => {
    expect(() => checkNatsServer({ version: '2.8.4', jetstream: true }, 'nats://h:4222')).toThrow(
      /nats-server 2\.8\.4 at nats:\/\/h:4222 is too old: .*2\.9\.0 or later/,
    );
    expect(() => checkNatsServer({ version: '2.10.22', jetstream: false }, 'nats://h:4222')).toThrow(/JetStream is not enabled .*-js/);
    expect(() => checkNatsServer({ version: '2.10.22' }, 'nats://h:4222')).toThrow(/JetStream is not enabled/);
    expect(() => checkNatsServer(undefined, 'nats://h:4222')).toThrow(/did not report a version/);
  });

  it('terminates with a reason only where the server understands it (2.10.4 on)', () => {
    expect(checkNatsServer({ version: '2.9.10', jetstream: true }, 'x')).toEqual({ version: '2.9.10', termWithReason: false });
    expect(checkNatsServer({ version: '2.10.3', jetstream: true }, 'x').termWithReason).toBe(false);
    expect(checkNatsServer({ version: '2.10.4', jetstream: true }, 'x').termWithReason).toBe(true);
    expect(checkNatsServer({ version: '2.11.0', jetstream: true }, 'x').termWithReason).toBe(true);
  });
});
