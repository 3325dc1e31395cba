// The Settings screen's switches: whether new accounts can sign up, whether new sites can be written by AI, and a
// line every signed-in person sees at the top of the app (empty: none).
import { useState, type FormEvent } from 'react';
import { errorMessage, type RuntimeSettings } from '../../api/index.ts';
import { Alert, Button, Card, CardBody, Field, Input } from '../../ui/index.ts';
import { useSettingsChange } from './use-settings-change.ts';

type Flags = RuntimeSettings['flags'];

function Switch({ label, hint, isOn, onChange }: { label: string; hint: string; isOn: boolean; onChange: (isOn: boolean) => void }) {
  return (
    <label className="flex items-start gap-3">
      <input type="checkbox" className="focus-ring mt-0.5 size-4 shrink-0 accent-brand-700" checked={isOn} onChange={(event) => onChange(event.target.checked)} />
      <span>
        <span className="block text-small font-medium text-ink">{label}</span>
        <span className="block text-small text-ink-muted">{hint}</span>
      </span>
    </label>
  );
}

export function FlagsForm({ flags }: { flags: Flags }) {
  const [signUpsOpen, setSignUpsOpen] = useState(flags.signUpsOpen);
  const [generationOn, setGenerationOn] = useState(flags.generationOn);
  const [banner, setBanner] = useState(flags.maintenanceBanner ?? '');
  const { saving, problems } = useSettingsChange('Saved: everyone sees the change within seconds.');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    saving.mutate({ flags: { signUpsOpen, generationOn, maintenanceBanner: banner.trim() === '' ? null : banner } });
  };
  const formProblem = saving.isError && Object.keys(problems).length === 0 ? errorMessage(saving.error) : null;
  return (
    <Card>
      <CardBody>
        <form onSubmit={submit} noValidate aria-labelledby="flags-heading" className="space-y-4">
          <h2 id="flags-heading" className="text-title font-semibold">
            Sign-ups, new sites and notices
          </h2>
          <Switch label="Sign-ups open" hint="New people can create an account." isOn={signUpsOpen} onChange={setSignUpsOpen} />
          <Switch label="New sites by AI" hint="People can have a new site written from a description." isOn={generationOn} onChange={setGenerationOn} />
          <Field label="Notice for everyone" hint="Shown at the top of the app to everyone signed in, e.g. planned maintenance. Leave it empty for none." error={problems['flags/maintenanceBanner']}>
            {(control) => <Input {...control} value={banner} maxLength={400} onChange={(event) => setBanner(event.target.value)} />}
          </Field>
          {formProblem ? <Alert tone="danger">{formProblem}</Alert> : null}
          <Button type="submit" isBusy={saving.isPending}>
            Save
          </Button>
        </form>
      </CardBody>
    </Card>
  );
}
