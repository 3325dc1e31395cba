// /admin/settings — what an operator changes while PageHub runs: sign-ups, new sites and a notice for everyone;
// limits per plan. (The AI's models, tries, time and daily budget are on the AI tab.) Each part saves on its own, is
// kept in the audit log, and is in force on every server within seconds.
import { Link } from 'react-router';
import { errorMessage, useRuntimeSettings } from '../../api/index.ts';
import { Alert, LoadingBlock } from '../../ui/index.ts';
import { FlagsForm } from './flags-form.tsx';
import { PlanLimitsSettingsForm } from './plan-limits-settings-form.tsx';

export function SettingsSection() {
  const settings = useRuntimeSettings();
  return (
    <div className="space-y-6">
      <p className="text-body text-ink-muted">
        Changes take effect on every server within a few seconds, and each one is kept in the audit log. The AI’s models, tries, time and daily budget are on the{' '}
        <Link to="/admin/ai" className="focus-ring rounded-sm font-medium text-brand-700 underline underline-offset-2">
          AI
        </Link>{' '}
        tab.
      </p>
      {settings.isError ? <Alert tone="danger">{errorMessage(settings.error)}</Alert> : null}
      {settings.isPending ? <LoadingBlock label="Loading the settings…" /> : null}
      {settings.data ? (
        <>
          <FlagsForm flags={settings.data.flags} />
          <PlanLimitsSettingsForm limits={settings.data.limits} />
        </>
      ) : null}
    </div>
  );
}
