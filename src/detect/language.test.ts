import { describe, expect, it } from 'vitest';
import { textLanguage } from './language.ts';

describe('textLanguage', () => {
  it('names the language of ordinary work chat in several scripts', () => {
    expect(textLanguage('मेरा नंबर ले लो, हम वहीं काम की बात करेंगे और भुगतान भी')).toBe('hi');
    expect(textLanguage('Hola, te escribo para hablar del proyecto y del presupuesto')).toBe('es');
    // Near ties between neighbours go to the preferred language (the account's, the notices').
    expect(textLanguage('Привет, давай обсудим проект и сроки сдачи работы', { prefer: ['ru'] })).toBe('ru');
    expect(textLanguage('Bonjour, pouvons-nous parler du projet et du budget demain')).toBe('fr');
  });
  it('answers null when the text is too short, or the language is not among the wanted ones', () => {
    expect(textLanguage('ok')).toBeNull();
    expect(textLanguage('Hola, te escribo para hablar del proyecto y del presupuesto', { among: ['en', 'de'] })).toBeNull();
  });
});
