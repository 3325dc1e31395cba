// The offline composer: a deterministic, rule-based (not AI) generator that turns an English business
// description into a complete, valid Site document. It is PageHub's default generator when no model is
// configured, so it must be instant, predictable and honest: it reads the name, industry, place, services,
// contact details, opening hours, colours and style words it can find; fills in everything else from one of its
// industry profiles (palette, fonts, layout, page set and industry-specific copy); and reports every assumption
// in `notes`. Same description in, byte-identical document out — no clock, no randomness, no network.
// docs/offline-composer.md describes what it extracts, the industries it knows and its limits.
export { composeSite, type ComposeResult } from './compose-site.ts';
export type { ComposeNote, NoteFix } from './compose-notes.ts';
export { extractFacts } from './extract-facts.ts';
export { extractName, type NameGuess } from './extract-name.ts';
export { FONT_STYLE_WORDS, styleFonts } from './compose-theme.ts';
export type { BusinessFlags, ExtractedFacts } from './facts.ts';
export { INDUSTRIES } from './industries/index.ts';
export type { IndustryProfile } from './industries/index.ts';
export { listStarterTemplates, type StarterTemplate, starterSiteFor } from './starter-templates.ts';
export { extractHours } from './extract-hours.ts';
export { lookupCity, lookupRegion } from './gazetteer.ts';
