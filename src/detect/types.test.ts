import { describe, expect, it } from 'vitest';
import { STRENGTH_ORDER } from './types.ts';

describe('strength order', () => {
  it('orders weak < medium < strong', () => {
    expect(STRENGTH_ORDER.weak).toBeLessThan(STRENGTH_ORDER.medium);
    expect(STRENGTH_ORDER.medium).toBeLessThan(STRENGTH_ORDER.strong);
  });
});
