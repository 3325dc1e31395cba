// Unit tests of the offline intent classifier: scope (page slugs, moved and anchor sections), risk, questions, the role.
import { describe, expect, it } from 'vitest';
import { Intent } from '../../intent-schema.ts';
import { siteOutline, type SiteOutline } from '../../site-outline.ts';
import { editFixtureSite } from '../../../../test/support/edit-site.ts';
import { classifyPrompt } from './classify-prompt.ts';
import { offlineIntentRole } from './index.ts';

const outline = siteOutline(editFixtureSite());
const classify = (prompt: string, on: SiteOutline = outline) => classifyPrompt(prompt, on);

describe('scope', () => {
  it('names the page a section is added to, by slug, and home for the home page', () => {
    expect(classify('Add a team section to the about page').scope).toEqual({ page: 'about', sections: ['team'] });
    expect(classify('add an FAQ to the home page').scope.page).toBe('home');
    expect(classify('I want a photo gallery on the homepage').scope.page).toBe('home');
    expect(classify('Add a section with our values').scope.page).toBeNull();
  });

  it('lists the moved section, then the one it moves next to', () => {
    expect(classify('Move the testimonials above the features').scope.sections).toEqual(['testimonials', 'features']);
    expect(classify('Swap the order of the features and the call to action').scope.sections).toEqual(['features', 'cta']);
    expect(classify('Put the gallery right after the hero').scope.sections).toEqual(['gallery', 'hero']);
    expect(classify('put the contact form at the bottom of the page').scope.sections).toEqual(['contactForm']);
    expect(classify('Move the contact details to the top of the contact page').scope).toEqual({ page: 'contact', sections: ['contactInfo'] });
  });

  it('reads a section said to belong somewhere as a move, and a new one placed somewhere as an addition', () => {
    for (const prompt of ['the FAQ should come before the pricing', 'testimonials should sit below the gallery', 'can the call to action go first', 'drag the gallery to the bottom']) {
      expect(classify(prompt).intent_type, prompt).toBe('update_layout');
    }
    expect(classify('the FAQ should come before the pricing').scope.sections).toEqual(['faq', 'pricing']);
    expect(classify('add a FAQ below the gallery').intent_type).toBe('add_section');
  });

  it('keeps a page named inside the new text out of the scope', () => {
    expect(classify('change the CTA button link to the contact page')).toMatchObject({ intent_type: 'content_edit', target: 'cta', scope: { page: null } });
    expect(classify('Set the about page story text to: We started in a tiny garage in 1999.').scope).toEqual({ page: 'about', sections: ['richText'] });
  });

  it('resolves existing pages by slug or title and slugifies new ones', () => {
    expect(classify('remove the privacy policy page').target).toBe('privacy');
    expect(classify('Rename Contact to Get in touch').target).toBe('contact');
    expect(classify('Delete our about us page').target).toBe('about');
    expect(classify('Create a page named Gift Cards').target).toBe('gift-cards');
    expect(classify('Add a new page called Menu')).toMatchObject({ intent_type: 'add_page', target: 'menu', scope: { page: null, sections: [] } });
  });

  it('takes "the about section" as the main section of the about page', () => {
    expect(classify('make a picture of a golden retriever for the about section')).toMatchObject({ intent_type: 'generate_image', target: 'richText', scope: { page: 'about' } });
  });

  it('translates into a language the site does not have yet', () => {
    const bilingual = { ...outline, locales: ['en', 'es'] };
    expect(classify('Make the site available in Spanish and German', bilingual).target).toBe('de');
    expect(classify('Translate the site to Spanish').target).toBe('es');
  });
});

describe('risk', () => {
  it('is high for removing a page, medium for removing a section, low otherwise', () => {
    expect(classify('Delete the terms page')).toMatchObject({ intent_type: 'remove_page', risk: 'high' });
    expect(classify('get rid of the FAQ')).toMatchObject({ intent_type: 'remove_section', risk: 'medium' });
    expect(classify('Hide the pricing section for the time being')).toMatchObject({ intent_type: 'update_layout', risk: 'low' });
    expect(classify('Translate everything into French').risk).toBe('low');
  });
});

describe('questions', () => {
  it('asks a helpful question, with no target and an empty scope, when the prompt names nothing', () => {
    for (const prompt of ['make it better', 'fix it', 'update this', 'asdfgh', '', '   ', '!!!']) {
      const intent = classify(prompt);
      expect(intent).toMatchObject({ intent_type: 'needs_clarification', target: null, scope: { page: null, sections: [] }, needs_clarification: true });
      expect(intent.question).toMatch(/What would you like to change/);
    }
  });

  it('names the section when only a section is named', () => {
    expect(classify('testimonials').question).toMatch(/Testimonials section/);
  });

  it('classifies markup by its words', () => {
    expect(classify('Change the headline to <script>alert(1)</script>')).toMatchObject({ intent_type: 'content_edit', target: 'hero' });
  });
});

describe('offlineIntentRole', () => {
  it('answers a valid intent at no token cost', async () => {
    expect(offlineIntentRole).toMatchObject({ provider: 'offline', model: 'rules' });
    const answer = await offlineIntentRole.classify({ prompt: 'make the primary color green', outline, feedback: [] });
    expect(answer.usage).toEqual({ inputTokens: 0, outputTokens: 0 });
    expect(Intent.parse(answer.value)).toMatchObject({ intent_type: 'update_styles', target: 'theme.colors.primary' });
  });
});
