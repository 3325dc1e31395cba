// The AI settings of /admin/ai: the model of each role (with the providers this server can call), attempts, time
// per attempt, the daily budget and how much of a page the editing model reads. Saving sends only what changed; the
// server checks each model as start-up does and its refusals appear beside their fields. In force on every server
// within seconds, and audited.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { adminAiKeys, ApiError, type AiSettings, changeAiSettings, errorMessage, type ModelProvider, useAdminSettings, useModelProviders } from '../../api/index.ts';
import { Alert, Button, Card, CardBody, Field, Input, LoadingBlock, useToast } from '../../ui/index.ts';
import { aiChangeFrom, type AiForm, aiFormFrom, CONTEXT_STRATEGIES, ROLES } from './ai-settings-form.ts';

function ProvidersLine({ providers }: { providers: ModelProvider[] }) {
  const ready = providers.filter((provider) => provider.isReady).map((provider) => provider.label);
  const missing = providers.filter((provider) => !provider.isReady).map((provider) => provider.label);
  return (
    <p className="text-small text-ink-muted" data-testid="providers">
      {ready.length > 0 ? `This server can call ${ready.join(', ')}.` : 'This server has no AI provider set up yet, so every role works offline.'}
      {ready.length > 0 && missing.length > 0 ? ` Not set up: ${missing.join(', ')}.` : ''}
    </p>
  );
}

function SettingsForm({ current, providers }: { current: AiSettings; providers: ModelProvider[] }) {
  const [form, setForm] = useState<AiForm>(() => aiFormFrom(current));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const listId = useId();
  const queryClient = useQueryClient();
  const toast = useToast();
  useEffect(() => setForm(aiFormFrom(current)), [current]);
  const saving = useMutation({
    mutationFn: changeAiSettings,
    onSuccess: (settings) => {
      queryClient.setQueryData(adminAiKeys.settings, settings);
      toast('Saved. Every server uses the new settings within a few seconds.', 'success');
    },
    onError: (error) => setProblems(error instanceof ApiError ? error.fieldErrors : {}),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = aiChangeFrom(form, current);
    if ('problems' in result) return setProblems(result.problems);
    setProblems({});
    if (Object.keys(result.change).length === 0) return toast('Nothing to save: these are the settings in force.');
    saving.mutate(result.change);
  };
  const suggestions = ['offline', ...providers.filter((provider) => provider.isReady).map((provider) => `${provider.name}:`)];
  const numberField = (key: 'attempts' | 'timeoutSeconds' | 'dailyBudgetUsd', label: string, hint: string) => (
    <Field label={label} hint={hint} error={problems[key]}>
      {(control) => <Input {...control} inputMode={key === 'dailyBudgetUsd' ? 'decimal' : 'numeric'} value={form[key]} onChange={(event) => setForm({ ...form, [key]: event.target.value })} />}
    </Field>
  );
  return (
    <form onSubmit={submit} noValidate aria-label="AI settings" className="space-y-6">
      <fieldset className="space-y-3">
        <legend className="text-title font-semibold text-ink">Models</legend>
        <ProvidersLine providers={providers} />
        <p className="text-small text-ink-muted">
          Write <span className="font-mono">offline</span> for PageHub’s built-in rules (free, no AI), or a provider and its model joined by a colon, such as{' '}
          <span className="font-mono">anthropic:claude-sonnet-4-5</span>.
        </p>
        <datalist id={listId}>
          {suggestions.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
        <div className="grid gap-3 md:grid-cols-2">
          {ROLES.map((role) => (
            <Field key={role.key} label={role.label} hint={role.hint} error={problems[role.key]}>
              {(control) => (
                <Input {...control} list={listId} spellCheck={false} autoCapitalize="off" value={form.models[role.key]} onChange={(event) => setForm({ ...form, models: { ...form.models, [role.key]: event.target.value } })} />
              )}
            </Field>
          ))}
        </div>
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="text-title font-semibold text-ink">Calls and spending</legend>
        <div className="grid gap-3 md:grid-cols-3">
          {numberField('attempts', 'Attempts per call', 'When a provider fails or is too slow, PageHub tries again, up to this many times in all (1 to 6).')}
          {numberField('timeoutSeconds', 'Seconds per attempt', 'An attempt that takes longer is given up (1 to 600).')}
          {numberField('dailyBudgetUsd', 'Daily budget (US dollars)', 'Once the day’s AI spending reaches it, AI requests pause until midnight UTC.')}
        </div>
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="text-title font-semibold text-ink">What the editing model reads</legend>
        {CONTEXT_STRATEGIES.map((strategy) => (
          <label key={strategy.value} className="flex cursor-pointer gap-3 rounded-control border border-line p-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
            <input type="radio" name="contextStrategy" value={strategy.value} className="mt-1 size-4 shrink-0 accent-brand-700" checked={form.contextStrategy === strategy.value} onChange={() => setForm({ ...form, contextStrategy: strategy.value })} />
            <span>
              <span className="block text-body font-medium text-ink">{strategy.label}</span>
              <span className="block text-small text-ink-muted">{strategy.hint}</span>
            </span>
          </label>
        ))}
        {problems.contextStrategy ? <p className="text-small font-medium text-danger">{problems.contextStrategy}</p> : null}
      </fieldset>
      {saving.isError ? <Alert tone="danger">{errorMessage(saving.error)}</Alert> : null}
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={() => {
            setForm(aiFormFrom(current));
            setProblems({});
          }}>
          Undo my changes
        </Button>
        <Button type="submit" isBusy={saving.isPending}>
          Save AI settings
        </Button>
      </div>
    </form>
  );
}

export function AiSettingsCard() {
  const settings = useAdminSettings();
  const providers = useModelProviders();
  return (
    <Card>
      <CardBody>
        {settings.isError || providers.isError ? <Alert tone="danger">{errorMessage(settings.error ?? providers.error)}</Alert> : null}
        {settings.data && providers.data ? <SettingsForm current={settings.data.ai} providers={providers.data} /> : settings.isError || providers.isError ? null : <LoadingBlock label="Loading the AI settings…" />}
      </CardBody>
    </Card>
  );
}
