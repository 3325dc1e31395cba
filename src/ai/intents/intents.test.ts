// The intent registry is complete and consistent: every module file in this folder is registered, under the type
// it declares, and everything that names the intent types — the model's schema and prompt, the offline
// classifier — takes them from the registry.
import { readdirSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { Intent as IntentShape, IntentType } from '../intent.ts';
import { Intent } from '../intent-schema.ts';
import { intentMessages } from '../prompts.ts';
import { INTENT_LIST, INTENT_MODULES, INTENT_TYPES } from './index.ts';
import type { IntentModule } from './intent-module.ts';

const HELPERS = new Set(['index.ts', 'intent-module.ts', 'context-draft.ts', 'section-parts.ts']);

function isIntentModule(value: unknown): value is IntentModule {
  return typeof value === 'object' && value !== null && 'type' in value && 'selectContext' in value && 'offlineEdit' in value;
}

const sample = (type: IntentType): IntentShape => ({ intent_type: type, target: null, scope: { page: null, sections: [] }, risk: 'low', needs_clarification: false, question: null });

describe('INTENT_MODULES', () => {
  it('registers the module of every file in src/ai/intents, under the type the module declares', async () => {
    const files = readdirSync(new URL('.', import.meta.url)).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !HELPERS.has(file));
    const found = await Promise.all(files.map(async (file) => ({ file, modules: Object.values(await import(/* @vite-ignore */ new URL(file, import.meta.url).href) as object).filter(isIntentModule) })));
    for (const { file, modules } of found) {
      expect(modules.map((module) => `${module.type.replaceAll('_', '-')}.ts`), 'one module, in the file named after its type').toEqual([file]);
      expect(INTENT_MODULES[modules[0]!.type], `${file} is registered`).toBe(modules[0]);
    }
    expect(found.map(({ modules }) => modules[0]!.type).sort()).toEqual([...INTENT_TYPES].sort());
  });

  it('lists each type once, in the registry\'s order', () => {
    expect(new Set(INTENT_TYPES).size).toBe(INTENT_TYPES.length);
    expect(INTENT_LIST.map((module) => module.type)).toEqual(INTENT_TYPES);
    expect(Object.keys(INTENT_MODULES)).toEqual(INTENT_TYPES);
  });

  it('gives the model a schema and a prompt that name every registered type and no other', () => {
    for (const type of INTENT_TYPES) expect(Intent.safeParse(sample(type)).success, type).toBe(true);
    expect(Intent.safeParse({ ...sample('content_edit'), intent_type: 'delete_everything' }).success).toBe(false);
    const { system } = intentMessages({ prompt: 'x', outline: { name: 'x', locales: ['en'], pages: [] }, feedback: [] });
    expect(system).toContain(`intent_type: ${INTENT_TYPES.join('|')}.`);
    for (const module of INTENT_LIST) if (module.target !== 'null') expect(system).toMatch(new RegExp(`${module.target.replace(/[()."]/g, '\\$&')} for [a-z_,]*\\b${module.type}\\b`));
  });

  it('checks the model\'s answer against exactly the Intent type', () => {
    expectTypeOf<z.infer<typeof Intent>>().toEqualTypeOf<IntentShape>();
  });

  it('asks for confirmation only where a page is deleted, and says which', () => {
    expect(INTENT_TYPES.filter((type) => INTENT_MODULES[type].risk === 'high')).toEqual(['remove_page']);
    const intent: IntentShape = { ...sample('remove_page'), target: 'about', scope: { page: 'about', sections: [] }, risk: 'high' };
    expect(INTENT_MODULES.remove_page.describeRisk(intent)).toBe('delete the page "about" and everything on it');
  });
});
