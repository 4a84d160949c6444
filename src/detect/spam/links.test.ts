import { describe, expect, it } from 'vitest';
import { detectLinks } from './links.ts';

const types = (text: string) => detectLinks(text).map((s) => [s.type, s.text]);

describe('detectLinks', () => {
  it('finds URL shorteners with their spans', () => {
    const text = 'Details here: https://bit.ly/3xYz and tinyurl.com/abc, also T.CO/x';
    const signals = detectLinks(text);
    expect(signals.map((s) => s.text)).toEqual(['bit.ly', 'tinyurl.com', 'T.CO']);
    for (const s of signals) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('finds disposable mailboxes but not ordinary ones', () => {
    expect(types('write to hr.team@mailinator.com or boss@yopmail.com')).toEqual([
      ['spam.disposable_email', 'hr.team@mailinator.com'],
      ['spam.disposable_email', 'boss@yopmail.com'],
    ]);
    expect(detectLinks('my email is jane.doe@gmail.com, or use outlook.com')).toEqual([]);
  });

  it('finds look-alikes of the marketplace domain', () => {
    for (const lure of ['upw0rk.com', 'upwork-support.com', 'upvvork.com', 'upwоrk.com', 'xn--upwrk-lye.com', 'upwrok.net', 'upwork.com.verify-account.ru']) {
      const found = detectLinks(`Please verify your account at https://${lure}/login today`);
      expect(
        found.map((s) => s.type),
        lure,
      ).toEqual(['spam.lookalike_domain']);
      expect(found[0].text).toBe(lure);
    }
    expect(detectLinks('security notice from support@upw0rk-help.com')[0]).toMatchObject({ type: 'spam.lookalike_domain', text: 'upw0rk-help.com' });
  });

  it('accepts the real domain, its subdomains and unrelated sites', () => {
    expect(detectLinks('see https://www.upwork.com/jobs and support.upwork.com, my site network.com, file config.json')).toEqual([]);
  });

  it('takes the marketplace domains from config', () => {
    const cfg = { marketplaceDomains: ['fiverr.com'], shorteners: [] };
    expect(detectLinks('log in at fiverr-payments.com', cfg).map((s) => s.type)).toEqual(['spam.lookalike_domain']);
    expect(detectLinks('log in at upw0rk.com', cfg)).toEqual([]);
  });
});
