// Kinds blind set 11 found weak (tuned on since 2026-12-01 04:05): parcels received at the reader's
// home and sent on, the task scheme's recharge paid back with a commission, a charge "you did not
// authorise" with a number to call, a payment link instead of the platform's milestones, paid
// reviews with a fixed rating, the reader's own password asked in the chat, a platform team
// announcing itself, store cards named by their shop, escrow through the writer's own service or
// bot, accounts rented as a trade, side jobs moved to a messenger, Italian money-mule verbs, an
// enrolment priced as a fee, an invoice due "within 7 days". Each by its structure, in several
// languages, with honest look-alikes that must stay clean; none of these sentences is from an
// evaluation set or the training data.
import { describe, expect, it } from 'vitest';
import type { ContentKind } from '../types.ts';
import { detectScam } from './detect-scam.ts';

const standaloneTypes = (text: string, kind: ContentKind = 'message') =>
  detectScam({ text, kind })
    .filter((s) => s.type !== 'scam.combined' && s.evidence?.standalone)
    .map((s) => s.type);

const cases = (type: string, scams: [string, string][], honest: [string, string][], kind: ContentKind = 'message') => {
  it.each(scams)('%s', (_, text) => {
    expect(standaloneTypes(text, kind)).toContain(type);
  });
  it.each(honest)('not %s', (_, text) => {
    expect(standaloneTypes(text, kind)).not.toContain(type);
  });
};

describe('parcels received at the reader’s home and sent on', () => {
  cases(
    'scam.reshipping',
    [
      [
        'en',
        'Parcel Coordinator (remote): receive packages from our partners at your home address, put on the prepaid labels we e-mail you and drop them at DHL.',
      ],
      [
        'de',
        'Wir suchen Versandhelfer: Sie nehmen Pakete bei sich zu Hause an, kleben unsere Versandetiketten darauf und schicken sie am nächsten Tag weiter.',
      ],
      ['es', 'Recibirás paquetes en tu domicilio, les pones las etiquetas nuevas que te mandamos y los reexpides esa misma tarde.'],
      ['fr', 'Vous recevez des colis à votre domicile, vous collez les nouvelles étiquettes et vous les réexpédiez sous 24 heures.'],
      ['ru', 'Будете принимать посылки на свой домашний адрес, переклеивать наклейки и отправлять их дальше курьером.'],
      ['de (proposal)', 'Ich nehme Ihre Pakete an meiner Adresse an und schicke sie mit neuen Etiketten ins Ausland weiter, 15 € pro Sendung.'],
    ],
    [
      ['a warehouse returns job', 'Returns clerk at our distribution centre: open returned parcels, print new labels and forward them to the supplier.'],
      ['equipment shipped to the employee', 'We ship your laptop to your home address before day one; packages are insured and need no new labels from you.'],
      ['a label design job', 'Design new shipping labels for our parcels: the brand logo, a QR code, and space for the home address.'],
    ],
    'job',
  );
});

describe('a recharge that unlocks a level or the withdrawal, paid back with a commission', () => {
  cases(
    'scam.task_deposit',
    [
      ['en', 'To unlock the next level you must top up 150 USDT; the deposit is returned with your commission when the set is done.'],
      ['ru', 'Чтобы открыть вывод, пополните баланс на 3000 рублей, деньги вернутся вместе с процентами и кэшбэком.'],
      ['zh', '完成这组任务需要先充值500元才能提现，本金和佣金一起返还。'],
      ['es', 'Para pasar al siguiente nivel recarga 80 €, te lo devolvemos todo con comisión al terminar.'],
      ['vi', 'Bạn cần nạp tiền 2 triệu để lên cấp, hoàn lại vốn kèm hoa hồng 15% sau khi xong nhiệm vụ.'],
    ],
    [
      ['a wallet’s help page', 'Top up your wallet by card; withdrawals to your bank take 1-3 days. No commission is charged on deposits.'],
      ['a bank teller’s duties', 'Handle cash deposits and withdrawals, open accounts and explain our fee schedule to customers.'],
      ['a sales job', 'Sales associate: base pay plus commission; help customers top up their prepaid phone plans in store.'],
    ],
  );
});

describe('a charge “you did not authorise” and a number to call', () => {
  cases(
    'scam.fake_invoice',
    [
      ['en', 'Your annual membership was charged $389 today. If you did not authorize this, call our refund desk at +1 877 555 0142 to cancel.'],
      ['en (order)', 'Order 55-1203: your plan renews for €199. To cancel and get a refund, phone the billing team on +44 20 7946 0321 within 24 hours.'],
      ['es', 'Se ha renovado tu suscripción por 149 €. Si no autorizaste este cargo, llama al +34 911 222 333 para cancelar.'],
    ],
    [
      [
        'the platform’s own notice',
        'Your plan renewed today. If you did not authorize this charge, cancel it in Settings > Billing and we refund it automatically.',
      ],
      ['a call-centre job', 'Billing support agent: call customers about failed renewals and help them cancel or update the card on file.'],
    ],
  );
});

describe('a payment link instead of the platform’s milestones', () => {
  cases(
    'scam.fake_invoice',
    [
      ['en', 'Happy to start. The platform’s fees are too high, so please pay the first half through my payment link pay-fast.example-pay.com.'],
      ['ja', 'プラットフォームの手数料が高いので、こちらの決済リンクから前金をお支払いください。'],
    ],
    [
      ['a freelancer keeping payment on the platform', 'Please fund the first milestone here on the platform; I never send payment links outside it.'],
      [
        'a developer of checkout pages',
        'I will build the payment page for your shop and integrate it with Stripe; avoid the platform fees question, that is your call.',
      ],
    ],
    'proposal',
  );
});

describe('reviews paid per piece with the rating fixed in advance', () => {
  cases(
    'scam.fake_reviews',
    [
      ['en', 'Earn $8 per review: leave five-star ratings on our app store listing, we provide the wording.'],
      ['ko', '카페 방문 없이 별점 5점 리뷰만 써주시면 건당 5천원 드려요.'],
      ['es', 'Pagamos 4 € por cada reseña de 5 estrellas en nuestra tienda, sin comprar nada.'],
      ['de', 'Wir zahlen 6 € pro Bewertung mit 5 Sternen, den Text schicken wir Ihnen.'],
      ['zh', '淘宝五星好评任务，每条好评返现10元，不用真实购买。'],
    ],
    [
      ['a review moderator', 'Review moderator: remove paid 5-star reviews and report fake ratings; $22 per hour.'],
      ['an honest request', 'If you liked working with me, an honest review would help; five stars only if you feel it is deserved.'],
    ],
  );
});

describe('the reader’s own password asked in the chat', () => {
  cases(
    'scam.sensitive_data_request',
    [
      ['en', 'To link your profile to our agency, send me your account email and password, I will log out right after.'],
      ['en (paste)', 'The migration tool needs your platform login password. Just paste it here and I’ll finish the setup.'],
      ['es', '¿Me pasas tu contraseña del correo? La necesito para terminar la configuración.'],
      ['de', 'Schick mir bitte dein Passwort für das Konto, dann richte ich alles ein.'],
      ['ru', 'Пришлите мне ваш пароль от аккаунта, я сам всё настрою.'],
    ],
    [
      ['an invitation instead', 'I don’t need your account password: invite me as a collaborator and remove me when we are done.'],
      ['a notice', 'We will never ask you to send us your account password. Report anyone who does.'],
      ['a shared staging password', 'Send me the staging password when you can, the one for the test server.'],
    ],
  );
});

describe('a team of the platform announcing itself, asking a fee or a code', () => {
  cases(
    'scam.impersonation',
    [
      ['fr', 'Pôle Vérification de la plateforme : votre retrait est bloqué, réglez les frais de déblocage de 35 € pour le libérer.'],
      ['vi', 'Bộ phận bảo mật xin thông báo: có giao dịch lạ trên tài khoản, vui lòng gửi mã OTP để chúng tôi chặn lại.'],
      ['hi', 'मैं प्लेटफॉर्म सुरक्षा टीम से बोल रहा हूँ, खाता बचाने के लिए अपना OTP बताइए।'],
    ],
    [['a real notice', 'Bộ phận hỗ trợ xin thông báo: hệ thống bảo trì từ 22h đến 23h, không bao giờ gửi mã OTP cho bất kỳ ai.']],
  );
});

describe('store cards named by their shop', () => {
  cases(
    'scam.gift_card_or_crypto_payment',
    [
      ['zh', '我在开会，你先去买三张京东卡，每张500，刮开把卡密拍给我。'],
      ['ja', 'すみません、コンビニでアマゾンカードを3枚購入して、番号を送ってもらえますか。'],
    ],
    [['a shop selling cards', '我们门店出售超市卡，顾客购买后可凭卡号在收银台兑换。']],
  );
});

describe('escrow through the writer’s own service or bot', () => {
  cases(
    'scam.fake_escrow',
    [
      ['de', 'Bitte nicht über die Plattform zahlen, sondern über unseren Treuhand-Bot auf Telegram – das Geld wird nach Abnahme freigegeben.'],
      ['en', 'Let’s skip the platform fees: pay me through my escrow service safe-deal.example.net, the money is held there until you approve.'],
      ['vi', 'Anh chị thanh toán qua trung gian bên em (antoan-giaodich.example.vn) thay vì nền tảng, tiền sẽ được giữ đến khi nghiệm thu.'],
      ['ja', '手数料を抑えるため、第三者決済サービス経由でお支払いください。プラットフォームではなくこちらのサイトです。'],
    ],
    [
      ['a bot developer', 'I will develop your Telegram escrow bot: the money is held until both sides confirm, released by the admin.'],
      ['payment on the platform', 'Payment goes through the platform’s escrow, not through any outside service; funds are released when you approve.'],
    ],
    'proposal',
  );
});

describe('accounts rented as a trade, the login paid for', () => {
  cases(
    'scam.account_trading',
    [
      ['en', 'We are renting verified freelancer accounts: $250 a month, you just share the login and you never have to do anything.'],
      ['ja', 'あなたのアカウントを月3万円で貸してもらえませんか。ログイン情報だけで大丈夫です。'],
      ['ko', '프리랜서 계정을 한 달만 빌려 주시면 30만원 드립니다. 비밀번호만 알려주세요.'],
    ],
    [['a warning', 'Never sell or rent your account to anyone; sharing the login breaks the terms of service.']],
  );
});

describe('a side job moved to a messenger', () => {
  cases(
    'scam.offplatform_interview',
    [
      ['ko', '재택 알바 모집! 문의는 카카오톡 오픈채팅으로만 진행해요.'],
      ['zh', '招聘兼职数据录入，日结200元，本站不回复消息，请加QQ 55512345。'],
    ],
    [['a support job naming the customers’ channel', '고객 상담 알바: 카카오톡 채널로 고객 문의에 답변하는 업무입니다.']],
    'job',
  );
});

describe('Italian money-mule verbs and an account wanted to receive transfers', () => {
  cases(
    'scam.money_mule',
    [
      ['it', 'Ricevi i bonifici sul tuo conto, poi li giri al nostro fornitore e tieni il 10% per te.'],
      ['it (an account wanted)', 'Ci serve un conto italiano per ricevere pagamenti; tu prelevi e mandi i soldi con Western Union, ti resta l’8%.'],
    ],
    [['a payroll clerk', 'Addetto paghe: prepari i bonifici degli stipendi dal conto aziendale e verifichi le trattenute del 10%.']],
  );
});

describe('an enrolment priced as a fee, an invoice due within days', () => {
  it('en: the enrolment of a required certification course', () => {
    expect(
      standaloneTypes('Data Entry Clerk, $950/week. New hires take our certification course; enrollment is $89, refunded with the first paycheck.', 'job'),
    ).toContain('scam.upfront_payment');
  });
  it('de: a directory invoice paid by link within 10 days', () => {
    expect(
      standaloneTypes(
        'Rechnung 88-12: Ihr Firmeneintrag im Anbieterverzeichnis kostet 640 €. Zahlung innerhalb von 10 Tagen über den Zahlungslink, sonst folgen Mahngebühren.',
      ),
    ).toContain('scam.fake_invoice');
  });
  it('not: a benefit that reimburses certifications', () => {
    expect(standaloneTypes('Benefits: we reimburse certification courses you choose, up to $1,500 a year.', 'job')).not.toContain('scam.upfront_payment');
  });
});

// Second pass on the tuned-on sets (blind sets 2-10), by kind.
describe('a top-up that releases the earnings or completes the "combo" order', () => {
  cases(
    'scam.task_deposit',
    [
      ['en', 'Your account shows a special combo task. Recharge your balance by $60 to complete the task, then your earnings and commission are released.'],
      ['pl', 'Saldo jest ujemne: musisz doładować konto 250 zł, żeby wypłacić zarobki z zadań.'],
      ['uk', 'Щоб отримати заробіток за завдання, поповніть баланс на 800 грн, вони повернуться разом з комісією.'],
      ['ar', 'لإكمال المهمة الخاصة يجب شحن رصيدك بمبلغ 50 دولار، وتسترد المبلغ مع الأرباح.'],
    ],
    [['a freelancer’s payout page', 'Your earnings are paid out every Friday; you can withdraw them to your bank. There is nothing to top up.']],
  );
});

describe('reviews paid by refunding the purchase, a per-review rate', () => {
  cases(
    'scam.fake_reviews',
    [
      ['en', 'Order our phone case on the shop, post a 5-star review with a photo and we refund the full price plus $10.'],
      ['tr', 'Uygulamamıza 5 yıldız verip yorum yazana yorum başı 40 TL ödüyoruz.'],
    ],
    [['a shop’s refund policy', 'Not happy? We refund the full price within 30 days; reviews of 1 to 5 stars are all welcome.']],
  );
});

describe('accounts offered for sale with their login', () => {
  cases(
    'scam.account_trading',
    [
      ['en', 'Selling two aged freelancer accounts with Top Rated badges, login and recovery e-mail included, $500 each.'],
      ['es', 'Vendo cuentas verificadas con buenas reseñas; te paso usuario y contraseña al pagar.'],
      ['ru', 'Продам старый аккаунт фрилансера с отзывами, логин и пароль отдам сразу после оплаты.'],
      ['zh', '出售高分接单号，带邮箱和密码，价格可谈。'],
      ['en (rent)', 'I’ll pay $200 a month to use your account; just send me the login each Monday.'],
    ],
    [['an account manager', 'Account manager: look after key accounts, keep the CRM login secure and never share passwords.']],
  );
});

describe('store cards bought for a "customer gift"', () => {
  cases(
    'scam.gift_card_or_crypto_payment',
    [['en', 'I am stuck in a meeting. Buy four Google Play cards of $50 for a customer gift, scratch them and send me the codes now.']],
    [['a shop selling to its customers', 'Customers buy gift cards at the till and get the code on the receipt.']],
  );
});
