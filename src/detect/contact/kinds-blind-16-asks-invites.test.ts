// Kinds of issue 12 that blind set 16 found weak: an indirect ask to talk "outside the platform /
// off here" or "a faster way", being added to the other's workspace (trackers, boards, drives,
// both directions), one's number or mail promised "in the next / a separate message", and
// pointers to a profile description, cover photo, document footer, QR in a portfolio and the same
// username elsewhere. Sentences are written for the kinds, in many languages, none taken from a
// bench set; honest look-alikes beside them.
import { describe, expect, it } from 'vitest';
import { detectContact } from './detect-contact.ts';

const solicits = (text: string, locale = 'en') => detectContact({ text, locale }).some((s) => s.type === 'offplatform.solicitation');

describe('an indirect ask to talk outside the platform or a faster way', () => {
  it.each([
    ['en', 'how can I reach you outside this site in case the server goes down'],
    ['en', 'Is there a quicker way we could talk? Replies here take ages'],
    ['es', '¿Cómo te puedo contactar fuera de la plataforma si surge algo?'],
    ['pt', 'Como posso falar com você fora da plataforma?'],
    ['fr', 'Comment puis-je vous contacter en dehors de la plateforme ?'],
    ['de', 'Wie kann ich dich außerhalb der App erreichen?'],
    ['it', 'Come posso contattarti fuori dalla piattaforma?'],
    ['pl', 'Jak mogę się z tobą skontaktować poza platformą?'],
    ['ru', 'Как можно связаться с вами вне этой платформы?'],
    ['uk', 'Як мені знайти вас поза платформою, якщо щось терміново?'],
    ['bg', 'Как мога да ви намеря извън сайта?'],
    ['sr', 'Како могу да вас контактирам ван платформе?'],
    ['cs', 'Jak vás můžu kontaktovat mimo tenhle web?'],
    ['ro', 'Cum vă pot găsi în afara site-ului?'],
    ['hu', 'Hogyan érhetlek el ezen az oldalon kívül?'],
    ['el', 'Πώς μπορώ να σε βρω εκτός εφαρμογής;'],
    ['ka', 'საიტის გარეთ როგორ დაგიკავშირდე?'],
    ['ur', 'پلیٹ فارم کے باہر آپ سے کیسے رابطہ کروں؟'],
    ['ne', 'साइट बाहिर तपाईंसँग कसरी सम्पर्क गर्ने?'],
    ['bn', 'তাড়াতাড়ি যোগাযোগ করার অন্য কোনো পথ আছে?'],
    ['ta', 'உங்ககிட்ட பேச வேறு வழி இருக்கா?'],
    ['id', 'Ada cara lain buat ngobrol di luar aplikasi ini?'],
    ['ms', 'Ada cara lain untuk saya hubungi awak selain di sini?'],
    ['ru', 'Можно как-то общаться побыстрее, есть другой способ?'],
    ['sr', 'Postoji li brži način da se čujemo?'],
  ])('%s: %s', (locale, text) => expect(solicits(text, locale)).toBe(true));

  it.each([
    ['en', 'How do I reach the deadline if the client keeps adding scope?'],
    ['en', 'Is there a faster way to deploy the site outside office hours?'],
    ['de', 'Wie erreiche ich eine bessere Performance außerhalb der Plattform-API?'],
    ['ru', 'Клиент спросил, как связаться со мной вне платформы — я отказался.'],
    ['es', 'No puedo darte otra forma de contacto fuera de la plataforma, lo siento.'],
    ['ro', 'Cum pot exporta datele în afara platformei?'],
    ['id', 'Ada cara lain untuk upload file di luar aplikasi ini?'],
    ['pt', 'Como posso falar com o suporte da plataforma?'],
  ])('%s: not an ask: %s', (locale, text) => expect(solicits(text, locale)).toBe(false));
});

describe('being added to a workspace, tracker, board or drive', () => {
  it.each([
    ['en', 'Could you add me to your ClickUp so I can follow the sprint?'],
    ['en', 'Please invite me to your Confluence space, I want to read the spec myself'],
    ['ru', 'Добавьте меня в ваш Trello, буду сам двигать карточки'],
    ['uk', 'Додайте мене до вашої Jira, хочу бачити задачі'],
    ['pl', 'Dodaj mnie do waszego Trella, będę widział postępy'],
    ['de', 'Kannst du mich zu eurem Miro-Board hinzufügen?'],
    ['es', '¿Me agregas a tu Asana para ver las tareas?'],
    ['el', 'Μπορείτε να με προσθέσετε στο Confluence σας;'],
    ['ar', 'ممكن تضيفني على Trello عشان اشوف الكروت؟'],
    ['th', 'แอดผมเข้า Slack ของทีมหน่อยได้ไหมครับ'],
    ['vi', 'Anh add em vào Jira của team nhé'],
    ['ta', 'உங்க Trello-ல என்னை add பண்ணுங்க'],
    ['es', '¿A qué correo te mando la invitación al Teams de la oficina?'],
    ['tr', 'Sizi Jira’ya eklemem için e-posta adresinizi yazar mısınız?'],
    ['ro', 'Pe ce adresă îți trimit invitația pentru Trello?'],
    ['ms', 'Emel mana saya nak jemput awak masuk Trello kami?'],
    ['ne', 'हाम्रो Trello मा थप्न कुन इमेल दिनुहुन्छ?'],
    ['ka', 'რომელ მეილზე გამოგიგზავნოთ მოწვევა Trello-ში?'],
    ['uk', 'Напишіть пошту, я додав би вас у наш спільний диск'],
  ])('%s: %s', (locale, text) => expect(solicits(text, locale)).toBe(true));

  it.each([
    ['en', 'Please add me to the contract as the second freelancer'],
    ['en', 'Let me add the tickets to Jira and share the export here'],
    ['en', 'I will integrate Jira with your app so new users get invited automatically'],
    ['ru', 'Клиент попросил добавить его в Trello до контракта, я отказал'],
    ['es', 'Añade la tarea al contrato, por favor'],
    ['ms', 'Kontrak dah bermula, saya dah jemput awak ke Trello syarikat'],
    ['de', 'Ich lade die Dateien hier hoch, Google Drive brauche ich nicht'],
  ])('%s: not an ask: %s', (locale, text) => expect(solicits(text, locale)).toBe(false));
});

describe('one’s number or mail promised in the next or a separate message', () => {
  it.each([
    ['en', "I'll drop my number in the following message, it gets hidden here"],
    ['es', 'Te paso mi número en el siguiente mensaje, aquí lo tapan'],
    ['pt', 'Mando meu número na mensagem seguinte porque aqui corta'],
    ['fr', 'Je t’envoie mon numéro dans le message suivant'],
    ['de', 'Meine Nummer schicke ich in der nächsten Nachricht'],
    ['it', 'Ti mando il numero nel messaggio successivo'],
    ['ru', 'Номер скину отдельным сообщением, тут его режет'],
    ['uk', 'Номер надішлю наступним повідомленням'],
    ['sr', 'Broj ću ti poslati u sledećoj poruci'],
    ['ro', 'Numărul ți-l trimit într-un mesaj separat'],
    ['cs', 'Číslo ti pošlu v další zprávě'],
    ['hu', 'A számomat a következő üzenetben küldöm'],
    ['tr', 'Numaramı bir sonraki mesajda gönderirim'],
    ['ms', 'Saya hantar nombor dalam mesej berasingan'],
    ['ne', 'मेरो नम्बर अर्को म्यासेजमा पठाउँछु'],
    ['ar', 'هبعتلك الرقم في رسالة تانية'],
    ['he', 'אשלח לך את המספר בהודעה נפרדת'],
    ['el', 'Θα σου στείλω το κινητό μου στο επόμενο μήνυμα'],
    ['el', 'Στείλε το σε ξεχωριστά μηνύματα, αλλιώς το σύστημα το κόβει'],
    ['ru', 'Первую половину номера пишу здесь, вторую кину ниже'],
    ['ta', 'நம்பர் பாதி இப்போ, மீதி அடுத்த மெசேஜ்ல அனுப்புறேன்'],
    ['vi', 'Em gửi số Zalo ở tin nhắn riêng nha'],
    ['bn', 'আমার নম্বর পরের মেসেজে পাঠাচ্ছি'],
  ])('%s: %s', (locale, text) => expect(solicits(text, locale)).toBe(true));

  it.each([
    ['en', "I'll send the file in the next message"],
    ['en', 'The second half of the invoice is due after delivery'],
    ['de', 'Die Entwürfe schicke ich in der nächsten Nachricht'],
    ['ru', 'Вторую половину макетов пришлю в следующем сообщении'],
    ['es', 'La mitad ahora y la mitad al final, por la plataforma'],
    ['ro', 'Fișierele ți le trimit în mesajul următor'],
    ['el', 'Θα πληρώσω μισό τώρα και μισό μετά την παράδοση'],
    ['en', 'He told me he would send his number in the next message, is that allowed?'],
    ['ru', 'Номер заказа пришлю в следующем сообщении'],
  ])('%s: not an ask: %s', (locale, text) => expect(solicits(text, locale)).toBe(false));
});

describe('pointers: profile description, cover photo, footer, first page, QR, same username', () => {
  it.each([
    ['en', 'My email is in the footer of the proposal PDF'],
    ['es', 'Mi número está en la foto de portada de mi perfil'],
    ['ru', 'Мой номер указан в описании моего профиля'],
    ['uk', 'Мій номер є на обкладинці профілю'],
    ['fr', 'Mon numéro est sur la première page de mon portfolio'],
    ['de', 'Meine Nummer steht in der Fußzeile meines Lebenslaufs'],
    ['bn', 'আমার নম্বর কভার ছবিতে দেওয়া আছে'],
    ['pt', 'No rodapé do meu portfólio tem o meu celular'],
    ['bn', 'আমার পোর্টফোলিওর শেষে একটা QR কোড আছে'],
    ['ta', 'என் போர்ட்ஃபோலியோவில QR கோட் இருக்கு, ஸ்கேன் பண்ணுங்க'],
    ['uk', 'В описі мого профілю написано, як зі мною зв’язатися'],
    ['tr', 'Instagram’da da aynı kullanıcı adımı kullanıyorum, oradan yaz'],
    ['cs', 'Na Instagramu mám stejné uživatelské jméno, napiš mi tam'],
  ])('%s: %s', (locale, text) => expect(solicits(text, locale)).toBe(true));

  it.each([
    ['en', 'The page number goes in the footer of every slide'],
    ['en', 'Put the client logo on the first page of the brochure'],
    ['es', 'La foto de portada del perfil necesita más contraste'],
    ['tr', 'Aynı kullanıcı adını iki hesapta kullanmak yasak mı?'],
  ])('%s: not a pointer: %s', (locale, text) => expect(solicits(text, locale)).toBe(false));
});
