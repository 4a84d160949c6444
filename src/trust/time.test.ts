import { describe, expect, it } from 'vitest';
import { addMonths, daysBetween, inWindow, subMonths } from './time.ts';

describe('time', () => {
  it('moves by calendar months in UTC, clamping to the month end', () => {
    expect(subMonths(new Date('2024-03-31T10:00:00Z'), 1).toISOString()).toBe('2024-02-29T10:00:00.000Z');
    expect(subMonths(new Date('2024-06-30T00:00:00Z'), 24).toISOString()).toBe('2022-06-30T00:00:00.000Z');
    expect(addMonths(new Date('2024-08-31T00:00:00Z'), 6).toISOString()).toBe('2025-02-28T00:00:00.000Z');
  });

  it('uses half-open windows (since, asOf]', () => {
    const since = new Date('2024-01-01T00:00:00Z');
    const asOf = new Date('2024-02-01T00:00:00Z');
    expect(inWindow(since, since, asOf)).toBe(false);
    expect(inWindow(asOf, since, asOf)).toBe(true);
    expect(daysBetween(since, asOf)).toBe(31);
  });
});
