import { describe, expect, it } from 'vitest';
import { parseSite } from '../../../site/index.ts';
import { ModelRequiredError } from '../../roles.ts';
import { editFixtureSite, intentFor, runChange, runQuestion } from '../../../../test/support/offline-editor.ts';

const hero = intentFor('content_edit', 'hero');

describe('content edits', () => {
  it.each([
    ['Change the headline to "Fresh bread every morning"', 'heading', 'Fresh bread every morning', 'Hero headline → "Fresh bread every morning"'],
    ['make the main title say Welcome to Luna', 'heading', 'Welcome to Luna', 'Hero headline → "Welcome to Luna"'],
    ['Change the headline to Welcome to Luna Studio.', 'heading', 'Welcome to Luna Studio', 'Hero headline → "Welcome to Luna Studio"'],
    ['Set the hero title to: Photos you will keep forever', 'heading', 'Photos you will keep forever', 'Hero headline → "Photos you will keep forever"'],
    ['Update the hero subheadline: Handmade with love since 1987', 'subheading', 'Handmade with love since 1987', 'Hero subheading → "Handmade with love since 1987"'],
    ['the hero eyebrow should read Since 2009', 'eyebrow', 'Since 2009', 'Hero eyebrow → "Since 2009"'],
    ['change the button text in the hero to Book now', 'primaryAction/label', 'Book now', 'Hero button text → "Book now"'],
  ])('%s', async (prompt, path, value, summary) => {
    const { changes, proposal } = await runChange(prompt, hero);
    expect(changes).toEqual([{ op: 'replace', path: `/pages/0/sections/0/props/${path}`, value }]);
    expect(proposal.summary).toBe(summary);
  });

  it('rewrites the call to action heading, keeping the question mark of a quoted value', async () => {
    const { changes } = await runChange("Rewrite the call to action heading to 'Ready for a new smile?'", intentFor('content_edit', 'cta'));
    expect(changes).toEqual([{ op: 'replace', path: '/pages/0/sections/6/props/heading', value: 'Ready for a new smile?' }]);
  });

  it('finds the FAQ answer by a word of its question and keeps the answer a full sentence', async () => {
    const { changes, proposal } = await runChange('The FAQ answer about parking should say: Free parking behind the building.', intentFor('content_edit', 'faq'));
    expect(changes).toEqual([{ op: 'replace', path: '/pages/0/sections/5/props/items/1/answer', value: 'Free parking behind the building.' }]);
    expect(proposal.summary).toBe('Question "Is there parking?": answer → "Free parking behind the building."');
    // The fixture's FAQ holds only what its description gives grounds for (no "Do you travel?" since stock copy is said only as said).
    const printing = await runChange("In the FAQ, change the answer about print orders to 'Yes, on archival paper.'", intentFor('content_edit', 'faq'));
    expect(printing.changes).toEqual([{ op: 'replace', path: '/pages/0/sections/5/props/items/4/answer', value: 'Yes, on archival paper.' }]);
  });

  it('finds a pricing plan by its name', async () => {
    const { changes } = await runChange('change the price of the portrait session to $300', intentFor('content_edit', 'pricing'));
    expect(changes).toEqual([{ op: 'replace', path: '/pages/0/sections/4/props/plans/0/price', value: '$300' }]);
  });

  it('sets the about page story text (the rich text body)', async () => {
    const { changes, proposal } = await runChange('Set the about page story text to: We started in a tiny garage in 1999.', intentFor('content_edit', 'richText', { page: 'about' }));
    expect(changes).toEqual([{ op: 'replace', path: '/pages/2/sections/1/props/body', value: 'We started in a tiny garage in 1999.' }]);
    expect(proposal.summary).toBe('About page text → "We started in a tiny garage in 1999."');
  });

  it('sets a section introduction, the footer text and the navigation button', async () => {
    expect((await runChange('change the features intro to We photograph people, not poses.', intentFor('content_edit', 'features'))).changes)
      .toEqual([{ op: 'replace', path: '/pages/0/sections/1/props/intro', value: 'We photograph people, not poses.' }]);
    expect((await runChange('change the footer text to Made with love in Austin', intentFor('content_edit', 'footer'))).changes)
      .toEqual([{ op: 'replace', path: '/footer/text', value: 'Made with love in Austin' }]);
    expect((await runChange('make the nav button say Book a date', intentFor('content_edit', 'navbar'))).changes)
      .toEqual([{ op: 'replace', path: '/navigation/cta/label', value: 'Book a date' }]);
  });

  it('changes only the default locale of a localized string', async () => {
    const site = structuredClone(editFixtureSite());
    site.locales = { default: 'en', available: ['en', 'pt'] };
    site.pages[0]!.sections[0]!.props = { ...site.pages[0]!.sections[0]!.props, heading: { en: 'Old', pt: 'Antigo' } } as never;
    const { changes } = await runChange('Change the headline to "Fresh bread every morning"', hero, parseSite(site));
    expect(changes).toEqual([{ op: 'replace', path: '/pages/0/sections/0/props/heading/en', value: 'Fresh bread every morning' }]);
  });

  it('asks for the text when the prompt gives none', async () => {
    expect(await runQuestion('change the headline', hero)).toMatch(/What should the hero headline say\?/);
  });

  it('refuses to invent copy: the person reads that the assistant is off and that they can edit the text directly', async () => {
    for (const prompt of ['make the headline catchier', 'change the headline to something better']) {
      const refusal = await runQuestion(prompt, hero).then(() => undefined, (error: unknown) => error);
      expect(refusal).toBeInstanceOf(ModelRequiredError);
      expect((refusal as ModelRequiredError).forPerson).toMatch(/^Rewriting copy needs the AI assistant, which isn't switched on here — you can edit the text directly, or tell me the exact words the hero headline should say\.$/);
      expect((refusal as ModelRequiredError).variable).toBe('PAGEHUB_MODEL_EDITOR');
    }
  });

  it('lists the texts a section has when the one named does not exist', async () => {
    expect(await runQuestion('change the button on the FAQ to Ask us', intentFor('content_edit', 'faq'))).toBe('Which text of the FAQ section should change: heading, introduction? For example: change the heading to "…".');
  });

  it('refuses markup instead of storing it', async () => {
    expect(await runQuestion('Change the headline to <script>alert(1)</script>', hero)).toMatch(/plain/);
  });
});
