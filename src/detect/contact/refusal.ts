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

/** The languages `isRefusal` knows. */
export const REFUSAL_LANGUAGES = Object.keys(REFUSAL);
