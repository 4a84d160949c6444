// Kind: payment numbers published as examples (processors' sandbox cards, the IBAN standard's
// and banks' documentation IBANs) belong to no one and are no payment handle; a real number
// in the same sentence still is. Sentences written for the kind, in several languages.
import { describe, expect, it } from 'vitest';
import { detectContact, maskText } from './detect-contact.ts';
import { PUBLISHED_EXAMPLES } from './published-examples.ts';
import { isIban, isLuhn } from './wallets.ts';

const handles = (text: string, locale = 'en') =>
  detectContact({ text, locale })
    .filter((s) => s.type === 'contact.payment_handle')
    .map((s) => s.text);

describe('published test card numbers', () => {
  it('every listed entry passes its checksum (a dead entry would hide nothing)', () => {
    expect(PUBLISHED_EXAMPLES.cards.filter((c) => !isLuhn(c))).toEqual([]);
    expect(PUBLISHED_EXAMPLES.ibans.filter((c) => !isIban(c))).toEqual([]);
  });

  it.each([
    ['en', 'Checkout is fixed: the card 4242 4242 4242 4242 now goes through in test mode.'],
    ['en', 'For the decline path in the sandbox I used card 4000 0000 0000 0002; the error banner shows.'],
    ['es', 'Con la tarjeta de prueba 5555 5555 5555 4444 el pago en sandbox funciona.'],
    ['de', 'Mit der Karte 4000 0027 6000 3184 im Testmodus kommt jetzt die 3-D-Secure-Abfrage.'],
    ['fr', "La carte de test 4111 1111 1111 1111 passe dans l'environnement Braintree."],
    ['pt', 'O cartão 3782 8224 6310 005 da Amex de teste foi recusado no sandbox.'],
    ['ru', 'Тестовая карта 5105 1051 0510 5100 проходит, проверь у себя.'],
    ['ja', 'テスト用カード 4000 0566 5566 5556 で決済フローを確認しました。'],
  ])('%s: a sandbox card is no payment handle', (locale, text) => {
    expect(handles(text, locale)).toEqual([]);
  });

  it('a real-looking card number named as a card stays a strong payment handle, beside a test one too', () => {
    const text = 'test card 4242 4242 4242 4242 is fine, but pay me on my card 4539 5781 2356 4418';
    const found = detectContact({ text, locale: 'en' }).filter((s) => s.type === 'contact.payment_handle');
    expect(found.map((s) => s.text)).toEqual(['4539 5781 2356 4418']);
    expect(found[0].strength).toBe('strong');
    expect(maskText(text, found)).toContain('4242 4242 4242 4242');
  });
});

describe('documentation example IBANs', () => {
  it.each([
    ['en', 'Our unit test feeds GB82 WEST 1234 5698 7654 32 to the validator; spaces are stripped first.'],
    ['de', 'Im Formular steht als Platzhalter die IBAN DE89 3704 0044 0532 0130 00.'],
    ['nl', 'De unit test gebruikt IBAN NL91 ABNA 0417 1643 00 uit de documentatie.'],
    ['fr', "L'exemple d'IBAN FR14 2004 1010 0505 0001 3M02 606 est rejeté par l'API."],
    ['it', "Nel README c'è l'IBAN di esempio IT60 X054 2811 1010 0000 0123 456."],
  ])('%s: an example IBAN is no payment handle', (locale, text) => {
    expect(handles(text, locale)).toEqual([]);
  });

  it('an IBAN that is not a documentation example stays a payment handle, even in a test discussion', () => {
    expect(handles('meine IBAN ist DE02 1203 0000 0000 2020 51', 'de')).toEqual(['DE02 1203 0000 0000 2020 51']);
    expect(handles('the test passed, now pay the advance to DE02 1203 0000 0000 2020 51')).toEqual(['DE02 1203 0000 0000 2020 51']);
  });

  it('a published example offered as the writer own account, with no talk of testing, is still a payment handle', () => {
    expect(handles('überweise die Anzahlung auf meine IBAN DE89 3704 0044 0532 0130 00', 'de')).toHaveLength(1);
    expect(handles('send the money to my card 4111 1111 1111 1111 instead')).toHaveLength(1);
  });
});
