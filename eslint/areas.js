// The areas of PageHub and what each may use — the picture in docs/architecture.md, as data the lint enforces
// (pagehub/front-doors). An arrow is added here on purpose, with a reason, never to silence the rule: the pure core
// (markup, site, render, patch, composer) runs in the browser and must stay free of server areas; everything
// that stores data goes through store; only the composition roots (server.ts, cli, http) see nearly everything.
// Files directly under src/ (config.ts, errors.ts, logger.ts, tracing.ts, input-text.ts, csv-cell.ts) are a shared kernel any server area
// may use; server.ts is the process's composition root and only the CLI starts it.

export const AREAS = {
  // The pure core: no node: modules (eslint.config.js), usable in the browser.
  'src/markup': [],
  'src/site': ['src/markup'],
  'src/render': ['src/site', 'src/markup'],
  'src/patch': ['src/site'],
  'src/composer': ['src/site'],
  // Server areas, from the bottom up.
  'src/store': ['src/site', 'src/patch'],
  // assets: where bytes live (blob stores) and the sites' uploaded pictures.
  'src/assets': ['src/store'],
  'src/admin': ['src/store'],
  'src/auth': ['src/store', 'src/admin'],
  'src/ai': ['src/site', 'src/patch', 'src/composer', 'src/store'],
  'src/jobs': ['src/ai', 'src/store'],
  'src/publish': ['src/assets', 'src/site', 'src/render', 'src/markup', 'src/store', 'src/auth', 'src/admin', 'src/jobs'],
  // billing: plans and limits, Stripe; it pauses sites (publish's hosts channel) and mails account holders (auth).
  'src/billing': ['src/store', 'src/auth', 'src/publish'],
  // Composition roots.
  'src/http': ['src/assets', 'src/site', 'src/render', 'src/patch', 'src/composer', 'src/store', 'src/admin', 'src/auth', 'src/ai', 'src/jobs', 'src/publish', 'src/billing'],
  'src/cli': ['src/site', 'src/render', 'src/composer', 'src/store', 'src/ai', 'src/publish'],
  // The web app: its own areas, and the pure core of the server.
  'web/src/ui': [],
  'web/src/api': ['src/site', 'src/patch'],
  'web/src/editor': ['web/src/api', 'src/site', 'src/patch', 'src/render'],
  'web/src/preview': ['src/site', 'src/render', 'src/composer'],
  'web/src/layouts': ['web/src/api', 'web/src/ui'],
  // screens read the composer's pure name extraction (the create form's subdomain suggestion, loaded in its own chunk).
  'web/src/screens': ['web/src/api', 'web/src/editor', 'web/src/preview', 'web/src/layouts', 'web/src/ui', 'src/site', 'src/patch', 'src/composer'],
};

/** Top-level files of src/ that only these areas may import (the rest of the kernel is open to server areas). */
export const RESTRICTED_FILES = {
  'src/server.ts': ['src/cli'],
};

/** Areas that run in the browser, and the only kernel files they may use (pure: no node:, no pino). */
export const BROWSER_AREAS = ['src/markup', 'src/site', 'src/render', 'src/patch', 'src/composer', 'web/src/ui', 'web/src/api', 'web/src/editor', 'web/src/preview', 'web/src/layouts', 'web/src/screens'];
export const BROWSER_KERNEL = ['src/errors.ts', 'src/input-text.ts'];
