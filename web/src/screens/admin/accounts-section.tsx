// /admin/accounts — every account, newest first, searched by name or email: name, email, plan, sites, last seen and
// status, 50 at a time. Opening one shows its panel (plan, usage, sites and the actions on it).
import { useState } from 'react';
import { errorMessage, useAdminAccounts } from '../../api/index.ts';
import { Alert, Badge, classNames, LoadingBlock } from '../../ui/index.ts';
import { relativeTime } from '../dashboard/relative-time.ts';
import { AccountPanel } from './account-panel.tsx';
import { AdminTable, EmptyRow, Td, Th } from './admin-table.tsx';
import { LoadMore } from './load-more.tsx';
import { SearchForm } from './search-form.tsx';

export function AccountsSection() {
  const [query, setQuery] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const accounts = useAdminAccounts(query);
  const rows = accounts.data?.pages.flatMap((page) => page.accounts) ?? [];
  const now = Date.now();
  return (
    <div className={classNames('grid gap-6', openId && 'lg:grid-cols-[minmax(0,1fr)_24rem]')}>
      <div className="min-w-0">
        <SearchForm label="Search accounts" placeholder="Name or email" onSearch={setQuery} />
        {accounts.isError && !accounts.isFetchNextPageError ? <Alert tone="danger">{errorMessage(accounts.error)}</Alert> : null}
        {accounts.isPending ? (
          <LoadingBlock label="Loading the accounts…" />
        ) : (
          <AdminTable
            label="Accounts"
            header={
              <>
                <Th>Name</Th>
                <Th>Email</Th>
                <Th>Plan</Th>
                <Th className="text-right">Sites</Th>
                <Th>Last seen</Th>
                <Th>Status</Th>
              </>
            }
            footer={accounts.hasNextPage ? <LoadMore list={accounts} /> : null}
          >
            {rows.length === 0 ? <EmptyRow columns={6}>{query ? `No account matches “${query}”.` : 'No accounts yet.'}</EmptyRow> : null}
            {rows.map((account) => (
              <tr key={account.id} className={classNames(openId === account.id && 'bg-brand-50')} data-testid="account-row">
                <Td>
                  <button type="button" onClick={() => setOpenId(account.id)} className="focus-ring rounded text-left font-medium whitespace-nowrap text-brand-700 underline-offset-2 hover:underline" aria-label={`Open the account of ${account.name || account.email}`}>
                    {account.name || '(no name)'}
                  </button>
                </Td>
                <Td className="whitespace-nowrap">{account.email}</Td>
                <Td className="whitespace-nowrap">{account.plan ?? '—'}</Td>
                <Td className="text-right tabular-nums">{account.ownedSites}</Td>
                <Td className="whitespace-nowrap text-ink-muted">{account.lastSeenAt ? relativeTime(account.lastSeenAt, now) : 'never'}</Td>
                <Td className="whitespace-nowrap">
                  {account.suspended ? <Badge tone="warning">suspended</Badge> : <Badge tone="success">active</Badge>} {account.isPlatformAdmin ? <Badge tone="brand">admin</Badge> : null}
                </Td>
              </tr>
            ))}
          </AdminTable>
        )}
      </div>
      {openId ? (
        <div className="order-first lg:order-none">
          <AccountPanel key={openId} userId={openId} onClose={() => setOpenId(null)} />
        </div>
      ) : null}
    </div>
  );
}
