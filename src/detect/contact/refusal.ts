// Declining a request to move off the platform: "no thanks, let's keep it here". Read only for a
// reply to the other party's recent off-platform ask (screening decides that); a positive trust
// fact rests on it, so it errs on the side of not finding one.
//
// Two kinds of wording, per language: staying on the platform (a verb of keeping/continuing
// near "here" or "the platform"), and an explicit refusal (no thanks, I would rather not, I
// cannot share/give/move). Bare negations ("no worries", "I can't talk now") are not refusals.

/** Phrases by language; each is matched case-insensitively against the whole reply. */
const REFUSAL: Record<string, RegExp[]> = {
  en: [
    /\b(keep|stay|continue|remain|talk|chat|communicate)\b[^.!?\n]{0,50}\b(here|on (the |this )?(platform|site|app|chat)|(through|via|in) (the |this )?(platform|site|app|chat))\b/i,
    /\bno,? thanks?\b|\bno,? thank you\b|\bi(['’]d| would) rather not\b|\bi prefer not\b|\bi decline\b|\bnot comfortable (sharing|moving|switching|giving)\b/i,
    /\bi (can(no|['’])t|won['’]t|will not|do not|don['’]t) (share|give|send|move|switch|leave)\b/i,
    /\b(not allowed|against the (rules|terms|tos|policy|policies))\b/i,
  ],
  es: [
    /\b(mantener|mantengamos|seguir|sigamos|continuar|continuemos|hablar|hablemos|quedarnos|quedemos)\b[^.!?\n]{0,50}\b(aqu[ií]|por aqu[ií]|en (la|esta) plataforma|por (la|esta) plataforma)/i,
    /\bno,? gracias\b|\bprefiero no\b|\bno me siento c[oó]modo\b/i,
    /\bno (puedo|voy a|quiero) (compartir|dar|pasar|enviar|mandar|salir|cambiar)/i,
    /\bno (est[aá] )?permitido\b|\bcontra (las normas|los t[eé]rminos|las reglas)\b/i,
  ],
  pt: [
    /\b(manter|mantenha|vamos manter|continuar|seguir|conversar|falar|ficar)\b[^.!?\n]{0,50}\b(aqui|por aqui|na plataforma|pela plataforma)/i,
    /\bn[aã]o,? obrigad[oa]\b|\bprefiro n[aã]o\b|\bn[aã]o me sinto confort[aá]vel\b/i,
    /\bn[aã]o (posso|vou|quero) (compartilhar|partilhar|passar|dar|enviar|mandar|sair|mudar)/i,
    /\bn[aã]o [eé] permitido\b|\bcontra (as regras|os termos)\b/i,
  ],
  fr: [
    /\b(garder|gardons|rester|restons|continuer|continuons|discuter|parler|échanger)\b[^.!?\n]{0,50}(\bici\b|sur (la|cette) plateforme|via (la|cette) plateforme)/i,
    /\bnon,? merci\b|\bje pr[ée]f[èe]re (ne pas|pas)\b|\bje ne suis pas (à l['’]aise|a l['’]aise)\b/i,
    /\bje ne (peux|vais|veux) pas (partager|donner|envoyer|communiquer|quitter|changer)/i,
    /\bn['’]est pas (autoris[ée]|permis)\b|\bcontraire aux (r[èe]gles|conditions)\b/i,
  ],
  de: [
    /\b(hier|auf der plattform|über die plattform)\b[^.!?\n]{0,50}\b(bleiben|weiterschreiben|sprechen|besprechen|kommunizieren|fortsetzen)\b/i,
    /\b(bleiben|lieber|bevorzuge)\b[^.!?\n]{0,50}\b(hier|auf der plattform|über die plattform)\b/i,
    /\bnein,? danke\b|\blieber nicht\b|\bmöchte ich nicht\b/i,
    /\b(kann|werde|möchte) (ich )?(meine \S+ )?(nicht|keine \S+) (teilen|weitergeben|geben|schicken|senden|wechseln)/i,
    /\bnicht erlaubt\b|\bgegen die (regeln|bedingungen|agb)\b/i,
  ],
  ru: [
    /(общаться|оставаться|останемся|продолжим|продолжить|переписываться|говорить)[^.!?\n]{0,50}(здесь|тут|на платформе|через платформу)/i,
    /(здесь|тут|на платформе)[^.!?\n]{0,30}(общаться|оставаться|останемся|продолжим|продолжить|переписываться)/i,
    /нет,? спасибо|предпочитаю не|лучше не надо/i,
    /не (могу|буду|хочу) (делиться|поделиться|давать|дать|отправлять|переходить|перейти|уходить)/i,
    /не разрешено|запрещено правилами|против правил/i,
  ],
  hi: [
    /(यहीं|यहाँ|यहां|प्लेटफ़ॉर्म पर|प्लेटफॉर्म पर)[^.!?।\n]{0,50}(बात|बातचीत|रखना|रखें|रखते|जारी)/,
    /नहीं,? धन्यवाद|मैं नहीं चाहता|मैं नहीं चाहती/,
    /(साझा|शेयर|नंबर दे)[^.!?।\n]{0,20}नहीं कर (सकता|सकती|सकते|पाऊँगा|पाऊँगी)/,
    /(अनुमति नहीं|नियमों के ख़िलाफ़|नियमों के खिलाफ)/,
  ],
  // The languages the detector reads beyond the notices' (blind set 8's false positive was an
  // Arabic "I can't give my number before the contract, let's continue here"): the same kinds.
  ar: [
    /(نكمل|نبقى|خلينا|نتواصل|نتكلم|نستمر)[^.!?؟\n]{0,50}(هنا|هون|على المنصة|عبر المنصة|داخل المنصة)/,
    /(لا|ما|مش)،? شكرا|أفضل لا|افضل لا|أفضّل ألا/,
    /(ما|لا|مش) ?(أقدر|اقدر|بقدر|هقدر|أستطيع|استطيع|أقدرش)[^.!?؟\n]{0,20}(أعطي|اعطي|أشارك|اشارك|أرسل|ارسل|أطلع|اطلع|ننتقل|أنتقل)/,
    /(غير مسموح|ممنوع|مخالف (لـ?)?(القواعد|الشروط|السياسة))/,
  ],
  it: [
    /\b(restiamo|rimaniamo|continuiamo|parliamo|sentiamoci)\b[^.!?\n]{0,50}\b(qui|sulla piattaforma|tramite la piattaforma)\b/i,
    /\bno,? grazie\b|\bpreferisco di no\b|\bpreferirei di no\b/i,
    /\bnon (posso|voglio) (condividere|dare|darti|mandare|inviare|passare|spostar)/i,
    /\bnon [eè] (consentito|permesso)\b|\bcontro (le regole|i termini)\b/i,
  ],
  nl: [
    /\b(blijven|houden|praten|communiceren)\b[^.!?\n]{0,50}\b(hier|op het platform|via het platform)\b/i,
    /\b(hier|op het platform|via het platform)\b[^.!?\n]{0,50}\b(blijven|houden)\b/i,
    /\bnee,? bedankt\b|\bliever niet\b/i,
    /\b(kan|mag|wil) (ik )?(mijn \S+ )?(niet|geen \S+) (delen|geven|sturen|doorgeven)/i,
    /\bniet toegestaan\b|\btegen de regels\b/i,
  ],
  pl: [
    /(zostańmy|zostanmy|rozmawiajmy|kontynuujmy|piszmy)[^.!?\n]{0,50}(tutaj|tu|na platformie|przez platformę|przez platforme)/i,
    /\bnie,? dziękuję\b|\bnie,? dziekuje\b|\bwolę nie\b|\bwole nie\b/i,
    /\bnie (mogę|moge|chcę|chce) (podać|podac|dać|dac|wysłać|wyslac|udostępnić|udostepnic|przejść|przejsc)/i,
    /\bniedozwolone\b|\bzabronione\b|\bwbrew (zasadom|regulaminowi)\b/i,
  ],
  tr: [
    /(burada|buradan|platformda|platform üzerinden)[^.!?\n]{0,50}(devam|konuşalım|kalalım|yazışalım)/i,
    /\bhayır,? teşekkürler\b|\bistemiyorum\b/i,
    /(numaramı|numarami|iletişim bilgilerimi|bilgilerimi)[^.!?\n]{0,20}(veremem|paylaşamam|paylasamam|gönderemem)/i,
    /kurallara aykırı|yasak|izin verilmiyor/i,
  ],
  id: [
    /\b(di sini|disini|lewat platform|di platform)\b[^.!?\n]{0,50}\b(saja|aja|dulu)\b|\b(lanjut|tetap|ngobrol)\b[^.!?\n]{0,50}\b(di sini|disini|di platform|lewat platform)\b/i,
    /\btidak,? terima kasih\b|\bnggak,? makasih\b|\bga,? makasih\b/i,
    /\b(tidak|nggak|gak|ga) bisa (kasih|memberi|membagikan|share|kirim)/i,
    /\bdilarang\b|\bmelanggar (aturan|ketentuan)\b|\btidak diperbolehkan\b/i,
  ],
  uk: [
    /(спілкуватися|залишимося|продовжимо|продовжувати|листуватися)[^.!?\n]{0,50}(тут|на платформі|через платформу)/i,
    /ні,? дякую|краще не треба/i,
    /не (можу|буду|хочу) (ділитися|поділитися|давати|дати|надсилати|переходити|перейти)/i,
    /заборонено|проти правил|не дозволено/i,
  ],
  zh: [
    /(在这里|在這裡|在平台上|通过平台|通過平台)[^。！？\n]{0,30}(聊|沟通|溝通|继续|繼續|交流)/,
    /不用了?，?谢谢|不用了?，?謝謝|还是不了|還是不了/,
    /(不能|不方便|不可以)(给|給|提供|发|發|分享|加)/,
    /(违反|違反)(规定|規定|规则|規則|条款|條款)|(平台)?不允许|不允許/,
  ],
  ja: [
    /(ここで|こちらで|プラットフォーム上で|サイト内で)[^。！？\n]{0,30}(やり取り|続け|連絡|お願い)/,
    /(結構です|遠慮します|お断りします)/,
    /(お教え|お伝え|お渡し|共有)(でき|出来)ません/,
    /(規約|ルール)(違反|で禁止)/,
  ],
  ko: [
    /(여기서|플랫폼에서|플랫폼 안에서|사이트에서)[^.!?\n]{0,30}(얘기|이야기|소통|진행|대화)/,
    /괜찮습니다|사양할게요|안 할게요/,
    /(알려|드리|공유해 드리|보내 드리)(기 어렵|ㄹ 수 없|수 없)|(번호|연락처)[^.!?\n]{0,15}(못 드려|드릴 수 없)/,
    /(규정|약관) 위반|금지되어/,
  ],
  vi: [
    /(ở đây|tại đây|trên nền tảng|qua nền tảng)[^.!?\n]{0,50}(trao đổi|nói chuyện|tiếp tục|liên lạc)/i,
    /không,? cảm ơn|thôi,? cảm ơn/i,
    /(không thể|không được|chưa thể) (cho|gửi|chia sẻ|đưa)/i,
    /vi phạm (quy định|điều khoản)|không được phép/i,
  ],
};

/**
 * Whether a reply declines a request to move off the platform, in any of the languages above
 * (all are tried: the reply's language is not always known). The caller checks that the reply
 * is an answer to an ask and shares no contact details and asks for none itself.
 */
export function isRefusal(text: string): boolean {
  const t = text.normalize('NFC');
  return Object.values(REFUSAL).some((patterns) => patterns.some((p) => p.test(t)));
}

/** The languages `isRefusal` knows: every notice language and more. */
export const REFUSAL_LANGUAGES = Object.keys(REFUSAL);
