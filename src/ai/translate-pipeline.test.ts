import { describe, expect, it } from 'vitest';
import { editFixtureSite } from '../../test/support/edit-site.ts';
import { AppError } from '../errors.ts';
import { render } from '../render/index.ts';
import { resolveText, validateSite } from '../site/index.ts';
import { planEdit } from './edit-pipeline.ts';
import type { Intent } from './intent.ts';
import { offlineRoles } from './offline-rules/index.ts';
import type { ModelRoles, TranslateRequest, Translation } from './roles.ts';
import { translatableTexts } from './translatable-texts.ts';

const noWait = { attempts: 3, baseDelayMs: 1, timeoutMs: 1_000, sleep: async () => {} };
const toSpanish: Intent = { intent_type: 'translate', target: 'es', scope: { page: null, sections: [] }, risk: 'low', needs_clarification: false, question: null };

/** Roles whose intent is fixed and whose translator answers with `answer(request)`, recording each request. */
function translator(answer: (request: TranslateRequest, call: number) => Translation) {
  const requests: TranslateRequest[] = [];
  const offline = offlineRoles();
  const roles: ModelRoles = {
    ...offline,
    intent: { ...offline.intent, classify: async () => ({ value: toSpanish, usage: { inputTokens: 1, outputTokens: 1 } }) },
    editor: { ...offline.editor, translate: async (request) => ({ value: answer(request, requests.push(request)), usage: { inputTokens: 1, outputTokens: 1 } }) },
  };
  return { roles, requests };
}
const echo = (request: TranslateRequest): Translation => ({ translations: request.texts.map((entry) => ({ key: entry.key, text: `ES ${entry.text}` })) });

describe('translatableTexts', () => {
  it('finds what visitors read, and not ids, links, colours, names, hours or enums', () => {
    const paths = new Set(translatableTexts(editFixtureSite()).map((entry) => entry.path));
    for (const path of ['/pages/0/sections/0/props/heading', '/navigation/items/0/label', '/pages/2/title', '/pages/2/sections/1/props/body', '/business/tagline', '/footer/text']) expect(paths).toContain(path);
    for (const path of ['/pages/0/id', '/pages/2/slug', '/navigation/items/0/href', '/theme/colors/primary', '/business/name', '/business/phone', '/business/hours/monday/open', '/pages/0/sections/0/props/variant', '/locales/default']) expect(paths).not.toContain(path);
  });
});

describe('translation through the chat pipeline', () => {
  it('turns every text into { en, es } and adds the locale, in batches, leaving the rest alone', async () => {
    const site = editFixtureSite();
    const { roles, requests } = translator(echo);
    const plan = await planEdit({ site, prompt: 'Translate the site to Spanish', roles, retry: noWait });
    expect(plan.kind).toBe('change');
    if (plan.kind !== 'change') return;
    const texts = translatableTexts(site);
    expect(requests.map((request) => request.texts.length)).toEqual([80, texts.length - 80]);
    expect(requests[0]).toMatchObject({ locale: 'es', language: 'Spanish', from: 'en' });
    expect(plan.site.locales.available).toEqual(['en', 'es']);
    expect(plan.summary).toBe(`Translated ${texts.length} texts into Spanish (es)`);
    const hero = plan.site.pages[0]!.sections[0]!.props as { heading: unknown };
    const original = (site.pages[0]!.sections[0]!.props as { heading: string }).heading;
    expect(hero.heading).toEqual({ en: original, es: `ES ${original}` });
    expect(resolveText(plan.site.navigation.items[0]!.label, 'es')).toBe('ES Home');
    expect(plan.site.business.name).toBe(site.business.name);
    expect(plan.site.navigation.items[0]!.href).toBe(site.navigation.items[0]!.href);
    expect(validateSite(plan.site).ok).toBe(true);
    const files = render(plan.site);
    expect(String(files.get('es/index.html'))).toContain('<html lang="es"');
    expect(String(files.get('es/index.html'))).toContain(`ES ${original}`);
    expect(String(files.get('index.html'))).not.toContain(`ES ${original}`);
  });

  it('feeds a missing key back and uses the corrected answer', async () => {
    const { roles, requests } = translator((request, call) => (call === 1 ? { translations: echo(request).translations.slice(1) } : echo(request)));
    const plan = await planEdit({ site: editFixtureSite(), prompt: 'Translate the site to Spanish', roles, retry: noWait });
    expect(plan.kind).toBe('change');
    expect(requests[1]!.feedback).toEqual([{ path: 'translations', message: expect.stringContaining('Missing keys: 1.') }]);
  });

  it('refuses translations carrying script after two corrections', async () => {
    const { roles } = translator((request) => ({ translations: request.texts.map((entry) => ({ key: entry.key, text: '<script>alert(1)</script>' })) }));
    const error = await planEdit({ site: editFixtureSite(), prompt: 'Translate the site to Spanish', roles, retry: noWait }).then(() => undefined, (failure: unknown) => failure);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('AI_OUTPUT_REJECTED');
    expect((error as AppError).errors?.[0]?.path).toBe('translations/0/text');
  });

  it('asks instead of translating into a locale the site already has', async () => {
    const site = editFixtureSite();
    const { roles, requests } = translator(echo);
    const first = await planEdit({ site, prompt: 'Translate the site to Spanish', roles, retry: noWait });
    const again = await planEdit({ site: first.kind === 'change' ? first.site : site, prompt: 'Translate the site to Spanish', roles, retry: noWait });
    expect(again).toMatchObject({ kind: 'question', question: expect.stringContaining('already has a Spanish version') });
    expect(requests).toHaveLength(2);
  });

  it('says which variable to set on the offline engine', async () => {
    const error = await planEdit({ site: editFixtureSite(), prompt: 'add a Portuguese version', roles: offlineRoles(), retry: noWait }).then(() => undefined, (failure: unknown) => failure);
    expect(error).toMatchObject({ code: 'AI_MODEL_REQUIRED', detail: expect.stringContaining("into Portuguese needs the AI assistant, which isn't switched on here"), cause: { variable: 'PAGEHUB_MODEL_EDITOR' } });
  });
});
