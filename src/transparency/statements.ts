// Statements of reasons (DSA art. 17) for every restriction Warden applied, as JSON lines in
// the shape of the EU DSA Transparency Database's statement API (art. 24(5)): field names and
// enumerated values as that API takes them (transparency.dsa.ec.europa.eu, "API
// documentation" and "Additional explanation for statement attributes"). What counts as a
// restriction: a screening decision that blocks, holds or masks content (visibility); a
// restriction of a feature (partial suspension of the service); a payment hold (monetary);
// a suspension (account suspended) or permanent suspension (terminated). Warnings restrict
// nothing and have no statement. Shadow decisions and unapproved proposals are not decisions.
import { sql } from 'kysely';
import { ConfigError } from '../app/config.ts';
import { textLanguage } from '../detect/language.ts';
import type { DbOrTx } from '../store/db.ts';

/** The EEA (EU 27 + Iceland, Liechtenstein, Norway): where a marketplace's decisions apply unless configured. */
export const EEA = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IS',
  'IT',
  'LI',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'NO',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
];

export interface StatementsConfig {
  /** territorial_scope of every statement (ISO 3166-1 alpha-2 codes of EEA states). */
  territorialScope: string[];
}

/** WARDEN_DSA_TERRITORIAL_SCOPE: comma-separated country codes of the EEA; default the whole EEA. */
export function loadStatementsConfig(env: NodeJS.ProcessEnv = process.env): StatementsConfig {
  const raw = env.WARDEN_DSA_TERRITORIAL_SCOPE;
  if (!raw) return { territorialScope: EEA };
  const codes = raw
    .split(',')
    .map((c) => c.trim().toUpperCase())
    .filter(Boolean);
  const bad = codes.filter((c) => !EEA.includes(c));
  if (!codes.length || bad.length)
    throw new ConfigError(
      `invalid configuration: WARDEN_DSA_TERRITORIAL_SCOPE must list EEA country codes, comma-separated (not ${JSON.stringify(bad.join(',') || raw)})`,
    );
  return { territorialScope: codes };
}

/** One statement of reasons, as the Transparency Database's API takes it. */
export interface StatementOfReasons {
  puid: string;
  decision_visibility?: string[];
  decision_visibility_other?: string;
  decision_monetary?: string;
  decision_provision?: string;
  decision_account?: string;
  account_type?: string;
  decision_ground: 'DECISION_GROUND_INCOMPATIBLE_CONTENT';
  decision_ground_reference_url?: string;
  incompatible_content_ground: string;
  incompatible_content_explanation: string;
  incompatible_content_illegal: 'Yes' | 'No';
  category: string;
  category_specification?: string[];
  content_type: string[];
  content_type_other?: string;
  content_language?: string;
  content_date: string;
  application_date: string;
  end_date_visibility_restriction?: string | null;
  end_date_monetary_restriction?: string | null;
  end_date_service_restriction?: string | null;
  end_date_account_restriction?: string | null;
  territorial_scope: string[];
  decision_facts: string;
  source_type: 'SOURCE_ARTICLE_16' | 'SOURCE_VOLUNTARY';
  automated_detection: 'Yes' | 'No';
  automated_decision: 'AUTOMATED_DECISION_FULLY' | 'AUTOMATED_DECISION_PARTIALLY' | 'AUTOMATED_DECISION_NOT_AUTOMATED';
}

/**
 * Category of each shipped policy (src/policy/defaults). Taking contact or payment off the
 * platform breaks the marketplace's terms (scope of the service), not a law; scams, malware
 * sent to steal, payment fraud and account takeover are fraud, illegal in every EEA state —
 * still decided under the terms (the ground), with `incompatible_content_illegal: Yes`.
 * An analyst's own policy falls under "other violation of the terms" until mapped here.
 */
const POLICY_CATEGORY: Record<string, { category: string; keywords?: string[]; illegal: boolean }> = {
  'contact-sharing': { category: 'STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE', illegal: false },
  'behaviour-patterns': { category: 'STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE', illegal: false },
  spam: { category: 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC', illegal: false },
  scams: { category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', illegal: true },
  malware: { category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', keywords: ['KEYWORD_PHISHING'], illegal: true },
  'payment-risk': { category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', illegal: true },
  'account-security': { category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', keywords: ['KEYWORD_IMPERSONATION_ACCOUNT_HIJACKING'], illegal: true },
};
const categoryOf = (policy: string) => POLICY_CATEGORY[policy] ?? { category: 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC', illegal: false };

const day = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString().slice(0, 10) : undefined);
const CONTENT_SUBJECTS = new Set(['message', 'job', 'proposal', 'profile', 'invite']);
/**
 * Decisions on content have a visibility statement; a decision on an account (a payout held
 * for payment risk, a login) restricts through the action it leads to, which has its own.
 */
const CONTENT_DECISIONS = [...CONTENT_SUBJECTS, 'attachment'];
const contentType = (subject: string | null): Pick<StatementOfReasons, 'content_type' | 'content_type_other'> =>
  subject && CONTENT_SUBJECTS.has(subject)
    ? { content_type: ['CONTENT_TYPE_TEXT'] }
    : { content_type: ['CONTENT_TYPE_OTHER'], content_type_other: subject === 'attachment' ? 'file attached to a message' : 'account on the marketplace' };
/** Freelancers and agencies sell services (traders); clients on a business plan buy as businesses. */
const accountType = (role: string | null, plan: string | null) =>
  role === 'freelancer' || role === 'agency' || plan === 'business' || plan === 'enterprise' ? 'ACCOUNT_TYPE_BUSINESS' : 'ACCOUNT_TYPE_PRIVATE';
const language = (l: string | null) => (l && /^[a-z]{2}\b/i.test(l) ? l.slice(0, 2).toUpperCase() : undefined);
/**
 * content_language (ISO 639-1, upper case): the language the content is written in
 * (detect/language.ts; a near tie goes to the account's language), else — no text, or too short
 * to tell — the account's language as the best guess the records give.
 */
const contentLanguage = (text: string | null, accountLocale: string | null) =>
  language((text ? textLanguage(text, { prefer: [accountLocale] }) : null) ?? accountLocale);

interface PolicyInfo {
  title: string;
  url?: string;
}

async function policyInfo(db: DbOrTx): Promise<(name: string, version: number | null) => PolicyInfo> {
  const r = await sql<{ name: string; version: number; title: string; url: string | null }>`
    select name, version, document->>'title' as title, document->>'url' as url from policy_versions`.execute(db);
  const by = new Map(r.rows.map((p) => [`${p.name}@${p.version}`, p]));
  const latest = new Map<string, (typeof r.rows)[number]>();
  for (const p of r.rows) if ((latest.get(p.name)?.version ?? -1) < p.version) latest.set(p.name, p);
  return (name, version) => {
    const p = (version !== null ? by.get(`${name}@${version}`) : undefined) ?? latest.get(name);
    return { title: p?.title ?? name, ...(p?.url ? { url: p.url } : {}) };
  };
}

const VISIBILITY: Record<string, string[]> = {
  block: ['DECISION_VISIBILITY_CONTENT_REMOVED'],
  hold: ['DECISION_VISIBILITY_CONTENT_DISABLED'],
  mask: ['DECISION_VISIBILITY_OTHER'],
};
const OUTCOME_WORDS: Record<string, string> = {
  block: 'was not delivered (removed)',
  hold: 'was held from delivery until a reviewer looks at it',
  mask: 'was delivered with the contact details hidden from the recipient',
};

/**
 * The statements for restrictions decided in [from, to), oldest first: screening decisions
 * (block, hold, mask) and applied actions (restriction, payment hold, suspension, permanent
 * suspension). `decision_facts` is written from the policy and the record, never the user's
 * text; a reviewer's free-text reason is quoted as written, so read it before submitting.
 */
export async function statementsOfReasons(db: DbOrTx, from: Date, to: Date, config: StatementsConfig): Promise<StatementOfReasons[]> {
  const info = await policyInfo(db);
  const out: StatementOfReasons[] = [];
  const scope = config.territorialScope;

  const decisions = await sql<{
    id: string;
    subject_type: string;
    outcome: string;
    policy_versions: Array<{ name: string; version: number; outcome: string }> | string;
    created_at: Date;
    role: string | null;
    plan: string | null;
    locale: string | null;
    text: string | null;
  }>`select d.id, d.subject_type, d.outcome, d.policy_versions, d.created_at, acc.role, acc.plan, acc.profile->>'locale' as locale,
        d.context->>'subjectText' as text
      from decisions d left join accounts acc on acc.id = d.account_id
      where d.created_at >= ${from} and d.created_at < ${to} and not d.shadow and d.outcome in ('block', 'hold', 'mask')
        and d.subject_type in (${sql.join(CONTENT_DECISIONS)})
      order by d.created_at, d.id`.execute(db);
  for (const d of decisions.rows) {
    const versions = typeof d.policy_versions === 'string' ? JSON.parse(d.policy_versions) : d.policy_versions;
    const p = (versions as Array<{ name: string; version: number; outcome: string }>).find((v) => v.outcome === d.outcome) ?? versions[0];
    const policy = p?.name ?? 'account-action';
    const pi = info(policy, p?.version ?? null);
    const cat = categoryOf(policy);
    out.push({
      puid: `decision:${d.id}`,
      decision_visibility: VISIBILITY[d.outcome],
      ...(d.outcome === 'mask' ? { decision_visibility_other: 'Contact details in the content hidden from the recipient' } : {}),
      account_type: accountType(d.role, d.plan),
      decision_ground: 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
      ...(pi.url ? { decision_ground_reference_url: pi.url } : {}),
      incompatible_content_ground: `Marketplace terms: ${pi.title} (policy ${policy}${p ? ` v${p.version}` : ''})`,
      incompatible_content_explanation: `The ${d.subject_type} ${OUTCOME_WORDS[d.outcome]} because it matched the policy "${pi.title}".`,
      incompatible_content_illegal: cat.illegal ? 'Yes' : 'No',
      category: cat.category,
      ...(cat.keywords ? { category_specification: cat.keywords } : {}),
      ...contentType(d.subject_type),
      ...(contentLanguage(d.text, d.locale) ? { content_language: contentLanguage(d.text, d.locale) } : {}),
      content_date: day(d.created_at) as string,
      application_date: day(d.created_at) as string,
      territorial_scope: scope,
      decision_facts: `Automated screening of the ${d.subject_type} when it was sent found what the policy "${pi.title}" describes; the outcome was "${d.outcome}".`,
      source_type: 'SOURCE_VOLUNTARY',
      automated_detection: 'Yes',
      automated_decision: 'AUTOMATED_DECISION_FULLY',
    });
  }

  const actions = await sql<{
    id: string;
    type: string;
    feature: string | null;
    policy: string;
    policy_version: number | null;
    reason: string;
    automatic: boolean;
    decision_id: string | null;
    case_source: string | null;
    subject_type: string | null;
    starts_at: Date;
    ends_at: Date | null;
    detected_at: Date | null;
    role: string | null;
    plan: string | null;
    locale: string | null;
    text: string | null;
  }>`select a.id, a.type, a.feature, a.policy, a.policy_version, a.reason, a.automatic, a.decision_id, c.source as case_source,
        coalesce(c.subject_type, d.subject_type) as subject_type, a.starts_at, a.ends_at, least(d.created_at, c.opened_at) as detected_at,
        acc.role, acc.plan, coalesce((select n.locale from enforcement_notices n where n.action_id = a.id order by n.created_at limit 1), acc.profile->>'locale') as locale,
        coalesce(d.context->>'subjectText', c.subject_text, a.evidence->>'quote') as text
      from enforcement_actions a
      left join cases c on c.id = a.case_id
      left join decisions d on d.id = a.decision_id
      left join accounts acc on acc.id = a.account_id
      where a.created_at >= ${from} and a.created_at < ${to} and a.type <> 'warning' and a.status not in ('proposed', 'declined')
      order by a.created_at, a.id`.execute(db);
  for (const a of actions.rows) {
    const pi = info(a.policy, a.policy_version);
    const cat = categoryOf(a.policy);
    const end = a.ends_at ? day(a.ends_at) : null;
    const restriction: Partial<StatementOfReasons> =
      a.type === 'restriction'
        ? { decision_provision: 'DECISION_PROVISION_PARTIAL_SUSPENSION', end_date_service_restriction: end }
        : a.type === 'payment_hold'
          ? { decision_monetary: 'DECISION_MONETARY_SUSPENSION', end_date_monetary_restriction: end }
          : a.type === 'suspension'
            ? { decision_account: 'DECISION_ACCOUNT_SUSPENDED', end_date_account_restriction: end }
            : { decision_account: 'DECISION_ACCOUNT_TERMINATED' };
    const reported = a.case_source === 'report';
    const automatedDetection = !reported && (a.decision_id !== null || a.case_source === 'detection');
    const what =
      a.type === 'restriction'
        ? `restricted the account's ${(a.feature ?? 'use of a feature').replace(/_/g, ' ')}`
        : a.type === 'payment_hold'
          ? 'held the payouts of the account'
          : a.type === 'suspension'
            ? 'suspended the account'
            : 'closed the account';
    out.push({
      puid: `action:${a.id}`,
      ...restriction,
      account_type: accountType(a.role, a.plan),
      decision_ground: 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
      ...(pi.url ? { decision_ground_reference_url: pi.url } : {}),
      incompatible_content_ground: `Marketplace terms: ${pi.title} (policy ${a.policy}${a.policy_version ? ` v${a.policy_version}` : ''})`,
      incompatible_content_explanation: a.reason,
      incompatible_content_illegal: cat.illegal ? 'Yes' : 'No',
      category: cat.category,
      ...(cat.keywords ? { category_specification: cat.keywords } : {}),
      ...contentType(a.subject_type),
      ...(contentLanguage(a.text, a.locale) ? { content_language: contentLanguage(a.text, a.locale) } : {}),
      content_date: (day(a.detected_at) ?? day(a.starts_at)) as string,
      application_date: day(a.starts_at) as string,
      territorial_scope: scope,
      decision_facts: `${reported ? "A user's report" : automatedDetection ? "Warden's automated screening" : 'A reviewer'} found conduct the policy "${pi.title}" describes; ${a.automatic ? 'the platform automatically' : 'a reviewer'} ${what}${a.ends_at ? ` until ${day(a.ends_at)}` : ''}.`,
      source_type: reported ? 'SOURCE_ARTICLE_16' : 'SOURCE_VOLUNTARY',
      automated_detection: automatedDetection ? 'Yes' : 'No',
      automated_decision: a.automatic ? 'AUTOMATED_DECISION_FULLY' : automatedDetection ? 'AUTOMATED_DECISION_PARTIALLY' : 'AUTOMATED_DECISION_NOT_AUTOMATED',
    });
  }
  return out;
}
