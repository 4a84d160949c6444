// Kinds fixed after blind set 16 (pay-direct, other-marketplace): a bank transfer, a wire, a
// deposit into an account or a card-to-card transfer as a way to pay, by each language's words;
// and hiring, booking or paying on another marketplace named by the lists or only as
// "<Name>.<tld>". Each test is a new sentence written for the kind, never one of an evaluation
// set's; look-alikes beside them. (Paying outside that also bypasses the platform, solicitation as
// well: kinds-blind-16-pay-bypass.test.ts.)
import { describe, expect, it } from 'vitest';
import { detectContact } from './detect-contact.ts';

const types = (text: string, locale = 'en') => new Set(detectContact({ text, locale }).map((s) => s.type));

describe('a bank transfer, wire or deposit by its words, offered directly or against the platform', () => {
  it.each([
    ['en', 'Could you send the advance by wire transfer? The release here takes a week'],
    ['es', 'Hazme una transferencia bancaria directa y te rebajo un poco'],
    ['pt', 'Pode mandar por transferência direto pra mim? Aqui o marco demora pra liberar'],
    ['de', 'Geht die Anzahlung per Banküberweisung direkt an mich?'],
    ['nl', 'Doe maar een bankoverschrijving rechtstreeks naar mij'],
    ['ru', 'Можно аванс банковским переводом напрямую мне?'],
    ['uk', 'Можна передоплату переказом напряму на мою картку?'],
    ['sr', 'Uplatite mi direktno na tekući račun, tako je brže'],
    ['el', 'Μπορείς να στείλεις την προκαταβολή με έμβασμα; Εδώ η αποδέσμευση αργεί'],
    ['he', 'אפשר לשלם לי ישירות בהעברה בנקאית? פה זה לוקח זמן'],
    ['ar', 'ممكن تحويل بنكي مباشرة على حسابي؟ هنا التأخير كبير'],
    ['fa', 'بیعانه رو مستقیم با پایا بزن به حسابم'],
    ['hi', 'एडवांस सीधे NEFT कर दीजिए, यहाँ से पैसे आने में देर होती है'],
    ['ta', 'Advance-ஐ NEFT-ல அனுப்புவீங்களா? இங்க release ஆக நாள் ஆகும்'],
    ['ms', 'Boleh bank in terus ke akaun Maybank saya?'],
    ['vi', 'Anh chuyển khoản thẳng vô tài khoản Techcombank của em nhé'],
    ['zh', '定金直接汇款给我吧，平台到账太慢'],
    ['ka', 'თანხა პირდაპირ ჩემს ანგარიშზე ჩარიცხეთ'],
  ])('%s: %s', (lang, text) => {
    expect(types(text, lang).has('offplatform.payment_outside')).toBe(true);
  });

  it.each([
    ['en', 'The wire transfer from the platform arrived this morning, thanks'],
    ['it', 'Il bonifico della piattaforma è arrivato, grazie'],
    ['hi', 'हमारे ऐप में NEFT और IMPS पेआउट जोड़ना है'],
    ['ru', 'Банковским переводом платформа выплатила мне за прошлый этап'],
    ['el', 'Το έμβασμα από την πλατφόρμα έφτασε σήμερα'],
    ['ms', 'Saya dah bank in untuk milestone pertama dalam platform'],
    ['vi', 'Em không nhận chuyển khoản ngoài sàn đâu ạ, anh thanh toán qua sàn giúp em'],
  ])('not paying outside: %s: %s', (lang, text) => {
    expect(types(text, lang).has('offplatform.payment_outside')).toBe(false);
  });
});

describe('hiring, booking or paying on another marketplace: solicitation and payment_outside', () => {
  it.each([
    ['uk', 'Замовляйте мене краще на Kwork, там комісія нижча'],
    ['ru', 'Нанимайте меня через Weblancer, там для заказчика комиссия нулевая'],
    ['de', 'Bucht mich lieber über Freelancermap, da zahlt ihr weniger Gebühren'],
    ['cs', 'Objednejte si mě přes Freelance.cz, mám tam nižší provize'],
    ['sk', 'Objednajte si ma radšej cez Freelance.sk, mám tam nižšie poplatky'],
    ['hu', 'Rendeljen inkább a Qjobon, ott kisebb a jutalék'],
    ['ro', 'Comandați-mi pe Freelancer.ro, acolo comisionul e mai mic'],
    ['bg', 'Поръчайте ми през Upwork, там таксата е по-ниска'],
    ['sr', 'Naručite me preko Upworka, tamo je provizija niža'],
    ['ms', 'Tempah saya kat Fastwork, yuran kat sana lagi murah'],
    ['ko', '숨고에서 결제해 주시면 수수료가 저렴해요'],
    ['ko', '재능넷에서 주문해 주세요, 거기 수수료가 덜 나와요'],
    ['ja', 'ランサーズでご依頼ください、そちらの方が手数料が安いです'],
    ['el', 'Προσλάβετέ με καλύτερα μέσω Upwork, εκεί η προμήθεια είναι μικρότερη'],
    ['he', 'תזמינו אותי דרך Fiverr, שם העמלה נמוכה יותר'],
    ['ka', 'დამიქირავეთ Upwork-ზე, იქ საკომისიო ნაკლებია'],
    // A site the lists lack, written as its capitalised name and domain.
    ['en', 'Book me on Gigbridge.io instead, the fees there are lower'],
    ['de', 'Buchen Sie mich lieber über Projektwerk.de, dort ist die Provision niedriger'],
    ['cs', 'Objednejte si mě radši přes Prackovnik.cz, mám tam nižší poplatky'],
  ])('%s: %s', (lang, text) => {
    const found = types(text, lang);
    expect(found.has('offplatform.solicitation')).toBe(true);
    expect(found.has('offplatform.payment_outside')).toBe(true);
  });

  it.each([
    // Work history, a comparison, a refusal, the marketplace as the work, a site that is the work.
    ['cs', 'Dřív jsem pracoval přes NaPráci.cz, teď jsem jen tady'],
    ['ms', 'Dulu saya ambil kerja kat Kaodim, sekarang fokus sini je'],
    ['de', 'Ich war früher auf Freelance.de, jetzt arbeite ich nur noch hier'],
    ['en', 'Is the fee on Freelancer.com lower than here? Just curious'],
    ['en', 'I won’t move this to Kwork, let’s keep the order here'],
    ['en', 'The landing page for Bookshelf.io needs a lower bounce rate, order form included'],
    ['ko', '크몽에서 일한 적 있어요, 지금은 여기서만 해요'],
    ['uk', 'Раніше працював на Freelancehunt, тепер тільки тут'],
  ])('not a move: %s: %s', (lang, text) => {
    const found = types(text, lang);
    expect(found.has('offplatform.solicitation')).toBe(false);
    expect(found.has('offplatform.payment_outside')).toBe(false);
  });
});
