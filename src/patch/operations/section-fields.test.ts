import { describe, expect, it } from 'vitest';
import { applyReversibly, sample } from './apply-reversibly.test-support.ts';
import { DocumentOperationError, fieldValue } from './locate.ts';
import { addListItem, keepSample, moveListItem, removeListItem, setField } from './section-fields.ts';

const translated = () =>
  sample((input) => {
    input.locales = { default: 'en', available: ['en', 'pt'] };
    (input.pages[0]!.sections[0]!.props as { heading: unknown }).heading = { en: 'Fresh bread', pt: 'Pão fresco' };
  });

describe('setField', () => {
  it('replaces a value inside a section’s props, nested ones too', () => {
    const site = sample();
    const headed = applyReversibly(site, setField(site, 'p0-s0-hero', '/heading', 'Bread worth waking up for'));
    expect(fieldValue(headed, 'p0-s0-hero', '/heading')).toBe('Bread worth waking up for');
    const labelled = applyReversibly(site, setField(site, 'p0-s3-cta', '/primaryAction/label', 'Order now'));
    expect(fieldValue(labelled, 'p0-s3-cta', '/primaryAction/label')).toBe('Order now');
    const item = applyReversibly(site, setField(site, 'p0-s1-features', '/items/1/title', 'Slow dough'));
    expect(fieldValue(item, 'p0-s1-features', '/items/1/title')).toBe('Slow dough');
  });

  it('sets other kinds of value: numbers, booleans, choices', () => {
    const site = sample();
    expect(fieldValue(applyReversibly(site, setField(site, 'p3-s2-bloglist', '/limit', 4)), 'p3-s2-bloglist', '/limit')).toBe(4);
    expect(fieldValue(applyReversibly(site, setField(site, 'p1-s0-contactinfo', '/showPhone', false)), 'p1-s0-contactinfo', '/showPhone')).toBe(false);
    expect(fieldValue(applyReversibly(site, setField(site, 'p0-s0-hero', '/variant', 'split')), 'p0-s0-hero', '/variant')).toBe('split');
  });

  it('writes the default locale of a translated text and keeps the others', () => {
    const site = translated();
    const operations = setField(site, 'p0-s0-hero', '/heading', 'Warm bread');
    expect(operations).toEqual([{ op: 'replace', path: '/pages/0/sections/0/props/heading/en', value: 'Warm bread' }]);
    expect(fieldValue(applyReversibly(site, operations), 'p0-s0-hero', '/heading')).toEqual({ en: 'Warm bread', pt: 'Pão fresco' });
  });

  it('adds a missing value and removes one set to undefined', () => {
    const site = sample();
    const hero = site.pages[0]!.sections[0]!.props as Record<string, unknown>;
    expect(hero.secondaryAction).toBeUndefined();
    const added = setField(site, 'p0-s0-hero', '/secondaryAction', { label: 'Our story', href: 'page:about' });
    expect(added[0]?.op).toBe('add');
    const withAction = applyReversibly(site, added);
    expect(applyReversibly(withAction, setField(withAction, 'p0-s0-hero', '/secondaryAction', undefined))).toEqual(site);
    expect(setField(site, 'p0-s0-hero', '/secondaryAction', undefined)).toEqual([]);
  });

  it('refuses an unknown section and a path that is not a pointer', () => {
    const site = sample();
    expect(() => setField(site, 'gone', '/heading', 'x')).toThrow(DocumentOperationError);
    expect(() => setField(site, 'p0-s0-hero', 'heading', 'x')).toThrow(/not a JSON Pointer/);
  });
});

describe('list items', () => {
  it('adds a copy of the last item, moves and removes items', () => {
    const site = sample();
    const items = fieldValue(site, 'p0-s1-features', '/items') as unknown[];
    const longer = applyReversibly(site, addListItem(site, 'p0-s1-features', '/items'));
    expect(fieldValue(longer, 'p0-s1-features', '/items')).toEqual([...items, items.at(-1)]);
    const moved = applyReversibly(site, moveListItem(site, 'p0-s1-features', '/items', 0, 2));
    expect(fieldValue(moved, 'p0-s1-features', '/items')).toEqual([items[1], items[2], items[0], ...items.slice(3)]);
    const shorter = applyReversibly(site, removeListItem(site, 'p0-s1-features', '/items', 1));
    expect(fieldValue(shorter, 'p0-s1-features', '/items')).toEqual([items[0], ...items.slice(2)]);
  });

  it('works on a list inside a list item', () => {
    const site = sample();
    const path = '/categories/0/items';
    const items = fieldValue(site, 'p3-s0-menu', path) as unknown[];
    expect(items.length).toBeGreaterThan(1);
    expect(fieldValue(applyReversibly(site, moveListItem(site, 'p3-s0-menu', path, 1, 0)), 'p3-s0-menu', path)).toEqual([items[1], items[0], ...items.slice(2)]);
  });

  it('does nothing to copy from an empty list or to move an item onto itself; refuses what is not there', () => {
    const full = sample();
    expect(fieldValue(full, 'p0-s4-contactform', '/fields/0/options')).toEqual([]);
    expect(addListItem(full, 'p0-s4-contactform', '/fields/0/options')).toEqual([]);
    expect(moveListItem(full, 'p0-s1-features', '/items', 1, 1)).toEqual([]);
    expect(() => moveListItem(full, 'p0-s1-features', '/items', 0, 99)).toThrow(/out of range/);
    expect(() => removeListItem(full, 'p0-s1-features', '/items', 99)).toThrow(/out of range/);
    expect(() => addListItem(full, 'p0-s1-features', '/heading')).toThrow(/not a list/);
  });
});

describe('samples', () => {
  const withSample = () =>
    sample((input) => {
      const items = (input.pages[0]!.sections[1]!.props as { items: Record<string, unknown>[] }).items;
      items[1]!.sample = true;
    });

  it('editing any field of a sample item makes it the person’s own, in the same change', () => {
    const site = withSample();
    const operations = setField(site, 'p0-s1-features', '/items/1/title', 'Slow dough');
    expect(operations.at(-1)).toEqual({ op: 'remove', path: '/pages/0/sections/1/props/items/1/sample' });
    const edited = applyReversibly(site, operations);
    expect(fieldValue(edited, 'p0-s1-features', '/items/1/sample')).toBeUndefined();
    expect(fieldValue(edited, 'p0-s1-features', '/items/1/title')).toBe('Slow dough');
  });

  it('leaves the flag when the field is outside the item', () => {
    const site = withSample();
    expect(setField(site, 'p0-s1-features', '/heading', 'What we bake').some((operation) => operation.path.endsWith('/sample'))).toBe(false);
    expect(setField(site, 'p0-s1-features', '/items/0/title', 'Rye').some((operation) => operation.path.endsWith('/sample'))).toBe(false);
  });

  it('keeps a sample as it is, and does nothing to an item that is no sample', () => {
    const site = withSample();
    const kept = applyReversibly(site, keepSample(site, 'p0-s1-features', '/items/1'));
    expect(fieldValue(kept, 'p0-s1-features', '/items/1/sample')).toBeUndefined();
    expect(keepSample(site, 'p0-s1-features', '/items/0')).toEqual([]);
  });
});
