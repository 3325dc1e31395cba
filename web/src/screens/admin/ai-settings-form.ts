// The AI settings form's values: what the fields hold (text), what a change sends (only what differs from the
// settings in force), and the problems found before sending.
import type { AiSettings, AiSettingsChange } from '../../api/index.ts';

export const ROLES = [
  { key: 'intent', label: 'Understanding requests', hint: 'Reads what a person asks for. A fast, cheap model is enough.' },
  { key: 'editor', label: 'Editing sites', hint: 'Writes the changes to a site. Use a strong model.' },
  { key: 'generator', label: 'Writing new sites', hint: 'Writes a whole site from a description.' },
  { key: 'image', label: 'Making pictures', hint: 'Makes a picture when a person asks for one.' },
] as const;

export type RoleKey = (typeof ROLES)[number]['key'];

export const CONTEXT_STRATEGIES = [
  { value: 'scoped', label: 'Only what the change needs', hint: 'The model reads just the sections a request is about. Cheapest and quickest.' },
  { value: 'page', label: 'The whole page', hint: 'The model also reads the rest of the page, so new text fits what is around it. Costs more per edit.' },
] as const;

export interface AiForm {
  models: Record<RoleKey, string>;
  attempts: string;
  timeoutSeconds: string;
  dailyBudgetUsd: string;
  contextStrategy: AiSettings['contextStrategy'];
}

export function aiFormFrom(settings: AiSettings): AiForm {
  return { models: { ...settings.models }, attempts: String(settings.attempts), timeoutSeconds: String(settings.timeoutSeconds), dailyBudgetUsd: String(settings.dailyBudgetUsd), contextStrategy: settings.contextStrategy };
}

/** The change to send (only what differs), or the problems to show beside the fields (keyed like the server's `errors[].path` ends). */
export function aiChangeFrom(form: AiForm, current: AiSettings): { change: AiSettingsChange } | { problems: Record<string, string> } {
  const problems: Record<string, string> = {};
  const whole = (text: string, key: string, min: number, max: number, what: string) => {
    const value = Number(text.trim());
    if (text.trim() === '' || !Number.isInteger(value) || value < min || value > max) problems[key] = `Enter ${what} from ${min} to ${max}.`;
    return value;
  };
  const attempts = whole(form.attempts, 'attempts', 1, 6, 'a whole number');
  const timeoutSeconds = whole(form.timeoutSeconds, 'timeoutSeconds', 1, 600, 'a number of seconds');
  const budget = Number(form.dailyBudgetUsd.trim().replace(/^\$/, ''));
  if (form.dailyBudgetUsd.trim() === '' || !Number.isFinite(budget) || budget < 0 || budget > 1_000_000) problems.dailyBudgetUsd = 'Enter an amount in US dollars, such as 25.';
  for (const { key } of ROLES) if (form.models[key].trim() === '') problems[key] = 'Enter “offline” or a provider and a model, such as anthropic:claude-sonnet-4-5.';
  if (Object.keys(problems).length > 0) return { problems };

  const change: AiSettingsChange = {};
  const models = Object.fromEntries(ROLES.filter(({ key }) => form.models[key].trim() !== current.models[key]).map(({ key }) => [key, form.models[key].trim()]));
  if (Object.keys(models).length > 0) change.models = models;
  if (attempts !== current.attempts) change.attempts = attempts;
  if (timeoutSeconds !== current.timeoutSeconds) change.timeoutSeconds = timeoutSeconds;
  if (budget !== current.dailyBudgetUsd) change.dailyBudgetUsd = budget;
  if (form.contextStrategy !== current.contextStrategy) change.contextStrategy = form.contextStrategy;
  return { change };
}
