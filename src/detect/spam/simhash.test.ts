import { describe, expect, it } from 'vitest';
import { hammingDistance, shingles, simhash, simhashBigInt } from './simhash.ts';

const PROPOSAL =
  'Dear hiring manager, I read your job post carefully and I am confident I can deliver exactly what you need. ' +
  'I have more than seven years of experience building responsive websites with React, Node and PostgreSQL, ' +
  'and I have completed over one hundred projects with five star feedback. I would love to discuss the details ' +
  'of your project in a short call and share my portfolio with similar work. Looking forward to hearing from you.';

describe('simhash', () => {
  it('is 16 hex digits, stable, and matches its bigint form', () => {
    const fp = simhash(PROPOSAL);
    expect(fp).toMatch(/^[0-9a-f]{16}$/);
    expect(simhash(PROPOSAL)).toBe(fp);
    expect(simhashBigInt(PROPOSAL)).toBe(BigInt(`0x${fp}`));
  });

  it('ignores case, invisible characters and compatibility forms', () => {
    const disguised = PROPOSAL.toUpperCase().replace('hiring', 'hi\u200Bring').replace('React', 'Ｒｅａｃｔ');
    expect(hammingDistance(simhash(disguised), simhash(PROPOSAL))).toBe(0);
  });

  it('keeps near-duplicates within a few bits and unrelated texts far apart', () => {
    const edited = PROPOSAL.replace('Dear hiring manager', 'Dear Sarah').replace('seven', 'eight');
    expect(hammingDistance(simhash(edited), simhash(PROPOSAL))).toBeLessThanOrEqual(10);
    const unrelated =
      'Please find attached the invoice for the second week of the contract. The database migration is complete and ' +
      'the staging server now runs the new schema; next I will write the rollback scripts and update the documentation.';
    expect(hammingDistance(simhash(unrelated), simhash(PROPOSAL))).toBeGreaterThan(12);
  });

  it('falls back to words for texts shorter than a shingle', () => {
    expect(shingles('hello there')).toEqual(['hello', 'there']);
    expect(simhash('')).toBe('0000000000000000');
  });
});

describe('hammingDistance', () => {
  it('counts differing bits for hex strings and bigints', () => {
    expect(hammingDistance('0000000000000000', 'ffffffffffffffff')).toBe(64);
    expect(hammingDistance('8000000000000001', '0000000000000000')).toBe(2);
    expect(hammingDistance(0xffn, 0x0fn)).toBe(4);
  });

  it('rejects values that are not 64-bit fingerprints', () => {
    expect(() => hammingDistance('xyz', '0000000000000000')).toThrow(RangeError);
  });
});
