// Intent without an identifier: asking for the other's contact, proposing to talk, interview
// or pay outside the marketplace. Patterns are per language over normalised text (lower
// case, Latin accents stripped), in en, es, pt, fr, de, it, ru, uk, pl and tr.

import type { Strength } from '../types.ts';
import { after, before, emit, type ScanContext, toNormalized } from './context.ts';
import { clause, ownPlatformIn } from './intent-cues.ts';
import { WORK_SUFFIX } from './vocabulary.ts';

// Letters of normalised text (lower-case Latin, Latin extended, Greek, Cyrillic): explicit
// ranges instead of \p{L} keep the patterns free of the slower /u mode.
const L = 'a-z\\u00df-\\u024f\\u0370-\\u03ff\\u0400-\\u052f';
// A word, or an amount ("pay the remaining $800 to my Payoneer", "pay 50% upfront via crypto").
const W = `(?:[${L}\\d'’]+|[$€£₽₴₹]?\\d[\\d.,]*%?[$€£₽₴₹]?)`;
const GAP = (n: number) => `(?:\\s+${W}){0,${n}}`;
const NOT_WORK = `(?!${WORK_SUFFIX})(?![${L}\\d])`;

const PLATFORM = `(?:upwork|fiverr|freelancer|toptal|the platform|this platform|platform|plataforma|plateforme|plattform|piattaforma|платформ[${L}]*|апворк[${L}]*|platform[${L}]*|the site|this site|here|aqui|ici|hier|qui|тут|здесь|tutaj|burada|escrow)`;

/** Channels a conversation can move to (messaging, e-mail, phone, social). */
const CH = `(?!${PLATFORM})(?:whats ?app[${L}]{0,3}|whatsap|wats ?app|wasap|guasap|zap(?:zap)?|whats|wa|telegram[${L}]*|телеграм[${L}]*|телег[${L}]*|tg|тг|skype|скайп[${L}]*|signal|viber|вайбер[${L}]*|вайбер|wechat|discord|дискорд[${L}]*|line|kakao[${L}]*|instagram|insta|ig|инстаграм[${L}]*|facebook|messenger|fb|linkedin|e-?mail|mail|gmail|correo|courriel|почт[${L}]*|мейл[${L}]*|имейл[${L}]*|phone|telefon[${L}]*|telefono|telephone|телефон[${L}]*|cell|celular|movil|portable|handy|cellulare|sms|imessage|ватсап[${L}]*|вотсап[${L}]*|вацап[${L}]*|snap(?:chat)?|teams|zoom[${L}]{0,3}|зум[${L}]*|google meet|meet)${NOT_WORK}`;

/** Tools for a call or interview. */
const TOOL = `(?!${PLATFORM})(?:zoom[${L}]{0,3}|зум[${L}]*|google meet|gmeet|meet|teams|microsoft teams|skype[${L}]{0,3}|скайп[${L}]*|whats ?app|ватсап[${L}]*|вотсап[${L}]*|telegram[${L}]*|телеграм[${L}]*|телег[${L}]*|discord|дискорд[${L}]*|facetime|webex|hangouts|viber|вайбер[${L}]*|signal|jitsi|whereby|gotomeeting|phone|telefon[${L}]*|telefono|telephone|телефон[${L}]*|telefone)${NOT_WORK}`;

/** Ways to pay that bypass escrow. */
const PAY = `(?:paypal|pay pal|пейпал[${L}]*|пэйпал[${L}]*|wise|transferwise|venmo|cash ?app|zelle|western union|moneygram|crypto|крипт[${L}]*|usdt|bitcoin|btc|биткоин[${L}]*|revolut|payoneer|skrill|bank transfer|wire transfer|wire|transferencia(?: bancaria)?|virement(?: bancaire)?|uberweisung|bonifico|przelew[${L}]*|blik[${L}]*|pix|bizum|iban|cash|efectivo|dinheiro|especes|bargeld|contanti|наличн[${L}]*|gotowk[${L}]*|карт[${L}]*|card|tarjeta|cartao|carte|karte|carta|kart[${L}]*|havale|eft)${NOT_WORK}`;

const NOUN_EN =
  '(?:personal |private |direct |real )?(?:phone(?: number)?|number|cell(?: number)?|mobile(?: number)?|whats ?app(?: number)?|wa|telegram(?: handle| username)?|tg|skype(?: id| name)?|e-?mail(?: address)?|mail|gmail|contacts?(?: info(?:rmation)?| details)?|signal|viber|wechat(?: id)?|discord|insta(?:gram)?|ig|linkedin|handle|username|socials?|facebook|fb|snap(?:chat)?|line id|kakao)';
const TOOL_NOUN = `(?:whats ?app|telegram|skype|signal|viber|wechat|discord|zoom|e-?mail|phone number|google meet|teams|line|kakao)${NOT_WORK}`;

type Family = 'offplatform.solicitation' | 'offplatform.interview_outside' | 'offplatform.payment_outside';
interface Rule {
  type: Family;
  strength: Strength;
  source: string;
}

function rules(type: Family, strength: Strength, sources: string[]): Rule[] {
  return sources.map((source) => ({ type, strength, source }));
}

const SOLICITATION = [
  // en
  ...rules('offplatform.solicitation', 'strong', [
    `(?:send|give|share|drop|pass|dm|text|tell|leave|post|write)(?: me| us)? (?:your|ur|you|u) ${NOUN_EN}`,
    `(?:what(?:'s| is)|whats) (?:your|ur) ${NOUN_EN}`,
    `(?:can|could|may) (?:i|we) (?:get|have|grab|ask for|take) (?:your|ur) ${NOUN_EN}`,
    `(?:do|would|could|can) (?:you|u) (?:have|use|got)(?: an?)? ${TOOL_NOUN}`,
    `(?:add|message|ping|text|call|email|e-mail|mail|contact|reach|dm|hit|find|write to|write|msg|buzz|ring)(?: me| us)(?: up| out)?(?: directly| privately)? (?:on|at|via|through|in|over|using|@) (?:my |the )?${CH}`,
    `(?:call|text|ring|phone|whats ?app|telegram|e-?mail|mail) me(?= (?:at|on|now|back|tomorrow|today|asap|when|if|anytime|any time|please|directly|instead|the|your|tonight)\\b|\\s*[.!,?:]|\\s*$)`,
    `(?:talk|chat|speak|continue|move|switch|discuss|communicate|connect|reach out|get in touch|keep in touch|stay in touch|catch up|conversation|discussion|chatting|talking)${GAP(3)} (?:on|via|over|through|in|to|using|by) (?:the |my |your |a )?${CH}`,
    `(?:talk|chat|communicat[${L}]*|contact|continue|move|take (?:this|it|things|our conversation|the conversation)|discuss|speak|connect|conversation|messag[${L}]*|reach out|get in touch)${GAP(3)} (?:off|outside(?: of)?) (?:the |this )?(?:upwork|platform|site|fiverr|app)`,
    `(?:give me a (?:call|ring|buzz)|drop me (?:an? )?(?:e-?mail|line|text|message))(?! here| on upwork)`,
    `send${GAP(3)} to my (?:e-?mail|gmail|whats ?app|telegram|inbox|phone|number|personal)`,
    `i(?:'ll| will| can| could)? (?:text|e-?mail|whats ?app|telegram) you\\b`,
  ]),
  // es
  ...rules('offplatform.solicitation', 'strong', [
    `(?:pasame|dame|mandame|enviame|compartime|compartir|dejame|me (?:pasas|das|mandas|envias|dejas|compartes)|puedes (?:pasarme|darme|enviarme|mandarme|compartirme|compartir)|podrias (?:pasarme|darme|enviarme)|cual es) (?:tu|su) (?:numero|telefono|whats ?app|wasap|guasap|wassap|wasa|wsp|whats|celular|cel|movil|correo|email|mail|contacto|datos de contacto|skype|telegram|tele|instagram|insta|ig|linkedin)`,
    // "tiene/usa" is also the third person ("el cliente usa WhatsApp"): only as a question ("¿usa …?").
    `(?:tienes|usas|¿ ?(?:tiene|usa)) (?:${TOOL_NOUN}|wasap|correo)`,
    `(?:hablemos|hablamos|seguimos|sigamos|continuemos|continuamos|conversemos|charlemos|escribeme|escribime|contactame|llamame|agregame|anademe|hablar|seguir|continuar|comunicarnos|contactarnos|contactarme)${GAP(3)} (?:por|en|a|via|al|mediante) (?:mi |el |tu )?${CH}`,
    `(?:hablar|seguir|continuar|comunicarnos|contactarnos|conversar|hablemos|sigamos)${GAP(3)} (?:fuera de|afuera de) (?:la plataforma|upwork|fiverr)`,
    `(?:llamame|mandame un (?:correo|mensaje|whats ?app|wasap|email))(?! por (?:aqui|upwork))`,
  ]),
  // pt
  ...rules('offplatform.solicitation', 'strong', [
    `(?:me (?:passa|manda|envia|da|de)|passa|manda|envia|compartilha|qual (?:e|eh) o|qual e a|pode me passar|pode me mandar|poderia me passar) (?:o |a )?(?:seu|teu|sua|tua) (?:numero|telefone|whats ?app|whats|zap|wpp|celular|email|e-mail|contato|skype|telegram|instagram|linkedin)`,
    `(?:voce tem|vc tem|tem) (?:${TOOL_NOUN}|zap)`,
    `(?:vamos|podemos|bora|prefiro)${GAP(2)} (?:falar|conversar|continuar|seguir|combinar|tratar)${GAP(2)} (?:pelo|no|por|via|pela|na) ${CH}`,
    `(?:me chama|chama|me liga|liga pra mim|me adiciona|adiciona|me add|me manda (?:um )?(?:email|zap|whats|mensagem))${GAP(2)} (?:no|pelo|por|via|na) ${CH}`,
    `(?:falar|conversar|continuar|seguir|tratar)${GAP(3)} fora (?:da plataforma|do upwork|da upwork|do fiverr)`,
    `(?:me chama no (?:zap|wpp|whats)|me liga)`,
  ]),
  // fr
  ...rules('offplatform.solicitation', 'strong', [
    `(?:donne(?:z)?[- ]moi|envoie(?:z)?[- ]moi|passe(?:z)?[- ]moi|laisse(?:z)?[- ]moi|communique(?:z)?[- ]moi|quel est|c'?est quoi|(?:peux|pourrais)[- ]tu me (?:donner|passer|envoyer)|(?:pouvez|pourriez)[- ]vous me (?:donner|passer|envoyer|communiquer)|tu peux me donner|vous pouvez me donner) (?:ton|votre|ta) (?:numero(?: de telephone)?|num|telephone|tel|portable|0[67]|whats ?app|mail|e-mail|email|adresse (?:e-?)?mail|coordonnees|contact|skype|telegram|instagram|insta|snap|linkedin)`,
    // "Tu me files / passes ton numéro ?": the ask as a question in the present, "file-moi" (to
    // "give", colloquial); "ton 06/07" is the mobile number (French mobiles start 06, 07).
    `(?:tu (?:me (?:files|passes|donnes|laisses|envoies)|m'envoies)|vous (?:me (?:donnez|passez|laissez)|m'envoyez)|file[sz]?[- ]moi) (?:ton|votre|ta) (?:numero(?: de telephone)?|num|telephone|tel|portable|0[67]|whats ?app|mail|e-?mail|adresse (?:e-?)?mail|coordonnees|contact|insta|snap|skype|telegram)`,
    // "Appelle-moi ce soir", "textez-moi": the imperative with a time, a manner or the clause's end
    // (as the English "call me" rule); "appelle-moi ici / sur la plateforme" is not a move.
    `(?:appelle|appelez|rappelle|rappelez|telephone|telephonez|texte|textez|bipe|bipez)[- ]moi(?= (?:ce|cet|demain|apres|des|quand|stp|svp|directement|plutot|vite|maintenant|au|a|tout|si|sur (?:mon|le) (?:portable|tel|numero|06|07))\\b|\\s*[.!,?:]|\\s*$)`,
    `(?:envoie|envoyez|ecris|ecrivez)[- ]moi (?:un |une )?(?:texto|sms|mail|e-?mail|whats ?app|message (?:sur|par) (?:whats ?app|telegram|insta|snap|messenger))`,
    `(?:as[- ]tu|avez[- ]vous|tu as|vous avez) (?:un |une )?${TOOL_NOUN}`,
    `(?:parlons|discutons|continuons|echangeons|on peut (?:parler|discuter|continuer|echanger)|on continue|on parle|on discute|contacte[z]?[- ]moi|ecris[- ]moi|ecrivez[- ]moi|appelle[z]?[- ]moi|ajoute[z]?[- ]moi|joins[- ]moi|joignez[- ]moi|continuer|discuter|parler|echanger)${GAP(3)} (?:sur|par|via|au|en|a) (?:mon |ma |le |la )?${CH}`,
    `(?:parler|discuter|continuer|echanger|communiquer)${GAP(3)} (?:en dehors de|hors de) (?:la plateforme|upwork|fiverr)`,
  ]),
  // de
  ...rules('offplatform.solicitation', 'strong', [
    `(?:gib|gebt|geben sie|schick|schicke|sende|senden sie|teil|teile|nenn|nenne|wie ist|was ist|kannst du|konnen sie|konntest du|konnten sie)(?: mir)? (?:deine|ihre|dein|ihr)(?: private| personliche)? (?:telefonnummer|nummer|handynummer|handy|whats ?app(?:-nummer| nummer)?|e-?mail(?:-adresse| adresse)?|mail|mailadresse|kontaktdaten|kontakt|skype(?:-name| name| id)?|telegram|signal|instagram|linkedin)`,
    `(?:hast du|haben sie) (?:ein |eine )?${TOOL_NOUN}`,
    `(?:lass uns|lasst uns|konnen wir|wollen wir|sollen wir|wir konnen|schreib mir|schreiben sie mir|ruf mich|rufen sie mich|kontaktier mich|kontaktieren sie mich|meld dich|melde dich|melden sie sich|adde mich|fug mich)${GAP(4)} (?:uber|per|auf|bei|via|in|an|unter) ${CH}`,
    `(?:reden|sprechen|kommunizieren|schreiben|besprechen|weiter|kontakt)${GAP(3)} (?:außerhalb|ausserhalb) (?:von )?(?:upwork|der plattform|fiverr)`,
    `(?:außerhalb|ausserhalb) (?:von )?(?:upwork|der plattform|fiverr)${GAP(3)} (?:reden|sprechen|kommunizieren|schreiben|besprechen|weitermachen)`,
  ]),
  // it
  ...rules('offplatform.solicitation', 'strong', [
    `(?:dammi|mandami|inviami|passami|lasciami|mi (?:dai|mandi|invii|passi|lasci)|qual e|puoi darmi|potresti darmi|mi puoi dare|mi potresti dare) (?:il tuo|la tua|il suo|la sua|tuo|tua) (?:numero(?: di telefono)?|telefono|cellulare|cell|whats ?app|email|e-mail|mail|indirizzo email|contatto|contatti|skype|telegram|instagram|linkedin)`,
    `(?:hai|ha) (?:un |una )?${TOOL_NOUN}`,
    `(?:parliamo|sentiamoci|continuiamo|scriviamoci|possiamo (?:parlare|sentirci|continuare)|scrivimi|chiamami|contattami|aggiungimi|parlare|sentirci|continuare)${GAP(3)} (?:su|via|per|tramite|al|in|a) (?:mio |mia |il |la )?${CH}`,
    `(?:parlare|sentirci|continuare|comunicare)${GAP(3)} fuori (?:da|dalla) (?:upwork|piattaforma|fiverr)`,
  ]),
  // ru, uk
  ...rules('offplatform.solicitation', 'strong', [
    `(?:дай(?:те)?|скинь(?:те)?|скиньте|пришли(?:те)?|напиши(?:те)?|оставь(?:те)?|отправь(?:те)?|какой у (?:тебя|вас)|можно (?:ваш[${L}]*|твой|твою)|скажи(?:те)?|дайте|надішли(?:ть)?|скинь|дай(?:те)?)(?: мне| мені)?(?: сво[${L}]*| ваш[${L}]*| тво[${L}]*)? (?:номер[${L}]*|телефон[${L}]*|контакт[${L}]*|ватсап[${L}]*|вотсап[${L}]*|whats ?app|телеграм[${L}]*|телег[${L}]*|telegram|почт[${L}]*|пошт[${L}]*|email|имейл|мейл|скайп[${L}]*|skype|вайбер[${L}]*|инстаграм[${L}]*|инст[${L}]*)`,
    `(?:у (?:тебя|вас) есть|ты есть в|вы есть в|маєте|у вас є) (?:${TOOL_NOUN}|ватсап[${L}]*|вотсап[${L}]*|телеграм[${L}]*|телег[${L}]*|скайп[${L}]*|вайбер[${L}]*)`,
    `(?:давай(?:те)?|можем|предлагаю|перейд[её]м|переходим|лучше|пиши(?:те)?|напиши(?:те)?|звони(?:те)?|позвони(?:те)?|добавь(?:те)?|свяжись|свяжитесь|свяжемся|общаться|пообщаемся|спишемся|перейти|продолжим|продолжить|давайте|пишіть|напишіть|перейдемо|спілкуватися|зв'яжіться|додай(?:те)?)${GAP(3)} (?:в|на|по|через|у) ${CH}`,
    `(?:общ[${L}]*|связ[${L}]*|переписк[${L}]*|обсуд[${L}]*|разговор[${L}]*|спілк[${L}]*|продолж[${L}]*)${GAP(3)} (?:вне|за пределами|поза) (?:платформ[${L}]*|upwork|апворк[${L}]*|сайт[${L}]*)`,
  ]),
  // pl
  ...rules('offplatform.solicitation', 'strong', [
    `(?:daj|podaj|wyslij|przeslij|podeslij|zostaw|jaki (?:jest )?(?:twoj|pana|pani)|podasz|podaj mi|masz)(?: mi)?(?: swoj[${L}]*| twoj[${L}]*| pana| pani)? (?:numer[${L}]*|telefon[${L}]*|whats ?app[${L}]*|maila?|e-?mail[${L}]*|adres e-?mail|kontakt[${L}]*|skype[${L}]*|telegram[${L}]*|instagram[${L}]*|linkedin[${L}]*)`,
    `(?:porozmawiajmy|przejdzmy|piszmy|kontynuujmy|mozemy (?:porozmawiac|pisac|kontynuowac|przejsc)|napisz do mnie|zadzwon do mnie|dodaj mnie|odezwij sie|skontaktuj sie|porozmawiac|kontynuowac|przejsc)${GAP(3)} (?:na|przez|w|po) (?:moj[${L}]* )?${CH}`,
    `(?:rozmaw[${L}]*|pisa[${L}]*|kontakt[${L}]*|porozmaw[${L}]*|kontynu[${L}]*)${GAP(3)} poza (?:platforma|upwork[${L}]*|fiverr)`,
  ]),
  // nl: "appen" is writing on WhatsApp ("app me maar", "stuur me een appje", "zullen we appen?").
  ...rules('offplatform.solicitation', 'strong', [
    `(?:app|bel|sms|whatsapp) (?:me|mij|ons)(?= (?:maar|even|ff|gerust|dan|op|via|als|wanneer|straks|morgen|vanavond|na)\\b|\\s*[.!,?:]|\\s*$)`,
    `(?:stuur|zend) (?:me|mij|ons) (?:een |even een |ff een )?appje`,
    `(?:laten we|zullen we|kunnen we|we kunnen)${GAP(2)} (?:appen|whatsappen)`,
  ]),
  // tr
  ...rules('offplatform.solicitation', 'strong', [
    `(?:numarani|numaranizi|telefonunu|telefonunuzu|whats ?app(?:ini|inizi)?|mailini|mailinizi|e-?postani|iletisim bilgilerini)${GAP(1)} (?:verir misin|verebilir misin|verir misiniz|verebilir misiniz|gonder|at|yaz|paylas)`,
    `(?:whats ?app|telegram|skype|mail|e-?posta|telefon)(?:['’]?(?:tan|ten|dan|den|ta|te|da|de)| uzerinden)? (?:konusalim|gorusalim|yazisalim|devam edelim|iletisime gecelim)`,
  ]),
];

const INTERVIEW = [
  ...rules('offplatform.interview_outside', 'strong', [
    `(?:interview|call|calls|video call|voice call|meeting|meet|screening|session|demo|catch up|sync|hop on|jump on)${GAP(2)} (?:on|via|over|through|in|using|by) (?:a |the )?${TOOL}`,
    // Plural "phone calls" is calls in general (a duty, "no phone calls please"), not an invitation to one.
    `(?:${TOOL})[- ](?:call(?!s)|interview|meeting|video call|video chat|session|screening)`,
    // Compounds of the tool and the call in other languages ("WhatsApp-Videocall", "Zoom-Anruf",
    // "videollamada", "Skype-Gespräch").
    `(?:${TOOL})[- ](?:videocall|videoanruf|videotelefonat|anruf|telefonat|gesprach|interview|videollamada|llamada|videochamada|chamada|appel|visio|videochiamata|chiamata|videogesprek|gesprek|videorozmowa|rozmowa|видеозвонок|звонок|görüntülü arama|arama|görüşme)(?![${L}])`,
    `(?:send|share|give)(?: you| me)? (?:a |the |my )?(?:zoom|meet|google meet|teams|skype|calendly|meeting) (?:link|invite|invitation|id)`,
    `book${GAP(3)} (?:on|via|through|in) (?:my )?calendly`,
    `(?:jump|hop|get) on (?:a )?(?:quick )?${TOOL}`,
    // es, pt
    `(?:entrevista|llamada|videollamada|reunion|charla|chamada|ligacao|videochamada|reuniao|call|conversa)${GAP(2)} (?:por|en|via|mediante|pelo|no|pela|na) ${TOOL}`,
    // fr
    `(?:entretien|appel|visio|visioconference|reunion|call)${GAP(2)} (?:sur|par|via|en|au) ${TOOL}`,
    // de
    `(?:interview|gesprach|call|anruf|videocall|videoanruf|meeting|termin|telefonat|vorstellungsgesprach)${GAP(2)} (?:uber|per|auf|via|in|bei) ${TOOL}`,
    // it
    `(?:colloquio|intervista|chiamata|videochiamata|call|riunione)${GAP(2)} (?:su|via|per|tramite|in|con) ${TOOL}`,
    // ru, uk
    `(?:собеседовани[${L}]*|интервью|інтерв'ю|співбесід[${L}]*|созвон[${L}]*|звонок|звонк[${L}]*|дзвінок|встреч[${L}]*|видеозвон[${L}]*|созвонимся|зустріч[${L}]*)${GAP(2)} (?:в|на|по|через|у) ${TOOL}`,
    // pl
    `(?:rozmow[${L}]*|spotkani[${L}]*|call[${L}]*|połaczeni[${L}]*|polaczeni[${L}]*)${GAP(2)} (?:na|przez|w|po) ${TOOL}`,
    // tr
    `(?:zoom|skype|whats ?app|telegram|teams|google meet)(?:['’]?(?:tan|ten|dan|den|ta|te|da|de)| uzerinden)? (?:gorusme|mulakat|toplanti|gorusebilir|gorusmek|goruselim|gorusalim)`,
    // A video or voice call ("görüntülü/sesli konuşma, arama") on the tool.
    `(?:zoom|skype|whats ?app|telegram|teams|google meet|discord|signal|viber)(?:['’]?(?:tan|ten|dan|den|ta|te|da|de)| uzerinden)? (?:goruntulu|sesli) (?:konus[${L}]*|gorus[${L}]*|ara[${L}]*)`,
  ]),
];

const PAYMENT = [
  ...rules('offplatform.payment_outside', 'strong', [
    `pay(?:ing|ment|ments|ed)?(?: (?:you|me|u|the rest|the balance|the remainder|half|the deposit|upfront|in advance|part of it|for this|for the work|for it))? (?:directly|outside|off[- ]platform|off the platform|off upwork|privately|personally|direct)(?![${L}])`,
    `(?:pay|paying|payment|paid|send (?:you |me )?(?:the )?(?:money|payment|funds)|transfer|settle)${GAP(3)} (?:via|through|with|by|using|on|over|to|into|in) (?:my |your |a |the )?${PAY}`,
    `(?:avoid|skip|bypass|dodge|save on|save|get around|evade|escape|cut out|not pay|without paying) (?:the |paying |upwork'?s? |platform'?s? |their |any |those |all )*(?:upwork |platform |service |site |marketplace |middleman |extra )?(?:fees?|commission|cut|percentage|20 ?%|10 ?%|charges?|middleman)`,
    // Leaving the platform's escrow itself ("let's skip escrow", "without escrow this time").
    `(?:avoid|skip|bypass|dodge|ditch|drop|get around|go around|without|outside(?: of)?|no need for) (?:the |upwork'?s? |platform'?s? |site'?s? )?escrow`,
    // A payment app as the verb ("I'll Zelle you half now", "can you Venmo me the deposit").
    `(?:i'?ll|i will|i can|i could|i'?d|let me|can you|could you|just) (?:zelle|venmo|paypal|cash ?app|revolut|wise|wire) (?:you|me|u)\\b`,
    // "work directly with the CEO" is who one works with, not where one is paid.
    `(?:work|deal|contract|continue working|do the project|do this|do the work|hire you)${GAP(2)} (?:directly(?! with (?:the |our |your |a |an )?(?:ceo|cto|coo|cfo|founders?|co-?founders?|owners?|team|teams|clients?|customers?|managers?|leads?|head|engineers?|designers?|developers?|product|stakeholders|leadership|executives?|directors?|board)(?![${L}]))|outside (?:of )?(?:upwork|the platform)|off[- ]platform|without (?:upwork|the platform)${NOT_WORK})`,
    `(?:close|end|cancel) (?:the |this )?contract${GAP(3)} and (?:i'?ll |i will |we can |we'?ll |you can )?(?:pay|continue|work)${GAP(2)} (?:directly|outside|privately|via|by)`,
    `${PAY} (?:instead of|rather than) (?:upwork|escrow|the platform|through upwork|milestones?)`,
    `send (?:me |you )?(?:the |a |an )?(?:deposit|payment|money|funds|advance|upfront)${GAP(2)} (?:to|via|on) (?:my )?${PAY}`,
    `(?:send|give|share)(?: me)? (?:your|ur) (?:paypal|wise|venmo|cash ?app|bank details|bank account|iban|wallet(?: address)?|crypto wallet|usdt address|card number)`,
    // es
    `(?:pag(?:o|ar|arte|arme|ue|amos|aria|ues)|te pago|me pagas|transferencia|transferirte)${GAP(3)} (?:directamente|por fuera|fuera de (?:la plataforma|upwork)|(?:por|via|con|en|a) (?:mi |tu )?${PAY})`,
    `(?:evit(?:ar|amos|emos|a)|ahorr(?:ar|amos|emos)(?:nos)?|saltar(?:nos)?|no pagar) (?:la |las |el |los )?(?:comision|comisiones|tarifa|tarifas|fee|fees)`,
    // pt
    `(?:pag(?:ar|a|o|amento|ue|amos|aria)|te pago|me paga|transferencia|transfiro)${GAP(3)} (?:direto|diretamente|por fora|fora da (?:plataforma|upwork)|(?:via|pelo|por|no|com|em|na) (?:meu |seu )?${PAY})`,
    `(?:evit(?:ar|amos|emos|a)|economiz(?:ar|amos)|fugir d[ao]s?|pular|nao pagar) (?:a |as |o |os )?(?:taxa|taxas|comissao|comissoes)`,
    // fr
    `(?:pay(?:er|e|ons|erai|ement)|je te paie|je vous paie|virement|regl(?:er|ement))${GAP(3)} (?:directement|en direct|hors (?:de la )?plateforme|en dehors (?:de la plateforme|d'upwork|de upwork)|(?:par|via|en|sur|avec) ${PAY})`,
    `(?:eviter|economiser|contourner) (?:les |la )?(?:frais|commission|commissions)`,
    // de
    `(?:zahl(?:e|en|ung|st)?|bezahl(?:e|en|ung|st)?|uberweis[${L}]*)${GAP(3)} (?:direkt|außerhalb|ausserhalb|nebenbei|privat|(?:per|uber|via|mit|in|auf) (?:mein[${L}]* |dein[${L}]* |ihr[${L}]* )?${PAY})`,
    `(?:gebuhr[${L}]*|provision|kommission)${GAP(3)} (?:sparen|umgehen|vermeiden)`,
    `(?:sparen|umgehen|vermeiden) (?:wir )?(?:beide )?(?:die )?(?:gebuhr[${L}]*|provision)`,
    // it
    `(?:pag(?:o|are|amento|arti|armi|hiamo|herei)|ti pago|bonifico)${GAP(3)} (?:direttamente|fuori (?:dalla piattaforma|da upwork)|(?:tramite|via|con|su|in) ${PAY})`,
    `(?:evitare|evitiamo|risparmiare|risparmiamo|saltare|aggirare|aggiriamo) (?:le |la |il )?(?:commissioni|commissione|fee|tariffe)`,
    // ru, uk
    `(?:оплат[${L}]*|заплач[${L}]*|плат[${L}]*|перевед[${L}]*|переведу|перевод[${L}]*|скину|скинуть|переказ[${L}]*)${GAP(3)} (?:напрямую|напряму|на карту|на карт[${L}]*|вне (?:платформ[${L}]*|апворк[${L}]*|upwork)|поза платформ[${L}]*|в обход|криптой|в крипте|(?:через|на|в|по) ${PAY})`,
    `(?:без|избежать|сэкономить на|обойти|не платить|уникнути|без сплати)${GAP(2)} комісі[${L}]*|(?:без|избежать|сэкономить на|обойти|не платить)${GAP(2)} комисси[${L}]*`,
    // pl
    `(?:zapłac[${L}]*|płac[${L}]*|płatnosc[${L}]*|przelew[${L}]*|przeleje)${GAP(3)} (?:bezposrednio|poza (?:platforma|upwork[${L}]*)|(?:przez|na|w) ${PAY}|blikiem|na konto|na moje konto)`,
    `(?:uniknac|ominac|zaoszczedzic|bez)${GAP(2)} prowizj[${L}]*`,
    // tr
    `(?:odeme[${L}]*|odeyeyim|oderim|para)${GAP(2)} (?:direkt|dogrudan|disarida|platform disinda|(?:ile|uzerinden) ${PAY})`,
    `(?:komisyon[${L}]*|kesinti[${L}]*)${GAP(2)} (?:odemeyelim|kacinalim|kurtul[${L}]*|olmadan)`,
  ]),
];

/** Index of the ")" closing the group opened at `open`, skipping escapes and character classes. */
function groupEnd(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Splits a pattern on its top-level "|". */
function alternatives(src: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
    } else if (c === '(') {
      const end = groupEnd(src, i);
      if (end < 0) return [src];
      i = end;
    } else if (c === '|') {
      out.push(src.slice(from, i));
      from = i + 1;
    }
  }
  out.push(src.slice(from));
  return out;
}

interface Expansion {
  prefixes: string[];
  /** False when the pattern goes on past what the prefixes spell out. */
  complete: boolean;
}

const MAX_PREFIXES = 64;
const SPECIAL = new Set(['\\', '[', '.', '^', '$', ')', '|', '?', '*', '+', '{']);

/**
 * Literal prefixes one of which every match of a pattern starts with ("send me your",
 * "e-mail", "email" ...), read from its leading literals, optional characters and groups.
 * Trying a rule only where the text starts with one of them skips most regex runs.
 */
function expand(src: string): Expansion {
  const parts = alternatives(src).map(expandSequence);
  return { prefixes: parts.flatMap((p) => p.prefixes), complete: parts.every((p) => p.complete) };
}

function expandSequence(src: string): Expansion {
  let set = [''];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '(') {
      const end = groupEnd(src, i);
      if (end < 0) return { prefixes: set, complete: false };
      // Lookarounds do not consume: the match starts with what follows them.
      if (/^\(\?<?[=!]/.test(src.slice(i, i + 4))) {
        i = end + 1;
        continue;
      }
      const quantifier = src[end + 1];
      if (quantifier === '*' || quantifier === '+' || quantifier === '{') return { prefixes: set, complete: false };
      const inner = expand(src.slice(src.startsWith('(?:', i) ? i + 3 : i + 1, end));
      const through = set.flatMap((p) => inner.prefixes.map((q) => p + q));
      const next = quantifier === '?' ? [...set, ...through] : through;
      if (next.length > MAX_PREFIXES) return { prefixes: set, complete: false };
      set = next;
      if (!inner.complete) return { prefixes: set, complete: false };
      i = end + (quantifier === '?' ? 2 : 1);
      continue;
    }
    if (SPECIAL.has(c)) return { prefixes: set, complete: false };
    const quantifier = src[i + 1];
    if (quantifier === '*' || quantifier === '+' || quantifier === '{') return { prefixes: set, complete: false };
    if (quantifier === '?') {
      if (set.length * 2 > MAX_PREFIXES) return { prefixes: set, complete: false };
      set = [...set, ...set.map((p) => p + c)];
      i += 2;
      continue;
    }
    set = set.map((p) => p + c);
    i++;
  }
  return { prefixes: set, complete: true };
}

/** The shortest prefixes only: a longer one adds nothing to a startsWith test. */
function minimalPrefixes(prefixes: string[]): string[] | null {
  if (prefixes.includes('')) return null;
  const unique = [...new Set(prefixes)].sort((a, b) => a.length - b.length);
  return unique.filter((p, k) => !unique.slice(0, k).some((q) => p.startsWith(q)));
}

interface Compiled {
  type: Family;
  strength: Strength;
  re: RegExp;
  order: number;
}

/** Rules whose matches have no literal prefix, tried at every word start. */
const ALWAYS: Compiled[] = [];
/** Literal prefix -> the rules whose matches may begin with it. */
const BY_PREFIX = new Map<string, Compiled[]>();

for (const [order, r] of [...SOLICITATION, ...INTERVIEW, ...PAYMENT].entries()) {
  const compiled: Compiled = { type: r.type, strength: r.strength, re: new RegExp(r.source, 'y'), order };
  const prefixes = minimalPrefixes(expand(r.source).prefixes);
  if (!prefixes) {
    ALWAYS.push(compiled);
    continue;
  }
  for (const p of prefixes) BY_PREFIX.set(p, [...(BY_PREFIX.get(p) ?? []), compiled]);
}

// Where the longest prefix M matches, every prefix that matches there is a prefix of M: so
// the rules worth trying after M are those of M's own prefixes, found once here.
const RULES_AFTER = new Map<string, Compiled[]>();
for (const m of BY_PREFIX.keys()) {
  const rules = new Set<Compiled>();
  for (let n = 1; n <= m.length; n++) for (const r of BY_PREFIX.get(m.slice(0, n)) ?? []) rules.add(r);
  RULES_AFTER.set(
    m,
    [...rules].sort((x, y) => x.order - y.order),
  );
}

// The word starts where some rule can match, found by one pass over the text: at each word
// start (a letter or digit with none before it) the prefixes are walked as a trie of UTF-16
// code units, and the deepest prefix that ends on the path (the longest that matches there)
// selects the rules. A match starts with a letter or digit: prefixes that start otherwise
// ("¿usa ") can never match and are left out. This is what the alternation
// `(?<![letter|digit])(?:<prefixes, longest first>)` found, without a lookbehind and an
// alternation tried at every position: over the bench mix's 4,000 texts (lower-cased), 13-14 ms
// per pass against 19-23 ms for the regex, same positions and rules (a trie with a Map per node
// was slower than the regex: the dense table is what makes the walk cheap).
const WORD_FIRST = new RegExp(`^[${L}\\d]`);
const TRIGGER_PREFIXES = [...RULES_AFTER.keys()].filter((p) => WORD_FIRST.test(p));
/** The prefixes' code units as symbols 1..n (0: a unit in no prefix, which ends every walk). */
const TRIGGER_SYMBOL = new Uint16Array(0x10000);
let triggerSymbols = 1;
for (const p of TRIGGER_PREFIXES)
  for (let k = 0; k < p.length; k++) if (TRIGGER_SYMBOL[p.charCodeAt(k)] === 0) TRIGGER_SYMBOL[p.charCodeAt(k)] = triggerSymbols++;
/**
 * The trie of the prefixes as a dense table: state x symbol -> next state (0: no way on; the
 * root is state 0, which no edge enters). TRIGGER_RULES[state]: the rules worth trying when
 * the longest prefix matching at a word start ends in that state.
 */
let triggerNext = new Int32Array(triggerSymbols * 64);
const TRIGGER_RULES: (Compiled[] | undefined)[] = [undefined];
for (const p of TRIGGER_PREFIXES) {
  let state = 0;
  for (let k = 0; k < p.length; k++) {
    const cell = state * triggerSymbols + TRIGGER_SYMBOL[p.charCodeAt(k)];
    if (triggerNext[cell] === 0) {
      const added = TRIGGER_RULES.length;
      TRIGGER_RULES.push(undefined);
      if ((added + 1) * triggerSymbols > triggerNext.length) {
        const grown = new Int32Array(triggerNext.length * 2);
        grown.set(triggerNext);
        triggerNext = grown;
      }
      triggerNext[cell] = added;
    }
    state = triggerNext[cell];
  }
  TRIGGER_RULES[state] = RULES_AFTER.get(p);
}
const TRIGGER_NEXT = triggerNext;
const TRIGGER_SYMBOLS = triggerSymbols;
/** 1 for the code units of `[${L}\d]` (the class a word start must not follow), read once at load. */
const WORD_UNIT = new Uint8Array(0x10000);
{
  const unit = new RegExp(`^[${L}\\d]$`);
  for (let c = 0; c < 0x10000; c++) WORD_UNIT[c] = unit.test(String.fromCharCode(c)) ? 1 : 0;
}

const WORD_START = new RegExp(`(?<![${L}\\d])[${L}\\d]`, 'g');

// Cues that the sender refuses, reports or asks about the rule instead of breaking it.
const NEGATION = new RegExp(
  [
    "can'?t|cannot|can not|won'?t|will not|don'?t|do not|didn'?t|not allowed|not permitted|never|no way|prohibited|forbidden|shouldn'?t|should not|must not|mustn'?t|refuse|not able|unable|not going to|rather not|against (?:the )?(?:tos|terms|rules|policy)",
    `(?:he|she|they|client|someone|a client|the client|buyer|recruiter|people|clients|scammers?)(?: [${L}]+)? (?:asked|asks|is asking|keeps asking|keep asking|wants|wanted|told|requested|insists|insisted|asking)`,
    "asked me to|asking me to|asking to|wants me to|told me to|is (?:it|that|this) (?:ok|okay|allowed|fine|safe|against)|am i allowed|are we allowed|allowed to|aren't allowed|arent allowed|isn't allowed|reported|reporting|report (?:him|her|them|this|it|the client|a client)",
    'no puedo|no podemos|no se permite|no esta permitido|prohibido|nunca|no voy a|no me dejan|me pidio|me pidieron',
    'nao posso|nao podemos|nao e permitido|proibido|nunca|nao vou|me pediu|me pediram',
    "ne peux pas|ne pouvons pas|pas autorise|interdit|jamais|ne (?:[a-z]+ )?pas|n'est pas permis|pas le droit|m'a demande",
    'kann nicht|konnen nicht|darf nicht|durfen nicht|nicht erlaubt|verboten|niemals|nicht gestattet|nicht moglich|hat mich gebeten|leider nicht',
    'non posso|non possiamo|non e permesso|non e consentito|vietato|mai|non si puo|mi ha chiesto',
    'не могу|нельзя|не можем|запрещено|не разрешено|не буду|не имею права|никогда|не стоит|не можу|заборонено|просил|попросил|просить',
    'nie moge|nie mozemy|zabronione|nie wolno|nigdy|niedozwolone|poprosił',
    'yapamam|yasak|izin verilmiyor|paylasamam',
    // The rule quoted with its verb ("the rules prohibit paying outside", "las normas prohíben",
    // "правила запрещают"), per language: a rule told, not a proposal.
    "prohibits?|forbids?|bans|don'?t allow|do not allow|prohiben|prohibe|no permiten|no permite|proibem|proibe|nao permitem|nao permite|interdisent|n'autorisent pas|verbieten|verbietet|untersagen|untersagt|erlauben nicht|vietano|vieta|non permettono|запрещают|запрещает|не разрешают|не позволяют|забороняють|забороняє|не дозволяють|zabraniaja|zabrania|nie pozwalaja|yasaklar|yasakliyor|izin vermiyor|melarang|tidak mengizinkan|khong cho phep",
  ]
    .join('|')
    .replace(/^/, `(?<![${L}])(?:`)
    .concat(`)(?![${L}])`),
);
const NEGATION_EXCEPTIONS =
  /why don'?t|why not|don'?t worry|don'?t hesitate|if you don'?t mind|never mind|is (?:it|that) ok(?:ay)? if (?:i|we)|por que no|pourquoi pas|warum nicht|perche no|почему бы не/g;
// After the thing itself, also "I don't accept/take it" ("оплату на картку не беру", "pembayaran
// di luar platform aku gak terima", "pagos por fuera no acepto"), per language.
const NEGATION_AFTER =
  /^[^.!?\n]{0,40}(?:(?:i )?(?:don'?t|do not|won'?t) (?:accept|take)|not accepted|no (?:acepto|recibo|aceptamos)|nao (?:aceito|recebo|aceitamos)|n'accepte pas|n'acceptons pas|(?:akzeptiere|nehme) ich nicht|(?:akzeptiere|nehme) keine|non (?:accetto|prendo|accettiamo)|не (?:беру|принимаю|принимаем|приймаю|приймаємо)|nie (?:przyjmuje|biore|akceptuje)|kabul etmiyorum|kabul etmem|almiyorum|(?:gak|ga|nggak|enggak|tidak|tak) (?:terima|menerima|nerima)|khong (?:nhan|chap nhan)|hindi (?:ako )?tumatanggap|sikubali|nu (?:accept|primesc)|nem fogadok el|nem fogadom el|ne primam|не примам|не приемам|nepřijímám|neprijimam|neberu|is not allowed|isn'?t allowed|are not allowed|aren'?t allowed|is against|are against|is prohibited|is forbidden|not permitted|no esta permitido|nao e permitido|n'est pas (?:autorise|permis)|ist nicht erlaubt|ist verboten|non e consentito|non e permesso|запрещен\p{L}*|нельзя|не разрешается|заборонен\p{L}*|zabronion\p{L}*|nie jest dozwolone|niedozwolone|yasak\p{L}*|verboten|nicht erlaubt|interdit\p{L}*|prohibid\p{L}*|proibid\p{L}*|vietat\p{L}*)/u;
const PLATFORM_BEFORE = new RegExp(
  `(?:upwork|fiverr|platform|plataforma|plateforme|plattform|piattaforma|платформ[${L}]*|апворк[${L}]*)(?:'s)?\\s*(?:[${L}]+\\s*){0,2}$`,
);

// The bare negation particle right before the verb a rule starts with ("не переводите …", "nie
// płać …", "μην πληρώσεις …"): too common to count anywhere in the sentence, certain right here.
const NOT_RIGHT_BEFORE = new RegExp(`(?<![${L}])(?:не|ні|nie|ne|nu|δεν|μην|no|non|not|nao|não)\\s+$`);

function sentenceBefore(ctx: ScanContext, start: number): string {
  const window = before(ctx, start, 80);
  const cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('! '), window.lastIndexOf('? '), window.lastIndexOf('; '));
  return (cut >= 0 ? window.slice(cut + 2) : window).replace(NEGATION_EXCEPTIONS, ' ');
}

export function findIntents(ctx: ScanContext): void {
  const { text } = ctx;
  const verdicts: Verdicts = { before: new Map(), after: new Map() };
  if (ALWAYS.length > 0) for (const w of text.matchAll(WORD_START)) for (const rule of ALWAYS) tryRule(ctx, verdicts, rule, w.index as number);
  // Every word start, also those inside an earlier match (another rule's prefix may start there).
  const length = text.length;
  let afterWordUnit = false;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (!afterWordUnit) {
      let rules: Compiled[] | undefined;
      for (let state = TRIGGER_NEXT[TRIGGER_SYMBOL[c]], k = i + 1; state !== 0; k++) {
        rules = TRIGGER_RULES[state] ?? rules;
        if (k === length) break;
        state = TRIGGER_NEXT[state * TRIGGER_SYMBOLS + TRIGGER_SYMBOL[text.charCodeAt(k)]];
      }
      if (rules !== undefined) for (const rule of rules) tryRule(ctx, verdicts, rule, i);
    }
    afterWordUnit = WORD_UNIT[c] === 1;
  }
}

/**
 * The refusal checks of one window's rule matches, by position: several rules often match at
 * one trigger (4,851 matches at 2,198 positions on the bench mix), and the checks are pure
 * tests of the text before a match's start or after its end, so each position is read once.
 */
interface Verdicts {
  /** Start -> whether the sentence before it negates, or a negation particle stands right before it. */
  before: Map<number, boolean>;
  /** End -> whether the words after it call the move forbidden. */
  after: Map<number, boolean>;
}

function negatedBefore(ctx: ScanContext, verdicts: Verdicts, at: number): boolean {
  let v = verdicts.before.get(at);
  if (v === undefined) {
    v = NEGATION.test(sentenceBefore(ctx, at)) || NOT_RIGHT_BEFORE.test(before(ctx, at, 8));
    verdicts.before.set(at, v);
  }
  return v;
}

function negatedAfter(ctx: ScanContext, verdicts: Verdicts, end: number): boolean {
  let v = verdicts.after.get(end);
  if (v === undefined) {
    v = NEGATION_AFTER.test(after(ctx, end, 60));
    verdicts.after.set(end, v);
  }
  return v;
}

function tryRule(ctx: ScanContext, verdicts: Verdicts, rule: Compiled, at: number): void {
  rule.re.lastIndex = at;
  const m = rule.re.exec(ctx.text);
  if (!m) return;
  const end = at + m[0].length;
  if (negatedBefore(ctx, verdicts, at) || negatedAfter(ctx, verdicts, end)) return;
  if (rule.type === 'offplatform.interview_outside' && PLATFORM_BEFORE.test(before(ctx, at, 25))) return;
  // "call me on the platform's video call": the marketplace's own call is no move off it.
  if (rule.type !== 'offplatform.payment_outside') {
    const [from, to] = clause(ctx.text, at, end);
    if (ownPlatformIn(ctx.text, from, to, [at - from, end - from])) return;
  }
  emit(ctx, rule.type, rule.strength, at, end);
}

// ---------------------------------------------------------------------------------------
// Intent read off the words around a shared identifier: "call me: <number>", "<handle>,
// text me", "<wallet>, send the rest there", "for the interview ... <telegram handle>".

const APP_WORD =
  '(?:whats ?app|telegram|skype|signal|viber|wechat|discord|line|snap(?:chat)?|insta(?:gram)?|ig|facebook|fb|messenger|e-?mail|mail|gmail|zap|wa|tg|ватсап|вотсап|телеграм|вайбер)';
// Only invitations to call or text the sender count, as in the labelling rules: "write to me
// at <address>" and "my cell is ..., text anytime" are sharing, "call me: <number>" is asking.
/** Ends the text before an identifier. */
const CONTACT_VERB_BEFORE = new RegExp(
  `(?<![${L}])(?:(?:call|text|ring|buzz|whats ?app|message|ping|dm) (?:me|us)|` +
    `llamame|llamanos|me liga|liga pra mim|appelle[z]?-moi|ruf(?:en sie)? mich an|chiamami|` +
    `звоните|звони|позвоните|позвони|звоніть|телефонуйте|zadzwon(?: do mnie)?|bel me)` +
    `(?:\\s+(?:at|on|to|via|a|al|au|an|na|do|em|no|pelo|por|su|sur|en|op|auf|unter|по|на|в|у))?(?:\\s+(?:my|mi|mon|ma|mein|meine|il mio|mio|meu|мой|мій|moj|moje)?\\s*${APP_WORD})?\\s*[:\\-–—]?\\s*$`,
);
// Stems one of which every contact verb above contains: a cheap test before the full patterns.
const VERB_STEM = /call|text|ring|buzz|whats|message|ping|dm|llam|liga|appel|ruf|chiam|звон|звін|телеф|zadzw|bel|chat|talk|speak|continue|pogadamy|yaz|wahan/;
/** Starts the text after an identifier. */
const CONTACT_VERB_AFTER = new RegExp(
  `^[\\s,.;:!–—-]*(?:(?:or|and|y|o|ou|et|oder|und|или|або|lub|veya|ya)\\s+)?(?:please\\s+)?(?:` +
    `(?:text|call|ring|whats ?app|message|ping|dm) (?:me|us)\\b|(?:${APP_WORD}\\s+)?(?:or|and) (?:call|text)\\b|let'?s (?:chat|talk|continue|speak) there|` +
    `llamame|me liga|appelle-moi|ruf (?:mich )?an|chiamami|звони|звоните|zadzwon|tam pogadamy|` +
    `[${L}']*(?:tan|ten|dan|den) yaz[${L}]*|wahan (?:message|msg|baat))`,
);
// Asking to be paid into an identifier just shared.
const PAY_REQUEST = new RegExp(
  `(?<![${L}])(?:(?:send|pay|transfer|wire|deposit)(?: me)?(?: (?:it|the (?:rest|balance|payment|money|deposit|advance|remainder)))?(?: (?:here|there|to (?:it|this|that|me)))|` +
    `pay me|send (?:it|the (?:rest|payment|money|deposit|balance|advance))|instead of (?:escrow|upwork|the platform)|` +
    `(?:wallet|address|account) for (?:the )?payment|not (?:on|through) (?:the )?(?:platform|upwork)|outside (?:the )?(?:platform|upwork)|` +
    `paga(?: ahi)?|pague|mandame el (?:anticipo|pago|resto|dinero)|fuera de la plataforma|para (?:el )?pago|` +
    `pode mandar|manda(?:r)? o (?:adiantamento|pagamento|resto|dinheiro)|fora da plataforma|` +
    `virement direct|hors (?:de la )?plateforme|pour (?:le )?paiement|` +
    `(?:uberweis|überweis)[${L}]*|au(?:ss|ß)erhalb der plattform|fur die zahlung|` +
    `pagamento fuori|fuori (?:dalla )?piattaforma|per (?:il )?pagamento|` +
    `переведите|переведи|оплатите|для оплаты|вне платформ[${L}]*|переказ[${L}]*|поза платформ[${L}]*|` +
    `przelej|zaplac|poza platform[${L}]*|do zaplaty)`,
);
const INTERVIEW_WORD = new RegExp(
  `(?<![${L}])(?:interview|entrevista|entretien|colloquio|vorstellungsgesprach|собеседовани[${L}]*|співбесід[${L}]*|mulakat[${L}]*|rozmow[${L}]* kwalifikacyjn[${L}]*)`,
  'g',
);
const MEETING_LINK = /zoom\.us|meet\.google|g\.co\/meet|teams\.(?:microsoft|live)|calendly|cal\.com|whereby|jit\.si|webex|gotomeet|8x8\.vc|bluejeans/;

function negated(ctx: ScanContext, start: number, end: number): boolean {
  return NEGATION.test(sentenceBefore(ctx, start)) || NEGATION_AFTER.test(after(ctx, end, 60));
}

/** Runs after the identifier and intent finders: reads intent from the words around identifiers. */
export function findIntentNearIdentifiers(ctx: ScanContext): void {
  const found = ctx.signals.slice();
  const has = (type: string) => ctx.signals.some((s) => s.type === type);
  for (const s of found) {
    const start = toNormalized(ctx, s.start as number);
    const end = toNormalized(ctx, s.end as number);
    if (s.type === 'contact.email' || s.type === 'contact.phone' || s.type === 'contact.handle' || s.type === 'contact.link') {
      if (!has('offplatform.solicitation') && !MEETING_LINK.test(ctx.text.slice(start, end))) {
        const ahead = before(ctx, start, 50);
        const behind = after(ctx, end, 40);
        const verbBefore = VERB_STEM.test(ahead) ? CONTACT_VERB_BEFORE.exec(ahead) : null;
        const verbAfter = VERB_STEM.test(behind) ? CONTACT_VERB_AFTER.exec(behind) : null;
        if (verbBefore && !negated(ctx, start - verbBefore[0].length, start)) {
          emit(ctx, 'offplatform.solicitation', 'medium', start - verbBefore[0].length + (verbBefore[0].length - verbBefore[0].trimStart().length), start);
        } else if (verbAfter && !negated(ctx, end, end + verbAfter[0].length)) {
          emit(ctx, 'offplatform.solicitation', 'medium', end, end + verbAfter[0].length);
        }
      }
    }
    if (s.type === 'contact.payment_handle' && !has('offplatform.payment_outside')) {
      const from = Math.max(0, start - 60);
      const window = ctx.text.slice(from, Math.min(ctx.text.length, end + 60));
      const m = PAY_REQUEST.exec(window);
      if (m && !negated(ctx, from + m.index, from + m.index + m[0].length))
        emit(ctx, 'offplatform.payment_outside', 'strong', from + m.index, from + m.index + m[0].length);
    }
  }
  if (has('offplatform.interview_outside')) return;
  const channels = ctx.signals.filter(
    (s) => s.type === 'offplatform.solicitation' || (s.type === 'contact.handle' && !MEETING_LINK.test(ctx.original.slice(s.start, s.end).toLowerCase())),
  );
  if (channels.length === 0) return;
  for (const m of ctx.text.matchAll(INTERVIEW_WORD)) {
    const at = m.index as number;
    const near = channels.some((c) => Math.abs(toNormalized(ctx, c.start as number) - at) <= 80);
    if (near && !negated(ctx, at, at + m[0].length)) {
      emit(ctx, 'offplatform.interview_outside', 'medium', at, at + m[0].length);
      return;
    }
  }
}
