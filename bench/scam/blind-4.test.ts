// Shape checks only for the fourth blind scam set (BLIND-4.md): never detector results.
import { describeBlindSet } from './blind-shape.ts';

describeBlindSet('blind-4.jsonl', {
  // [examples, scams] per language, as in BLIND-4.md.
  perLang: {
    en: [24, 12],
    ...Object.fromEntries(['es', 'pt', 'fr', 'de', 'it', 'nl', 'ru', 'pl', 'tr', 'ar', 'hi', 'id', 'zh', 'ja', 'ko', 'vi'].map((l) => [l, [14, 7]])),
  },
  minExamples: 240,
  minLanguages: 15,
  earlier: ['corpus.jsonl', 'heldout.jsonl', 'blind-2.jsonl', 'blind-3.jsonl'],
  // The kinds the set was written for: the brief's families, four of them new against sets 2 and 3
  // (crypto investment, romance-to-crypto, tech support, registration fee).
  schemes: [
    'advance_fee',
    'registration_fee',
    'task_deposit',
    'crypto_investment',
    'romance_crypto',
    'reshipping',
    'money_mule',
    'fake_cheque',
    'fake_escrow',
    'credential_phishing',
    'prize_lottery',
    'tech_support',
    'messenger_recruiter',
  ],
  families: [
    'upfront_payment',
    'too_good_to_be_true',
    'task_deposit',
    'gift_card_or_crypto_payment',
    'reshipping',
    'money_mule',
    'overpayment_cheque',
    'fake_escrow',
    'sensitive_data_request',
    'impersonation',
    'prize_lottery',
    'offplatform_interview',
  ],
});
