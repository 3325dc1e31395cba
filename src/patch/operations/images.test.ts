import { describe, expect, it } from 'vitest';
import type { SiteInput } from '../../site/index.ts';
import { applyReversibly, sample } from './apply-reversibly.test-support.ts';
import { replaceImageEverywhere } from './images.ts';

/** The sample site showing `asset:old` as the about page's hero, a gallery photo, the logo and the home page's search image. */
function withOldPicture(input: SiteInput): void {
  const about = input.pages[1]!;
  const hero = about.sections[0]! as { props: Record<string, unknown> };
  hero.props.image = { src: 'asset:old', alt: 'The shop front', width: 1200, height: 800 };
  const gallery = input.pages.flatMap((page) => page.sections).find((section) => section.type === 'gallery') as { props: { items: Record<string, unknown>[] } };
  gallery.props.items[1]!.image = { src: 'asset:old', alt: 'Fresh bread', width: 640, height: 480 };
  gallery.props.items[2]!.image = { src: 'asset:other', alt: 'Our people', width: 300, height: 300 };
  input.theme = { ...input.theme, logo: { text: 'Sample', src: 'asset:old' } } as SiteInput['theme'];
  input.pages[0]!.seo = { ...input.pages[0]!.seo, image: 'asset:old' } as SiteInput['pages'][number]['seo'];
}

describe('replaceImageEverywhere', () => {
  it('shows the new picture in every section, the logo and the search preview, at its own size, in one reversible patch', () => {
    const site = sample(withOldPicture);
    const operations = replaceImageEverywhere(site, 'asset:old', 'asset:new', { width: 900, height: 1600 });
    const changed = applyReversibly(site, operations);
    expect(JSON.stringify(changed)).not.toContain('asset:old');
    expect((changed.pages[1]!.sections[0]!.props as { image?: unknown }).image).toEqual({ src: 'asset:new', alt: 'The shop front', width: 900, height: 1600 });
    const gallery = changed.pages.flatMap((page) => page.sections).find((section) => section.type === 'gallery')!;
    const items = gallery.props.items as { image?: unknown }[];
    expect(items[1]!.image).toEqual({ src: 'asset:new', alt: 'Fresh bread', width: 900, height: 1600 });
    expect(items[2]!.image).toEqual({ src: 'asset:other', alt: 'Our people', width: 300, height: 300 });
    expect(changed.theme.logo).toEqual({ text: 'Sample', src: 'asset:new' });
    expect(changed.pages[0]!.seo?.image).toBe('asset:new');
  });

  it('keeps the sizes when no size is given, and changes only what differs', () => {
    const site = sample(withOldPicture);
    const operations = replaceImageEverywhere(site, 'asset:old', 'asset:new');
    expect(operations.every((operation) => operation.op === 'replace' && operation.value === 'asset:new')).toBe(true);
    expect(operations).toHaveLength(4);
    const sameSize = replaceImageEverywhere(site, 'asset:old', 'asset:new', { width: 1200, height: 800 });
    expect(sameSize.filter((operation) => /\/(width|height)$/.test(operation.path))).toEqual([
      { op: 'replace', path: expect.stringMatching(/items\/1\/image\/width$/), value: 1200 },
      { op: 'replace', path: expect.stringMatching(/items\/1\/image\/height$/), value: 800 },
    ]);
    applyReversibly(site, sameSize);
  });

  it('does nothing when the picture is not used, or is replaced by itself', () => {
    const site = sample(withOldPicture);
    expect(replaceImageEverywhere(site, 'asset:unused', 'asset:new', { width: 10, height: 10 })).toEqual([]);
    expect(replaceImageEverywhere(site, 'asset:old', 'asset:old', { width: 10, height: 10 })).toEqual([]);
    // A picture whose id only starts like the used one is another picture.
    expect(replaceImageEverywhere(site, 'asset:ol', 'asset:new')).toEqual([]);
  });

  it('leaves text that reads like a picture source alone', () => {
    const site = sample((input) => {
      withOldPicture(input);
      (input.pages[2]!.sections[0]! as { props: Record<string, unknown> }).props.heading = 'asset:old';
    });
    const changed = applyReversibly(site, replaceImageEverywhere(site, 'asset:old', 'asset:new'));
    expect((changed.pages[2]!.sections[0]!.props as { heading?: unknown }).heading).toBe('asset:old');
    expect(changed.theme.logo.src).toBe('asset:new');
  });
});
