import { html } from '../markup/index.ts';
import { localeVersions } from './locales.ts';
import type { PageRenderEnvironment } from './page-environment.ts';
import { renderDocument } from './render-page.ts';

/**
 * 404.html, in the default locale (one file answers every missing address). On multi-locale sites its language
 * switcher leads to each locale's home page.
 */
export function notFoundPage(environment: PageRenderEnvironment): string {
  const { site, words } = environment;
  const main = html`<section class="section page-404 tone-base">
<div class="container">
<p class="code" aria-hidden="true">404</p>
<h1>${words.notFoundHeading}</h1>
<p class="lead">${words.notFoundLead}</p>
<p class="actions"><a class="button" href="/">${words.notFoundAction}</a></p>
</div>
</section>`;
  return renderDocument(
    {
      title: `${words.notFoundTitle} · ${site.name}`,
      description: words.notFoundDescription.replace('{site}', site.name),
      path: '/404.html',
      main,
      isIndexable: false,
      versions: localeVersions(site, '/'),
    },
    environment,
  );
}
