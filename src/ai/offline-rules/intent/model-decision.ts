// When the trained model (./intent-model.ts) changes what the rules answered. The rules stay first: a rule that
// claimed the prompt keeps it unless the model is sure of another intent and gives the rules' intent almost no
// chance (never a bug report: see decide); a prompt the rules could only ask about gets the model's intent when the
// model is sure. The target comes from the rules' readers: the chosen intent's own rule read alone, else the part,
// page or detail the prompt names that fits the intent; only where they find none, the target model
// (./target-model.ts) may name a part, detail or language the words clearly point at (never a page, never a look:
// a style needs the style rule). No target, no change.
import type { IntentType } from '../../intent.ts';
import { INTENT_MODULES } from '../../intents/index.ts';
import { intentOf, namedPageSlug, type RuleIntent } from './build-intent.ts';
import type { IntentGuess } from './intent-model.ts';
import type { PromptReading } from './prompt-reading.ts';
import type { TargetModel } from './target-model.ts';
import { PAGE_INTENTS, SECTION_INTENTS } from './word-scores.ts';

export interface DecisionThresholds {
  /** The model's probability at or above which it answers a prompt the rules could only ask about. */
  answersQuestion: number;
  /** The model's probability at or above which it overrules a rule… */
  overrules: number;
  /** …that gives the rule's intent at most this probability. */
  doubtsRule: number;
  /** The target model's share (among the targets its intent may have) at or above which it names what the readers could not… */
  namesTarget: number;
  /** …when the prompt's words raise that share at least this many times over its share before any word is read. */
  targetLift: number;
}

/**
 * Chosen by 5-fold cross-validation on the development prompts (docs/decisions/2026-12-03-trained-intent.md,
 * 2026-12-04-target-model.md): the best of the variants tried on all of them, and on fresh-2's and fresh-3's studied
 * two-thirds, which no rule was written on.
 */
export const THRESHOLDS: DecisionThresholds = { answersQuestion: 0.5, overrules: 0.9, doubtsRule: 0.02, namesTarget: 0.5, targetLift: 2 };

/** The answer: the rules', or the model's intent with a target the rules' readers (or the target model) find for it. */
export function decide(rules: RuleIntent, reading: PromptReading, guess: IntentGuess, thresholds: DecisionThresholds = THRESHOLDS, targets?: TargetModel): RuleIntent {
  if (guess.intent === rules.intent_type || guess.intent === 'needs_clarification') return rules;
  // A bug report names the look it complains about ("unreadable on the dark background"); words alone read it as a
  // wish for that look. The rules' symptom reading stands.
  if (rules.intent_type === 'fix_bug') return rules;
  const isQuestion = rules.intent_type === 'needs_clarification';
  const isSure = isQuestion ? guess.probability >= thresholds.answersQuestion : guess.probability >= thresholds.overrules && (guess.probabilities.get(rules.intent_type) ?? 0) <= thresholds.doubtsRule;
  if (!isSure) return rules;
  return intentWithTarget(guess.intent, reading) ?? (targets && modelTarget(guess.intent, reading, targets, thresholds)) ?? rules;
}

/** Parts every site has outside its pages. */
const SITE_PARTS: ReadonlySet<string> = new Set(['navbar', 'footer']);

/**
 * What the target model names for an intent the readers found no target for, when it is sure enough and the words
 * point at it: only a target the intent had in training that this site has (a part on one of its pages or the navbar
 * and footer); a new section may be any kind the intent had. A look and a page are never guessed.
 */
function modelTarget(type: IntentType, reading: PromptReading, targets: TargetModel, thresholds: DecisionThresholds): RuleIntent | undefined {
  // A page is named, never guessed: its words are ordinary words too ("not sure about this" is no About page), and
  // the readers know when they are a page's name.
  if (!TARGETED.has(type) || PAGE_INTENTS.has(type)) return undefined;
  const guess = targets.guess(reading.original, type, allowedTargets(type, reading));
  if (guess === undefined || guess.probability < thresholds.namesTarget || guess.probability < thresholds.targetLift * guess.prior) return undefined;
  return withTarget(type, guess.target, reading);
}

/** The intents the target model may name a target for: not a look (its value needs the style rule), not a new page's name. */
const TARGETED: ReadonlySet<IntentType> = new Set(['content_edit', 'update_layout', 'add_section', 'remove_section', 'fix_bug', 'generate_image', 'remove_page', 'rename_page', 'update_seo', 'update_business_info', 'translate', 'add_logo', 'replace_logo']);

/** The targets an intent may have on this site: a part it shows (any kind for a new one), a page it has. */
function allowedTargets(type: IntentType, reading: PromptReading): (target: string) => boolean {
  const onSite = new Set(reading.outline.pages.flatMap((page) => page.sections.map((section) => section.type)));
  const pages = new Set(reading.outline.pages.map((page) => page.slug));
  return (target) => (type === 'add_section' ? true : SECTION_INTENTS.has(type) ? onSite.has(target) || SITE_PARTS.has(target) : PAGE_INTENTS.has(type) ? pages.has(target) : true);
}

function withTarget(type: IntentType, target: string, reading: PromptReading): RuleIntent {
  const kind = type as Exclude<IntentType, 'needs_clarification'>;
  if (SECTION_INTENTS.has(type)) return intentOf(kind, target, { page: namedPageSlug(reading), sections: [target] });
  if (PAGE_INTENTS.has(type)) return intentOf(kind, target, { page: target });
  return intentOf(kind, target);
}

const BUSINESS_FIELDS: readonly [string, RegExp][] = [
  ['socials', /\b(?:instagram|insta|facebook|fb|twitter|tiktok|linkedin|pinterest|youtube|socials?)\b/],
  ['email', /@|\be-?mail\b/],
  ['phone', /\b(?:phone|number|tel|mobile|call(?:ing|s)?)\b/],
  ['address', /\b(?:address|street|road|moved|postcode|zip)\b/],
  ['hours', /\b(?:hours|open|opening|close[ds]?|closing|times)\b/],
  ['tagline', /\b(?:tagline|slogan|motto)\b/],
  ['description', /\b(?:description|summary|blurb)\b/],
  ['name', /\b(?:name|called|rebrand(?:ed)?)\b/],
];

/** The intent with the target its own rule reads, else the one the prompt's named parts, pages or details give. */
function intentWithTarget(type: IntentType, reading: PromptReading): RuleIntent | undefined {
  const rule = INTENT_MODULES[type].offlineRule?.(reading);
  if (rule && rule.intent_type === type) return rule;
  if (type === 'needs_clarification') return undefined;
  if (type === 'add_logo' || type === 'replace_logo') return intentOf(type, 'navbar', { sections: ['navbar'] });
  if (type === 'update_business_info') {
    const field = BUSINESS_FIELDS.find(([, words]) => words.test(reading.full));
    return field && intentOf(type, field[0]);
  }
  if (SECTION_INTENTS.has(type)) {
    const section = reading.sections.find((mention) => mention.kind === 'section') ?? reading.sections[0];
    return section && intentOf(type, section.type, { page: namedPageSlug(reading), sections: [section.type] });
  }
  if (PAGE_INTENTS.has(type) && type !== 'add_page') {
    const page = reading.pages.find((mention) => mention.slug !== undefined && !mention.isPlace) ?? reading.pages.find((mention) => mention.slug !== undefined);
    // Search engines look at the home page unless another is named.
    const slug = page?.slug ?? (type === 'update_seo' ? 'home' : undefined);
    return slug === undefined ? undefined : intentOf(type, slug, { page: slug });
  }
  return undefined;
}
