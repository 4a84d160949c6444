// The standing page's sentences in every language: each catalogue has every message, each
// parses and formats with real values, plurals follow the language (Russian one/few/many), and
// an unknown or regional locale falls back as the notices do.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STANDING_LOCALES, standingLocale, standingWords } from './standing-messages.ts';

const VALUES = {
  due: '2026-12-01',
  action: 'x',
  by: '2026-12-20',
  max: 2000,
  day: '2026-11-30',
  days: 180,
  list: 'a, b',
  count: 3,
  points: 6,
  reviewed: '',
  step: 'y',
  feature: 'z',
  what: 'w',
};

describe('standing sentences', () => {
  it('has every message in every language, and each formats', () => {
    // Every language a notice is written in: the page that links from a notice speaks it too.
    const noticeLocales = readdirSync(new URL('./notices/templates/', import.meta.url))
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''));
    expect([...STANDING_LOCALES].sort()).toEqual(noticeLocales.sort());
    expect(STANDING_LOCALES).toContain('hi');
    for (const loc of STANDING_LOCALES) {
      const w = standingWords(loc);
      for (const key of ['verify', 'submitted', 'appealAction', 'appealStrike', 'strikes', 'strikesNext', 'nothing', 'good', 'inForce', 'item'] as const)
        expect(w.say(key, VALUES), `${loc} ${key}`).toMatch(/^[^{}]+$/);
      expect(w.action('payment_hold')).not.toBe('payment_hold');
      expect(w.feature('messaging')).not.toBe('messaging');
    }
  });

  it('writes plurals the way each language does', () => {
    expect(standingWords('en').say('strikes', { count: 1, points: 2 })).toBe('You have 1 active strike (2 points).');
    expect(standingWords('pt').say('strikes', { count: 1, points: 1 })).toBe('Você tem 1 infração ativa (1 ponto).');
    const ru = standingWords('ru');
    expect(ru.say('strikes', { count: 1, points: 2 })).toContain('1 активное нарушение (2 балла)');
    expect(ru.say('strikes', { count: 5, points: 11 })).toContain('5 активных нарушений (11 баллов)');
    expect(standingWords('hi').say('strikes', { count: 2, points: 4 })).toBe('आपकी 2 सक्रिय स्ट्राइक हैं (4 अंक)।');
  });

  it('falls back from a regional or unknown locale', () => {
    expect(standingLocale('pt-BR')).toBe('pt');
    expect(standingLocale('es_MX')).toBe('es');
    expect(standingLocale('xx')).toBe('en');
    expect(standingLocale('xx', 'de')).toBe('de');
    expect(standingWords('fr-CA').locale).toBe('fr');
  });
});
