// The pages a visitor sees after sending a form: plain HTML that needs no JavaScript and no inline style (the
// sites' CSP allows neither). When the form is known, the page links the live deployment's own stylesheet and
// uses the site's layout classes (section, container, lead, button), so it looks like the rest of the site.
import { html, type SafeHtml } from '../markup/index.ts';
import type { FieldError } from '../errors.ts';
import type { LiveForm } from './live-forms.ts';

/**
 * Where a browser lands after sending a form, on the site's own host: the deployment's thank-you page (or the
 * site's own page at this address); deployments made before it hand the path to the app, which answers
 * thankYouPage.
 */
export { THANKS_PATH } from '../render/index.ts';

/** What the answer pages need to know about the form, when it was found. */
export type FormLook = Pick<LiveForm, 'siteName' | 'locale' | 'stylesheet' | 'favicon'>;

/** Security headers for these pages: their own stylesheet and icon, nothing else. */
export const FORM_PAGE_HEADERS: Record<string, string> = {
  'content-security-policy': "default-src 'none'; style-src 'self'; img-src 'self' data:; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'cache-control': 'no-store',
};

interface PageParts {
  title: string;
  look: FormLook | undefined;
  body: SafeHtml;
}

function page({ title, look, body }: PageParts): string {
  const fullTitle = look ? `${title} · ${look.siteName}` : title;
  return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${fullTitle}</title>
${look?.favicon ? html`<link rel="icon" href="${look.favicon}" type="image/svg+xml">\n` : ''}${look?.stylesheet ? html`<link rel="stylesheet" href="${look.stylesheet}">\n` : ''}</head>
<body>
<main id="main">
<section class="section tone-base form-answer">
<div class="container">
${look ? html`<p class="eyebrow" lang="${look.locale}">${look.siteName}</p>\n` : ''}${body}
</div>
</section>
</main>
</body>
</html>
`.value;
}

/** The thank-you page, with the form's own success message (in the site's language). */
export function thankYouPage(form: LiveForm, backHref: string): string {
  return page({
    title: 'Message sent',
    look: form,
    body: html`<h1>Message sent</h1>
<p class="lead" lang="${form.locale}">${form.successMessage}</p>
<p class="actions"><a class="button" href="${backHref}">Back to the page</a></p>`,
  });
}

/** The form was filled in wrongly: what to correct, and the way back. */
export function invalidSubmissionPage(look: FormLook | undefined, errors: readonly FieldError[], backHref: string): string {
  return page({
    title: 'Please check the form',
    look,
    body: html`<h1>Please check the form</h1>
<p class="lead">Your message was not sent yet. Correct ${errors.length === 1 ? 'this' : 'these'} and send it again:</p>
<ul class="form-errors">
${errors.map((error) => html`<li>${error.message}</li>\n`)}</ul>
<p>Your browser’s Back button returns to the form with what you typed.</p>
<p class="actions"><a class="button" href="${backHref}">Back to the form</a></p>`,
  });
}

/** Any other reason the message was not taken (not found, too large, too many, a fault on our side). */
export function notSentPage(look: FormLook | undefined, { title, explanation }: { title: string; explanation: string }, backHref: string): string {
  return page({
    title,
    look,
    body: html`<h1>${title}</h1>
<p class="lead">${explanation}</p>
<p class="actions"><a class="button" href="${backHref}">Back to the page</a></p>`,
  });
}
