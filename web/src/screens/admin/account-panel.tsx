// One account, opened from the list: its plan and standing, what it uses against its limits, the sites it owns,
// and the operator's actions — suspend (with a reason, confirmed), lift the suspension, change its limits, and
// mail it a link to choose a new password. Each action shows what happened, or the server's reason for refusing.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { X } from 'lucide-react';
import { useState } from 'react';
import { adminKeys, type AdminAccountDetail, errorMessage, sendPasswordReset, suspendAccount, unsuspendAccount, useAdminAccount, useAdminSites } from '../../api/index.ts';
import { Alert, Badge, Button, Card, CardBody, LoadingBlock } from '../../ui/index.ts';
import { formatBytes, formatDateTime } from './admin-format.ts';
import { limitText, NUMERIC_LIMITS } from './account-limits.ts';
import { LimitsForm } from './limits-form.tsx';
import { ReasonDialog } from './reason-dialog.tsx';

function UsageList({ billing }: { billing: AdminAccountDetail['billing'] }) {
  return (
    <dl className="divide-y divide-line rounded-control border border-line text-small">
      {NUMERIC_LIMITS.map(({ key, label, isBytes }) => {
        const used = billing.usage[key] ?? 0;
        return (
          <div key={key} className="flex items-baseline justify-between gap-3 px-3 py-2">
            <dt className="text-ink-muted">{label.replace(' (MB)', '')}</dt>
            <dd className="text-right text-ink tabular-nums">
              {isBytes ? formatBytes(used) : used}{' '}
              <span className="text-ink-muted">{billing.limits[key] === null ? '· no limit' : `of ${limitText(billing.limits[key], isBytes)}`}</span>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

/** The sites the account owns, by address (found through the sites search by the owner's email). */
function OwnedSites({ detail }: { detail: AdminAccountDetail }) {
  const sites = useAdminSites(detail.account.email);
  const owned = (sites.data?.pages.flatMap((page) => page.sites) ?? []).filter((site) => detail.sites.includes(site.id));
  if (detail.sites.length === 0) return <p className="text-small text-ink-muted">No sites.</p>;
  if (sites.isPending) return <p className="text-small text-ink-muted">Loading the sites…</p>;
  return (
    <ul className="space-y-1 text-small">
      {owned.map((site) => (
        <li key={site.id} className="flex flex-wrap items-center gap-2">
          <span className="font-medium break-all text-ink">{site.subdomain}</span>
          {site.pausedReason ? <Badge tone="warning">paused</Badge> : site.isPublished ? <Badge tone="success">published</Badge> : <Badge>not published</Badge>}
        </li>
      ))}
    </ul>
  );
}

function Actions({ detail }: { detail: AdminAccountDetail }) {
  const { account } = detail;
  const queryClient = useQueryClient();
  const [isSuspending, setIsSuspending] = useState(false);
  const [isEditingLimits, setIsEditingLimits] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: adminKeys.all });
  const sites = (count: number) => (count === 1 ? '1 site' : `${count} sites`);
  const suspending = useMutation({
    mutationFn: (reason: string) => suspendAccount(account.id, reason),
    onSuccess: async ({ pausedSites }) => {
      setIsSuspending(false);
      setResult(`${account.name || account.email} is suspended: signed out everywhere, and ${sites(pausedSites)} paused.`);
      await refresh();
    },
  });
  const lifting = useMutation({
    mutationFn: () => unsuspendAccount(account.id),
    onSuccess: async ({ resumedSites }) => {
      setResult(`The suspension is lifted; ${sites(resumedSites)} back online.`);
      await refresh();
    },
  });
  const resetting = useMutation({ mutationFn: () => sendPasswordReset(account.id), onSuccess: ({ sentTo }) => setResult(`A link to choose a new password is on its way to ${sentTo}.`) });
  const failed = [lifting, resetting].find((mutation) => mutation.isError);
  if (isEditingLimits) {
    return (
      <LimitsForm
        detail={detail}
        onDone={() => {
          setIsEditingLimits(false);
        }}
      />
    );
  }
  return (
    <div className="space-y-3">
      {result ? <Alert tone="success">{result}</Alert> : null}
      {failed ? <Alert tone="danger">{errorMessage(failed.error)}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        {account.suspended ? (
          <Button size="sm" variant="secondary" isBusy={lifting.isPending} onClick={() => lifting.mutate()}>
            Lift the suspension
          </Button>
        ) : (
          <Button size="sm" variant="danger" onClick={() => setIsSuspending(true)}>
            Suspend…
          </Button>
        )}
        <Button size="sm" variant="secondary" onClick={() => setIsEditingLimits(true)}>
          Change limits
        </Button>
        <Button size="sm" variant="secondary" isBusy={resetting.isPending} onClick={() => resetting.mutate()}>
          Send password-reset mail
        </Button>
      </div>
      <ReasonDialog
        isOpen={isSuspending}
        onClose={() => setIsSuspending(false)}
        title={`Suspend ${account.name || account.email}?`}
        description="They are signed out everywhere and can’t sign in, and each of their published sites shows a paused page until you lift the suspension."
        confirmLabel="Suspend account"
        isBusy={suspending.isPending}
        error={suspending.error}
        onConfirm={(reason) => suspending.mutate(reason)}
      />
    </div>
  );
}

export function AccountPanel({ userId, onClose }: { userId: string; onClose: () => void }) {
  const account = useAdminAccount(userId);
  const detail = account.data;
  return (
    <Card>
      <CardBody className="space-y-5">
        <div className="flex items-start justify-between gap-3">
          <div className="min-w-0">
            <h2 className="text-title font-semibold break-words">{detail ? detail.account.name || detail.account.email : 'Account'}</h2>
            {detail ? <p className="text-small break-all text-ink-muted">{detail.account.email}</p> : null}
          </div>
          <button type="button" onClick={onClose} className="focus-ring -m-1 rounded-control p-1 text-ink-muted hover:bg-canvas hover:text-ink" aria-label="Close the account">
            <X aria-hidden="true" className="size-5" />
          </button>
        </div>
        {account.isPending ? <LoadingBlock label="Loading the account…" /> : null}
        {account.isError ? <Alert tone="danger">{errorMessage(account.error)}</Alert> : null}
        {detail ? (
          <>
            {detail.account.suspended ? (
              <Alert tone="danger" title={`Suspended ${formatDateTime(detail.account.suspended.at)}`}>
                {detail.account.suspended.reason}
              </Alert>
            ) : null}
            <div className="space-y-1 text-small">
              <p className="flex flex-wrap items-center gap-2">
                <span className="font-semibold text-ink">{detail.billing.plan.name} plan</span>
                {detail.billing.standing !== 'good' ? <Badge tone="warning">{detail.billing.standing}</Badge> : null}
                {detail.account.isPlatformAdmin ? <Badge tone="brand">admin</Badge> : null}
              </p>
              <p className="text-ink-muted">Joined {formatDateTime(detail.account.createdAt)}</p>
            </div>
            <section aria-label="Use against limits" className="space-y-2">
              <h3 className="text-small font-semibold text-ink">This month, against the limits</h3>
              <UsageList billing={detail.billing} />
            </section>
            <section aria-label="Sites" className="space-y-2">
              <h3 className="text-small font-semibold text-ink">Sites</h3>
              <OwnedSites detail={detail} />
            </section>
            <Actions key={detail.account.id} detail={detail} />
          </>
        ) : null}
      </CardBody>
    </Card>
  );
}
