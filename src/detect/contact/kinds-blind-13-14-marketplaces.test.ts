// Kind after blind sets 13 and 14: moving the deal to another freelance marketplace ("order it
// on X, the fee is lower there", "same reviews on X, book me there"). Sentences written for the
// kind, none taken from an evaluation set; honest look-alikes beside them.
import { describe, expect, it } from 'vitest';
import { detectContact } from './detect-contact.ts';

const types = (text: string, locale = 'en') => new Set(detectContact({ text, locale }).map((s) => s.type));

describe('a deal or a lower fee moved to another marketplace: solicitation and payment outside', () => {
  it.each([
    ['en', 'I also sell this on PeoplePerHour and they take a smaller cut, so please place the order over there.'],
    ['en', 'Could you book it through Upwork instead? My rate there is cheaper.'],
    ['es', 'En Workana tengo el mismo servicio y la comisión es menor, contrátame allá mejor.'],
    ['pt', 'No 99Freelas a taxa é bem menor, faz o pedido lá que eu entrego igual.'],
    ['fr', 'Sur ComeUp les frais sont plus bas, passez commande là-bas et je démarre demain.'],
    ['de', 'Auf Freelancermap ist die Provision niedriger, beauftragen Sie mich bitte dort.'],
    ['it', 'Su Starbytes la commissione è più bassa, ordina lì e parto subito.'],
    ['nl', 'Op Werkspot is het goedkoper voor je, boek me daar maar.'],
    ['pl', 'Na Useme prowizja jest niższa, zleć to tam, proszę.'],
    ['ru', 'На Кворке комиссия меньше, закажите там, сделаю так же быстро.'],
    ['uk', 'На Freelancehunt комісія нижча, замовляйте там.'],
    ['tr', "Bionluk'ta komisyon daha düşük, siparişi oradan verirseniz sevinirim."],
    ['id', 'Di Sribulancer biayanya lebih murah, pesan di sana aja ya kak.'],
    ['vi', 'Trên vLance phí rẻ hơn, anh đặt hàng bên đó giúp em nhé.'],
    ['tl', 'Sa OnlineJobs mas mura ang singil, doon mo na lang ako i-hire.'],
    ['sw', 'Kwenye Kuhustle ada ni ndogo zaidi, niajiri huko tafadhali.'],
    ['ar', 'على خمسات العمولة أقل، اطلب الخدمة هناك.'],
    ['fa', 'توی پونیشا کمیسیون کمتره، پروژه رو اونجا ثبت کن.'],
    ['ur', 'اپ ورک پر میری فیس کم ہے، وہاں آرڈر دیں۔'],
    ['hi', 'फाइवर पर फीस कम है, वहाँ ऑर्डर करें।'],
    ['bn', 'আপওয়ার্কে কমিশন কম, ওখানে অর্ডার করুন।'],
    ['ta', 'ஃபைவர்ல ஆர்டர் பண்ணுங்க, அங்கே கமிஷன் குறைவு.'],
    ['ja', 'ココナラにも出品しています。手数料が安いので、そちらで購入してください。'],
    ['ko', '크몽에서 주문하시면 수수료가 더 저렴해요, 거기서 진행해요.'],
    ['zh', '猪八戒网手续费更低，你去那边下单吧。'],
    ['th', 'ที่ Fastwork ค่าธรรมเนียมถูกกว่า สั่งงานที่นั่นได้เลยครับ'],
    ['el', 'Στο Douleutaras η προμήθεια είναι χαμηλότερη, κλείσε με εκεί.'],
    ['he', 'בפייבר העמלה נמוכה יותר, תזמין שם.'],
    ['es', 'Pasa el pedido por Freelancer.mx, por allá no me cobran comisión y sale más barato.'],
    ['en', 'Just book me on Contra instead, zero fees for either of us.'],
    ['tl', 'Sa Raket.ph na lang tayo, walang fee doon para sa iyo.'],
    ['fr', "J'ai les mêmes avis sur Malt et la commission d'ici est lourde, réservez-moi là-bas."],
  ])('%s: %s', (lang, text) => {
    const t = types(text, lang);
    expect(t.has('offplatform.solicitation')).toBe(true);
    expect(t.has('offplatform.payment_outside')).toBe(true);
  });
});

describe('findable on another marketplace under the same name or profile: solicitation', () => {
  it.each([
    ['en', "You'll find me on Toptal too, same name and same reviews."],
    ['de', 'Du findest mich auch auf Malt mit dem gleichen Namen.'],
    ['ru', 'Я есть и на Kwork, тот же ник.'],
    ['el', 'Θα με βρεις και στο Fiverr με το ίδιο όνομα χρήστη.'],
    ['ko', '숨고에도 같은 이름으로 있어요.'],
  ])('%s: %s', (lang, text) => {
    expect(types(text, lang).has('offplatform.solicitation')).toBe(true);
  });
});

describe('another marketplace named without a move stays clean', () => {
  it.each([
    ['en', 'I have 300 reviews on Upwork, happy to send my profile summary as a PDF here.'],
    ['en', 'I used Fiverr for years before joining, the fees there were higher than here.'],
    ['en', 'Which site is better for small logo jobs, Fiverr or this one? Fees seem lower there.'],
    ['en', 'Hire me here, not on Fiverr: I like the protection of this platform.'],
    ['en', 'We need a developer to build a marketplace like Upwork where clients hire freelancers and pay there.'],
    ['en', 'Can you write a scraper for Kwork listings? The API there changed last month.'],
    ['en', 'Is it cheaper to order on Fiverr or here?'],
    ['en', 'Instead of Fiverr I chose this platform, so hire me here with confidence.'],
    ['es', 'Tengo el mismo perfil que en Workana, pero prefiero trabajar aquí.'],
    ['es', 'Antes trabajaba en Workana, allí las comisiones eran más altas.'],
    ['pt', 'Já trabalhei no 99Freelas, lá a taxa é maior que aqui.'],
    ['fr', "J'ai travaillé sur Malt pendant deux ans, vous pouvez lire mes avis là-bas."],
    ['it', 'Su Fiverr ho venduto molti loghi, ma ora lavoro solo qui.'],
    ['ru', 'Раньше работал на Kwork, там комиссия выше, поэтому перешёл сюда.'],
    ['tr', "Bionluk'ta eskiden çalışıyordum, orada yorumlarım iyiydi."],
    ['id', 'Saya ada di Fastwork juga, portofolio saya bisa dilihat di sana.'],
    ['vi', 'Tôi từng làm trên vLance, ở đó đánh giá của tôi tốt.'],
    ['ja', '以前はランサーズで仕事をしていました。評価もそちらで確認できます。'],
    ['ko', '예전에 크몽에서 일했어요. 거기 리뷰가 많아요.'],
    ['zh', '我以前在猪八戒网接单，那边评价不错。'],
    ['ar', 'عملت سابقاً على خمسات، وتقييماتي هناك ممتازة.'],
    ['hi', 'मैंने पहले फाइवर पर काम किया है, वहाँ मेरे अच्छे रिव्यू हैं।'],
    ['bn', 'আমি আগে ফাইভারে কাজ করেছি, ওখানে আমার ভালো রিভিউ আছে।'],
    ['en', 'Can you build a Fiverr clone where buyers order gigs and pay there?'],
    ['en', 'A client asked me to hire him on Fiverr because it is cheaper there; I refused and reported it.'],
    ['ru', 'Давай я покажу отзывы с Kwork, там их двести.'],
    // Haggling with another marketplace's price, and the marketplace as the term of a comparison.
    ['en', 'I saw a similar gig on Fiverr for $50, can you quote lower?'],
    ['fr', "Sur Malt on m'a fait un devis moins cher, pouvez-vous faire un effort ?"],
    ['pt', 'No 99Freelas recebi orçamento mais barato, consegue baixar?'],
    ['id', 'Di Fastwork ada yang pasang harga lebih murah, bisa kurangi?'],
    ['ja', 'ココナラより手数料が安いので、こちらでご依頼ください。'],
    ['ko', '크몽보다 여기 수수료가 더 저렴해서 여기서 주문 받아요.'],
    ['en', 'I left Fiverr because the fees were lower here; order here and I start today.'],
  ])('%s: %s', (lang, text) => {
    const t = types(text, lang);
    expect(t.has('offplatform.solicitation')).toBe(false);
    expect(t.has('offplatform.payment_outside')).toBe(false);
  });
});
