// /admin/settings — what an operator changes while PageHub runs: AI tries, time and daily budget; sign-ups, new
// sites and a notice for everyone; limits per plan. Each part saves on its own, is kept in the audit log, and is in
// force on every server within seconds.
import { errorMessage, useRuntimeSettings } from '../../api/index.ts';
import { Alert, LoadingBlock } from '../../ui/index.ts';
import { AiSettingsForm } from './ai-settings-form.tsx';
import { FlagsForm } from './flags-form.tsx';
import { PlanLimitsSettingsForm } from './plan-limits-settings-form.tsx';

export function SettingsSection() {
  const settings = useRuntimeSettings();
  return (
    <div className="space-y-6">
      <p className="text-body text-ink-muted">Changes take effect on every server within a few seconds, and each one is kept in the audit log.</p>
      {settings.isError ? <Alert tone="danger">{errorMessage(settings.error)}</Alert> : null}
      {settings.isPending ? <LoadingBlock label="Loading the settings…" /> : null}
      {settings.data ? (
        <>
          <AiSettingsForm settings={settings.data.ai} />
          <FlagsForm flags={settings.data.flags} />
          <PlanLimitsSettingsForm limits={settings.data.limits} />
        </>
      ) : null}
    </div>
  );
}
