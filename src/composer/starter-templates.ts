import { INDUSTRIES } from './industries/index.ts';

export interface StarterTemplate {
  industry: string;
  label: string;
  prompt: string;
}

/** One example description per industry, for a template gallery: composing it shows that industry's layout. */
export function listStarterTemplates(): StarterTemplate[] {
  return INDUSTRIES.map((profile) => ({ industry: profile.id, label: profile.label, prompt: profile.starterPrompt }));
}
