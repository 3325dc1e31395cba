// The Settings screen's AI part: how many times a model call is tried, how long each try may take, and the most the
// platform spends on models a day. The server checks the values; its messages show beside the fields.
import { useState, type FormEvent } from 'react';
import { errorMessage, type RuntimeSettings } from '../../api/index.ts';
import { Alert, Button, Card, CardBody, Field, Input } from '../../ui/index.ts';
import { useSettingsChange } from './use-settings-change.ts';

type AiSettings = RuntimeSettings['ai'];
const FIELDS: { key: keyof AiSettings; label: string; hint: string; inputMode: 'numeric' | 'decimal' }[] = [
  { key: 'attempts', label: 'Tries per AI request', hint: 'The first try included, 1 to 6. A provider error or a timeout is tried again.', inputMode: 'numeric' },
  { key: 'timeoutSeconds', label: 'Time per try (seconds)', hint: 'A try still unanswered after this long is given up, 1 to 600.', inputMode: 'numeric' },
  { key: 'dailyBudgetUsd', label: 'Daily AI budget (US dollars)', hint: 'Once spent, AI requests wait for the next day (UTC).', inputMode: 'decimal' },
];

/** A number as typed, or the text itself so that the server names the field. */
const asNumber = (typed: string) => (/^\s*\d+(\.\d+)?\s*$/.test(typed) ? Number(typed) : typed);

export function AiSettingsForm({ settings }: { settings: AiSettings }) {
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(FIELDS.map(({ key }) => [key, String(settings[key])])));
  const { saving, problems } = useSettingsChange('The AI settings are saved and in force everywhere within seconds.');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    saving.mutate({ ai: Object.fromEntries(FIELDS.map(({ key }) => [key, asNumber(values[key] ?? '')])) as AiSettings });
  };
  const formProblem = saving.isError && Object.keys(problems).length === 0 ? errorMessage(saving.error) : null;
  return (
    <Card>
      <CardBody>
        <form onSubmit={submit} noValidate aria-labelledby="ai-settings-heading" className="space-y-4">
          <h2 id="ai-settings-heading" className="text-title font-semibold">
            AI requests
          </h2>
          <div className="grid gap-4 md:grid-cols-3">
            {FIELDS.map(({ key, label, hint, inputMode }) => (
              <Field key={key} label={label} hint={hint} error={problems[`ai/${key}`]}>
                {(control) => <Input {...control} inputMode={inputMode} value={values[key] ?? ''} onChange={(event) => setValues({ ...values, [key]: event.target.value })} />}
              </Field>
            ))}
          </div>
          {formProblem ? <Alert tone="danger">{formProblem}</Alert> : null}
          <Button type="submit" isBusy={saving.isPending}>
            Save AI settings
          </Button>
        </form>
      </CardBody>
    </Card>
  );
}
