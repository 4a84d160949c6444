// Blind set 16's kinds, with sentences written for this test (no locale, as the event path
// decides): someone else's ask told to the platform with a question after it, refusals ("I don't
// accept", "it is hard for me to give", "cannot" with its nasal ending, the rule's verb), business
// and shipment numbers after their labels, the site's own call, "reach me at" as sharing, number
// words in dialect and kana, a number under its label's line, a messenger's name and a colon before
// a user name, and the verbs for calling beside a number read out in words.
import { describe, expect, it } from 'vitest';
import { detectContact } from './detect-contact.ts';

const types = (text: string) => new Set(detectContact({ text }).map((s) => s.type));
const intent = (text: string) => [...types(text)].some((t) => t.startsWith('offplatform.'));

describe("someone else's ask told with a verb of saying and a question to the platform", () => {
  it.each([
    'Un cliente me dijo que sigamos por WhatsApp antes de firmar nada, ¿qué hago?',
    'O comprador me disse pra continuar no Telegram antes do contrato, isso está certo?',
    "Un client m'a dit de passer sur WhatsApp avant même le contrat, est-ce correct ?",
    'Der Auftraggeber hat mir gesagt, wir sollen auf Telegram weitermachen. Ist das in Ordnung?',
    'La cliente mi ha detto di spostarci su Telegram prima del contratto, cosa devo fare?',
    'Заказчик мне сказал перейти в Телеграм до заключения договора, что мне делать?',
    'Замовник мені каже писати у Вайбер ще до угоди, це правильно?',
    'Klient powiedział mi, żebyśmy przeszli na WhatsAppa przed umową, co mam zrobić?',
    'Müşteri bana dedi ki WhatsApp’tan devam edelim, bu doğru mu?',
    'العميل بيقولي نكمل على التليجرام قبل العقد، أعمل إيه؟',
    'کارفرما بهم گفت بریم تلگرام، درسته؟',
    'کلائنٹ کہتا ہے ٹیلیگرام پر بات کرو، کیا یہ صحیح ہے؟',
    'क्लाइंट बोल रहा है टेलीग्राम पर बात करो, क्या यह सही है?',
    'ক্লায়েন্ট বলছে হোয়াটসঅ্যাপে আসতে, এটা কি ঠিক?',
    'Klien bilang ke aku pindah ke WhatsApp sebelum kontrak, benar gak?',
    'Khách bảo em chuyển qua Zalo trước khi ký hợp đồng, có đúng không ạ?',
    'הלקוח אמר לי לעבור לוואטסאפ לפני החוזה, זה בסדר?',
    'Ο πελάτης μου είπε να πάμε στο Viber πριν το συμβόλαιο, είναι σωστό;',
  ])('%s', (text) => expect(intent(text)).toBe(false));

  it.each(['Continuemos por WhatsApp, ¿qué te parece?', 'Пишите мне в Телеграм, так быстрее', 'टेलीग्राम पर बात करो, यहाँ मैसेज देर से आते हैं'])(
    'still an ask: %s',
    (text) => expect(intent(text)).toBe(true),
  );
});

describe('refusals and the rule quoted', () => {
  it.each([
    'Переказ на картку не приймаю, тільки через безпечну угоду',
    'Оплату на карту не беру, только через сделку на сайте',
    'Pembayaran lewat transfer langsung tidak saya terima, maaf ya',
    'Pagos fuera de la plataforma no acepto, disculpa',
    'Os termos proíbem pagar por fora da plataforma',
    'Die Regeln verbieten Zahlungen außerhalb der Plattform',
    'The rules prohibit paying outside the platform, sorry',
    '계약 전에는 카카오톡 아이디를 알려드리기 어렵습니다',
    '契約前にLINEのIDをお伝えすることはいたしかねます',
    'सम्झौता हुनुअघि ह्वाट्सएप नम्बर दिन सक्दिनँ',
  ])('%s', (text) => expect(intent(text)).toBe(false));

  it.each(['Переведите оплату мне на карту напрямую, без сайта', 'Bayar langsung ke rekening saya saja, di luar platform'])('still an ask: %s', (text) =>
    expect(intent(text)).toBe(true),
  );
});

describe('business and shipment numbers after their labels', () => {
  it.each([
    'Adószámunk 13579246-2-41, kérem a számlán feltüntetni',
    'ПИБ 104567893, МБ фирме 20765432',
    'PIB preduzeća 104567893',
    'IČO 27082440, DIČ CZ27082440',
    'ЄДРПОУ 34567812, рахунок у ПриватБанку',
    'ΑΦΜ 094014201, ΔΟΥ Αθηνών',
    'Kargo takip numaranız 3320 1187 4456 12',
    'numer przesyłki 6234 8712 0091 3345',
    'Sendungsnummer 0034 0434 1610 94',
    'mã vận đơn 8472193122',
    'GSTIN 27AAPFU0939F1ZV, PAN no ABCDE1234F',
    'CNPJ 12.345.678/0001-95',
    'Order number:\n4417 2291 83',
  ])('%s', (text) => expect(types(text).has('contact.phone')).toBe(false));

  it.each(['Pan Nowak, tel. 600 123 456', 'nhắn tin 0912 345 678 nha', 'мой телефон\n8 916\n204\n37 51'])('still a phone: %s', (text) =>
    expect(types(text).has('contact.phone')).toBe(true),
  );
});

describe("the site's own call", () => {
  it.each([
    'Tuzungumze kwa simu ya video ya tovuti hii Jumatatu?',
    'Созвонимся завтра по видеозвонку на сайте?',
    '¿Hacemos la videollamada del sitio el lunes?',
  ])('%s', (text) => expect(intent(text)).toBe(false));

  it.each(['Tuongee kwa WhatsApp badala ya simu ya tovuti', 'Let us talk on WhatsApp, the site video call keeps freezing'])('still an ask: %s', (text) =>
    expect(intent(text)).toBe(true),
  );
});

describe('"reach me at" shares, "call me" asks', () => {
  it('sharing alone', () => expect([...types('you can reach me at lina.moreau@fastmail.com')]).toEqual(['contact.email']));
  it('asking to be called', () => expect(types('call me at 312 555 0142').has('offplatform.solicitation')).toBe(true));
});

describe('number words in dialect and kana, and under a label line', () => {
  it.each([
    'رقمي: صفر واحد واحد، تلاتة تمانية اتنين، خمسة ستة، سبعة أربعة، تسعة',
    '携帯は ぜろはちぜろ、にいよんろくはち、さんごいちく です',
    'מספר הטלפון שלי: אפס חמש אחת, שלוש שלוש שמונה, שבע שש ארבע חמש',
    'số em là không chín ba, tám tám hai, một bốn năm sáu',
    'شماره‌ام: صفر نهصد و دوازده، سیصد و چهل و پنج، شصت و هفت، هشتاد و نه',
    'my cell\n312 846 2291',
  ])('%s', (text) => expect(types(text).has('contact.phone')).toBe(true));

  it('a kana "21" stays two digits', () => expect(types('ぜろきゅうぜろ にいちさんよん ごろくなな').has('contact.phone')).toBe(true));
  it('ordinary kana stays words', () => expect(types('にいさん、よろしくお願いします').size).toBe(0));
});

describe('a messenger, a few words and a colon before a user name', () => {
  it.each(['Thêm Zalo của chị nhé: thuha.decor88', 'find me on Telegram any time: lev_design07'])('%s', (text) =>
    expect(types(text).has('contact.handle')).toBe(true),
  );
  it.each(['The WhatsApp bot for orders: version_2', 'Sent the WhatsApp export yesterday: chat_log.txt'])('not a handle: %s', (text) =>
    expect(types(text).has('contact.handle')).toBe(false),
  );
});

describe('calling asked for beside a number read out in words', () => {
  it.each([
    'Ruf gerne durch, null eins fünf zwei, drei drei acht vier, sieben sieben eins zwei',
    'সন্ধ্যায় ফোন দিতে পারেন: শূন্য এক আট এক দুই, তিন চার পাঁচ, ছয় সাত আট',
    'Kalau urgent langsung telpon saja, nol delapan satu dua, tiga empat lima enam, tujuh delapan sembilan',
    'شام کو کال کر لینا: صفر تین صفر صفر، ایک دو تین، چار پانچ چھ سات',
    'Just give me a ring, oh seven nine one one, four five six, seven eight nine',
  ])('%s', (text) => {
    const t = types(text);
    expect(t.has('contact.phone')).toBe(true);
    expect(t.has('offplatform.solicitation')).toBe(true);
  });

  it('a refusal to be called stays a refusal', () =>
    expect(types('Bitte ruf mich nicht an, null eins fünf zwei, drei drei acht vier, sieben sieben eins zwei').has('offplatform.solicitation')).toBe(false));
});
