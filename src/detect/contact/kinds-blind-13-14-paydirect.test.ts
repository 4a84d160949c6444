// Kinds fixed after blind sets 13 and 14 (pay-direct): paying outside the platform with no
// identifier. Each test is a new sentence written for the kind, in many languages, never one of an
// evaluation set's; honest look-alikes beside them.
import { describe, expect, it } from 'vitest';
import { detectContact } from './detect-contact.ts';

const types = (text: string, locale = 'en') => new Set(detectContact({ text, locale }).map((s) => s.type));

describe('a rail offered against the platform’s slower or costlier payment', () => {
  it.each([
    ['en', 'Venmo me the first half? Beats sitting around until the escrow clears'],
    ['en', 'I can take Interac for the balance, the payout here takes ages'],
    ['es', 'Pásame el anticipo por Nequi, en vez de esperar a que aprueben el hito'],
    ['pt', 'Me manda no Pix mesmo, o marco aqui demora demais pra liberar'],
    ['fr', 'Un Lydia pour l’acompte ? Plus simple que d’attendre le déblocage du jalon'],
    ['de', 'Lieber per TWINT, statt auf die Freigabe vom Meilenstein zu warten'],
    ['it', 'Mandami la caparra su Satispay, invece di aspettare il rilascio della milestone'],
    ['nl', 'Stuur maar een betaalverzoek via Payconiq, sneller dan via hier'],
    ['pl', 'Wyślij zaliczkę BLIKiem, zamiast czekać na kamień milowy'],
    ['tr', 'Papara ile gönderirsen hemen başlarım, buradan ödeme çok yavaş'],
    ['id', 'Kirim DP lewat GoPay aja, daripada nunggu pencairan di sini'],
    ['vi', 'Chuyển cọc qua ZaloPay nhé, chờ sàn giải ngân lâu quá'],
    ['sw', 'Nitumie malipo kwa M-Pesa, ni haraka kuliko kusubiri hapa'],
    ['ru', 'Переведите аванс на Тинькофф, вместо того чтобы ждать этап'],
    ['uk', 'Скиньте передоплату на монобанк, замість чекати етап'],
    ['ar', 'حوّل العربون على انستاباي، أسرع من انتظار المنصة'],
    ['ur', 'ایزی پیسہ پر بھیج دیں، یہاں سے پیسے نکلوانے میں بہت دیر لگتی ہے'],
    ['hi', 'फोनपे पर एडवांस भेज दीजिए, यहाँ से पैसे निकालने में देर होती है'],
    ['bn', 'নগদে পাঠিয়ে দিন, এখানে টাকা তুলতে অনেক দেরি হয়'],
    ['zh', '尾款微信支付给我就行，平台到账太慢'],
    ['ja', 'PayPayで送ってもらえますか、サイトより早いので'],
    ['ko', '카카오페이로 보내주세요, 플랫폼은 정산이 느려요'],
    ['th', 'โอนทรูมันนี่มาได้เลยค่ะ เร็วกว่าเว็บเยอะ'],
    ['el', 'Στείλε την προκαταβολή με IRIS, αντί να περιμένουμε την πλατφόρμα'],
    ['he', 'תעביר בביט, יותר מהר מאשר לחכות לאבן דרך'],
  ])('%s: %s', (lang, text) => {
    expect(types(text, lang).has('offplatform.payment_outside')).toBe(true);
  });

  it.each([
    ['en', 'Can I withdraw my earnings to Wise? The payout here is slow'],
    ['en', 'Is Payoneer cheaper than PayPal here for getting paid out?'],
    ['en', 'I funded the milestone with PayPal, quicker than my bank card'],
    ['en', 'Does the platform support Zelle? The release here takes forever'],
    ['en', 'The client wants me to accept Zelle instead of the milestone, is that allowed?'],
    ['en', 'I never take Venmo instead of the escrow, sorry'],
    ['en', 'Please integrate Bizum into our checkout instead of the old card form'],
    ['es', '¿Puedo retirar a Mercado Pago? El retiro aquí tarda mucho'],
    ['pt', 'Dá pra sacar pro Pix? O saque aqui demora'],
    ['de', 'Kann ich den Meilenstein per PayPal finanzieren statt per Karte?'],
    ['ru', 'Можно ли вывести на СБП? Вывод здесь долго идёт'],
    ['vi', 'Rút tiền về Momo trên này lâu quá, có cách nào nhanh hơn không?'],
    ['zh', '我们的商城要接入支付宝，比现在的平台慢'],
    ['it', 'Il negozio del cliente incassa con Satispay, più veloce che in cassa'],
    ['th', 'ถอนเงินเข้าพร้อมเพย์จากเว็บนี้ช้าไหม'],
  ])('not an offer: %s: %s', (lang, text) => {
    expect(types(text, lang).has('offplatform.payment_outside')).toBe(false);
  });
});

describe('cash handed over in person, and the fee saved by paying directly', () => {
  it.each([
    ['en', 'I’d prefer cash in person when I drop off the drives'],
    ['es', 'Me pagas en efectivo a la entrega de los planos y listo'],
    ['pt', 'Pode me pagar em dinheiro na entrega do site'],
    ['de', 'Zahlen Sie einfach in bar bei der Übergabe der Unterlagen'],
    ['it', 'Mi paghi in contanti alla consegna del lavoro'],
    ['pl', 'Zapłać gotówką przy odbiorze, będzie prościej'],
    ['ru', 'Оплатите наличными при встрече, когда передам файлы'],
    ['el', 'Πλήρωσέ με μετρητά στην παράδοση του υλικού'],
    ['ko', '작업물 넘길 때 만나서 현금으로 주세요'],
    ['en', 'Transfer it to me directly and I’ll take 15% off the quote'],
    ['de', 'Überweisen Sie mir das direkt, dann gebe ich Ihnen 5 % Rabatt'],
    ['sw', 'Nilipe moja kwa moja, nitakupa punguzo la bei'],
    ['nl', 'Zullen we het rechtstreeks regelen? Scheelt de servicekosten'],
  ])('%s: %s', (lang, text) => {
    expect(types(text, lang).has('offplatform.payment_outside')).toBe(true);
  });

  it.each([
    ['en', 'Cash flow is tight this month, can we split the milestone in two?'],
    ['en', 'The client offered cash on delivery, I said no and reported it'],
    ['en', 'I’m building a delivery app with cash on delivery and card payments'],
    ['it', 'Il negozio accetta contanti alla consegna per i clienti'],
    ['de', 'Der Kunde will bar bei Übergabe zahlen, ist das erlaubt?'],
    ['ja', 'マイルストーンの支払いはここでお願いします、現金は受け取れません'],
    ['en', 'The platform fee is 10%, can you give me a discount on the hourly rate?'],
  ])('not an offer: %s: %s', (lang, text) => {
    expect(types(text, lang).has('offplatform.payment_outside')).toBe(false);
  });
});

describe('the deal itself moved off the platform is a move off it too', () => {
  it.each([
    ['en', "let's settle this outside the platform, I'll send the card details later"],
    ['es', '¿Lo cerramos por fuera? Después vemos el pago'],
    ['pt', 'Vamos acertar fora da plataforma, depois te passo o Pix'],
    ['ru', 'Давайте рассчитаемся вне платформы, так проще'],
    ['ar', 'خلينا نتفق خارج المنصة، والدفع بعدين'],
    ['hi', 'प्लेटफ़ॉर्म के बाहर सौदा कर लेते हैं, पैसे बाद में'],
    ['ko', '이번엔 직거래로 하죠, 송금은 나중에'],
    ['he', 'בואו נסגור את העבודה מחוץ לפלטפורמה, ככה פשוט יותר'],
  ])('%s: %s', (lang, text) => {
    expect(types(text, lang).has('offplatform.solicitation')).toBe(true);
  });

  it.each([
    ['en', "Let's close the deal on the platform once the milestone is funded"],
    ['en', 'I don’t deal outside the platform, sorry'],
    ['en', 'Payment outside the platform is forbidden, so let’s settle through the milestone'],
    ['pt', 'A pintura por fora da casa fica para a segunda etapa'],
    ['de', 'Lass uns den Vertrag über die Plattform abschließen'],
    ['vi', 'Ngoài ra, mình sẽ trả tiền qua sàn như bình thường'],
    ['zh', '我们还是在平台上交易吧，比较安全'],
    ['el', 'Ας το κλείσουμε μέσω της πλατφόρμας'],
  ])('not a move: %s: %s', (lang, text) => {
    expect(types(text, lang).has('offplatform.solicitation')).toBe(false);
  });
});
