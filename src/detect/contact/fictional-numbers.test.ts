// Numbers reserved for fiction and placeholders: dropped where the message speaks of testing or
// examples, kept as a phone anywhere else. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { isFictionalNumber } from './fictional-numbers.ts';
import { detectContact } from './index.ts';

const phones = (text: string) => detectContact({ text }).filter((s) => s.type === 'contact.phone');

describe('isFictionalNumber', () => {
  it.each([
    '+1 (415) 555-0172',
    '415-555-0100',
    '1 312 555 0199',
    '07700 900461',
    '+44 7700 900872',
    '020 7946 0311',
    '0161 496 0754',
    '01 99 00 47 12',
    '+33 6 39 98 20 51',
    '02 5550 8812',
    '(11) 90000-0000',
    '21 99999-9999',
    '123-456-7890',
  ])('%s is reserved or a placeholder', (n) => expect(isFictionalNumber(n)).toBe(true));

  it.each([
    '+1 (415) 555-0234', // 555 outside 0100-0199 may be assigned
    '415-555-0200',
    '207-946-0123', // a North American number with the digits of a UK drama range
    '07700 901461',
    '+44 7911 123456',
    '06 39 97 20 51',
    '+33 6 12 34 56 78',
    '(11) 98765-4321',
    '0176 4421 9083',
  ])('%s is an ordinary number', (n) => expect(isFictionalNumber(n)).toBe(false));
});

describe('contact.phone on reserved numbers', () => {
  it.each([
    'For the staging seed data use (646) 555-0137 as the customer phone, never a real one',
    'Les jeux de test utilisent le 01 99 00 62 18, pas un vrai numéro',
    'Nos dados de exemplo coloquem (21) 90000-0000 no campo telefone',
    'In the mock API responses the phone is +44 7700 900518',
    'Для демо-стенда используйте номер 123-456-7890',
  ])('dropped where the message speaks of tests or examples: %s', (text) => expect(phones(text)).toEqual([]));

  it.each([
    'For the test account use my own number, +44 7911 123456, I will confirm the code',
    'Los datos de ejemplo están listos; mi móvil de verdad es el 612 48 93 07, llámame',
  ])('a real number stays a phone in a message about tests: %s', (text) => expect(phones(text).length).toBeGreaterThan(0));
});
