import { z } from 'zod';

/** What a chat prompt asks for (../shared/DESIGN.md "AI"). */
export const INTENT_TYPES = [
  'content_edit', 'update_styles', 'update_layout', 'add_section', 'remove_section', 'add_page', 'remove_page',
  'rename_page', 'update_business_info', 'update_seo', 'add_logo', 'replace_logo', 'generate_image', 'translate',
  'fix_bug', 'needs_clarification',
] as const;
export const IntentType = z.enum(INTENT_TYPES);
export type IntentType = z.infer<typeof IntentType>;

/**
 * The intent role's answer. `target` names what the prompt is about: a section type for section intents
 * (`hero`, `testimonials`), a theme path for styles (`theme.colors.primary`, `theme` for the whole look), a page
 * slug for page and SEO intents (`about`; `home` for the home page), a business field (`phone`, `hours`,
 * `socials`…) for business info, a locale code for translate, `navbar` for logos, `footer` for the footer, and
 * null when a question is needed. `scope` narrows where: the page (by slug, `home` for the home page) and the
 * sections (by type, or by id) the change is about; both empty means "wherever the target is".
 */
export const Intent = z.object({
  intent_type: IntentType,
  target: z.string().max(120).nullable(),
  scope: z.object({
    page: z.string().max(120).nullable().describe('Slug of the page the change is about ("home" for the home page), or null'),
    sections: z.array(z.string().max(64)).max(20).describe('The sections the change is about, by type (or type#id where the outline gives one)'),
  }),
  risk: z.enum(['low', 'medium', 'high']).describe('high: deletes a page or much content; medium: removes a section; low: everything else'),
  needs_clarification: z.boolean(),
  question: z.string().max(500).nullable().describe('When needs_clarification: the one question to ask the person'),
});
export type Intent = z.infer<typeof Intent>;

/** The slug `home` names the home page (whose real slug is ""). */
export const HOME_SLUG = 'home';
