// Kind fixed after blind set 16 (pay-direct): paying outside that explicitly proposes the deal
// without the platform ("without the site", "not through here", "skip the platform fee") is
// solicitation as well as payment_outside (pay-bypass.ts); a rail offered only as faster than the
// platform stays payment_outside alone. New sentences written for the kind, look-alikes beside them.
import { describe, expect, it } from 'vitest';
import { detectContact } from './detect-contact.ts';

const types = (text: string, locale = 'en') => new Set(detectContact({ text, locale }).map((s) => s.type));

describe('paying outside while bypassing the platform: payment_outside and solicitation', () => {
  it.each([
    ['en', 'Venmo the deposit to me rather than through here and I will shave 5% off'],
    ['en', 'Wire the balance straight to my bank, skip the platform and its cut'],
    ['es', 'Mándame el pago por Bizum sin pasar por la plataforma y te rebajo el precio'],
    ['pt', 'Faz um Pix direto pra mim, fora da plataforma, que eu faço mais barato'],
    ['fr', 'Règle-moi par virement bancaire en dehors du site, tu économises les frais'],
    ['de', 'Zahl mir die Anzahlung per PayPal an der Plattform vorbei, dann sparen wir die Provision'],
    ['it', 'Mandami un bonifico e saltiamo la piattaforma, così niente commissioni'],
    ['nl', 'Maak het over via een Tikkie buiten de site om, scheelt ons de kosten'],
    ['pl', 'Przelej mi zaliczkę BLIKiem omijając serwis, będzie taniej'],
    ['ro', 'Trimite-mi avansul prin transfer bancar, în afara platformei, și îți fac reducere'],
    ['hu', 'Utald át a pénzt közvetlenül, a platformot megkerülve, és nem kell jutalékot fizetni'],
    ['cs', 'Pošlete mi zálohu převodem přímo, mimo platformu, ušetříme poplatek'],
    ['bg', 'Платете ми по банков път директно, извън платформата, и ще ви направя отстъпка'],
    ['sr', 'Uplatite mi na tekući račun direktno, mimo sajta, pa ću spustiti cenu'],
    ['ru', 'Скиньте аванс на карту напрямую, в обход биржи, так дешевле выйдет'],
    ['uk', 'Киньте передоплату на картку ПриватБанку, не через сайт, і комісії не буде'],
    ['tr', 'Avansı havale ile doğrudan gönder, platformu atlayarak, komisyon ödemeyiz'],
    ['ar', 'حوّل لي العربون على إنستاباي مباشرة بدل الموقع وأعملك خصم'],
    ['fa', 'بیعانه رو مستقیم کارت به کارت کن، بدون سایت، که کارمزد ندیم'],
    ['ur', 'ایڈوانس ایزی پیسہ پر سیدھا بھیج دیں، ویب سائٹ کے بغیر، کمیشن بچے گا'],
    ['hi', 'एडवांस सीधे UPI कर दो, साइट के बिना, कमीशन बचेगा'],
    ['bn', 'অ্যাডভান্স সরাসরি বিকাশে দিন, প্ল্যাটফর্মের বাইরে, চার্জ লাগবে না'],
    ['ne', 'अग्रिम रकम खल्तीमा सिधै पठाउनुस्, साइट बाहिर, कमिसन लाग्दैन'],
    ['ta', 'Advance-ஐ நேரடியா GPay பண்ணுங்க, தளத்துக்கு வெளியே, கமிஷன் மிச்சம்'],
    ['id', 'Transfer DP-nya langsung ke rekening BCA aku, gak usah lewat platform'],
    ['ms', 'Bank in terus ke akaun CIMB saya, tak perlu ikut platform, jimat yuran'],
    ['vi', 'Em chuyển khoản trực tiếp cho anh nhé, không qua sàn cho đỡ phí'],
    ['tl', 'GCash mo na lang diretso sa akin, labas sa site para walang fee'],
    ['sw', 'Nitumie malipo kwa M-Pesa moja kwa moja, bila kupitia tovuti'],
    ['zh', '定金直接支付宝转我，绕开平台，省手续费'],
    ['ja', '前金はサイトを介さず銀行振込でお願いします、手数料が浮きます'],
    ['ko', '선금은 플랫폼 빼고 계좌로 바로 이체해 주세요, 수수료 아끼게요'],
    ['th', 'โอนมัดจำเข้าบัญชีโดยตรงเลยครับ ไม่ผ่านแพลตฟอร์ม'],
    ['el', 'Στείλε μου την προκαταβολή με έμβασμα, εκτός πλατφόρμας, να γλιτώσουμε την προμήθεια'],
    ['he', 'תעביר לי את המקדמה בביט, מחוץ לאתר, ונחסוך עמלה'],
    ['ka', 'ავანსი პირდაპირ ბარათზე ჩამირიცხეთ, პლატფორმის გარეშე, საკომისიოს დავზოგავთ'],
  ])('%s: %s', (lang, text) => {
    const found = types(text, lang);
    expect(found.has('offplatform.payment_outside')).toBe(true);
    expect(found.has('offplatform.solicitation')).toBe(true);
  });

  it.each([
    // A bare rail against the platform's slowness: payment_outside alone.
    ['en', 'Could you send the advance by wire transfer? The release here takes a week'],
    ['es', '¿Me puedes hacer una transferencia bancaria? Aquí el hito tarda mucho en liberarse'],
    ['el', 'Μπορείς να στείλεις την προκαταβολή με έμβασμα; Εδώ η αποδέσμευση αργεί'],
    ['ta', 'Advance-ஐ NEFT-ல அனுப்புவீங்களா? இங்க release ஆக நாள் ஆகும்'],
    ['de', 'Geht die Anzahlung per Banküberweisung? Die Freigabe hier dauert ewig'],
    ['ru', 'Можно аванс банковским переводом? Здесь этап долго разблокируют'],
  ])('payment only: %s: %s', (lang, text) => {
    const found = types(text, lang);
    expect(found.has('offplatform.payment_outside')).toBe(true);
    expect(found.has('offplatform.solicitation')).toBe(false);
  });

  it.each([
    // Refusals, the rule quoted, reports, the platform's own payment.
    ['en', 'Sorry, I never take bank transfers outside the platform, please fund the milestone'],
    ['en', 'The client asked me to wire him the money without the site, is that allowed?'],
    ['es', 'Las reglas prohíben pagar por transferencia fuera de la plataforma'],
    ['fr', 'Je refuse les virements hors plateforme, on passe par le jalon'],
    ['de', 'Ich nehme keine Überweisung außerhalb der Plattform an, bitte über den Meilenstein'],
    ['ru', 'Оплату мимо площадки не принимаю, только через безопасную сделку'],
    ['vi', 'Em không nhận chuyển khoản ngoài sàn đâu ạ, anh thanh toán qua sàn giúp em'],
    ['id', 'Maaf, transfer di luar platform aku gak terima ya kak'],
    ['ms', 'Maaf, saya tak terima bayaran di luar platform'],
    ['pl', 'Przelew wyszedł z platformy wczoraj, zaliczka jest już na koncie'],
    ['en', 'The platform fee is included in my quote, I invoice through the milestone'],
    ['it', 'Il bonifico della piattaforma è arrivato, grazie'],
  ])('not a bypass: %s: %s', (lang, text) => {
    expect(types(text, lang).has('offplatform.solicitation')).toBe(false);
  });
});
