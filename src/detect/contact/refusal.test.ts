// Declining a request to move off the platform, in every language the notices speak: the
// suggested reply of each language's guidance is a refusal, and acceptances or bare negations are not.
import { describe, expect, it } from 'vitest';
import { availableLocales, renderAskGuidance } from '../../enforce/notices/render.ts';
import { isRefusal, REFUSAL_LANGUAGES } from './refusal.ts';

describe('isRefusal', () => {
  it('knows every notice language, and reads each language’s suggested declining reply as a refusal', () => {
    expect(REFUSAL_LANGUAGES).toEqual(expect.arrayContaining(availableLocales()));
    for (const locale of availableLocales()) {
      const g = renderAskGuidance({ askerRole: 'client', asks: 1 }, locale, { defaultLocale: 'en' });
      expect(g.locale).toBe(locale);
      expect(isRefusal(g.suggestedReply), `${locale}: ${g.suggestedReply}`).toBe(true);
    }
  });

  it('finds the kinds of refusal: staying here, no thanks, cannot share, not allowed', () => {
    for (const t of [
      'I would rather keep everything here on the platform.',
      'No thanks.',
      "Sorry, I can't share my number before a contract.",
      'That is against the terms, so no.',
      'Prefiero seguir por aquí.',
      'Não posso passar meu número.',
      'Restons sur la plateforme, s’il vous plaît.',
      'Lieber nicht, wir bleiben hier.',
      'Давайте общаться здесь.',
      'नहीं, धन्यवाद।',
      'معلش، ما بقدر أشارك رقمي هلأ، خلينا نكمل على المنصة',
      'Preferisco di no, restiamo qui sulla piattaforma.',
      'Liever niet, laten we op het platform blijven.',
      'Nie mogę podać numeru, zostańmy na platformie.',
      'Numaramı paylaşamam, burada devam edelim.',
      'Maaf, gak bisa kasih nomor, lanjut di sini aja ya.',
      'Ні, дякую, краще спілкуватися тут.',
      '不好意思，不方便加微信，我们在平台上继续沟通吧。',
      '申し訳ありませんが、連絡先はお伝えできません。',
      '번호는 못 드려요, 여기서 얘기해요.',
      'Xin lỗi, mình không thể cho số điện thoại, trao đổi ở đây nhé.',
    ])
      expect(isRefusal(t), t).toBe(true);
  });

  it('does not read acceptances, questions or bare negations as refusals', () => {
    for (const t of [
      'Sure, add me there.',
      'No worries, I will send it tomorrow.',
      'Ok, what is your handle?',
      'I can’t talk right now, later today?',
      'Claro, te escribo allí.',
      'Ich melde mich morgen.',
      'تمام، أرسل لي رقمك على الواتساب',
      'Va bene, ti scrivo su Telegram.',
      'Ja hoor, stuur me je nummer.',
      'Jasne, napisz na WhatsAppie.',
      'Tamam, numaranı gönder.',
      '好的，加我微信吧',
      '좋아요, 카톡으로 연락 주세요',
    ])
      expect(isRefusal(t), t).toBe(false);
  });
});
