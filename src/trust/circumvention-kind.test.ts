import { describe, expect, it } from 'vitest';
import { circumventionKind } from './recompute.ts';

describe('circumventionKind', () => {
  it('reads the kind from the evidence, whatever the case reason says', () => {
    expect(circumventionKind(['contact.phone', 'offplatform.payment_outside'])).toBe('payment_outside');
    expect(circumventionKind(['contact.payment_handle'])).toBe('payment_outside');
    // A proposed payment_hold on a plain contact share is still contact sharing.
    expect(circumventionKind(['contact.phone', 'contact.email'])).toBe('contact_sharing');
    expect(circumventionKind([])).toBe('contact_sharing');
  });
});
