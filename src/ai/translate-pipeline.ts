// Translation as a chat edit ("Translate the site to Spanish"): every visitor-readable text (found by the schema,
// translatable-texts.ts) goes to the editor role as a flat list keyed by short ids — never the document's structure,
// which it therefore cannot break — in batches; the answers are checked (every key once, no markup) with up to two
// corrections per batch, and written back as localized strings `{ en, es }` plus the new locale.
import { AppError, type FieldError } from '../errors.ts';
import { formatPointer, getAt, parsePointer, type JsonValue, type PatchOperation } from '../patch/index.ts';
import { LocaleCode, type Site } from '../site/index.ts';
import type { Intent } from './intent.ts';
import { findUnsafeContent } from './moderation.ts';
import { type ModelRoles, type RoleAnswer, type Translation, type TranslateRequest } from './roles.ts';
import { translatableTexts } from './translatable-texts.ts';

/** Texts per request: small enough for any model's output limit, large enough to keep the instructions' share low. */
export const TRANSLATION_BATCH = 80;

export type TranslationPlan = { kind: 'operations'; operations: PatchOperation[]; summary: string } | { kind: 'question'; question: string };

export async function planTranslation(input: {
  site: Site;
  intent: Intent;
  roles: ModelRoles;
  call: <T>(attempt: (signal: AbortSignal) => Promise<RoleAnswer<T>>) => Promise<RoleAnswer<T>>;
  corrections: number;
}): Promise<TranslationPlan> {
  const { site, intent } = input;
  const locale = intent.target ?? '';
  if (!LocaleCode.safeParse(locale).success) return { kind: 'question', question: 'Which language should I translate the site into?' };
  const language = languageName(locale);
  if (site.locales.available.includes(locale)) return { kind: 'question', question: `The site already has a ${language} version. Should I change some of its texts instead?` };
  const texts = translatableTexts(site);
  if (texts.length === 0) return { kind: 'question', question: 'I found no text to translate on this site.' };

  const translated = new Map<string, string>();
  for (let start = 0; start < texts.length; start += TRANSLATION_BATCH) {
    const batch = texts.slice(start, start + TRANSLATION_BATCH).map((entry, index) => ({ key: String(start + index + 1), text: entry.text }));
    let feedback: FieldError[] = [];
    for (let round = 0; ; round += 1) {
      const request: TranslateRequest = { locale, language, from: site.locales.default, texts: batch, feedback };
      const answer = await input.call((signal) => input.roles.editor.translate(request, signal));
      feedback = translationErrors(batch, answer.value);
      if (feedback.length === 0) {
        for (const entry of answer.value.translations) translated.set(entry.key, entry.text);
        break;
      }
      if (round >= input.corrections) {
        throw new AppError('AI_OUTPUT_REJECTED', { detail: `The translation into ${language} failed its checks ${round + 1} times, so nothing was changed. Try again, or translate by hand.`, errors: feedback.slice(0, 30) });
      }
    }
  }

  const document = site as unknown as JsonValue;
  const operations: PatchOperation[] = texts.map((entry, index) => {
    const current = getAt(document, parsePointer(entry.path));
    const text = translated.get(String(index + 1))!;
    return typeof current === 'string'
      ? { op: 'replace', path: entry.path, value: { [site.locales.default]: current, [locale]: text } }
      : { op: 'add', path: formatPointer([...parsePointer(entry.path), locale]), value: text };
  });
  operations.push({ op: 'add', path: '/locales/available/-', value: locale });
  return { kind: 'operations', operations, summary: `Translated ${texts.length} texts into ${language} (${locale})` };
}

function translationErrors(batch: { key: string; text: string }[], answer: Translation): FieldError[] {
  const errors: FieldError[] = [];
  const expected = new Set(batch.map((entry) => entry.key));
  const seen = new Set<string>();
  answer.translations.forEach((entry, index) => {
    if (!expected.has(entry.key)) errors.push({ path: `translations/${index}/key`, message: `Key "${entry.key}" was not asked for.` });
    else if (seen.has(entry.key)) errors.push({ path: `translations/${index}/key`, message: `Key "${entry.key}" is answered twice.` });
    seen.add(entry.key);
    if (entry.text.trim() === '') errors.push({ path: `translations/${index}/text`, message: `The translation of key "${entry.key}" is empty.` });
    errors.push(...findUnsafeContent(entry.text, ['translations', index, 'text']));
  });
  const missing = [...expected].filter((key) => !seen.has(key));
  if (missing.length > 0) errors.push({ path: 'translations', message: `Missing keys: ${missing.slice(0, 20).join(', ')}${missing.length > 20 ? '…' : ''}. Answer every key.` });
  return errors;
}

const NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

function languageName(locale: string): string {
  try {
    return NAMES.of(locale) ?? locale;
  } catch {
    return locale;
  }
}

