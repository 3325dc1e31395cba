// Adding one item to a list through the offline classifier and editor together (before, "Add a question to the
// FAQ: … Answer: …" overwrote the FAQ's heading).
import { describe, expect, it } from 'vitest';
import { siteOutline } from '../../site-outline.ts';
import { classifyPrompt } from '../intent/index.ts';
import { editFixtureSite, runChange, runQuestion } from '../../../../test/support/offline-editor.ts';

const site = editFixtureSite();
const read = (prompt: string) => classifyPrompt(prompt, siteOutline(site));
const items = (after: typeof site, sectionId: string, list: string) => {
  const section = after.pages.flatMap((page) => page.sections).find((candidate) => candidate.id === sectionId)!;
  return (section.props as unknown as Record<string, Record<string, unknown>[]>)[list]!;
};

describe('adding an item to a list', () => {
  it('adds a question with its answer to the FAQ, and leaves the heading alone', async () => {
    for (const prompt of ['Add a question to the FAQ: Do you do weekend shoots? Answer: Yes, on Saturdays.', 'add a question to the faq "Do you do weekend shoots?" answer "Yes, on Saturdays."']) {
      const { after, proposal } = await runChange(prompt, read(prompt));
      expect(items(after, 'home-faq', 'items').at(-1)).toEqual({ question: 'Do you do weekend shoots?', answer: 'Yes, on Saturdays.' });
      expect(items(after, 'home-faq', 'items')).toHaveLength(items(site, 'home-faq', 'items').length + 1);
      expect((after.pages[0]!.sections.find((section) => section.id === 'home-faq')!.props as { heading: string }).heading).toBe((site.pages[0]!.sections.find((section) => section.id === 'home-faq')!.props as { heading: string }).heading);
      expect(proposal.summary).toBe('Added question "Do you do weekend shoots?" to the FAQ');
    }
  });

  it('adds a service by name, with what follows a dash as its text', async () => {
    const prompt = 'add a new service called Drone photography — aerial shots of your venue';
    const { after } = await runChange(prompt, read(prompt));
    expect(items(after, 'home-services', 'items').at(-1)).toMatchObject({ title: 'Drone photography', text: 'aerial shots of your venue' });
  });

  it('asks for what is missing, and refuses markup', async () => {
    expect(await runQuestion('Add a question to the FAQ: do you travel?', read('Add a question to the FAQ: do you travel?'))).toMatch(/What is the answer to "do you travel\?"/);
    const hostile = 'add a question to the faq: <img src=x onerror=alert(1)>? yes';
    expect(await runQuestion(hostile, read(hostile))).toMatch(/plain words/);
  });

  it('never proposes an item the section would refuse: it says where to add it instead', async () => {
    // A plan needs a price the prompt doesn't give.
    const prompt = 'add another plan called Elopement';
    expect(await runQuestion(prompt, read(prompt))).toBe('A new plan of the Pricing needs more than its words here — add it in the editor, where its other fields are.');
  });
});
