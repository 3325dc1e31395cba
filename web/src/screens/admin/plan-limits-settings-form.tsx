// The Settings screen's limits per plan: pick a plan, then set any of its limits for every account on it — a whole
// number, "no limit", or empty for the plan's own. An account's own limits (Accounts) still come first. Saving
// replaces this plan's limits and keeps the other plans'.
import { useState, type FormEvent } from 'react';
import { type AdminPlan, errorMessage, type PlanLimitSettings, useAdminPlans } from '../../api/index.ts';
import { Alert, Button, Card, CardBody, Field, Input } from '../../ui/index.ts';
import { limitText, NUMERIC_LIMITS } from './account-limits.ts';
import { limitTexts, limitValues, type PlanKey, SETTING_PLANS } from './plan-limit-values.ts';
import { PressedChoice } from './pressed-choice.tsx';
import { useSettingsChange } from './use-settings-change.ts';

function PlanLimitsFields({ plan, limits, own }: { plan: PlanKey; limits: PlanLimitSettings; own: AdminPlan | undefined }) {
  const [texts, setTexts] = useState<Record<string, string>>(() => limitTexts(limits[plan]));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const label = SETTING_PLANS.find((entry) => entry.value === plan)?.label ?? plan;
  const { saving, problems: refused } = useSettingsChange(`The limits of the ${label} plan are saved.`);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = limitValues(texts);
    setProblems('problems' in result ? result.problems : {});
    if ('limits' in result) saving.mutate({ limits: { ...limits, [plan]: result.limits } });
  };
  const formProblem = saving.isError && Object.keys(refused).length === 0 ? errorMessage(saving.error) : null;
  return (
    <form onSubmit={submit} noValidate aria-label={`Limits of the ${label} plan`} className="space-y-4">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {NUMERIC_LIMITS.map(({ key, label: fieldLabel, isBytes }) => (
          <Field key={key} label={fieldLabel} hint={own ? `The plan’s own: ${limitText(own.limits[key], isBytes)}` : undefined} error={problems[key] ?? refused[`limits/${plan}/${key}`]}>
            {(control) => <Input {...control} placeholder="plan’s own" value={texts[key] ?? ''} onChange={(event) => setTexts({ ...texts, [key]: event.target.value })} />}
          </Field>
        ))}
      </div>
      {formProblem ? <Alert tone="danger">{formProblem}</Alert> : null}
      <Button type="submit" isBusy={saving.isPending}>
        Save {label} limits
      </Button>
    </form>
  );
}

export function PlanLimitsSettingsForm({ limits }: { limits: PlanLimitSettings }) {
  const [plan, setPlan] = useState<PlanKey>('free');
  const plans = useAdminPlans();
  return (
    <Card>
      <CardBody className="space-y-4">
        <div>
          <h2 className="text-title font-semibold">Limits per plan</h2>
          <p className="mt-1 text-small text-ink-muted">For every account on a plan, in place of the plan’s own limits. Limits set on one account (under Accounts) still come first. “No payments” is every account’s plan while this server takes no payments.</p>
        </div>
        <PressedChoice label="Plan" options={SETTING_PLANS} value={plan} onChange={setPlan} />
        <PlanLimitsFields key={plan} plan={plan} limits={limits} own={plans.data?.find((entry) => entry.id === plan)} />
      </CardBody>
    </Card>
  );
}
