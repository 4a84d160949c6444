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

/**
 * Every signal type Warden emits, by namespace: the one list a policy editor checks a rule's
 * `signal.type` (and `mask`) against, so a rule that can never match is refused before it is
 * saved. Sources: the detectors in src/detect (contact, spam, scam families of the lexicon and
 * the learned scam model's classes, malware, account), the cross-event patterns
 * (src/patterns: circumvention.*, payment.*, account.new_network) and the network graph
 * (src/network: linked.<identifier kind>). src/detect/types.test.ts checks this list against
 * the types those sources emit; add a type here when a detector starts emitting it.
 */
export const SIGNAL_TYPES = [
  'contact.email',
  'contact.phone',
  'contact.handle',
  'contact.link',
  'contact.payment_handle',
  'offplatform.solicitation',
  'offplatform.interview_outside',
  'offplatform.payment_outside',
  'spam.content',
  'spam.link',
  'spam.url_shortener',
  'spam.lookalike_domain',
  'spam.disposable_email',
  'spam.mass_sending',
  'spam.velocity',
  'spam.scattered_proposals',
  'scam.combined',
  'scam.fake_job',
  'scam.upfront_payment',
  'scam.overpayment_cheque',
  'scam.gift_card_or_crypto_payment',
  'scam.offplatform_interview',
  'scam.impersonation',
  'scam.sensitive_data_request',
  'scam.too_good_to_be_true',
  'scam.reshipping',
  'scam.money_mule',
  'scam.account_trading',
  'scam.fake_reviews',
  'scam.task_deposit',
  'scam.fake_escrow',
  'scam.fake_invoice',
  'scam.prize_lottery',
  'scam.sextortion',
  'scam.investment_fraud',
  'malware.infected',
  'malware.executable',
  'malware.double_extension',
  'malware.type_mismatch',
  'malware.macro',
  'malware.pdf_active_content',
  'malware.encrypted_archive',
  'malware.archive_bomb',
  'malware.malformed_archive',
  'account.credential_stuffing',
  'account.failed_then_new_place',
  'account.failed_logins_new_device',
  'account.payout_method_after_new_place',
  'account.impossible_travel',
  'account.new_country',
  'account.new_device',
  'account.new_network',
  'account.vpn',
  'account.tor',
  'account.datacenter_ip',
  'circumvention.apply_and_move',
  'circumvention.contact_then_silence',
  'circumvention.contract_undercut_after_contact',
  'circumvention.feedback_farming',
  'circumvention.hire_without_messages',
  'circumvention.invites_without_hiring',
  'circumvention.job_posts_ask_contact',
  'payment.chargebacks',
  'payment.funnel',
  'payment.new_method_payout',
  'payment.payout_velocity',
  'payment.rapid_in_out',
  'payment.round_amounts',
  'payment.takeover_payout',
  'linked.device',
  'linked.ip',
  'linked.phone',
  'linked.email',
  'linked.payment_handle',
  'linked.payout_destination',
  'linked.counterparty',
  'linked.self_dealing',
] as const;
export type SignalType = (typeof SIGNAL_TYPES)[number];

/**
 * Whether a policy's signal pattern can match some emitted type: an exact type of
 * SIGNAL_TYPES, or a prefix ending in `*` (the engine's namespace match, "contact.*") that
 * some type starts with.
 */
export function signalPatternMatchesAny(pattern: string): boolean {
  if (pattern.endsWith('*')) return SIGNAL_TYPES.some((t) => t.startsWith(pattern.slice(0, -1)));
  return (SIGNAL_TYPES as readonly string[]).includes(pattern);
}
