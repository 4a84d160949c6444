// Lower-case Cyrillic and Greek letters that render like Latin ones (a subset of Unicode
// UTS #39 confusables.txt, restricted to what is seen in disguised contact details).
// They are folded only inside tokens that also contain Latin letters or digits, so that
// ordinary Russian or Greek prose is left alone while "gmаil.сom" (Cyrillic а, с) is caught.
export const CONFUSABLES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    // Cyrillic
    а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't',
    у: 'y', х: 'x', і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l',
    ь: 'b', з: '3', б: '6',
    // Greek
    α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u',
    χ: 'x', γ: 'y', ω: 'w', μ: 'u',
    // Latin-script lookalikes that NFKC leaves alone
    ı: 'i', ɡ: 'g', ɑ: 'a', ʟ: 'l', ꞵ: 'b',
  }),
);
