// Shape checks only for the third blind scam set (BLIND-3.md): never detector results, so the
// set stays a blind measure.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Example {
  id: string;
  lang: string;
  kind: string;
  label: 'scam' | 'honest';
  types: string[];
  scheme?: string;
  text: string;
}

// The eight families of LABELLING.md, then the issue-11 kinds none of them covers.
const FAMILIES = [
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
const SCHEMES = [
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

// [examples, scams] per language, as in BLIND-3.md.
const PER_LANG: Record<string, [number, number]> = Object.fromEntries([
  ['en', [32, 16]],
  ...['es', 'pt', 'fr', 'de', 'it', 'nl', 'ru', 'uk', 'pl', 'tr', 'ar', 'hi', 'id', 'zh', 'ja', 'th'].map((l) => [l, [14, 7]]),
]);

const read = (file: string): Example[] =>
  readFileSync(new URL(`./${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Example);

describe('scam blind set 3', () => {
  const examples = read('blind-3.jsonl');

  it('has unique ids, valid kinds and labels, families only on scams', () => {
    expect(new Set(examples.map((e) => e.id)).size).toBe(examples.length);
    for (const e of examples) {
      expect(['job', 'message', 'proposal'], e.id).toContain(e.kind);
      expect(['scam', 'honest'], e.id).toContain(e.label);
      expect(e.text.trim().length, e.id).toBeGreaterThan(0);
      if (e.label === 'scam') {
        expect(e.types.length, e.id).toBeGreaterThan(0);
        expect(SCHEMES, e.id).toContain(e.scheme);
      } else {
        expect(e.types, e.id).toEqual([]);
        expect(e.scheme, e.id).toBeUndefined();
      }
      for (const t of e.types) expect(FAMILIES, e.id).toContain(t);
    }
    expect(new Set(examples.flatMap((e) => e.types))).toEqual(new Set(FAMILIES));
    expect(new Set(examples.map((e) => e.scheme).filter(Boolean))).toEqual(new Set(SCHEMES));
  });

  it('has at least 250 examples in at least 15 languages, half scam, counts as documented', () => {
    expect(examples.length).toBeGreaterThanOrEqual(250);
    expect(new Set(examples.map((e) => e.lang)).size).toBeGreaterThanOrEqual(15);
    const counts: Record<string, [number, number]> = {};
    for (const e of examples) {
      counts[e.lang] ??= [0, 0];
      const c = counts[e.lang];
      c[0]++;
      if (e.label === 'scam') c[1]++;
    }
    expect(counts).toEqual(PER_LANG);
    expect(examples.filter((e) => e.label === 'scam').length * 2).toBe(examples.length);
  });

  it('shares no text with the development corpus, the first held-out set or blind set 2', () => {
    const old = new Set([...read('corpus.jsonl'), ...read('heldout.jsonl'), ...read('blind-2.jsonl')].map((e) => e.text));
    expect(examples.filter((e) => old.has(e.text)).map((e) => e.id)).toEqual([]);
  });
});
