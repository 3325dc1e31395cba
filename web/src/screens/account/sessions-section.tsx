// Where the account is signed in, in words ("Chrome on Linux · this device · signed in 2 hours ago"), with a way to
// sign out one device or every other one.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Laptop, Smartphone } from 'lucide-react';
import { accountKeys, endOtherSessions, endSession, errorMessage, useAccountSessions } from '../../api/index.ts';
import { Alert, Button, LoadingBlock, useToast } from '../../ui/index.ts';
import { SettingsSection } from '../settings/settings-section.tsx';
import { deviceName, sessionDetails } from './describe-session.ts';

const isPhone = (userAgent: string | null) => /iPhone|Android|Mobile/.test(userAgent ?? '');

export function SessionsSection() {
  const sessions = useAccountSessions();
  const queryClient = useQueryClient();
  const toast = useToast();
  const refresh = () => queryClient.invalidateQueries({ queryKey: accountKeys.sessions });
  const ending = useMutation({
    mutationFn: endSession,
    onSuccess: async () => {
      await refresh();
      toast('That device is signed out.', 'success');
    },
  });
  const endingOthers = useMutation({
    mutationFn: endOtherSessions,
    onSuccess: async ({ ended }) => {
      await refresh();
      toast(ended === 1 ? 'Signed out 1 other device.' : `Signed out ${ended} other devices.`, 'success');
    },
  });
  const now = new Date();
  const others = sessions.data?.filter((session) => !session.isCurrent).length ?? 0;
  return (
    <SettingsSection id="sessions-heading" title="Where you are signed in" description="Each browser or device signed in to your account. Sign out any you do not recognise, then change your password.">
      {sessions.isPending ? <LoadingBlock label="Loading your devices…" /> : null}
      {sessions.isError ? <Alert tone="danger">{errorMessage(sessions.error)}</Alert> : null}
      {sessions.data ? (
        <ul className="divide-y divide-line rounded-control border border-line">
          {sessions.data.map((session) => {
            const Icon = isPhone(session.userAgent) ? Smartphone : Laptop;
            const name = deviceName(session.userAgent);
            return (
              <li key={session.id} className="flex flex-wrap items-center gap-3 p-3">
                <Icon aria-hidden="true" className="size-5 shrink-0 text-ink-muted" />
                <div className="min-w-0 flex-1">
                  <p className="text-body font-medium text-ink">{name}</p>
                  <p className="text-small text-ink-muted">{sessionDetails(session, now)}</p>
                </div>
                {session.isCurrent ? null : (
                  <Button size="sm" variant="ghost" isBusy={ending.isPending && ending.variables === session.id} onClick={() => ending.mutate(session.id)} aria-label={`Sign out ${name}, ${sessionDetails(session, now)}`}>
                    Sign out
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
      {ending.isError ? <Alert tone="danger">{errorMessage(ending.error)}</Alert> : null}
      {endingOthers.isError ? <Alert tone="danger">{errorMessage(endingOthers.error)}</Alert> : null}
      <Button variant="secondary" className="w-full sm:w-auto" disabled={others === 0} isBusy={endingOthers.isPending} onClick={() => endingOthers.mutate()}>
        Sign out everywhere else
      </Button>
    </SettingsSection>
  );
}
