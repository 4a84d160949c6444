import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CASES_CONFIG } from './config.ts';
import { reporterCredibility } from './rules.ts';
import { independentWitness, TRIAGE_REASONS, type TriageFacts, triageReasons } from './triage.ts';

const cases = DEFAULT_CASES_CONFIG;
const cfg = cases.triage;
const facts = (over: Partial<TriageFacts> & { upheld?: number; dismissed?: number } = {}): TriageFacts => ({
  credibility: reporterCredibility(cases, over.upheld ?? 0, over.dismissed ?? 0),
  dealtWith: true,
  reportedInBurstWindow: 1,
  massReporting: false,
  linkedReporters: 0,
  ...over,
});

describe('triageReasons', () => {
  it('lets a first report about someone the reporter dealt with open a case', () => {
    expect(triageReasons(cfg, facts())).toEqual([]);
  });

  it("queues a report on a stranger until the reporter's reports have been upheld", () => {
    expect(triageReasons(cfg, facts({ dealtWith: false }))).toEqual(['stranger']);
    expect(triageReasons(cfg, facts({ dealtWith: false, upheld: 1 }))).toEqual([]);
    // With the bar at 0 strangers' reports are not triaged for that alone.
    expect(triageReasons({ ...cfg, provenUpheld: 0 }, facts({ dealtWith: false }))).toEqual([]);
  });

  it('queues reports from a reporter whose reports were rejected, and mutes as before', () => {
    // One rejected report is not a history: 0.4 is at the bar, not below it.
    expect(triageReasons(cfg, facts({ dismissed: 1 }))).toEqual([]);
    expect(triageReasons(cfg, facts({ dismissed: 2 }))).toEqual(['low_accuracy']);
    expect(triageReasons(cfg, facts({ upheld: 1, dismissed: 2 }))).toEqual([]);
    expect(triageReasons(cfg, facts({ upheld: 1, dismissed: 3 }))).toEqual(['low_accuracy']);
    expect(triageReasons(cfg, facts({ dismissed: 7 }))).toEqual(['muted']);
    // A low-accuracy reporter is not proven, however many reports were upheld.
    expect(triageReasons(cfg, facts({ upheld: 2, dismissed: 9, dealtWith: false }))).toEqual(['low_accuracy', 'stranger']);
  });

  it('queues bursts, mass reporting and reports from linked reporters', () => {
    expect(triageReasons(cfg, facts({ reportedInBurstWindow: cfg.burstReports - 1 }))).toEqual([]);
    expect(triageReasons(cfg, facts({ reportedInBurstWindow: cfg.burstReports }))).toEqual(['burst']);
    expect(triageReasons(cfg, facts({ reportedInBurstWindow: cfg.burstReports, upheld: 1 }))).toEqual([]);
    expect(triageReasons(cfg, facts({ dealtWith: false, massReporting: true, upheld: 3 }))).toEqual(['mass_reporting']);
    expect(triageReasons(cfg, facts({ linkedReporters: 1, upheld: 5 }))).toEqual(['linked_reporters']);
    expect(triageReasons(cfg, facts({ networkReporters: 1, upheld: 5 }))).toEqual(['same_network']);
  });

  it('queues a report filed after a dispute with the account, even from a proven reporter who dealt with them', () => {
    expect(triageReasons(cfg, facts({ afterDispute: true }))).toEqual(['retaliation']);
    expect(triageReasons(cfg, facts({ afterDispute: true, upheld: 6 }))).toEqual(['retaliation']);
    expect(triageReasons(cfg, facts({ afterDispute: false, upheld: 6 }))).toEqual([]);
    expect(independentWitness(['retaliation'])).toBe(false);
    expect(independentWitness(['stranger', 'same_network'])).toBe(false);
  });

  const anyFacts = fc.record({
    upheld: fc.nat(20),
    dismissed: fc.nat(20),
    dealtWith: fc.boolean(),
    reportedInBurstWindow: fc.integer({ min: 1, max: 30 }),
    massReporting: fc.boolean(),
    linkedReporters: fc.nat(5),
    networkReporters: fc.nat(3),
    afterDispute: fc.boolean(),
  });

  it('gives each reason at most once, from the catalogue, and never muted and low accuracy together', () => {
    fc.assert(
      fc.property(anyFacts, (f) => {
        const r = triageReasons(cfg, facts(f));
        expect(new Set(r).size).toBe(r.length);
        for (const x of r) expect(TRIAGE_REASONS).toContain(x);
        expect(r.includes('muted') && r.includes('low_accuracy')).toBe(false);
      }),
    );
  });

  it('never queues for reasons about the reporter when their record is clean and they are not linked or bursting', () => {
    fc.assert(
      fc.property(anyFacts, (f) => {
        const r = triageReasons(
          cfg,
          facts({ ...f, dismissed: 0, massReporting: false, linkedReporters: 0, networkReporters: 0, afterDispute: false, reportedInBurstWindow: 1 }),
        );
        expect(r.filter((x) => x !== 'stranger')).toEqual([]);
        expect(independentWitness(r)).toBe(true);
      }),
    );
  });

  it('more rejected reports never take a reason away (upheld and the rest fixed)', () => {
    fc.assert(
      fc.property(anyFacts, fc.nat(10), (f, more) => {
        const before = triageReasons(cfg, facts(f));
        const after = triageReasons(cfg, facts({ ...f, dismissed: f.dismissed + more }));
        // muted replaces low_accuracy; otherwise every reason stays.
        for (const x of before) expect(x === 'low_accuracy' ? after.includes('low_accuracy') || after.includes('muted') : after.includes(x)).toBe(true);
      }),
    );
  });

  it('only stranger reports may corroborate another reporter', () => {
    expect(independentWitness([])).toBe(true);
    expect(independentWitness(['stranger'])).toBe(true);
    for (const r of TRIAGE_REASONS.filter((x) => x !== 'stranger')) expect(independentWitness([r])).toBe(false);
  });
});
