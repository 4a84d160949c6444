// Shape checks of a blind scam set (BLIND-2.md, BLIND-3.md): never detector results, so a set
// stays a blind measure until its first run is recorded.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Example {
  id: string;
  lang: string;
  kind: string;
  label: 'scam' | 'honest';
  types: string[];
  scheme?: string;
  /** On honest texts (sets 8 on): the scam kind the text was written to resemble. */
  like?: string;
  text: string;
}

// The eight families of LABELLING.md, then the issue-11 kinds none of them covers.
/**
 * Blind sets nobody has tuned on yet (their first runs are recorded in RESULTS.md, read as
 * aggregates only). Benches that print individual texts or errors must leave them out, or the
 * set stops being blind; move a set out of this list when a tuning round starts on it.
 */
export const STILL_BLIND: readonly string[] = ['blind-16.jsonl'];

export const FAMILIES = [
  'upfront_payment',
  'overpayment_cheque',
  'gift_card_or_crypto_payment',
  'offplatform_interview',
  'impersonation',
  'sensitive_data_request',
  'too_good_to_be_true',
  'reshipping',
  'money_mule',
  'account_trade',
  'fake_reviews',
  'task_deposit',
  'fake_escrow',
  'fake_invoice',
  'prize_lottery',
  'sextortion',
];

// The fifteen scam kinds of issue 11.
export const SCHEMES = [
  'advance_fee',
  'fake_cheque',
  'reshipping',
  'money_mule',
  'account_trade',
  'fake_reviews',
  'task_deposit',
  'credential_phishing',
  'staff_impersonation',
  'fake_escrow',
  'fake_invoice',
  'prize_lottery',
  'sextortion',
  'gift_card',
  'messenger_recruiter',
];

/** Every scam set, oldest first: a blind set shares no text with the sets before it. */
export const SCAM_SETS_IN_ORDER: readonly string[] = ['corpus.jsonl', 'heldout.jsonl', ...Array.from({ length: 15 }, (_, i) => `blind-${i + 2}.jsonl`)];

/** The sets written before `file`, for its overlap check. */
export const setsBefore = (file: string): string[] => SCAM_SETS_IN_ORDER.slice(0, SCAM_SETS_IN_ORDER.indexOf(file));

export interface BlindSetShape {
  /** [examples, scams] per language, as its BLIND-n.md says. */
  perLang: Record<string, [number, number]>;
  minExamples: number;
  minLanguages: number;
  /** Earlier sets it must share no text with (default: setsBefore(file)). */
  earlier?: string[];
  /** Scam kinds the set covers, all of them (default: the fifteen issue-11 kinds, SCHEMES). */
  schemes?: readonly string[];
  /** Families the set uses, all of them (default: FAMILIES). */
  families?: readonly string[];
}

const read = (file: string): Example[] =>
  readFileSync(new URL(`./${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Example);

export function describeBlindSet(file: string, shape: BlindSetShape): void {
  describe(`scam blind set ${file}`, () => {
    const examples = read(file);
    const schemes = shape.schemes ?? SCHEMES;
    const families = shape.families ?? FAMILIES;

    it('has unique ids, valid kinds and labels, families only on scams', () => {
      expect(new Set(examples.map((e) => e.id)).size).toBe(examples.length);
      for (const e of examples) {
        expect(['job', 'message', 'proposal'], e.id).toContain(e.kind);
        expect(['scam', 'honest'], e.id).toContain(e.label);
        expect(e.text.trim().length, e.id).toBeGreaterThan(0);
        if (e.label === 'scam') {
          expect(e.types.length, e.id).toBeGreaterThan(0);
          expect(schemes, e.id).toContain(e.scheme);
        } else {
          expect(e.types, e.id).toEqual([]);
          expect(e.scheme, e.id).toBeUndefined();
        }
        for (const t of e.types) expect(families, e.id).toContain(t);
      }
      expect(new Set(examples.flatMap((e) => e.types))).toEqual(new Set(families));
      expect(new Set(examples.map((e) => e.scheme).filter(Boolean))).toEqual(new Set(schemes));
    });

    it('has the documented size, languages and counts, half scam', () => {
      expect(examples.length).toBeGreaterThanOrEqual(shape.minExamples);
      expect(new Set(examples.map((e) => e.lang)).size).toBeGreaterThanOrEqual(shape.minLanguages);
      const counts: Record<string, [number, number]> = {};
      for (const e of examples) {
        counts[e.lang] ??= [0, 0];
        const c = counts[e.lang];
        c[0]++;
        if (e.label === 'scam') c[1]++;
      }
      expect(counts).toEqual(shape.perLang);
      expect(examples.filter((e) => e.label === 'scam').length * 2).toBe(examples.length);
    });

    it('shares no text with the earlier sets', () => {
      const old = new Set((shape.earlier ?? setsBefore(file)).flatMap(read).map((e) => e.text));
      expect(examples.filter((e) => old.has(e.text)).map((e) => e.id)).toEqual([]);
    });
  });
}

/**
 * Sets 8 on: each honest text names, as `like`, the scam kind it was written to resemble (every
 * kind has one, scams have none), and both labels hold job posts, messages and proposals.
 */
export function describeLookAlikes(file: string, schemes: readonly string[] = SCHEMES): void {
  describe(`scam blind set ${file} look-alikes`, () => {
    const examples = read(file);

    it('names, on each honest text and only there, the scam kind it resembles; every kind has one', () => {
      for (const e of examples) {
        if (e.label === 'honest') expect(schemes, e.id).toContain(e.like);
        else expect(e.like, e.id).toBeUndefined();
      }
      expect(new Set(examples.map((e) => e.like).filter(Boolean))).toEqual(new Set(schemes));
    });

    it('holds job posts, messages and proposals on both sides', () => {
      for (const label of ['scam', 'honest'])
        for (const kind of ['job', 'message', 'proposal'])
          expect(
            examples.some((e) => e.label === label && e.kind === kind),
            `${label} ${kind}`,
          ).toBe(true);
    });
  });
}
