import { describe, expect, it } from 'vitest';
import { plural } from './plural.ts';

describe('plural', () => {
  it('follows English plural rules through ICU, with irregular and multi-word forms', () => {
    expect(plural(1, 'report')).toBe('1 report');
    expect(plural(0, 'report')).toBe('0 reports');
    expect(plural(2, 'payment dispute')).toBe('2 payment disputes');
    expect(plural(1, 'person', 'people')).toBe('1 person');
    expect(plural(1500, 'event')).toBe('1,500 events');
  });
  it('reads braces, hashes and apostrophes in a word as text', () => {
    expect(plural(1, "client's {job} #")).toBe("1 client's {job} #");
  });
});
