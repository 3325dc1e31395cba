import { addressLines, DAYS, resolveText, SOCIAL_LABELS, socialLinks, type Hours, type Link } from '../site/index.ts';
import { attr, html, phoneHref, phoneText, type SafeHtml } from './html.ts';
import { assetPath } from './links.ts';
import type { PageRenderEnvironment } from './render-page.ts';


function navLinks(links: readonly Link[], environment: PageRenderEnvironment, currentPageId: string | undefined): SafeHtml[] {
  return links.map((link) => {
    const isCurrent = currentPageId !== undefined && link.href === `page:${currentPageId}`;
    return html`<li><a href="${environment.href(link.href)}"${isCurrent ? html` aria-current="page"` : ''}>${resolveText(link.label, environment.locale)}</a></li>`;
  });
}

function brand(environment: PageRenderEnvironment): SafeHtml {
  const { site, locale } = environment;
  const text = resolveText(site.theme.logo.text, locale) || site.name;
  const mark = site.theme.logo.src
    ? html`<img src="${assetPath(site.theme.logo.src)}" alt="" width="40" height="40">`
    : html`<span class="brand-mark" aria-hidden="true">${(text.match(/[\p{L}\p{N}]/u)?.[0] ?? '•').toUpperCase()}</span>`;
  return html`<a class="brand" href="/">${mark}<span>${text}</span></a>`;
}

export function renderHeader(environment: PageRenderEnvironment, currentPageId?: string): SafeHtml {
  const { site, locale } = environment;
  const items = navLinks(site.navigation.items, environment, currentPageId);
  const cta = site.navigation.cta
    ? html`<li><a class="button" href="${environment.href(site.navigation.cta.href)}">${resolveText(site.navigation.cta.label, locale)}</a></li>`
    : '';
  const list = html`<ul class="nav-list">${items}${cta}</ul>`;
  return html`<header class="site-header">
<div class="container">
${brand(environment)}
<nav class="nav-desktop" aria-label="Main">${list}</nav>
<details class="nav-mobile"><summary>Menu</summary><nav aria-label="Main menu">${list}</nav></details>
</div>
</header>`;
}

const SCHEMA_DAYS: Record<string, string> = { monday: 'Mo', tuesday: 'Tu', wednesday: 'We', thursday: 'Th', friday: 'Fr', saturday: 'Sa', sunday: 'Su' };

/** schema.org `openingHours` values: `Mo 09:00-17:00`. */
function openingHours(hours: Hours): string[] {
  return DAYS.flatMap((day) => {
    const entry = hours[day];
    return entry.closed ? [] : [`${SCHEMA_DAYS[day]} ${entry.open}-${entry.close}`];
  });
}


/** The footer, with the business's details as schema.org LocalBusiness microdata (structured data without script). */
export function renderFooter(environment: PageRenderEnvironment): SafeHtml {
  const { site, locale } = environment;
  const { business } = site;
  const lines = addressLines(business.address, locale);
  const socials = socialLinks(business);
  const legal = site.footer.links;
  const pages = site.navigation.items;
  const contact = html`<div>
<h2>Contact</h2>
<ul>
${lines.length > 0 ? html`<li itemprop="address" itemscope itemtype="https://schema.org/PostalAddress"><span itemprop="streetAddress">${business.address.street}</span>${business.address.street && business.address.city ? ', ' : ''}<span itemprop="addressLocality">${business.address.city}</span>${business.address.region ? html`, <span itemprop="addressRegion">${business.address.region}</span>` : ''}</li>` : ''}
${business.phone ? html`<li><a href="${phoneHref(business.phone)}" itemprop="telephone">${phoneText(business.phone)}</a></li>` : ''}
${business.email ? html`<li><a href="mailto:${business.email}" itemprop="email">${business.email}</a></li>` : ''}
</ul>
${business.hours ? openingHours(business.hours).map((value) => html`<meta itemprop="openingHours" content="${value}">`) : ''}
</div>`;
  const hasContact = lines.length > 0 || business.phone !== '' || business.email !== '';
  return html`<footer class="site-footer tone-dark section" itemscope itemtype="https://schema.org/LocalBusiness">
<div class="container">
<div class="footer-grid">
<div>
<p class="brand-name"><strong itemprop="name">${site.name}</strong></p>
${resolveText(site.footer.text, locale) || resolveText(business.tagline, locale) ? html`<p itemprop="description">${resolveText(site.footer.text, locale) || resolveText(business.tagline, locale)}</p>` : ''}
</div>
${pages.length > 0 ? html`<nav aria-label="Footer"><h2>Pages</h2><ul>${navLinks(pages, environment, undefined)}</ul></nav>` : ''}
${hasContact ? contact : ''}
${site.footer.showSocials && socials.length > 0 ? html`<div><h2>Follow</h2><ul class="socials">${socials.map(([network, url]) => html`<li><a href="${url}" rel="me noopener"${attr('itemprop', 'sameAs')}>${SOCIAL_LABELS[network] ?? network}</a></li>`)}</ul></div>` : ''}
</div>
<div class="footer-legal">
<p>© ${site.name}</p>
${legal.length > 0 ? html`<ul class="footer-links">${navLinks(legal, environment, undefined)}</ul>` : ''}
</div>
</div>
</footer>`;
}
