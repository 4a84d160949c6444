// Stored notices: facts are kept language-neutral and rendered in the reader's locale.
import { randomUUID } from 'node:crypto';
import { accountLanguage } from '../../events/locale.ts';
import type { DbOrTx } from '../../store/db.ts';
import type { EnforceConfig } from '../config.ts';
import '../tables.ts';
import { type Notice, type NoticeFacts, type NoticeKind, renderNotice } from './render.ts';

/** The account's language (locale sent by the marketplace, else a guess from the country), else the default. */
export async function accountLocale(db: DbOrTx, accountId: string, cfg: EnforceConfig): Promise<string> {
  return (await accountLanguage(db, accountId)) ?? cfg.defaultLocale;
}

export async function createNotice(
  tx: DbOrTx,
  facts: NoticeFacts,
  refs: { actionId?: string; strikeId?: string; appealId?: string; verificationId?: string },
  cfg: EnforceConfig,
  now: Date,
): Promise<Notice> {
  const locale = await accountLocale(tx, facts.accountId, cfg);
  const id = `ntc_${randomUUID()}`;
  await tx
    .insertInto('enforcement_notices')
    .values({
      id,
      account_id: facts.accountId,
      kind: facts.kind,
      action_id: refs.actionId ?? null,
      strike_id: refs.strikeId ?? null,
      appeal_id: refs.appealId ?? null,
      verification_id: refs.verificationId ?? null,
      locale,
      facts: JSON.stringify(facts),
      created_at: now,
    })
    .execute();
  return { id, accountId: facts.accountId, kind: facts.kind, createdAt: now.toISOString(), facts, ...renderNotice(facts, locale, cfg) };
}

/**
 * The account's notices, newest first, rendered in `locale` (else each one's own). `maskQuote`
 * hides contact details in the quoted content before rendering, so text, Markdown and HTML show
 * the same masked quote (masking a rendering afterwards misses Markdown's escaped text).
 */
export async function listNotices(
  db: DbOrTx,
  accountId: string,
  cfg: EnforceConfig,
  locale?: string,
  limit = 50,
  maskQuote?: (quote: string) => string,
): Promise<Notice[]> {
  const rows = await db
    .selectFrom('enforcement_notices')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => {
    const stored = r.facts as unknown as NoticeFacts;
    const facts = maskQuote && stored.quote ? { ...stored, quote: maskQuote(stored.quote) } : stored;
    return {
      id: r.id,
      accountId: r.account_id,
      kind: r.kind as NoticeKind,
      createdAt: new Date(r.created_at).toISOString(),
      facts,
      ...renderNotice(facts, locale ?? r.locale, cfg),
    };
  });
}
