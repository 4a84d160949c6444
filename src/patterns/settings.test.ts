import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../app/config.ts';
import { DEFAULT_PATTERN_SETTINGS, loadPatternSettings, patternSettings } from './settings.ts';

describe('pattern settings', () => {
  it('defaults when WARDEN_PATTERNS_CONFIG is absent or empty', () => {
    expect(loadPatternSettings({})).toEqual(DEFAULT_PATTERN_SETTINGS);
    expect(loadPatternSettings({ WARDEN_PATTERNS_CONFIG: ' ' })).toEqual(DEFAULT_PATTERN_SETTINGS);
  });

  it('overrides any part, inline or from a file, keeping the rest', () => {
    const inline = loadPatternSettings({ WARDEN_PATTERNS_CONFIG: '{"hireWithoutMessages":{"medium":4},"payment":{"takeoverHours":24}}' });
    expect(inline.hireWithoutMessages).toEqual({ ...DEFAULT_PATTERN_SETTINGS.hireWithoutMessages, medium: 4 });
    expect(inline.payment.takeoverHours).toBe(24);
    expect(inline.payment.velocity).toEqual(DEFAULT_PATTERN_SETTINGS.payment.velocity);
    const file = join(mkdtempSync(join(tmpdir(), 'patterns-')), 'p.json');
    writeFileSync(file, JSON.stringify({ scores: { strong: 0.9 }, sweepEveryMinutes: 15 }));
    const fromFile = loadPatternSettings({ WARDEN_PATTERNS_CONFIG: file });
    expect(fromFile.scores).toEqual({ weak: 0.3, medium: 0.6, strong: 0.9 });
    expect(fromFile.sweepEveryMinutes).toBe(15);
  });

  it.each([
    [{ hireWithoutMessages: { medium: 1 } }, '/hireWithoutMessages/medium'],
    [{ hireWithoutMessages: { medium: '3' } }, '/hireWithoutMessages/medium'],
    [{ contactThenSilence: { strong: 2 } }, '/contactThenSilence/strong must be at least /contactThenSilence/medium'],
    [{ undercutAfterContact: { underpaidShare: 1.5 } }, '/undercutAfterContact/underpaidShare'],
    [{ invitesWithoutHiring: { graceDays: -1 } }, '/invitesWithoutHiring/graceDays'],
    [{ payment: { velocity: { turnoverCount: 1 } } }, '/payment/velocity/turnoverCount'],
    [{ scores: { medium: 0.2 } }, '/scores must rise'],
    [{ hireWithoutMesages: { medium: 3 } }, 'hireWithoutMesages'],
    [{ sweepEveryMinutes: 0 }, '/sweepEveryMinutes'],
  ])('refuses %j naming %s', (over, path) => {
    expect(() => patternSettings(over)).toThrow(ConfigError);
    expect(() => patternSettings(over)).toThrow(path);
    expect(() => patternSettings(over)).toThrow('WARDEN_PATTERNS_CONFIG');
  });

  it('refuses a missing file, bad JSON and a non-object with the variable named', () => {
    expect(() => loadPatternSettings({ WARDEN_PATTERNS_CONFIG: '/nonexistent/patterns.json' })).toThrow(/WARDEN_PATTERNS_CONFIG: no such file/);
    expect(() => loadPatternSettings({ WARDEN_PATTERNS_CONFIG: '{"scores":' })).toThrow(/WARDEN_PATTERNS_CONFIG: not JSON/);
    expect(() => patternSettings([1, 2])).toThrow(/must be a JSON object/);
  });
});
