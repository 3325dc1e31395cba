// What each role is told, as text for a model. Kept terse on purpose: every word here is paid for on every call
// (bench/ai.ts measures it). The offline rules read the same requests as data and never see this text.
import { INTENT_LIST } from './intents/index.ts';
import { outlineText } from './site-outline.ts';
import type { EditRequest, GenerateRequest, IntentRequest, TranslateRequest } from './roles.ts';
import type { FieldError } from '../errors.ts';

export interface ModelMessages {
  system: string;
  prompt: string;
}

const INTENT_SYSTEM = `Classify a website edit request. Answer JSON only.
intent_type: ${INTENT_LIST.map((module) => module.type).join('|')}.
target: ${targetGuide()}; null if unclear.
scope: page slug ("home" = home page) and the sections concerned, by type (or id where the outline gives one).
risk: high deletes a page, medium removes a section, else low. needs_clarification + question when the request is too vague to act on.`;

const EDITOR_SYSTEM = `You edit a website's JSON document with RFC 6902 JSON Patch. You see only the parts you may change, by JSON Pointer. Change exactly what is asked, nothing else; touch only the allowed paths; keep ids stable, new ids unique (lowercase, digits, hyphens). Text is plain (no HTML). Links: page:<pageId>, /path, #anchor, https:, mailto:, tel:. Answer JSON {summary, operations, question}: summary is one line; question only if impossible, with operations [].`;

const GENERATOR_SYSTEM = `You create complete small-business websites as one JSON document matching the given schema. Write real, specific, warm copy for the business described (no lorem ipsum, no placeholders), 5-7 pages: home, services or the industry's main offer, about, contact (with a contactForm), privacy and terms (kind "legal"). Plain text only, no HTML. Accessible colours (text on background contrast at least 4.5:1).`;

/** What `target` names, as each intent module says, one clause per kind: "page slug for add_page,remove_page…". */
function targetGuide(): string {
  const typesByTarget = new Map<string, string[]>();
  for (const { target, type } of INTENT_LIST) {
    if (target !== 'null') typesByTarget.set(target, [...(typesByTarget.get(target) ?? []), type]);
  }
  return [...typesByTarget].map(([target, types]) => `${target} for ${types.join(',')}`).join('; ');
}

export function intentMessages(request: IntentRequest): ModelMessages {
  return { system: INTENT_SYSTEM, prompt: `Site:\n${outlineText(request.outline)}\nRequest: ${request.prompt}${feedbackText(request.feedback)}` };
}

export function editorMessages(request: EditRequest): ModelMessages {
  const { context, intent } = request;
  const parts = [
    `Request: ${request.prompt}`,
    `Intent: ${intent.intent_type} ${intent.target ?? ''}`.trim(),
    `Allowed paths: ${context.allowedPaths.join(' ') || '(none)'}`,
    ...context.entries.map((entry) => `${entry.path || '/'}${entry.note ? ` (${entry.note})` : ''} = ${JSON.stringify(entry.value)}`),
    ...(context.reference ?? []).map((entry) => `${entry.path || '/'}${entry.note ? ` (${entry.note})` : ''} = ${JSON.stringify(entry.value)}`),
    ...context.sectionTypes.map((entry) => `New ${entry.type} section: {id, type:"${entry.type}", props, visible:true}; ${entry.description} Default props = ${JSON.stringify(entry.defaults)}`),
  ];
  if (context.takenIds.length > 0) parts.push(`Taken ids: ${context.takenIds.join(',')}`);
  if (context.locale !== 'en') parts.push(`Write in locale ${context.locale}.`);
  return { system: EDITOR_SYSTEM, prompt: parts.join('\n') + feedbackText(request.feedback) };
}

const TRANSLATOR_SYSTEM = `You translate the texts of a small business's website. Answer JSON {translations: [{key, text}]} with every key you were given, once. Keep the tone, names, prices, phone numbers and emails; keep Markdown (**bold**, [label](link), lists) and links exactly, translating only the words. Plain text, no HTML.`;

export function translatorMessages(request: TranslateRequest): ModelMessages {
  const texts = Object.fromEntries(request.texts.map((entry) => [entry.key, entry.text]));
  return { system: TRANSLATOR_SYSTEM, prompt: `From ${request.from} into ${request.language} (${request.locale}):\n${JSON.stringify(texts)}${feedbackText(request.feedback)}` };
}

export function generatorMessages(request: GenerateRequest): ModelMessages {
  return { system: GENERATOR_SYSTEM, prompt: `Business: ${request.prompt}${feedbackText(request.feedback)}` };
}

function feedbackText(feedback: readonly FieldError[]): string {
  if (feedback.length === 0) return '';
  const lines = feedback.slice(0, 20).map((error) => `- ${error.path || '/'}: ${error.message}`);
  return `\nYour previous answer was rejected:\n${lines.join('\n')}\nAnswer again, fixing these.`;
}
