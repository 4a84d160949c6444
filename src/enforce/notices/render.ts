// Notices: language-neutral facts, rendered per locale from template files into plain
// text, Markdown and HTML. User content and reviewer text are escaped for each format.
// A notice names the policy and quotes the user's own words; it is never given detector
// names, signal types or scores, so it cannot leak them.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IntlMessageFormat } from 'intl-messageformat';
import { knownPolicyTitle, policyTitleIn } from '../../policy/titles.ts';
import type { EnforceConfig, LadderAction } from '../config.ts';

export const NOTICE_KINDS = [
  'strike',
  'action',
  'action_lifted',
  'action_expired',
  'appeal_upheld',
  'appeal_overturned',
  'verification_requested',
  'verification_rejected',
  'verification_approved',
  'appeal_question',
  'appeal_reply',
  'payout_held',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export interface NoticeFacts {
  kind: NoticeKind;
  accountId: string;
  policy?: { name: string; version?: number | null };
  action?: { id: string; type: LadderAction; feature?: string | null; status: string; startsAt: string; endsAt: string | null };
  strike?: { id: string; expiresAt: string };
  /** The user's own content, as they wrote it. */
  quote?: string;
  /**
   * `next`: the step a new incident would bring (`reviewed`: a person decides it, the ladder only
   * proposes it for this account); `pending`: a step proposed to a reviewer and not yet decided,
   * which is what comes next while it waits (the ladder does not move past it).
   */
  standing?: {
    activePoints: number;
    activeStrikes: number;
    next: { minPoints: number; action: LadderAction; reviewed?: boolean } | null;
    pending?: LadderAction | null;
  };
  appealDeadline?: string;
  /** Reviewer's words (lift, appeal decision, verification rejection). */
  reason?: string;
  restored?: string[];
  /** Actions still in force after a lift or an overturn (types), so a notice never promises what it did not restore. */
  remaining?: string[];
  /** `level: 'light'`: the owner only confirms the sign-in (no ID document, no selfie). */
  verification?: { id: string; dueAt: string; trigger: string; level?: 'light' };
  /**
   * A payout held for a reviewer (payout_held): which one, the decision and case behind it, and
   * the policy's own notice (ICU text per language, from the policy document) that says why.
   */
  payout?: { id: string | null; eventId: string; amountCents: number | null; decisionId: string; caseId: string | null; message: Record<string, string> };
}

export interface RenderedNotice {
  locale: string;
  subject: string;
  text: string;
  markdown: string;
  html: string;
}

/** A stored notice: its facts and its rendering in the requested locale. */
export interface Notice extends RenderedNotice {
  id: string;
  accountId: string;
  kind: NoticeKind;
  createdAt: string;
  facts: NoticeFacts;
}

type Templates = {
  locale: string;
  actionNames: Record<string, string>;
  featureNames: Record<string, string>;
  triggers: Record<string, string>;
  subject: Record<NoticeKind, string>;
  intro: Record<NoticeKind, string>;
  labels: Record<string, string> & { restoredItems: Record<string, string> };
  canDo: Record<string, string[]>;
  cannotDo: Record<string, string[]>;
  askGuidance: { recipient: string; suggestedReply: string; reportLabel: string };
};

const TEMPLATE_DIR = join(dirname(fileURLToPath(import.meta.url)), 'templates');

function deepMerge<T>(base: T, over: unknown): T {
  if (typeof base !== 'object' || base === null || Array.isArray(base) || typeof over !== 'object' || over === null) return (over ?? base) as T;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(over)) out[k] = deepMerge((base as Record<string, unknown>)[k], v);
  return out as T;
}

/** Every *.json in templates/ is a language; keys it lacks fall back to English. */
function loadTemplates(): Map<string, Templates> {
  const files = readdirSync(TEMPLATE_DIR).filter((f) => f.endsWith('.json'));
  const raw = new Map(files.map((f) => [f.slice(0, -5), JSON.parse(readFileSync(join(TEMPLATE_DIR, f), 'utf8'))]));
  const en = raw.get('en') as Templates;
  return new Map([...raw].map(([locale, t]) => [locale, deepMerge(en, t)]));
}
const TEMPLATES = loadTemplates();

export function availableLocales(): string[] {
  return [...TEMPLATES.keys()].sort();
}

/** `es-MX` → `es`; unknown → the default. */
export function resolveLocale(wanted: string | undefined | null, fallback = 'en'): string {
  if (!wanted) return TEMPLATES.has(fallback) ? fallback : 'en';
  const lower = wanted.toLowerCase();
  if (TEMPLATES.has(lower)) return lower;
  const base = lower.split(/[-_]/)[0];
  return TEMPLATES.has(base) ? base : resolveLocale(null, fallback);
}

/**
 * The words an inline notice or a quoted text needs in `locale` (the notices' catalogue, English
 * for what a language lacks): a policy's title when the catalogue has one (undefined otherwise,
 * so the policy document's own title stays), and the placeholder for hidden contact details.
 */
export function noticeWordsIn(locale: string | undefined | null): {
  locale: string;
  policyTitle(policy: string): string | undefined;
  contactHidden: string;
  /** Why a verification was asked, by its trigger ("to confirm that it is really you using your account"). */
  verificationTrigger(trigger: string): string;
} {
  const loc = resolveLocale(locale);
  const t = TEMPLATES.get(loc) as Templates;
  return {
    locale: loc,
    policyTitle: (policy) => knownPolicyTitle(loc, policy),
    contactHidden: t.labels.contactHidden,
    verificationTrigger: (trigger) => t.triggers[trigger] ?? t.triggers.policy,
  };
}

/** Verification asked on automatic, possibly network-only facts: missing it never holds anything by itself. */
const WEAK_TRIGGERS = new Set(['policy', 'suspicious_login']);

const formats = new Map<string, IntlMessageFormat>();
/** Formats an ICU MessageFormat template (plurals, selects) in the notice's language. */
function fill(template: string, vars: Record<string, string | number>, locale = 'en'): string {
  const key = `${locale}\u0000${template}`;
  let f = formats.get(key);
  if (!f) {
    f = new IntlMessageFormat(template, locale);
    formats.set(key, f);
  }
  try {
    return String(f.format(vars));
  } catch {
    // A variable the facts do not have: leave its placeholder rather than fail the notice.
    return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
  }
}

export function policyUrl(cfg: Pick<EnforceConfig, 'policyBaseUrl'>, policy: string): string {
  return `${cfg.policyBaseUrl.replace(/\/+$/, '')}/${encodeURIComponent(policy)}`;
}

export function standingUrl(cfg: Pick<EnforceConfig, 'standingUrl'>, accountId: string): string {
  return cfg.standingUrl.replace('{accountId}', encodeURIComponent(accountId));
}

type Block =
  | { kind: 'para'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'quote'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'link'; text: string; url: string };

function formatDate(iso: string, locale: string): string {
  return `${new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso))} (UTC)`;
}

function blocksFor(f: NoticeFacts, t: Templates, locale: string, cfg: EnforceConfig): { subject: string; blocks: Block[] } {
  const policyTitle = f.policy ? policyTitleIn(locale, f.policy.name) : '';
  const actionType = f.action?.type ?? 'notification';
  const vars: Record<string, string> = {
    policyTitle,
    actionName: t.actionNames[actionType] ?? actionType,
    reason: f.reason ?? '',
    maxChars: new Intl.NumberFormat(locale).format(cfg.appealMaxChars),
  };
  if (f.verification) {
    vars.dueDate = formatDate(f.verification.dueAt, locale);
    vars.trigger = t.triggers[f.verification.trigger] ?? t.triggers.policy;
  }
  // A hold for a missed identity verification is not about something the user wrote: say the real reason.
  const light = f.verification?.level === 'light' && (f.kind === 'verification_requested' || f.kind === 'verification_rejected');
  const intro =
    f.kind === 'action' && f.policy?.name === 'identity_verification' ? t.labels.introVerificationMissed : light ? t.labels.introConfirmOwner : t.intro[f.kind];
  // A held payout says what its policy says, in the reader's language (the policy's English when it has none).
  const policyMessage = f.payout ? (f.payout.message[locale] ?? f.payout.message.en ?? Object.values(f.payout.message)[0] ?? '') : undefined;
  const blocks: Block[] = [{ kind: 'para', text: policyMessage !== undefined ? fill(policyMessage, { count: 1 }, locale) : fill(intro, vars, locale) }];
  if (f.quote) blocks.push({ kind: 'heading', text: t.labels.yourContent }, { kind: 'quote', text: f.quote });

  const restrictive = f.kind === 'strike' || f.kind === 'action' || f.kind === 'appeal_upheld';
  if (restrictive) {
    const feature = f.action?.feature ? (t.featureNames[f.action.feature] ?? f.action.feature) : '';
    const can = t.canDo[actionType] ?? [];
    const cannot = (t.cannotDo[actionType] ?? []).map((s) => fill(s, { feature }, locale));
    if (can.length) blocks.push({ kind: 'heading', text: t.labels.canDo }, { kind: 'list', items: can });
    if (cannot.length) blocks.push({ kind: 'heading', text: t.labels.cannotDo }, { kind: 'list', items: cannot });
    if (f.action && f.action.type !== 'warning') {
      const end =
        f.action.type === 'permanent_suspension'
          ? t.labels.permanent
          : f.action.endsAt
            ? fill(t.labels.endsAt, { date: formatDate(f.action.endsAt, locale) }, locale)
            : t.labels.noEnd;
      blocks.push({ kind: 'heading', text: t.labels.ends }, { kind: 'para', text: end });
    }
  }
  if (f.restored?.length) {
    blocks.push({ kind: 'heading', text: t.labels.restored }, { kind: 'list', items: f.restored.map((r) => t.labels.restoredItems[r] ?? r) });
  }
  if (f.remaining?.length) {
    blocks.push(
      { kind: 'heading', text: t.labels.remaining },
      { kind: 'list', items: f.remaining.map((r) => fill(t.labels.remainingItem, { actionName: t.actionNames[r] ?? r }, locale)) },
    );
  }
  if (f.standing && (restrictive || f.kind === 'appeal_overturned' || f.kind === 'action_lifted')) {
    const s = f.standing;
    const thisStrike = !!f.strike && restrictive && s.activeStrikes > 0;
    const line = fill(t.labels.strikes, { count: s.activeStrikes, points: s.activePoints }, locale);
    const counts = thisStrike && f.strike ? ` ${fill(t.labels.strikeCounts, { strikeExpires: formatDate(f.strike.expiresAt, locale) }, locale)}` : '';
    const name = (a: LadderAction) => t.actionNames[a] ?? a;
    const next = s.pending
      ? fill(t.labels.nextPending, { pendingAction: name(s.pending) }, locale)
      : s.next
        ? fill(s.next.reviewed ? t.labels.nextReviewed : t.labels.next, { nextAction: name(s.next.action) }, locale)
        : t.labels.nextNone;
    const text = `${line}${counts} ${next}`;
    blocks.push({ kind: 'heading', text: t.labels.standing }, { kind: 'para', text });
  }
  if (f.appealDeadline && restrictive && f.kind !== 'appeal_upheld') {
    blocks.push(
      { kind: 'heading', text: t.labels.appeal },
      { kind: 'para', text: fill(t.labels.appealBy, { ...vars, date: formatDate(f.appealDeadline, locale) }, locale) },
    );
  }
  if (light) blocks.push({ kind: 'para', text: fill(t.labels.confirmLapses, vars, locale) });
  else if (f.kind === 'verification_requested')
    blocks.push({
      kind: 'para',
      text: fill(f.verification && WEAK_TRIGGERS.has(f.verification.trigger) ? t.labels.verifyByReview : t.labels.verifyBy, vars, locale),
    });
  if (f.kind === 'verification_rejected' && f.verification && !light) blocks.push({ kind: 'para', text: fill(t.labels.verifyAgainBy, vars, locale) });
  if (f.policy) blocks.push({ kind: 'link', text: fill(t.labels.readPolicy, vars, locale), url: policyUrl(cfg, f.policy.name) });
  blocks.push({ kind: 'link', text: t.labels.openStanding, url: standingUrl(cfg, f.accountId) });
  return { subject: fill(light ? t.labels.subjectConfirmOwner : t.subject[f.kind], vars, locale), blocks };
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
/** Backslash-escapes Markdown syntax and HTML-escapes angle brackets (renderers pass raw HTML through). */
export const escapeMarkdown = (s: string) => s.replace(/[\\`*_{}[\]()#+\-.!|~]/g, '\\$&').replace(/[<>&]/g, (c) => HTML_ESCAPES[c]);
const safeUrl = (u: string) => (/^https?:\/\//i.test(u) ? u : '#');

function toText(subject: string, blocks: Block[]): string {
  const out = [subject, ''];
  for (const b of blocks) {
    if (b.kind === 'para') out.push(b.text, '');
    else if (b.kind === 'heading') out.push(`${b.text}:`);
    else if (b.kind === 'quote') out.push(...b.text.split('\n').map((l) => `  > ${l}`), '');
    else if (b.kind === 'list') out.push(...b.items.map((i) => `  - ${i}`), '');
    else out.push(`${b.text}: ${b.url}`);
  }
  return `${out.join('\n').trim()}\n`;
}

function toMarkdown(subject: string, blocks: Block[]): string {
  const out = [`## ${escapeMarkdown(subject)}`, ''];
  for (const b of blocks) {
    if (b.kind === 'para') out.push(escapeMarkdown(b.text), '');
    else if (b.kind === 'heading') out.push(`### ${escapeMarkdown(b.text)}`, '');
    else if (b.kind === 'quote') out.push(...b.text.split('\n').map((l) => `> ${escapeMarkdown(l)}`), '');
    else if (b.kind === 'list') out.push(...b.items.map((i) => `- ${escapeMarkdown(i)}`), '');
    else out.push(`[${escapeMarkdown(b.text)}](<${safeUrl(b.url).replace(/[<>\s]/g, encodeURIComponent)}>)`, '');
  }
  return `${out.join('\n').trim()}\n`;
}

function toHtml(subject: string, blocks: Block[], locale: string): string {
  const out = [`<article lang="${escapeHtml(locale)}">`, `<h2>${escapeHtml(subject)}</h2>`];
  for (const b of blocks) {
    if (b.kind === 'para') out.push(`<p>${escapeHtml(b.text)}</p>`);
    else if (b.kind === 'heading') out.push(`<h3>${escapeHtml(b.text)}</h3>`);
    else if (b.kind === 'quote') out.push(`<blockquote>${escapeHtml(b.text).replace(/\n/g, '<br>')}</blockquote>`);
    else if (b.kind === 'list') out.push(`<ul>${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`);
    else out.push(`<p><a href="${escapeHtml(safeUrl(b.url))}">${escapeHtml(b.text)}</a></p>`);
  }
  out.push('</article>');
  return out.join('\n');
}

/** What an inline "not delivered" notice states: the content's kind and the action that holds it. */
export interface HeldFacts {
  kind: 'message' | 'proposal' | 'job' | 'profile';
  accountId: string;
  action: { type: LadderAction; feature: string | null; endsAt: string | null; policy: string };
}

/**
 * The inline notice for content held because the sender's account is suspended or restricted:
 * what was not delivered and why, the policy, that it is kept (an overturn sends it), and where to appeal.
 */
export function renderHeldNotice(f: HeldFacts, locale: string, cfg: EnforceConfig): { locale: string; title: string; text: string; url: string } {
  const loc = resolveLocale(locale, cfg.defaultLocale);
  const t = TEMPLATES.get(loc) as Templates;
  const vars = {
    kind: f.kind,
    actionName: t.actionNames[f.action.type] ?? f.action.type,
    feature: f.action.feature ? (t.featureNames[f.action.feature] ?? f.action.feature) : '',
    endsAt: f.action.endsAt ? formatDate(f.action.endsAt, loc) : 'none',
    policyTitle: policyTitleIn(loc, f.action.policy),
  };
  const intro = fill(f.action.type === 'restriction' ? t.labels.heldRestricted : t.labels.heldSuspended, vars, loc);
  const policy = fill(t.labels.heldPolicy, vars, loc);
  const appeal = `${t.labels.openStanding}: ${standingUrl(cfg, f.accountId)}`;
  return { locale: loc, title: vars.policyTitle, text: `${intro} ${policy}\n${appeal}`, url: policyUrl(cfg, f.action.policy) };
}

/** What the guidance for the person asked to move off the platform states. */
export interface AskGuidanceFacts {
  /** The asker's marketplace role (client, freelancer, agency…); null when unknown. */
  askerRole: string | null;
  /** How many off-platform asks this asker sent this recipient in the ask window, this one included. */
  asks: number;
}

/**
 * Guidance shown to the recipient of a request to move off the platform, in their language: that
 * they need not accept, a reply they can send to decline (`suggestedReply`), and the label of the
 * one-step report (`reportLabel`). ICU MessageFormat (`askerRole` select, `asks` plural).
 */
export function renderAskGuidance(
  f: AskGuidanceFacts,
  locale: string | null | undefined,
  cfg: Pick<EnforceConfig, 'defaultLocale'>,
): { locale: string; text: string; suggestedReply: string; reportLabel: string } {
  const loc = resolveLocale(locale, cfg.defaultLocale);
  const g = (TEMPLATES.get(loc) as Templates).askGuidance;
  const role = f.askerRole === 'client' || f.askerRole === 'freelancer' ? f.askerRole : 'other';
  return {
    locale: loc,
    text: fill(g.recipient, { askerRole: role, asks: f.asks, suggestedReply: g.suggestedReply }, loc),
    suggestedReply: g.suggestedReply,
    reportLabel: g.reportLabel,
  };
}

export function renderNotice(facts: NoticeFacts, locale: string, cfg: EnforceConfig): RenderedNotice {
  const loc = resolveLocale(locale, cfg.defaultLocale);
  const t = TEMPLATES.get(loc) as Templates;
  const { subject, blocks } = blocksFor(facts, t, loc, cfg);
  return { locale: loc, subject, text: toText(subject, blocks), markdown: toMarkdown(subject, blocks), html: toHtml(subject, blocks, loc) };
}
