import type { Site } from '../site/index.ts';
import { composeSite } from './compose-site.ts';
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

/** JSON-escaped, without the quotes: how `text` appears inside a JSON string. */
const inJson = (text: string) => JSON.stringify(text).slice(1, -1);

/**
 * The template's site told as the person's own business: composed from the example description (so the layout,
 * trade and sections are the template's), then the example's name, wherever a text says it, replaced by `name` —
 * no sentence of the new site speaks of the example business.
 */
export function starterSiteFor(template: StarterTemplate, name: string | undefined): Site {
  const { site, facts } = composeSite(template.prompt);
  const named: Site = name ? { ...site, name, business: { ...site.business, name } } : site;
  if (!name || !facts.name) return named;
  return JSON.parse(JSON.stringify(named).split(inJson(facts.name)).join(inJson(name))) as Site;
}
