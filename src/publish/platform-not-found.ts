// The platform's own 404 page: what a host of ours answers when nothing is published there (an unknown
// subdomain, an unpublished site, a branch without a preview). Static, so it is built and compressed once; its
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

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>No site here · PageHub</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<p class="code" aria-hidden="true">404</p>
<h1>There is no website at this address</h1>
<p>Nothing is published here right now. The site may have been taken offline, renamed, or the address may have a typo.</p>
<p>If this is your site, open it in PageHub and publish it.</p>
<footer>Hosted by PageHub</footer>
</main>
</body>
</html>
`;

const styleHash = createHash('sha256').update(STYLE).digest('base64');

export const PLATFORM_NOT_FOUND = {
  contentSecurityPolicy: `default-src 'none'; style-src 'sha256-${styleHash}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
  identity: Buffer.from(PAGE, 'utf8'),
  gzip: gzipSync(PAGE, { level: 9 }),
  br: brotliCompressSync(PAGE),
} as const;
