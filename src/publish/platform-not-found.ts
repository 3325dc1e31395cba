// The platform's own pages: the 404 a host of ours answers when nothing is published there (an unknown
// subdomain, an unpublished site, a branch without a preview), and the "paused" page of a site whose account's
// bills are unpaid. Static, so it is built and compressed once; its
// one inline <style> is allowed by hash, not by 'unsafe-inline'.
import { createHash } from 'node:crypto';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const STYLE = `
:root{color-scheme:light dark;--ink:#1d2327;--muted:#5b6770;--paper:#fbfaf7;--line:#e4e1d8;--accent:#1f6f5c}
@media (prefers-color-scheme:dark){:root{--ink:#eef0f1;--muted:#a6b0b8;--paper:#15191c;--line:#2b3237;--accent:#6cc4ab}}
*{box-sizing:border-box}
html,body{height:100%;margin:0}
body{display:grid;place-items:center;padding:2rem;background:var(--paper);color:var(--ink);font:1rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{max-width:34rem;text-align:center}
.code{margin:0;font-size:clamp(4rem,18vw,7rem);font-weight:800;line-height:1;letter-spacing:-.04em;color:var(--accent)}
h1{margin:.75rem 0 .5rem;font-size:1.5rem;line-height:1.3}
p{margin:0 0 1rem;color:var(--muted)}
a{color:var(--accent);font-weight:600;text-underline-offset:.2em}
footer{margin-top:2.5rem;padding-top:1rem;border-top:1px solid var(--line);font-size:.875rem;color:var(--muted)}
`.trim();

/** A page of the platform's own, in its style: a big mark, a heading and a few sentences. */
function platformPage({ title, mark, heading, lines }: { title: string; mark: string; heading: string; lines: string[] }): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title} · PageHub</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<p class="code" aria-hidden="true">${mark}</p>
<h1>${heading}</h1>
${lines.map((line) => `<p>${line}</p>`).join('\n')}
<footer>Hosted by PageHub</footer>
</main>
</body>
</html>
`;
}

const NOT_FOUND_PAGE = platformPage({
  title: 'No site here',
  mark: '404',
  heading: 'There is no website at this address',
  lines: ['Nothing is published here right now. The site may have been taken offline, renamed, or the address may have a typo.', 'If this is your site, open it in PageHub and publish it.'],
});

/** What a published site of an account paused for unpaid bills shows on every address (nothing is deleted). */
const PAUSED_PAGE = platformPage({
  title: 'Site paused',
  mark: '&#8214;',
  heading: 'This website is paused for now',
  lines: ['Its owner’s PageHub plan needs their attention, so the site is taking a short break. Everything is kept, and it comes back as soon as that is sorted.', 'If this is your site, sign in to PageHub and open Billing.'],
});

const styleHash = createHash('sha256').update(STYLE).digest('base64');

const contentSecurityPolicy = `default-src 'none'; style-src 'sha256-${styleHash}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
const compressed = (page: string) => ({ contentSecurityPolicy, identity: Buffer.from(page, 'utf8'), gzip: gzipSync(page, { level: 9 }), br: brotliCompressSync(page) }) as const;

export const PLATFORM_NOT_FOUND = compressed(NOT_FOUND_PAGE);
export const PLATFORM_PAUSED = compressed(PAUSED_PAGE);
