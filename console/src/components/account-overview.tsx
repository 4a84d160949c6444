// Who an account is, at a glance: name, standing on the ladder, money, JSS, badges, trust
// level, verification, feedback and its trust facts. Shown in a case's side panel and at the
// top of the account page; both read the same three endpoints (account, standing, trust).
import type { ReactNode } from 'react';
import { useResource } from '../api/hooks.ts';
import { formatDate, formatMoney, humanize, tenure } from '../lib/format.ts';
import { Link } from '../lib/router.tsx';
import { type AccountTrustView, type AccountView, type TrustSummary, toTrustSummary } from '../models/accounts.ts';
import { type Standing, toStandingSummary } from '../models/enforcement.ts';
import { Chip, ErrorState } from './ui.tsx';

const TRUST_TONES: Record<string, 'ok' | 'warn' | 'bad' | 'neutral'> = { high: 'ok', medium: 'neutral', low: 'bad', unknown: 'neutral' };

export interface AccountResources {
  account: ReturnType<typeof useResource<AccountView>>;
  standing: ReturnType<typeof useResource<Standing>>;
  trust: ReturnType<typeof useResource<AccountTrustView, TrustSummary>>;
}

/** The three reads an overview needs; `null` reads nothing yet. */
export function useAccountResources(accountId: string | null): AccountResources {
  const base = accountId === null ? null : `/v1/accounts/${encodeURIComponent(accountId)}`;
  return {
    account: useResource<AccountView>(base),
    standing: useResource<Standing>(base && `${base}/standing`),
    trust: useResource<AccountTrustView, TrustSummary>(base && `${base}/trust`, toTrustSummary),
  };
}

/** `link`: the name links to the account page (from a case); `full`: the standing's summary sentence too. */
export function AccountOverview({
  accountId,
  r,
  link,
  full,
  children,
}: {
  accountId: string;
  r: AccountResources;
  link?: boolean;
  full?: boolean;
  children?: ReactNode;
}) {
  const a = r.account.data;
  const s = r.standing.data ? toStandingSummary(r.standing.data) : null;
  const trust = r.trust;
  const name = a?.displayName ?? accountId;
  return (
    <>
      {r.account.error && r.account.error.status !== 404 && <ErrorState error={r.account.error} onRetry={r.account.reload} />}
      <div className="account-head">
        <span className="avatar" aria-hidden="true">
          {name.slice(0, 1).toUpperCase()}
        </span>
        <div>
          {link ? (
            <Link to={`/accounts/${encodeURIComponent(accountId)}`} className="account-link" data-testid="account-link">
              <strong>{name}</strong>
            </Link>
          ) : (
            <strong>{name}</strong>
          )}
          <div className="muted small">
            {accountId}
            {a?.role ? ` · ${a.role}` : ''}
            {a?.country ? ` · ${a.country}` : ''}
          </div>
        </div>
      </div>
      {s && (
        <div className={`standing-pill tone-${s.tone}`} data-testid="account-standing">
          <strong>{s.statusLabel}</strong>
          <span className="small">
            {s.activeStrikes} strike{s.activeStrikes === 1 ? '' : 's'} · {s.strikePoints} point{s.strikePoints === 1 ? '' : 's'}
            {s.nextStep ? ` · next: ${s.nextStep}` : ''}
          </span>
          {full && <span className="small standing-summary">{s.summary}</span>}
        </div>
      )}
      <dl className="facts">
        <dt>Tenure</dt>
        <dd>{a ? tenure(a.createdAt ?? a.firstSeenAt) : '—'}</dd>
        <dt>Earned</dt>
        <dd>{a ? formatMoney(a.money.totalEarnedCents) : '—'}</dd>
        <dt>Spent</dt>
        <dd>{a ? formatMoney(a.money.totalSpentCents) : '—'}</dd>
        <dt>JSS</dt>
        <dd data-testid="account-jss">
          {trust.data?.jss != null ? (
            <>
              <strong>{trust.data.jss}%</strong>
              {trust.data.jssNote && <span className="muted small"> · {trust.data.jssNote}</span>}
            </>
          ) : (
            <span className="muted">{trust.data?.jssNote ?? (trust.data ? 'not a freelancer' : '—')}</span>
          )}
        </dd>
        <dt>Badges</dt>
        <dd className="chips" data-testid="account-badges">
          {trust.data?.badges.length ? (
            trust.data.badges.map((b) => (
              <Chip key={b} tone="accent">
                {b}
              </Chip>
            ))
          ) : (
            <span className="muted">none</span>
          )}
          {trust.data?.badgesRemovedUntil && <Chip tone="warn">withdrawn until {formatDate(trust.data.badgesRemovedUntil)}</Chip>}
        </dd>
        <dt>Trust</dt>
        <dd className="chips" data-testid="account-trust">
          {trust.data?.level ? (
            <Chip tone={TRUST_TONES[trust.data.level] ?? 'neutral'} title={`${trust.data.side ?? 'account'} trust level`}>
              {humanize(trust.data.level)}
            </Chip>
          ) : (
            <span className="muted">—</span>
          )}
          {trust.data?.trustedClient && <Chip tone="ok">Trusted client</Chip>}
        </dd>
        <dt>Verification</dt>
        <dd className="chips">
          <Chip tone={a?.paymentVerified ? 'ok' : 'neutral'}>{a?.paymentVerified ? 'Payment ✓' : 'Payment unverified'}</Chip>
          <Chip tone={a?.identityVerified ? 'ok' : 'neutral'}>{a?.identityVerified ? 'ID ✓' : 'ID unverified'}</Chip>
        </dd>
        <dt>Feedback</dt>
        <dd>{a?.feedback.averageStars != null ? `${a.feedback.averageStars.toFixed(1)}★ from ${a.feedback.received}` : <span className="muted">none</span>}</dd>
        <dt>Contracts</dt>
        <dd>{a ? `${a.contracts.total} (${a.contracts.active} active)` : '—'}</dd>
      </dl>
      {trust.data?.facts.length ? (
        <div className="trust-block">
          <h3>Trust facts</h3>
          <ul className="small trust-facts" data-testid="trust-facts">
            {trust.data.facts.map((f) => (
              <li key={f.text} className={`fact-${f.tone}`}>
                {f.text}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {children}
    </>
  );
}
