// A person's business description, made safe to hand to a model: no control or invisible characters, no markup,
// no template syntax a prompt builder or a model might evaluate, no special tokens, no text that talks to the
// model ("ignore previous instructions", "system: …"). What remains is plain prose, at most 2,000 characters.
import { validationError } from '../errors.ts';
import { MAX_DESCRIPTION_LENGTH } from '../input-text.ts';

/** The create form counts against the same number (MAX_DESCRIPTION_LENGTH). */
export const MAX_PROMPT_LENGTH = MAX_DESCRIPTION_LENGTH;

const FIELD = 'body/prompt';

/** `<|im_start|>` (with the role that follows it), `<|endoftext|>` and other special tokens, plus Llama's `[INST]`, `<<SYS>>` and `<s>`. */
const SPECIAL_TOKENS = /<\|[^|<>]{0,80}\|>(?:\s*(?:system|user|assistant|developer)\b)?|\[\/?INST\]|<<\/?SYS>>|<\/?s>/gi;

/** Whole template constructs (their content goes too), innermost first so that nesting unwinds. */
const TEMPLATE_CONSTRUCTS = [/\{\{[^{}]{0,500}\}\}/g, /\{%[^{}]{0,500}%\}/g, /\$\{[^{}]{0,500}\}/g, /<%[^<>]{0,500}%>/g, /\[\[[^[\]]{0,500}\]\]/g];

/** Markers left over once the constructs are gone (unclosed ones, or pieces of a longer construct). */
const TEMPLATE_MARKERS = /\{\{|\}\}|\{%|%\}|\$\{|<%|%>|\[\[|\]\]|<\||\|>/g;

const MARKUP = [/<(script|style|textarea|title)\b[\s\S]*?<\/\1\s*>/gi, /<!--[\s\S]*?(?:-->|$)/g, /<\/?[a-z!?][^<>]*>/gi, /<\/?[a-z!?][^<>]*$/gi];

/** A role label opening a line: `system:`, `### Assistant:`, `[user]`, `developer >`. */
const ROLE_PREFIX = /^[\s#>*-]*(?:\[\s*)?(?:system|assistant|user|developer|human|ai|bot|model|instructions?)(?:\s*\])?\s*[:>]\s*/gim;

const INJECTION_PHRASES = [
  /\b(?:please\s+)?(?:ignore|disregard|forget|override|bypass|skip)\s+(?:all\s+|any\s+|every\s+|the\s+|your\s+|my\s+)*(?:of\s+the\s+)?(?:previous|prior|above|earlier|preceding|former|original|system|initial)\s+(?:instructions?|prompts?|rules|messages?|directions|context|guidelines|text)\b[.!]?/gi,
  /\b(?:ignore|disregard|forget)\s+(?:everything|all)\s+(?:above|before|previously|you\s+(?:were|have\s+been)\s+told)\b[.!]?/gi,
  /\b(?:new|updated|real)\s+(?:system\s+)?instructions?\s*:/gi,
  /\byou\s+are\s+now\s+(?:an?\s+)?(?:ai|assistant|chatbot|language\s+model|gpt|dan|unrestricted|jailbroken)\b[^.!?]*[.!?]?/gi,
  /\b(?:system|developer)\s+(?:prompt|message)\b/gi,
];

/** Control characters and invisible format characters (zero-width, bidirectional overrides, BOM). */
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

/** Control and invisible characters turned into spaces, white space collapsed: what every prompt gets, edits too. */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim();
}

function cleanOnce(text: string): string {
  let cleaned = text.replace(SPECIAL_TOKENS, ' ');
  for (const pattern of MARKUP) cleaned = cleaned.replace(pattern, ' ');
  for (const pattern of TEMPLATE_CONSTRUCTS) cleaned = cleaned.replace(pattern, ' ');
  cleaned = cleaned.replace(TEMPLATE_MARKERS, ' ');
  cleaned = cleaned.replace(ROLE_PREFIX, '');
  for (const pattern of INJECTION_PHRASES) cleaned = cleaned.replace(pattern, ' ');
  // Collapse runs of spaces but keep line breaks, so that role labels at the start of a line are still found.
  return cleaned.replace(/[^\S\n]+/g, ' ').replace(/ ?\n ?/g, '\n');
}

/**
 * The cleaned text, which may be empty or too long; sanitizePrompt() is the checked version. Cleaning repeats until
 * nothing changes, so that removing one piece cannot assemble another (`{{{{x}}}}`, `ign<b>ore previous…`).
 */
export function cleanPrompt(raw: string): string {
  let text = raw
    .normalize('NFKC')
    .replace(/\r\n?|[\t\v\f\u0085\u2028\u2029]/g, (match) => (match === '\t' ? ' ' : '\n'))
    .replace(/[\p{Cc}\p{Cf}]/gu, (match) => (match === '\n' ? match : ''));
  for (let round = 0; round < 10; round += 1) {
    const next = cleanOnce(text);
    if (next === text) break;
    text = next;
  }
  return withoutInvisible(text);
}

/** The cleaned description, or a 400 VALIDATION_FAILED on `body/prompt` when nothing is left or too much is. */
export function sanitizePrompt(raw: string): string {
  const cleaned = cleanPrompt(raw);
  if (cleaned === '') {
    throw validationError([{ path: FIELD, message: 'Describe the business in a few words: nothing readable was left once markup and template syntax were removed.' }]);
  }
  if (cleaned.length > MAX_PROMPT_LENGTH) {
    throw validationError([{ path: FIELD, message: `Keep the description to ${MAX_PROMPT_LENGTH.toLocaleString('en')} characters; it has ${cleaned.length.toLocaleString('en')} once cleaned.` }]);
  }
  return cleaned;
}
