// Kinds tuned on blind sets 13 and 14 (pointers to where one's contact is, and reports of someone
// else's ask): each sentence is written for the kind, in many languages, none taken from a bench
// set; honest look-alikes beside them.
import { describe, expect, it } from 'vitest';
import { detectContact } from './detect-contact.ts';

const types = (text: string, locale = 'en') => new Set(detectContact({ text, locale }).map((s) => s.type));
const solicits = (text: string, locale = 'en') => types(text, locale).has('offplatform.solicitation');
const intent = (text: string, locale = 'en') => [...types(text, locale)].some((t) => t.startsWith('offplatform.'));

describe("one's number pointed to on a profile picture, avatar or bio", () => {
  it.each([
    ['fr', 'Mon numéro est sur ma photo de profil, zoome un peu'],
    ['it', 'Il mio numero è nella foto profilo, ingrandisci'],
    ['pl', 'Mój numer jest na zdjęciu profilowym'],
    ['tr', 'Numaram profil resmimde yazıyor'],
    ['id', 'Nomor hp aku ada di foto profil ya kak'],
    ['ru', 'Мой номер на аватарке, увеличь'],
    ['ar', 'رقمي مكتوب في صورة البروفايل'],
    ['fa', 'شماره‌ام توی عکس پروفایلم هست'],
    ['hi', 'मेरा नंबर मेरी प्रोफाइल फोटो में है'],
    ['ja', '電話番号はプロフィール画像に書いてあります'],
    ['th', 'เบอร์ของฉันอยู่ในรูปโปรไฟล์'],
    ['sw', 'Namba yangu iko kwenye picha ya wasifu'],
    ['nl', 'Mijn telefoonnummer staat op mijn profielfoto'],
    ['vi', 'Sđt của mình có ghi trên ảnh đại diện nha'],
    ['el', 'Το κινητό μου είναι γραμμένο στη φωτογραφία προφίλ'],
    ['he', 'פרטי הקשר שלי כתובים בתמונת הפרופיל'],
    ['ta', 'என் போன் நம்பர் ப்ரொஃபைல் படத்தில் இருக்கு'],
    ['ko', '전화번호는 프사에 올려놨어요'],
    ['zh', '我的手机号码写在头像上了'],
    ['he', 'תציץ בתמונת הפרופיל שלי, כל הפרטים שם'],
  ])('%s: %s', (lang, text) => {
    expect(solicits(text, lang)).toBe(true);
  });

  it.each([
    ['en', 'My profile picture looks blurry on mobile, can you fix the avatar component?'],
    ['he', 'תמונת הפרופיל שלי מטושטשת, אפשר לתקן את העיצוב?'],
    ['vi', 'Ảnh đại diện của mình bị mờ, bạn chỉnh lại giúp nhé'],
    ['de', 'Mein Handy ist kaputt, ich antworte morgen hier im Chat'],
    ['pt', 'Meu celular quebrou, respondo por aqui amanhã'],
    ['el', 'Το κινητό μου χάλασε, θα απαντήσω εδώ αύριο'],
  ])('not a pointer: %s: %s', (lang, text) => {
    expect(solicits(text, lang)).toBe(false);
  });
});

describe("one's contact on a portfolio's or CV's last page, or a site's contact page", () => {
  it.each([
    ['en', 'my cell is on the back page of my CV, call me there'],
    ['de', 'Meine Handynummer steht auf der letzten Seite meines Portfolios'],
    ['uk', 'Мій номер на останній сторінці резюме'],
    ['es', 'Mi celular está en la última página de mi portafolio'],
    ['ko', '연락처는 포트폴리오 마지막 페이지에 적어놨어요'],
    ['zh', '我的邮箱写在简历最后一页'],
    ['en', "my number's on the contact page of my website, ring me"],
    ['pt', 'meu número tá na página de contato do meu site'],
    ['he', 'הטלפון שלי מופיע בעמוד צור קשר באתר שלי'],
    ['el', 'Το τηλέφωνό μου είναι στη σελίδα επικοινωνίας της ιστοσελίδας μου'],
  ])('%s: %s', (lang, text) => {
    expect(solicits(text, lang)).toBe(true);
  });

  it.each([
    ['en', 'Keep my portfolio PDF handy, the last page has the pricing table'],
    ['en', 'Please put my phone number field on the last page of the signup form'],
    ['es', 'La versión móvil de mi portafolio está en la última página del PDF'],
    ['ru', 'Мобильная версия моего портфолио на последней странице'],
    ['zh', '我的作品集PDF最后一页是手机版设计稿'],
  ])('the work, not a pointer: %s: %s', (lang, text) => {
    expect(solicits(text, lang)).toBe(false);
  });
});

describe('a number promised in the next message, in pieces, or in a moment past the filter', () => {
  it.each([
    ['en', "here's the plan: my cell goes out over my next two messages so it isn't blanked"],
    ['en', "I'll drop my digits in a sec, the filter keeps eating them"],
    ['ko', '제 번호는 다음 메시지로 보낼게요, 여기선 가려져요'],
    ['zh', '我手机号码分两条发你，这里会屏蔽'],
    ['bn', 'আমার নাম্বারটা পরের মেসেজে পাঠাচ্ছি'],
    ['el', 'Θα σου στείλω το κινητό μου στο επόμενο μήνυμα'],
    ['es', 'Mi celu te lo mando en dos mensajes, acá lo bloquean'],
    ['ru', 'Мой мобильный номер скину сейчас, тут фильтр режет цифры'],
  ])('%s: %s', (lang, text) => {
    expect(solicits(text, lang)).toBe(true);
  });

  it.each([
    ['en', "The filter on the search page hides my results, I'll send a screenshot in a sec"],
    ['en', "I'll send my revised quote in the next message, the filter is fine"],
    ['ko', '프로필 사진 디자인 수정본은 다음 메시지로 보낼게요'],
  ])('not a number: %s: %s', (lang, text) => {
    expect(solicits(text, lang)).toBe(false);
  });
});

describe('an indirect ask for a way to reach each other outside here', () => {
  it.each([
    ['en', 'how do I get in touch with you outside this app when it is down?'],
    ['es', '¿cómo puedo contactarte fuera de esta app?'],
    ['fr', "comment je peux te joindre en dehors d'ici ?"],
    ['pt', 'tem algum jeito de falar contigo fora daqui?'],
    ['ru', 'а есть какой-нибудь более удобный способ связи с вами?'],
    ['en', 'is there a number I can text you on if I get stuck at night?'],
  ])('%s: %s', (lang, text) => {
    expect(solicits(text, lang)).toBe(true);
  });

  it.each([['en', 'how can I reach the deadline if the client keeps changing scope? other than working weekends']])('not an ask: %s: %s', (lang, text) => {
    expect(solicits(text, lang)).toBe(false);
  });
});

describe("a report of someone else's ask: reported, quoted, or asked whether it breaks the rules", () => {
  it.each([
    ['en', 'Someone wrote "text me on Signal instead" before the offer. I ignored it and I am reporting it'],
    ['es', 'Un comprador me escribió «pásame tu WhatsApp», ¿lo reporto?'],
    ['pt', 'O cliente pediu pra gente fechar por fora, isso pode?'],
    ['pl', 'Klient prosi o kontakt na Telegramie, zgłaszam to moderatorom'],
    ['ru', 'Заказчик предлагает оплату на карту мимо сайта, это нарушение?'],
    ['uk', 'Мені написали «скинь номер у вайбер», що робити?'],
    ['ko', '고객이 라인으로 옮기자고 하는데 이거 위반 아닌가요?'],
    ['vi', 'Khách bảo mình chuyển qua Zalo nói chuyện, có vi phạm không ạ?'],
    ['nl', 'Een klant vroeg me om via Tikkie buiten het platform te betalen, mag dat?'],
    ['id', 'Ada pembeli ngajak pindah ke WA, udah aku laporin ke admin'],
  ])('%s: %s', (lang, text) => {
    expect(intent(text, lang)).toBe(false);
  });

  it("keeps the writer's own ask beside a quoted one", () => {
    expect(types('Someone wrote "add me on Viber" — my own WhatsApp is +44 7911 123456 btw').has('contact.phone')).toBe(true);
  });

  it('keeps an identifier shared after a rules question', () => {
    expect(types('A client asked me for my number, is that ok? Anyway call me on 415 902 3318').has('contact.phone')).toBe(true);
  });

  it.each([
    ['en', 'Hi! Add me on WhatsApp, is that ok? The client asked me to share updates daily'],
    ['en', 'My manager wants us to move this chat to WhatsApp, ok with you?'],
    ['ru', 'Клиент просит быстрее отвечать, давай в телегу'],
  ])('still an ask: %s: %s', (lang, text) => {
    expect(solicits(text, lang)).toBe(true);
  });
});
