// How the signed-in member hears of new messages from visitors: a mail for each, one summary a day, or none.
// The choice is saved as soon as it is made, and is theirs alone (other members choose for themselves).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage, type LeadMail, leadKeys, setLeadNotifications, useLeadNotifications } from '../../api/index.ts';
import { Alert, Spinner, useToast } from '../../ui/index.ts';

const CHOICES: { value: LeadMail; label: string; hint: string }[] = [
  { value: 'instant', label: 'Email me each message', hint: 'A mail as soon as a visitor sends one.' },
  { value: 'daily', label: 'Email me once a day', hint: 'One summary each morning (UTC) of the messages nobody has read yet.' },
  { value: 'off', label: "Don't email me", hint: 'Messages still arrive here.' },
];

export function NotificationSetting({ siteId }: { siteId: string }) {
  const setting = useLeadNotifications(siteId);
  const queryClient = useQueryClient();
  const toast = useToast();
  // The choice shows at once (a controlled radio would otherwise spring back until the request starts).
  const [chosen, setChosen] = useState<LeadMail | null>(null);
  const saving = useMutation({
    mutationFn: (leadMail: LeadMail) => setLeadNotifications(siteId, { leadMail }),
    onSuccess: (saved) => {
      queryClient.setQueryData(leadKeys.notifications(siteId), saved);
      toast('Saved how you hear of new messages.', 'success');
    },
    onSettled: () => setChosen(null),
  });
  const current = chosen ?? setting.data?.leadMail;
  return (
    <fieldset className="rounded-card border border-line bg-surface p-4" data-testid="lead-notifications">
      <legend className="px-1 text-small font-semibold text-ink">Tell me about new messages</legend>
      {setting.isPending ? <Spinner label="Loading your setting" /> : null}
      {setting.isError ? <Alert tone="danger">{errorMessage(setting.error)}</Alert> : null}
      {setting.data ? (
        <div className="mt-1 space-y-2">
          {CHOICES.map((choice) => (
            <label key={choice.value} className="flex cursor-pointer items-start gap-3 rounded-control p-1.5 hover:bg-canvas">
              <input
                type="radio"
                name={`lead-mail-${siteId}`}
                value={choice.value}
                checked={current === choice.value}
                disabled={saving.isPending}
                onChange={() => {
                  setChosen(choice.value);
                  saving.mutate(choice.value);
                }}
                className="mt-1 size-4 shrink-0 accent-brand-700"
              />
              <span>
                <span className="block text-small font-medium text-ink">{choice.label}</span>
                <span className="block text-caption text-ink-muted">{choice.hint}</span>
              </span>
            </label>
          ))}
          <p className="text-caption text-ink-muted">This is your own choice; other members choose for themselves.</p>
        </div>
      ) : null}
      {saving.isError ? <Alert tone="danger" title="Your choice was not saved">{errorMessage(saving.error)}</Alert> : null}
    </fieldset>
  );
}
