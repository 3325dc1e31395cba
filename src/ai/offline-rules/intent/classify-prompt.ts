// The order the rules are tried in. Narrow, strong signals come first (a language, a symptom, "logo", an image to
// make, SEO, a page, a business detail), then whole sections (move, remove, add), then looks, then text edits;
// a prompt no rule claims gets a question.
import type { Intent } from '../../intent.ts';
import type { SiteOutline } from '../../site-outline.ts';
import { clarification, validIntent } from './build-intent.ts';
import { businessRule } from './business-rules.ts';
import { clarificationRule, contentEditRule } from './content-rules.ts';
import { addPageRule, removePageRule, renamePageRule, seoRule } from './page-rules.ts';
import { readPrompt, type PromptReading } from './prompt-reading.ts';
import { addSectionRule, layoutRule, removeSectionRule } from './section-rules.ts';
import { fixBugRule, generateImageRule, logoRule, translateRule } from './special-rules.ts';
import { styleRule } from './style-rules.ts';

type Rule = (reading: PromptReading) => Intent | undefined;

const RULES: readonly Rule[] = [
  translateRule, fixBugRule, logoRule, generateImageRule, seoRule, renamePageRule, removePageRule, addPageRule,
  businessRule, layoutRule, removeSectionRule, addSectionRule, styleRule, contentEditRule,
];

const EMPTY_QUESTION = 'What would you like to change on your site? For example: "Change the headline to …", "Make the primary colour green" or "Add a testimonials section".';

/** The intent of one chat prompt against the site's outline. */
export function classifyPrompt(prompt: string, outline: SiteOutline): Intent {
  const reading = readPrompt(prompt, outline);
  if (!/\p{L}/u.test(reading.original)) return validIntent(clarification(EMPTY_QUESTION));
  for (const rule of RULES) {
    const intent = rule(reading);
    if (intent) return validIntent(intent);
  }
  return validIntent(clarificationRule(reading));
}
