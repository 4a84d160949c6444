// Kinds fixed after blind set 6's first run (issue 12): each test is a new sentence written for
// the kind, in several languages, never one of an evaluation set's.
import { describe, expect, it } from 'vitest';
import { detectContact } from './detect-contact.ts';

const types = (text: string, locale = 'en') => new Set(detectContact({ text, locale }).map((s) => s.type));
const any = (text: string, locale = 'en') => types(text, locale).size > 0;

describe('a number promised in later messages or in pieces', () => {
  it.each([
    ['en', 'they filter phone numbers here so I will drop mine bit by bit over the next few msgs'],
    ['es', 'aquí tapan los teléfonos, te paso el número por partes en los siguientes mensajes'],
    ['de', 'Nummern werden hier gesperrt, ich schicke sie dir stückweise in den nächsten Nachrichten'],
    ['fr', "le site masque les numéros, je te l'envoie en morceaux dans les prochains messages"],
    ['it', 'il numero te lo mando a pezzi nei prossimi messaggi'],
    ['pl', 'numer wyślę ci w kawałkach w kolejnych wiadomościach'],
    ['tr', 'numarayı parça parça sonraki mesajlarda yazarım'],
    ['id', 'nomornya aku kirim sepotong-sepotong di chat berikutnya ya'],
    ['ar', 'سأكتب لك الرقم على أجزاء في الرسائل التالية'],
    ['ko', '번호는 나눠서 다음 메시지들로 보낼게요'],
    ['zh', '号码这里发不出去，我分几条消息发给你'],
    ['he', 'את המספר אשלח לך בחלקים בהודעות הבאות'],
  ])('%s', (lang, text) => {
    expect(types(text, lang).has('offplatform.solicitation')).toBe(true);
  });

  it('other things sent later, or a number that is not contact, are not', () => {
    expect(any('I will send the remaining mockups in parts over the next messages')).toBe(false);
    expect(any('te mando el número de pedido en el siguiente mensaje', 'es')).toBe(false);
  });
});

describe('a QR code that leads to the sender', () => {
  it.each([
    ['en', 'there is a QR code on the cover of my portfolio, it opens a chat with me'],
    ['es', 'escanea el código QR de mi foto de perfil y hablamos'],
    ['de', 'Scann einfach den QR-Code im Portfolio, dann schreibst du mir direkt'],
    ['zh', '扫一下我头像上的二维码加我'],
    ['ko', '프로필 사진 QR 찍으면 저랑 바로 대화돼요'],
    ['id', 'qr wa aku ada di portofolio ya'],
    ['tr', 'profil fotoğrafımdaki karekodu okut, direkt bana yazarsın'],
  ])('%s', (lang, text) => {
    expect(types(text, lang).has('offplatform.solicitation')).toBe(true);
  });

  it('QR codes as the work are not', () => {
    expect(any('please add a QR code to the menu that opens the restaurant website')).toBe(false);
    expect(any('el código QR del folleto debe llevar al sitio del cliente', 'es')).toBe(false);
  });
});

describe('look me up on another app, by name', () => {
  it.each([
    ['es', 'búscame en Instagram como Lucía Ferrer Design'],
    ['de', 'such mich bei LinkedIn, Tobias Brenner, da siehst du alles'],
    ['nl', 'zoek me even op Instagram, Sanne Bakker Fotografie'],
    ['uk', 'знайди мене в телеграмі, нік такий самий'],
    ['tr', 'facebookta aynı isimle bulabilirsin beni'],
    ['bn', 'ইনস্টাগ্রামে একই নামে আছি'],
    ['zh', '抖音搜我的名字就行，同名'],
    ['sw', 'nitafute Facebook kwa jina hilo hilo'],
    ['ur', 'انسٹاگرام پر اسی نام سے مل جاؤں گا'],
  ])('%s', (lang, text) => {
    expect(types(text, lang).has('offplatform.solicitation')).toBe(true);
  });

  it('asking to find someone else is not', () => {
    expect(any('búscame un diseñador en LinkedIn que sepa Figma', 'es')).toBe(false);
    expect(any('can you find me a good copywriter on LinkedIn?')).toBe(false);
  });
});

describe('a call on an outside tool before the contract', () => {
  it.each([
    ['fr', 'on se fait un petit zoom demain avant que tu acceptes la mission ?'],
    ['id', 'sebelum kontrak kita meet dulu di zoom yuk'],
    ['tl', 'mag-skype muna tayo bago ka mag-hire'],
    ['tr', "sözleşmeden önce skype'ta konuşalım mı?"],
    ['hi', 'hire karne se pehle zoom pe baat kar lo'],
    ['ko', '계약하기 전에 구글밋으로 얘기 좀 해요'],
    ['fa', 'قبل از شروع قرارداد یه جلسه زوم بذاریم؟'],
    ['bn', 'চুক্তির আগে জুমে একটু কথা বলে নিই?'],
  ])('%s', (lang, text) => {
    expect(types(text, lang).has('offplatform.interview_outside')).toBe(true);
  });

  it('the tool as the work, or after the contract, is not', () => {
    expect(any('before the contract, please confirm you know the Zoom SDK', 'en')).toBe(false);
  });
});

describe('numbers labelled as orders, boxes and codes are not phones', () => {
  it.each([
    ['sw', 'nambari ya oda 712384905 bado haijafika'],
    ['he', 'בדקתי את ההזמנה 0521234567 באתר של החנות'],
    ['el', 'ο αριθμός παραγγελίας 6912345678 δεν έχει φτάσει'],
    ['fa', 'شماره سفارش بامیلو ۰۹۱۲۳۴۵۶۷۸۹ لغو شد'],
    ['de', 'bitte die Variante 0176-4455-2319-B nachliefern'],
    ['en', 'parcel ref XK4539578123564418 is stuck in customs'],
    ['de', 'Postfach 0176 4455 2319, bitte dorthin schicken'],
  ])('%s', (lang, text) => {
    expect(types(text, lang).has('contact.phone')).toBe(false);
    expect(types(text, lang).has('contact.payment_handle')).toBe(false);
  });

  it('a phone after the same words stays a phone', () => {
    expect(types('my number is 0176 4455 2319, order or not', 'de').has('contact.phone')).toBe(true);
  });
});

describe("the platform's own call", () => {
  it.each([
    ['pt', 'me liga pela videochamada da plataforma amanhã'],
    ['sw', 'tuongee kwa simu ya jukwaa kesho'],
  ])('%s', (lang, text) => {
    expect(any(text, lang)).toBe(false);
  });
});

describe('a question about a messenger, then "there"', () => {
  it.each([
    ['ar', 'عندك تليجرام؟ نكمل الكلام هناك أفضل'],
    ['he', 'יש לך טלגרם? נמשיך לדבר שם'],
    ['sw', 'unatumia Telegram? tuendelee huko basi'],
    ['tl', 'may viber ka? doon na tayo mag-chat'],
    ['ru', 'у тебя вайбер есть? давай лучше туда перейдём'],
    ['vi', 'em có zalo không, nói chuyện qua đó nhé'],
    ['am', 'ዋትስአፕ አለሽ? እዛ እንነጋገር'],
  ])('%s', (lang, text) => {
    expect(types(text, lang).has('offplatform.solicitation')).toBe(true);
  });

  it('a question about the app as the work, or a "there" about something else, is not', () => {
    expect(any('do you have experience with the WhatsApp API? the docs are there')).toBe(false);
    expect(any('is the Telegram link in the brief? I could not find it there')).toBe(false);
  });
});

describe('another marketplace offering the same gig', () => {
  it.each([
    ['en', 'I sell the same gig on Kwork, cheaper fees there'],
    ['es', 'tengo el mismo perfil en Workana y la comisión allí es menor'],
  ])('%s', (lang, text) => {
    expect(types(text, lang).has('offplatform.solicitation')).toBe(true);
  });
});

describe('codes that only look like identifiers', () => {
  it('an Instagram post or reel shown as a sample is no profile', () => {
    expect(any('olha esse reel que montei pra um cliente: instagram.com/reel/Qx7Lm2Pa9', 'pt')).toBe(false);
  });
  it('an Ethiopian mobile number given for telebirr is a phone', () => {
    expect(types('በቴሌብር ላኩልኝ 0922334455 እባክህ', 'am').has('contact.phone')).toBe(true);
  });
  it('an order label across a two-word shop name', () => {
    expect(types('شماره سفارش فروشگاه ‌دیجی‌شاپ ۰۹۱۲۳۴۵۶۷۸۹ لغو شد', 'fa').has('contact.phone')).toBe(false);
  });
});

describe('Vietnamese đ stays a letter of its own after folding', () => {
  it('"số điện thoại" is a contact word', () => {
    expect(types('web chặn số điện thoại, anh gửi từng phần ở mấy tin nhắn tiếp theo nhé', 'vi').has('offplatform.solicitation')).toBe(true);
  });
});
