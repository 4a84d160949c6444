// Shared vocabulary of detectors (see ARCHITECTURE.md "Signal").
// Detectors are pure: (input, context) -> Signal[]. Spans index the user's ORIGINAL text
// (UTF-16 code units, end exclusive), so masking redacts exactly what the user typed.

export type Strength = 'weak' | 'medium' | 'strong';

export const STRENGTH_ORDER: Record<Strength, number> = { weak: 1, medium: 2, strong: 3 };

export interface Signal {
  /** Namespaced type: contact.email, offplatform.payment_outside, spam.mass_sending, scam.advance_fee, malware.eicar ... */
  type: string;
  strength: Strength;
  /** Detector confidence in [0, 1]. Internal: never shown to the judged user. */
  score: number;
  /** Span in the original text, when the evidence is text. */
  start?: number;
  end?: number;
  text?: string;
  /** Other evidence (file names, login facts, counts). */
  evidence?: Record<string, unknown>;
}

export type ContentKind = 'message' | 'job' | 'proposal' | 'profile';

export interface TextInput {
  text: string;
  kind: ContentKind;
  /** ISO 3166-1 alpha-2 country of the sender, a hint for phone numbers. */
  country?: string;
  locale?: string;
}
