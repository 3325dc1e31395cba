import { html } from '../markup/index.ts';
import type { Page } from '../site/index.ts';
import { pagePath } from './links.ts';
import type { PageRenderEnvironment } from './page-environment.ts';
import { renderDocument } from './render-page.ts';

/** The address a browser is sent to after a form, and the file written there. */
export const THANKS_PATH = '/thanks/';
export const THANKS_FILE = `${THANKS_PATH.slice(1)}index.html`;

/** The first contact form of the site, with the page it is on; undefined when the site takes no messages. */
function firstContactForm(environment: PageRenderEnvironment): { page: Page; successMessage: string } | undefined {
  for (const page of environment.site.pages) {
    for (const section of page.sections) {
      if (section.type !== 'contactForm' || !section.visible) continue;
      return { page, successMessage: environment.localize(section.props.successMessage) };
    }
  }
  return undefined;
}

/**
 * thanks/index.html, in the default locale: where a visitor lands after sending a contact form — the site's header
 * and footer around the form's own thank-you message, and a way back to the page of the form. None when the site has
 * no contact form; never indexed.
 */
export function thanksPage(environment: PageRenderEnvironment): string | undefined {
  const form = firstContactForm(environment);
  if (!form) return undefined;
  const { site, words } = environment;
  const main = html`<section class="section form-answer tone-base">
<div class="container">
<h1>${words.thanksTitle}</h1>
<p class="lead">${form.successMessage}</p>
<p class="actions"><a class="button" href="${pagePath(form.page)}">${words.thanksAction}</a></p>
</div>
</section>`;
  return renderDocument({ title: `${words.thanksTitle} · ${site.name}`, description: form.successMessage, path: THANKS_PATH, main, isIndexable: false }, environment);
}
