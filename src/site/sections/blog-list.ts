import { z } from 'zod';
import { html, icon } from '../../markup/index.ts';
import { defineSection } from '../section-definition.ts';
import { LongText, ShortText } from '../text.ts';
import { dateFormatter } from './date-format.ts';

/** `2026-01-15` as the page's language writes it; other strings are shown as they are. */
function formatDate(date: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  return dateFormatter(locale, 'date').format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
}

const props = z.object({
  variant: z.enum(['cards', 'list']).default('cards'),
  heading: ShortText,
  intro: LongText.default(''),
  /** How many of the newest posts to list. */
  limit: z.number().int().min(1).max(50).default(6),
  emptyText: ShortText.default('New posts are on their way.'),
});

export const blogList = defineSection({
  type: 'blogList',
  label: 'Blog posts',
  summary: 'Shows your newest blog posts with their titles, dates and a short excerpt.',
  description:
    'Lists the newest blog posts of the site: every page whose kind is "post", newest date first, with title, date and excerpt. The posts themselves are pages; this section only lists them. Variants: cards, list.',
  props,
  defaults: { variant: 'cards', heading: 'From the blog', limit: 6 },
  fields: [
    { kind: 'select', path: 'variant', label: 'Layout' },
    { kind: 'text', path: 'heading', label: 'Heading' },
    { kind: 'textarea', path: 'intro', label: 'Introduction' },
    { kind: 'number', path: 'limit', label: 'Posts shown' },
    { kind: 'text', path: 'emptyText', label: 'Text when there are no posts' },
  ],
  heading: (value) => value.heading,
  render(value, context) {
    const { t } = context;
    const title = t(value.heading);
    const heading = context.heading === 'h1' ? html`<h1>${title}</h1>` : html`<h2>${title}</h2>`;
    const posts = context.posts.slice(0, value.limit);
    const list =
      posts.length === 0
        ? html`<p class="blog-empty muted">${t(value.emptyText)}</p>`
        : html`<ul class="post-list">
${posts.map((post) => html`<li class="post">
<article class="post-card">
${context.subheading === 'h2' ? html`<h2 class="post-title"><a class="post-link" href="${context.href(post.href)}">${post.title}</a></h2>` : html`<h3 class="post-title"><a class="post-link" href="${context.href(post.href)}">${post.title}</a></h3>`}
${post.date ? html`<p class="post-date"><time datetime="${post.date}">${formatDate(post.date, context.locale)}</time></p>` : ''}
${post.excerpt ? html`<p class="post-excerpt">${post.excerpt}</p>` : ''}
${value.variant === 'cards' ? html`<span class="post-arrow">${icon('arrow')}</span>` : ''}
</article>
</li>`)}
</ul>`;
    return html`<div class="container">
<div class="section-head">
${heading}
${t(value.intro) ? html`<p class="lead">${t(value.intro)}</p>` : ''}
</div>
${list}
</div>`;
  },
  css: `
.s-blogList .post-list { list-style: none; margin: 0; padding: 0; }
.s-blogList .post { max-width: none; position: relative; }
.s-blogList .post-card { display: flex; flex-direction: column; height: 100%; }
.s-blogList .post-title { font-size: var(--step-2); line-height: 1.25; margin-bottom: var(--space-2); }
.s-blogList .post-link { color: inherit; text-decoration: none; }
.s-blogList .post-link:hover { color: var(--color-link); text-decoration: underline; }
.s-blogList .post-date { order: -1; margin-bottom: var(--space-2); font-size: var(--step--1); color: var(--color-muted); }
.s-blogList .post-excerpt { color: var(--color-muted); margin: 0; }
.s-blogList .post-arrow { margin-top: auto; padding-top: var(--space-4); color: var(--color-link); transition: transform .15s ease; }
.s-blogList .post-card:hover .post-arrow { transform: translateX(0.25rem); }
.s-blogList .blog-empty { margin: 0; padding: var(--space-6); border: 1px dashed var(--color-border); border-radius: var(--radius); text-align: center; }
.s-blogList.v-cards .post-list { display: grid; gap: var(--space-5); grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr)); }
.s-blogList.v-cards .post-card { padding: var(--space-6); background: var(--color-surface); border: 1px solid var(--color-border); border-radius: var(--radius); transition: border-color .15s ease, box-shadow .15s ease; }
.s-blogList.v-cards .post-card:hover { border-color: var(--color-link); box-shadow: var(--shadow); }
.s-blogList .post-link::after { content: ""; position: absolute; inset: 0; border-radius: var(--radius); }
.s-blogList.v-list .post-list { max-width: 48rem; border-top: 1px solid var(--color-border); }
.s-blogList.v-list .post { padding-block: var(--space-5); border-bottom: 1px solid var(--color-border); }
`,
});
