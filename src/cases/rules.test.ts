import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEVERITIES } from '../policy/schema.ts';
import { type CasesConfig, DEFAULT_CASES_CONFIG } from './config.ts';
import { computePriority, priorityBand, reporterCredibility, routeCase, slaDueAt } from './rules.ts';

const cfg = DEFAULT_CASES_CONFIG;

describe('routeCase', () => {
  it('sends appeals, malware, payment outside, harassment reports and the rest where the catalogue says', () => {
    expect(routeCase(cfg, { source: 'appeal', subjectType: 'account', signalTypes: ['malware.eicar'] }).queue).toBe('appeals');
    expect(routeCase(cfg, { source: 'detection', subjectType: 'message', signalTypes: ['contact.email', 'malware.macro'] }).queue).toBe('security');
    expect(routeCase(cfg, { source: 'detection', subjectType: 'message', signalTypes: ['offplatform.payment_outside'] }).queue).toBe('circumvention');
    expect(routeCase(cfg, { source: 'report', subjectType: 'message', reportReason: 'harassment' }).queue).toBe('safety');
    expect(routeCase(cfg, { source: 'report', subjectType: 'profile', reportReason: 'offplatform_contact' }).queue).toBe('circumvention');
    expect(routeCase(cfg, { source: 'detection', subjectType: 'job', policy: 'malware-files' }).queue).toBe('security');
    expect(routeCase(cfg, { source: 'report', subjectType: 'profile', reportReason: 'other' })).toEqual({ queue: 'general', rule: null });
  });

  it('needs every condition of a rule to hold, and the first matching rule wins', () => {
    const c: CasesConfig = {
      ...cfg,
      routes: [
        { name: 'job spam', match: { subjectType: 'job', signalType: 'spam.*' }, queue: 'jobs-spam' },
        { name: 'spam', match: { signalType: 'spam.*' }, queue: 'spam' },
      ],
    };
    expect(routeCase(c, { source: 'detection', subjectType: 'job', signalTypes: ['spam.mass_sending'] }).queue).toBe('jobs-spam');
    expect(routeCase(c, { source: 'detection', subjectType: 'message', signalTypes: ['spam.mass_sending'] }).queue).toBe('spam');
    expect(routeCase(c, { source: 'detection', subjectType: 'job', signalTypes: ['spamish'] }).queue).toBe('general');
  });
});

describe('computePriority', () => {
  const base = { severity: 'medium' as const, reportCredibilities: [], reach: 0, earnedCents: 0, boost: 0 };

  it('orders by severity and stays within 0..100', () => {
    const ps = SEVERITIES.map((severity) => computePriority(cfg, { ...base, severity }).priority);
    expect([...ps].sort((a, b) => a - b)).toEqual(ps);
    expect(new Set(ps).size).toBe(4);
    expect(computePriority(cfg, { ...base, severity: 'critical', boost: 500, reach: 1e6, earnedCents: 1e12 }).priority).toBe(100);
  });

  it('rises with credible reports, reach and earnings, each capped', () => {
    const p0 = computePriority(cfg, base).priority;
    const credible = computePriority(cfg, { ...base, reportCredibilities: [0.9] }).priority;
    const doubtful = computePriority(cfg, { ...base, reportCredibilities: [0.1] }).priority;
    expect(credible).toBeGreaterThan(doubtful);
    expect(doubtful).toBeGreaterThanOrEqual(p0);
    const manyReports = computePriority(cfg, { ...base, reportCredibilities: Array(100).fill(1) });
    expect(manyReports.parts.reports).toBe(cfg.priority.reportsMax);
    expect(computePriority(cfg, { ...base, reach: 40 }).priority).toBeGreaterThan(p0);
    expect(computePriority(cfg, { ...base, earnedCents: 10_000_00 }).priority).toBeGreaterThan(p0);
  });

  it('never falls when more joins (property)', () => {
    const arb = fc.record({
      severity: fc.constantFrom(...SEVERITIES),
      reportCredibilities: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 10 }),
      reach: fc.nat(10_000),
      earnedCents: fc.nat(1e9),
      boost: fc.nat(40),
    });
    fc.assert(
      fc.property(arb, fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(100), (f, extra, moreReach) => {
        const before = computePriority(cfg, f).priority;
        const after = computePriority(cfg, { ...f, reportCredibilities: [...f.reportCredibilities, extra], reach: f.reach + moreReach }).priority;
        return after >= before && before >= 0 && after <= 100;
      }),
    );
  });

  it('maps priorities to bands at the configured bounds', () => {
    expect(priorityBand(cfg, 29)).toBe('low');
    expect(priorityBand(cfg, 30)).toBe('medium');
    expect(priorityBand(cfg, 55)).toBe('high');
    expect(priorityBand(cfg, 80)).toBe('critical');
  });
});

describe('slaDueAt', () => {
  it('uses the queue clock, else the default clock', () => {
    const t = new Date('2026-01-01T00:00:00Z');
    expect(slaDueAt(cfg, 'appeals', 'low', t).toISOString()).toBe('2026-01-03T00:00:00.000Z');
    expect(slaDueAt(cfg, 'nowhere', 'critical', t).getTime() - t.getTime()).toBe(cfg.slaDefault.critical * 3_600_000);
  });
});

describe('reporterCredibility', () => {
  it('starts neutral, learns from upheld and dismissed reports, and mutes only with enough history', () => {
    const fresh = reporterCredibility(cfg, 0, 0);
    expect(fresh.credibility).toBe(0.5);
    expect(fresh.muted).toBe(false);
    expect(reporterCredibility(cfg, 3, 0).credibility).toBeGreaterThan(fresh.credibility);
    expect(reporterCredibility(cfg, 0, 3).credibility).toBeLessThan(fresh.credibility);
    expect(reporterCredibility(cfg, 0, 1).muted).toBe(false);
    expect(reporterCredibility(cfg, 0, 10).muted).toBe(true);
    expect(reporterCredibility(cfg, 8, 10).muted).toBe(false);
  });

  it('is monotone: one more upheld never lowers it, one more dismissed never raises it (property)', () => {
    fc.assert(
      fc.property(fc.nat(500), fc.nat(500), (u, d) => {
        const c = reporterCredibility(cfg, u, d).credibility;
        return reporterCredibility(cfg, u + 1, d).credibility >= c && reporterCredibility(cfg, u, d + 1).credibility <= c && c > 0 && c < 1;
      }),
    );
  });
});

describe('loadCasesConfig', () => {
  it('overlays a JSON file on the defaults and names the variable when the file is wrong', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { loadCasesConfig } = await import('./config.ts');
    const dir = mkdtempSync(join(tmpdir(), 'cases-config-'));
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify({ defaultQueue: 'triage', routes: [{ name: 'all reports', match: { source: 'report' }, queue: 'reports' }] }));
    const c = loadCasesConfig({ WARDEN_CASES_CONFIG: good });
    expect(c.defaultQueue).toBe('triage');
    expect(routeCase(c, { source: 'report', subjectType: 'message', reportReason: 'harassment' }).queue).toBe('reports');
    expect(c.reportReasons).toEqual(DEFAULT_CASES_CONFIG.reportReasons);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ slaDefault: { low: -1, medium: 1, high: 1, critical: 1 } }));
    expect(() => loadCasesConfig({ WARDEN_CASES_CONFIG: bad })).toThrow(/WARDEN_CASES_CONFIG.*slaDefault\/low/);
    expect(() => loadCasesConfig({ WARDEN_CASES_CONFIG: join(dir, 'missing.json') })).toThrow(/WARDEN_CASES_CONFIG/);
  });
});
