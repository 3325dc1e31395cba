import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { html } from '../markup/index.ts';
import { SECTION_CATALOG } from './catalog.ts';
import { defineSection, type EditorField, type EditorFieldInput } from './section-definition.ts';

const props = z.object({
  variant: z.enum(['stacked', 'split']).default('stacked'),
  heading: z.string(),
  items: z.array(z.object({ title: z.string(), kind: z.enum(['a', 'b']).default('a') })).default([]),
});

function sample(fields: readonly EditorFieldInput<z.input<typeof props>>[]) {
  return defineSection({ type: 'sample', label: 'Sample', summary: '', description: '', props, defaults: { heading: 'Hi' }, fields, heading: (value) => value.heading, render: () => html``, css: '' });
}

describe('defineSection', () => {
  it('takes the layout variants and every select option from the props schema, in a list too', () => {
    const definition = sample([
      { kind: 'select', path: 'variant', label: 'Layout' },
      { kind: 'list', path: 'items', label: 'Items', itemLabel: 'Item', fields: [{ kind: 'select', path: 'kind', label: 'Kind' }] },
    ]);
    expect(definition.type).toBe('sample');
    expect(definition.variants).toEqual(['stacked', 'split']);
    expect(definition.fields).toEqual<EditorField[]>([
      { kind: 'select', path: 'variant', label: 'Layout', options: ['stacked', 'split'] },
      { kind: 'list', path: 'items', label: 'Items', itemLabel: 'Item', fields: [{ kind: 'select', path: 'kind', label: 'Kind', options: ['a', 'b'] }] },
    ]);
  });

  it('refuses, when the catalog loads, a field that names no prop, a select on a prop that is no enum and a list on no array', () => {
    // The compiler refuses these already; a definition written in plain JavaScript meets the same rule at run time.
    const unchecked = (field: unknown) => () => sample([field as EditorFieldInput<z.input<typeof props>>]);
    expect(unchecked({ kind: 'text', path: 'headline', label: 'Heading' })).toThrow('Section "sample": the editor field "headline" names no prop');
    expect(unchecked({ kind: 'select', path: 'heading', label: 'Heading' })).toThrow('the select field "heading" is not an enum prop');
    expect(unchecked({ kind: 'list', path: 'heading', label: 'Heading', itemLabel: 'x', fields: [] })).toThrow('the list field "heading" is not an array prop');
  });

  it("gives every catalog section with a variant prop its variants, first the schema's first", () => {
    for (const definition of SECTION_CATALOG) {
      const variant = definition.fields.find((field) => field.path === 'variant');
      expect(variant, definition.type).toMatchObject({ kind: 'select', options: definition.variants });
      expect(definition.variants.length, definition.type).toBeGreaterThan(1);
    }
  });
});

/** What keeps a sentence from reading as plain words for a shop owner: link targets, markup and prop names. */
function internalWords(text: string): string[] {
  const found = ['page:', 'primaryAction', '](', '['].filter((word) => text.includes(word));
  const camelCase = text.match(/\b[a-z]+[A-Z][A-Za-z]*\b/g) ?? [];
  return [...found, ...camelCase];
}

describe('section summaries', () => {
  it('gives every catalog section one plain sentence for a shop owner, apart from the description for the models', () => {
    for (const definition of SECTION_CATALOG) {
      expect(definition.summary, definition.type).toMatch(/^[A-Z].{20,140}\.$/);
      expect(definition.summary.split(/\.\s/).length, `${definition.type}: one sentence`).toBe(1);
      expect(internalWords(definition.summary), definition.type).toEqual([]);
      expect(definition.summary, definition.type).not.toBe(definition.description);
    }
  });

  it('the check catches the model-facing words the Add-section dialog used to show', () => {
    const hero = SECTION_CATALOG.find((definition) => definition.type === 'hero')!;
    const text = SECTION_CATALOG.find((definition) => definition.type === 'richText')!;
    expect(internalWords(hero.description)).toContain('primaryAction');
    expect(internalWords(text.description)).toEqual(expect.arrayContaining(['page:', '](', '[']));
    expect(internalWords('Shows the blogList of a page')).toEqual(['blogList']);
  });
});
