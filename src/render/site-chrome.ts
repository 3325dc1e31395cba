import { addressLines, DAYS, SOCIAL_LABELS, socialLinks, type Hours, type Link } from '../site/index.ts';
import { attr, html, phoneHref, phoneText, type SafeHtml } from '../markup/index.ts';
import { renderLanguageLinks, renderLanguageMenu } from './language-switcher.ts';
import { imageSizeOf, logoFileOf } from './picture.ts';
import type { LocaleVersion } from './locales.ts';
import type { PageRenderEnvironment } from './page-environment.ts';

function navLinks(links: readonly Link[], environment: PageRenderEnvironment, currentPageId: string | undefined): SafeHtml[] {
  return links.map((link) => {
    const isCurrent = currentPageId !== undefined && link.href === `page:${currentPageId}`;
    return html`<li><a href="${environment.href(link.href)}"${isCurrent ? html` aria-current="page"` : ''}>${environment.localize(link.label)}</a></li>`;
  });
}

function brand(environment: PageRenderEnvironment): SafeHtml {
  const { site } = environment;
  const text = environment.localize(site.theme.logo.text) || site.name;
  const logo = site.theme.logo.src ? logoFileOf(site.theme.logo.src, environment.images, 160) : undefined;
  const size = (site.theme.logo.src && imageSizeOf(site.theme.logo.src, environment.images)) || { width: 40, height: 40 };
  const mark = logo
    ? html`<img src="${logo}" alt="" width="${Math.round((40 * size.width) / size.height)}" height="40">`
    : html`<span class="brand-mark" aria-hidden="true">${(text.match(/[\p{L}\p{N}]/u)?.[0] ?? '•').toUpperCase()}</span>`;
  return html`<a class="brand" href="${environment.homePath}">${mark}<span>${text}</span></a>`;
}

/**
 * The site header: brand, navigation and — when the page exists in several languages (`versions`) — the language
 * switcher, as a drop-down beside the navigation and as buttons at the bottom of the phone menu.
 */
export function renderHeader(environment: PageRenderEnvironment, currentPageId?: string, versions: readonly LocaleVersion[] = []): SafeHtml {
  const { site, locale, words } = environment;
  const items = navLinks(site.navigation.items, environment, currentPageId);
  const cta = site.navigation.cta
    ? html`<li><a class="button" href="${environment.href(site.navigation.cta.href)}">${environment.localize(site.navigation.cta.label)}</a></li>`
    : '';
  const list = html`<ul class="nav-list">${items}${cta}</ul>`;
  const mobileNavigation = html`<nav aria-label="${words.mobileNavigation}">${list}</nav>`;
  const hasLanguages = versions.length > 1;
  return html`<header class="site-header">
<div class="container">
${brand(environment)}
<nav class="nav-desktop" aria-label="${words.mainNavigation}">${list}</nav>
${hasLanguages ? html`${renderLanguageMenu(versions, locale, words.language)}\n` : ''}<details class="nav-mobile"><summary>${words.menu}</summary>${hasLanguages ? html`<div class="nav-panel">${mobileNavigation}${renderLanguageLinks(versions, locale, words.language)}</div>` : mobileNavigation}</details>
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
  const { site, locale, words } = environment;
  const { business } = site;
  const lines = addressLines(business.address, locale);
  const socials = socialLinks(business);
  const legal = site.footer.links;
  const pages = site.navigation.items;
  const contact = html`<div>
<h2>${words.contact}</h2>
<ul>
${lines.length > 0 ? html`<li itemprop="address" itemscope itemtype="https://schema.org/PostalAddress"><span itemprop="streetAddress">${business.address.street}</span>${business.address.street && business.address.city ? ', ' : ''}<span itemprop="addressLocality">${business.address.city}</span>${business.address.region ? html`, <span itemprop="addressRegion">${business.address.region}</span>` : ''}</li>` : ''}
${business.phone ? html`<li><a href="${phoneHref(business.phone)}" itemprop="telephone">${phoneText(business.phone)}</a></li>` : ''}
${business.email ? html`<li><a href="mailto:${business.email}" itemprop="email">${business.email}</a></li>` : ''}
</ul>
${business.hours ? openingHours(business.hours).map((value) => html`<meta itemprop="openingHours" content="${value}">`) : ''}
</div>`;
  const hasContact = lines.length > 0 || business.phone !== '' || business.email !== '';
  const description = environment.localize(site.footer.text) || environment.localize(business.tagline);
  return html`<footer class="site-footer tone-dark section" itemscope itemtype="https://schema.org/LocalBusiness">
<div class="container">
<div class="footer-grid">
<div>
<p class="brand-name"><strong itemprop="name">${site.name}</strong></p>
${description ? html`<p itemprop="description">${description}</p>` : ''}
</div>
${pages.length > 0 ? html`<nav aria-label="${words.footerNavigation}"><h2>${words.pages}</h2><ul>${navLinks(pages, environment, undefined)}</ul></nav>` : ''}
${hasContact ? contact : ''}
${site.footer.showSocials && socials.length > 0 ? html`<div><h2>${words.follow}</h2><ul class="socials">${socials.map(([network, url]) => html`<li><a href="${url}" rel="me noopener"${attr('itemprop', 'sameAs')}>${SOCIAL_LABELS[network] ?? network}</a></li>`)}</ul></div>` : ''}
</div>
<div class="footer-legal">
<p>© ${site.name}</p>
${legal.length > 0 ? html`<ul class="footer-links">${navLinks(legal, environment, undefined)}</ul>` : ''}
${environment.badge ? html`<p class="made-with"><a href="${environment.badge.href}">Made with PageHub</a></p>` : ''}
</div>
</div>
</footer>`;
}
