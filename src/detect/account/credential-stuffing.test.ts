import { describe, expect, it } from 'vitest';
import { detectCredentialStuffing } from './credential-stuffing.ts';
import type { LoginFact } from './login.ts';

const at = (sec: number) => new Date(Date.UTC(2026, 0, 1) + sec * 1000);
const login = (sec: number, success: boolean): LoginFact => ({ at: at(sec), success });
const failures = (n: number, from = 0, every = 20) => Array.from({ length: n }, (_, i) => login(from + i * every, false));

describe('detectCredentialStuffing', () => {
  it('is silent below the threshold and for a few typos before a success', () => {
    expect(detectCredentialStuffing(login(200, false), failures(8))).toEqual([]);
    expect(detectCredentialStuffing(login(200, true), failures(3))).toEqual([]);
  });

  it('reports a burst at the threshold and each further multiple, as medium', () => {
    const tenth = detectCredentialStuffing(login(200, false), failures(9));
    expect(tenth).toEqual([
      {
        type: 'account.credential_stuffing',
        strength: 'medium',
        score: expect.any(Number),
        evidence: { failures: 10, windowMinutes: 10, followedBySuccess: false },
      },
    ]);
    expect(detectCredentialStuffing(login(250, false), failures(10))).toEqual([]);
    expect(detectCredentialStuffing(login(400, false), failures(19))[0].evidence).toMatchObject({ failures: 20 });
  });

  it('is strong when a success ends the burst, once', () => {
    const history = failures(12);
    const [s] = detectCredentialStuffing(login(300, true), history);
    expect(s.strength).toBe('strong');
    expect(s.evidence).toMatchObject({ failures: 12, followedBySuccess: true });
    expect(detectCredentialStuffing(login(320, true), [...history, login(300, true)])).toEqual([]);
  });

  it('only counts failures inside the window, before the judged login', () => {
    // 12 failures spread over an hour: never 10 within 10 minutes.
    expect(detectCredentialStuffing(login(3700, true), failures(12, 0, 300))).toEqual([]);
    // Failures after the judged success (arrived earlier) do not make it suspicious.
    expect(detectCredentialStuffing(login(0, true), failures(12, 10))).toEqual([]);
  });
});
