import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../app/config.ts';
import { SEVERITIES } from '../policy/schema.ts';
import { loadEnforceConfig } from './config.ts';
import { guardAction, onlyWeakEvidence, reputationVerdict } from './guardrails.ts';
import { activePoints, ladderStepFor, nextThreshold, strikeExpiry, strikePoints } from './ladder.ts';

const cfg = loadEnforceConfig({});
const now = new Date('2026-11-22T00:00:00Z');

describe('ladder math', () => {
  it('maps points to the default ladder', () => {
    expect(ladderStepFor(0, cfg)).toBeNull();
    expect(ladderStepFor(1, cfg)?.action).toBe('notification');
    expect(ladderStepFor(3, cfg)?.action).toBe('warning');
    expect(ladderStepFor(4, cfg)).toMatchObject({ action: 'restriction', feature: 'new_conversations', durationDays: 7 });
    expect(ladderStepFor(6, cfg)?.action).toBe('payment_hold');
    expect(ladderStepFor(9, cfg)).toMatchObject({ action: 'suspension', durationDays: 14 });
    expect(ladderStepFor(40, cfg)?.action).toBe('permanent_suspension');
    expect(nextThreshold(4, cfg)).toMatchObject({ minPoints: 6, action: 'payment_hold' });
    expect(nextThreshold(12, cfg)).toBeNull();
  });

  it('counts only active, unexpired strikes', () => {
    const strikes = [
      { points: 2, expiresAt: strikeExpiry(new Date('2026-11-01T00:00:00Z'), cfg) },
      { points: 3, expiresAt: new Date('2026-11-21T00:00:00Z') },
      { points: 5, expiresAt: strikeExpiry(now, cfg), status: 'removed' },
    ];
    expect(activePoints(strikes, now)).toBe(2);
    expect(strikeExpiry(now, cfg).getTime() - now.getTime()).toBe(180 * 86_400_000);
    expect(SEVERITIES.map((s) => strikePoints(s, cfg))).toEqual([1, 2, 3, 5]);
  });

  it('never steps down when points grow, and the next threshold is always above', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 10 }), (p, more) => {
        const order = (a: string | undefined) =>
          ['notification', 'warning', 'restriction', 'payment_hold', 'suspension', 'permanent_suspension'].indexOf(a ?? '');
        expect(order(ladderStepFor(p + more, cfg)?.action)).toBeGreaterThanOrEqual(order(ladderStepFor(p, cfg)?.action));
        const next = nextThreshold(p, cfg);
        if (next) expect(next.minPoints).toBeGreaterThan(p);
      }),
    );
  });

  it('reads the ladder and points from the environment and rejects a bad one', () => {
    const c = loadEnforceConfig({
      WARDEN_ENFORCE_LADDER: JSON.stringify([
        { minPoints: 3, action: 'warning' },
        { minPoints: 1, action: 'notification' },
      ]),
      WARDEN_ENFORCE_SEVERITY_POINTS: '{"low":1,"medium":1,"high":2,"critical":9}',
    });
    expect(c.ladder.map((s) => s.minPoints)).toEqual([1, 3]);
    expect(c.severityPoints.critical).toBe(9);
    expect(() => loadEnforceConfig({ WARDEN_ENFORCE_LADDER: '[{"minPoints":1,"action":"jail"}]' })).toThrow(/WARDEN_ENFORCE_LADDER/);
    expect(() => loadEnforceConfig({ WARDEN_APPEAL_WINDOW_DAYS: 'soon' })).toThrow(/WARDEN_APPEAL_WINDOW_DAYS/);
    // A notice language without templates is refused, naming the choices; every template language is accepted.
    expect(() => loadEnforceConfig({ WARDEN_NOTICE_DEFAULT_LOCALE: 'xx' })).toThrow(/WARDEN_NOTICE_DEFAULT_LOCALE must be one of de, en, es, fr, hi, pt, ru/);
    expect(() => loadEnforceConfig({ WARDEN_NOTICE_DEFAULT_LOCALE: 'xx' })).toThrow(ConfigError);
    for (const l of ['en', 'es', 'pt', 'fr', 'de', 'ru', 'hi']) expect(loadEnforceConfig({ WARDEN_NOTICE_DEFAULT_LOCALE: l }).defaultLocale).toBe(l);
  });
});

describe('guardrails', () => {
  it('treats VPN, data-centre IPs, new devices, unusual hours and weak strength as weak evidence', () => {
    expect(
      onlyWeakEvidence(
        [
          { type: 'account.vpn', strength: 'strong' },
          { type: 'account.new_device', strength: 'medium' },
        ],
        cfg,
      ),
    ).toBe(true);
    expect(onlyWeakEvidence([{ type: 'contact.email', strength: 'weak' }], cfg)).toBe(true);
    expect(onlyWeakEvidence([], cfg)).toBe(true);
    expect(
      onlyWeakEvidence(
        [
          { type: 'account.vpn', strength: 'weak' },
          { type: 'contact.email', strength: 'strong' },
        ],
        cfg,
      ),
    ).toBe(false);
  });

  it('puts badges, earnings and tenure without strikes above the reputation bar', () => {
    const base = { badges: [], totalEarnedCents: 0, createdAt: new Date('2026-01-01T00:00:00Z'), activeStrikes: 0 };
    expect(reputationVerdict(base, cfg, now).above).toBe(false);
    expect(reputationVerdict({ ...base, badges: ['top_rated'] }, cfg, now).above).toBe(true);
    expect(reputationVerdict({ ...base, totalEarnedCents: 1_000_000 }, cfg, now).above).toBe(true);
    expect(reputationVerdict({ ...base, totalEarnedCents: 999_999 }, cfg, now).above).toBe(false);
    expect(reputationVerdict({ ...base, createdAt: new Date('2024-11-01T00:00:00Z') }, cfg, now).above).toBe(true);
    expect(reputationVerdict({ ...base, createdAt: new Date('2024-11-01T00:00:00Z'), activeStrikes: 1 }, cfg, now).above).toBe(false);
  });

  it('proposes holds and suspensions above the bar, and anything above a warning when the policy asks', () => {
    for (const a of ['payment_hold', 'suspension', 'permanent_suspension'])
      expect(guardAction(a, { aboveReputationBar: true, proposeOnly: false })).toEqual({ status: 'proposed', why: 'reputation' });
    expect(guardAction('restriction', { aboveReputationBar: true, proposeOnly: false }).status).toBe('active');
    expect(guardAction('restriction', { aboveReputationBar: false, proposeOnly: true })).toEqual({ status: 'proposed', why: 'policy' });
    expect(guardAction('warning', { aboveReputationBar: true, proposeOnly: true }).status).toBe('active');
  });
});

describe('the next step a standing shows', () => {
  it('is never at the current points: when the points already reach it, it comes with the next incident', async () => {
    const { nextStep } = await import('./strikes.ts');
    const cfg = loadEnforceConfig({});
    // One medium strike: 2 points at the notification step; a warning needs one more incident.
    expect(nextStep(cfg, 0, 2)).toEqual({ minPoints: 3, action: 'warning' });
    expect(nextStep(cfg, 0, 1)).toEqual({ minPoints: 2, action: 'warning' });
    expect(nextStep(cfg, 1, 2)).toEqual({ minPoints: 4, action: 'restriction' });
    expect(nextStep(cfg, cfg.ladder.length - 1, 20)).toBeNull();
    for (let pos = -1; pos < cfg.ladder.length - 1; pos++)
      for (let points = 0; points < 15; points++) expect((nextStep(cfg, pos, points) as { minPoints: number }).minPoints).toBeGreaterThan(points);
  });
});
