// The side panel: who the account is, its history with the other party, its prior cases.
import { query } from '../../api/client.ts';
import { useResource } from '../../api/hooks.ts';
import { AccountOverview, useAccountResources } from '../../components/account-overview.tsx';
import { Card } from '../../components/ui.tsx';
import { formatDate, formatMoney, humanize, plural } from '../../lib/format.ts';
import { Link } from '../../lib/router.tsx';
import { type CaseList, type CaseModel, toCaseList } from '../../models/cases.ts';

export function AccountCard({ kase }: { kase: CaseModel }) {
  const acc = kase.subject.accountId;
  const r = useAccountResources(acc);
  const prior = useResource<Parameters<typeof toCaseList>[0], CaseList>(
    `/v1/cases${query({ accountId: acc, status: 'all', sort: 'newest', limit: 6 })}`,
    toCaseList,
  );
  const rel = r.account.data?.relationships.find((x) => x.counterpartId === kase.subject.counterpartId);
  const others = (prior.data?.rows ?? []).filter((x) => x.id !== kase.id);
  return (
    <Card title="Account" className="account-card">
      <AccountOverview accountId={acc} r={r} link>
        {kase.subject.counterpartId && (
          <div className="relationship">
            <h3>
              With <Link to={`/accounts/${encodeURIComponent(kase.subject.counterpartId)}`}>{kase.subject.counterpartId}</Link>
            </h3>
            {rel ? (
              <p className="small">
                {rel.messages} message{rel.messages === 1 ? '' : 's'} since {formatDate(rel.firstMessageAt)} ·{' '}
                {rel.contractsStarted ? `${plural(rel.contractsStarted, 'contract')}, ${formatMoney(rel.totalPaidCents)} paid` : <strong>no contract</strong>}
              </p>
            ) : (
              <p className="small muted">No earlier contact between them.</p>
            )}
          </div>
        )}
        <div className="prior">
          <h3>Prior cases</h3>
          {others.length === 0 ? (
            <p className="small muted">None: this is the first.</p>
          ) : (
            <ul>
              {others.map((x) => (
                <li key={x.id}>
                  <Link to={`/cases/${encodeURIComponent(x.id)}`}>{x.reason}</Link>
                  <span className="small muted">
                    {' '}
                    {formatDate(x.openedAt)} · {x.resolution ? humanize(x.resolution) : humanize(x.status)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </AccountOverview>
    </Card>
  );
}
