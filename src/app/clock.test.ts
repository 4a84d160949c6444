import { describe, expect, it } from 'vitest';
import { SimulatedClock, systemClock } from './clock.ts';

describe('SimulatedClock', () => {
  it('moves only forward, and only when told', () => {
    const c = new SimulatedClock('2026-10-05T00:00:00Z');
    expect(c.now().toISOString()).toBe('2026-10-05T00:00:00.000Z');
    c.advanceTo('2026-10-19T12:00:00Z');
    expect(c.now().toISOString()).toBe('2026-10-19T12:00:00.000Z');
    c.advanceTo('2026-10-06T00:00:00Z');
    expect(c.now().toISOString()).toBe('2026-10-19T12:00:00.000Z');
    c.advanceTo('not a time');
    expect(c.now().toISOString()).toBe('2026-10-19T12:00:00.000Z');
  });
  it('hands out fresh dates', () => {
    const c = new SimulatedClock(0);
    const d = c.now();
    d.setTime(5);
    expect(c.now().getTime()).toBe(0);
  });
  it('refuses an invalid start', () => {
    expect(() => new SimulatedClock('yesterday')).toThrow(RangeError);
  });
  it('the system clock is the wall clock', () => {
    expect(Math.abs(systemClock.now().getTime() - Date.now())).toBeLessThan(1000);
  });
});
