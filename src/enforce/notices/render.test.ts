import { describe, expect, it } from 'vitest';
import { LADDER_ACTIONS, loadEnforceConfig } from '../config.ts';
import { availableLocales, escapeMarkdown, NOTICE_KINDS, type NoticeFacts, renderAskGuidance, renderHeldNotice, renderNotice } from './render.ts';

const cfg = loadEnforceConfig({}, { policyBaseUrl: 'https://help.example.com/policies' });
// Every signal type namespace and detector word the engine knows: none may reach a notice.
const INTERNALS = [
  'score',
  'contact.email',
  'contact.phone',
  'offplatform',
  'account.vpn',
  'vpn',
  'datacenter',
  'new_device',
  'unusual_hours',
  'detector',
  'threshold',
  'simhash',
  'classifier',
  'spam.mass_sending',
  'strength',
];

function facts(kind: NoticeFacts['kind'], action: (typeof LADDER_ACTIONS)[number]): NoticeFacts {
  return {
    kind,
    accountId: 'fl-1',
    policy: { name: 'contact_sharing', version: 3 },
    action: {
      id: 'act_1',
      type: action,
      feature: action === 'restriction' ? 'new_conversations' : null,
      status: 'active',
      startsAt: '2026-11-22T10:00:00Z',
      endsAt: action === 'restriction' ? '2026-11-29T10:00:00Z' : null,
    },
    strike: { id: 'stk_1', expiresAt: '2027-05-21T10:00:00Z' },
    quote: 'Write me at <b>jo@example.com</b> & [click](javascript:alert(1))',
    standing: { activePoints: 4, activeStrikes: 2, next: { minPoints: 6, action: 'payment_hold' } },
    appealDeadline: '2026-12-12T10:00:00Z',
    reason: 'Reviewer said <script>x</script>',
    restored: kind === 'appeal_overturned' ? ['strike', 'features'] : undefined,
    verification: kind.startsWith('verification') ? { id: 'ver_1', dueAt: '2026-11-29T10:00:00Z', trigger: 'suspicious_login' } : undefined,
  };
}

describe('notice rendering', () => {
  it('has templates in English, Spanish, Portuguese, French, German and Russian', () => {
    expect(availableLocales()).toEqual(expect.arrayContaining(['en', 'es', 'pt', 'fr', 'de', 'ru']));
  });

  it('states counts with each language’s plural forms (ICU MessageFormat), never a fixed word', () => {
    const withStanding = (activeStrikes: number, activePoints: number): NoticeFacts => ({
      ...facts('strike', 'notification'),
      action: undefined,
      standing: { activeStrikes, activePoints, next: { minPoints: 2, action: 'warning' } },
    });
    const line = (locale: string, n: number, p: number) => renderNotice(withStanding(n, p), locale, cfg).text;
    expect(line('en', 1, 1)).toContain('You have 1 active strike (1 point).');
    expect(line('en', 9, 18)).toContain('You have 9 active strikes (18 points).');
    expect(line('en', 1, 1)).not.toMatch(/1 points|third time/);
    expect(line('es', 1, 2)).toContain('Tienes 1 falta activa (2 puntos).');
    expect(line('pt', 2, 1)).toContain('Você tem 2 faltas ativas (1 ponto).');
    expect(line('fr', 1, 2)).toContain('Vous avez 1 infraction active (2 points).');
    expect(line('de', 3, 1)).toContain('Sie haben 3 aktive Verstöße (1 Punkt).');
    expect(line('ru', 1, 2)).toContain('У вас 1 активное нарушение (2 балла).');
    expect(line('ru', 5, 21)).toContain('У вас 5 активных нарушений (21 балл).');
    expect(line('ru', 3, 11)).toContain('У вас 3 активных нарушения (11 баллов).');
  });

  it('says what was restored and what remains in force', () => {
    const f: NoticeFacts = { ...facts('appeal_overturned', 'suspension'), restored: ['strike'], remaining: ['suspension'] };
    const en = renderNotice(f, 'en', cfg).text;
    expect(en).toContain('The strike no longer counts against you');
    expect(en).not.toContain('Full access to your account');
    expect(en).toContain('What remains in force');
    expect(en).toContain('The temporary suspension (it has its own notice and its own appeal)');
    expect(renderNotice(f, 'de', cfg).text).toContain('Was weiterhin gilt');
  });

  it('names the policy with a link, quotes the content, says what changes, when it ends, the strikes and how to appeal', () => {
    const en = renderNotice(facts('action', 'restriction'), 'en', cfg);
    expect(en.subject).toBe('A restriction was placed on your account');
    expect(en.text).toContain('Contact details and payments before a contract');
    expect(en.text).toContain('https://help.example.com/policies/contact_sharing');
    expect(en.text).toContain('jo@example.com');
    expect(en.text).toContain('start new conversations with people you have no contract with');
    expect(en.text).toContain('November 29, 2026');
    expect(en.text).toContain('2 active strikes (4 points)');
    expect(en.text).toContain('the next step is a payment hold; it is never more than one step at a time');
    expect(en.text).toContain('appeal until December 12, 2026');
    const es = renderNotice(facts('action', 'restriction'), 'es-MX', cfg);
    expect(es.locale).toBe('es');
    expect(es.subject).toBe('Se ha aplicado una restricción a tu cuenta');
    expect(es.text).toContain('29 de noviembre de 2026');
    expect(es.text).toContain('Tienes 2 faltas activas (4 puntos)');
    expect(es.text).toContain('apelar hasta el 12 de diciembre de 2026');
  });

  it('escapes user content in HTML and Markdown', () => {
    const r = renderNotice(facts('action', 'warning'), 'en', cfg);
    expect(r.html).not.toContain('<b>');
    expect(r.html).toContain('&lt;b&gt;jo@example.com&lt;/b&gt; &amp;');
    expect(r.html).not.toMatch(/href="javascript/);
    expect(r.markdown).not.toContain('<b>');
    expect(r.markdown).toContain('\\[click\\]\\(javascript:alert\\(1\\)\\)');
    const upheld = renderNotice(facts('appeal_upheld', 'warning'), 'en', cfg);
    expect(upheld.html).toContain('&lt;script&gt;');
    expect(upheld.html).not.toContain('<script>');
  });

  it('never reveals detection internals, for every kind, action and language', () => {
    let rendered = 0;
    for (const locale of availableLocales())
      for (const kind of NOTICE_KINDS)
        for (const action of LADDER_ACTIONS) {
          const r = renderNotice(facts(kind, action), locale, cfg);
          for (const out of [r.subject, r.text, r.markdown, r.html]) {
            const lower = out.toLowerCase();
            for (const word of INTERNALS) expect(lower, `${locale}/${kind}/${action} mentions ${word}`).not.toContain(word);
          }
          rendered++;
        }
    expect(rendered).toBe(availableLocales().length * NOTICE_KINDS.length * LADDER_ACTIONS.length);
  });

  it('escapes Markdown syntax', () => {
    expect(escapeMarkdown('*a* _b_ <i>')).toBe('\\*a\\* \\_b\\_ &lt;i&gt;');
  });
});

describe('Hindi, policy titles and held notices', () => {
  it('renders every notice kind in Hindi, with its plural forms', () => {
    expect(availableLocales()).toContain('hi');
    for (const kind of NOTICE_KINDS) {
      const n = renderNotice({ ...facts(kind, 'warning'), standing: { activeStrikes: 2, activePoints: 3, next: null } }, 'hi-IN', cfg);
      expect(n.locale).toBe('hi');
      expect(n.html).toContain('lang="hi"');
    }
    expect(renderNotice({ ...facts('strike', 'notification'), standing: { activeStrikes: 2, activePoints: 3, next: null } }, 'hi', cfg).text).toContain(
      'आपकी 2 सक्रिय स्ट्राइक हैं (3 अंक)',
    );
  });

  it('names a policy document by its title in the notice language, whatever its spelling', () => {
    const es = renderNotice({ ...facts('strike', 'notification'), policy: { name: 'contact-sharing' } }, 'es', cfg).text;
    expect(es).toContain('Datos de contacto y pagos antes de un contrato');
    expect(es).not.toContain('Contact sharing');
    expect(renderNotice({ ...facts('strike', 'notification'), policy: { name: 'scams' } }, 'de', cfg).text).not.toContain('Scams');
  });

  it('a held notice says what was not delivered, under which policy, and where to appeal, in the sender’s language', () => {
    const action = { type: 'suspension' as const, feature: null, endsAt: '2026-12-10T00:00:00Z', policy: 'scams' };
    const en = renderHeldNotice({ kind: 'message', accountId: 'fl-1', action }, 'en', cfg);
    expect(en.text).toContain('Your message was not delivered because your account is suspended until December 10, 2026');
    expect(en.text).toContain('Fraud and scams');
    const hi = renderHeldNotice({ kind: 'proposal', accountId: 'fl-1', action: { ...action, type: 'restriction', feature: 'proposals' } }, 'hi', cfg);
    expect(hi.text).toContain('आपका प्रस्ताव नहीं भेजा गया');
    expect(hi.text).toContain('प्रस्ताव भेजना');
  });
});

describe('guidance for the person asked to move off the platform', () => {
  it('every template language has its own translation (no English fallback), formatted with ICU plurals and selects', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    const dir = join(import.meta.dirname, 'templates');
    const en = renderAskGuidance({ askerRole: 'client', asks: 1 }, 'en', cfg);
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
      const locale = f.slice(0, -5);
      const own = JSON.parse(readFileSync(join(dir, f), 'utf8')).askGuidance;
      expect(own, `${locale} askGuidance`).toBeDefined();
      for (const key of ['recipient', 'suggestedReply', 'reportLabel']) expect(typeof own[key], `${locale}.${key}`).toBe('string');
      const once = renderAskGuidance({ askerRole: 'client', asks: 1 }, locale, cfg);
      const thrice = renderAskGuidance({ askerRole: null, asks: 3 }, locale, cfg);
      expect(once.locale).toBe(locale);
      if (locale !== 'en') expect(once.text).not.toBe(en.text);
      expect(once.text).toContain(once.suggestedReply);
      expect(once.text).not.toMatch(/[{}#]/);
      expect(once.text).not.toContain('3');
      expect(thrice.text).toContain('3');
      expect(thrice.text).not.toMatch(/[{}#]/);
    }
    expect(renderAskGuidance({ askerRole: 'freelancer', asks: 5 }, 'ru', cfg).text).toContain('5 раз.');
    expect(renderAskGuidance({ askerRole: 'freelancer', asks: 2 }, 'ru', cfg).text).toContain('2 раза.');
    expect(renderAskGuidance({ askerRole: 'client', asks: 1 }, 'es-MX', cfg).text).toMatch(/^El cliente te pidió/);
  });
});
