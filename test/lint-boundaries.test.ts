// `npm run lint` guards the architecture (docs/architecture.md): an import that reaches inside another area, or
// one that closes a cycle, fails it; so does a route that reaches a site's data beside the site handle
// (src/http/site-access.ts). Each case lints a real file of the repository with one line added.
import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/run-cli.ts';

const eslint = new ESLint({ cwd: REPO_ROOT });
const ARCHITECTURE_RULES = new Set(['pagehub/front-doors', 'pagehub/no-cycle']);

const SITE_ACCESS_RULES = new Set(['no-restricted-imports', 'no-restricted-syntax']);

async function problems(file: string, extraLine: string, rules = ARCHITECTURE_RULES): Promise<string[]> {
  const text = `${extraLine}\n${readFileSync(`${REPO_ROOT}/${file}`, 'utf8')}`;
  const [result] = await eslint.lintText(text, { filePath: `${REPO_ROOT}/${file}` });
  return result!.messages.filter((message) => rules.has(message.ruleId ?? '')).map((message) => `${message.ruleId}: ${message.message}`);
}

describe('the architecture lint', () => {
  it('passes the files as they are', async () => {
    expect(await problems('src/http/routes/sites.ts', '')).toEqual([]);
  });

  it("fails an import that reaches inside another area, naming the area's front door", async () => {
    const found = await problems('src/http/routes/sites.ts', "import type { Tables } from '../../store/tables.ts';");
    expect(found).toEqual([expect.stringMatching(/^pagehub\/front-doors: '\.\.\/\.\.\/store\/tables\.ts' reaches inside src\/store: import it from src\/store\/index\.ts/)]);
  });

  it('fails a deep import from the web app into the server code, and a lazy one', async () => {
    expect(await problems('web/src/editor/page-html.ts', "import type { Tables } from '../../../src/store/tables.ts';")).toEqual([expect.stringContaining('pagehub/front-doors')]);
    expect(await problems('web/src/screens/not-found-screen.tsx', "export const later = () => import('../preview/home-page-html.ts');")).toEqual([expect.stringContaining('pagehub/front-doors')]);
  });

  it('lets a file use its own area freely and a top-level module directly', async () => {
    expect(await problems('src/http/routes/sites.ts', "import type { AppEnv } from '../app-env.ts';\nimport type { Config } from '../../config.ts';")).toEqual([]);
  });

  it('fails a dependency the area map does not allow, even through the front door', async () => {
    expect(await problems('src/render/links.ts', "import { createHistory } from '../store/index.ts';")).toEqual([
      expect.stringMatching(/^pagehub\/front-doors: src\/render may not depend on src\/store/),
    ]);
    expect(await problems('web/src/ui/button.tsx', "import { loadConfig } from '../../../src/config.ts';")).toEqual([
      expect.stringMatching(/^pagehub\/front-doors: web\/src\/ui may not import src\/config\.ts .*runs in the browser/),
    ]);
    expect(await problems('src/ai/retry.ts', "import { startServer } from '../server.ts';")).toContainEqual(expect.stringMatching(/^pagehub\/front-doors: src\/ai may not import src\/server\.ts .*starts the whole process/));
  });

  it('fails an import that makes the site and render areas depend on each other', async () => {
    const found = await problems('src/site/business.ts', "import { render } from '../render/index.ts';");
    expect(found.some((problem) => problem.startsWith('pagehub/no-cycle'))).toBe(true);
  });

  it('fails a file cycle inside one area', async () => {
    const found = await problems('src/render/page-environment.ts', "import { renderPage } from './render-page.ts';");
    expect(found).toEqual([expect.stringMatching(/^pagehub\/no-cycle: '\.\/render-page\.ts' closes an import cycle: src\/render\/render-page\.ts → back here/)]);
  });

  it('fails a cycle made of type-only imports too', async () => {
    const found = await problems('src/site/validation-errors.ts', "import type { ValidationResult } from './validate.ts';");
    expect(found).toEqual([expect.stringContaining('pagehub/no-cycle')]);
  });
});

describe("the site access lint of src/http/routes/", () => {
  const routes = ['deployments', 'domains', 'edit', 'forms', 'history', 'invites', 'members', 'sites', 'tls'].map((name) => `src/http/routes/${name}.ts`);

  it('passes the routes as they are', async () => {
    for (const file of routes) expect(await problems(file, '', SITE_ACCESS_RULES), file).toEqual([]);
  });

  it("fails a route importing a site's data functions instead of using the site handle", async () => {
    expect(await problems('src/http/routes/forms.ts', "import { listSubmissions } from '../../publish/index.ts';", SITE_ACCESS_RULES)).toEqual([
      expect.stringMatching(/^no-restricted-imports: 'listSubmissions' import from '\.\.\/\.\.\/publish\/index\.ts' is restricted\. Routes reach a site's data only through the site handle/),
    ]);
    expect(await problems('src/http/routes/members.ts', "import { requireSiteRole, listMembers } from '../../auth/index.ts';", SITE_ACCESS_RULES)).toHaveLength(2);
    expect(await problems('src/http/routes/history.ts', "import { createHistory } from '../../store/index.ts';", SITE_ACCESS_RULES)).toEqual([expect.stringContaining('no-restricted-imports')]);
    expect(await problems('src/http/routes/sites.ts', "import * as store from '../../store/index.ts';", SITE_ACCESS_RULES)).toEqual([expect.stringContaining('no-restricted-imports')]);
  });

  it('fails a route querying tables itself', async () => {
    expect(await problems('src/http/routes/domains.ts', "export const peek = (db: import('../../store/index.ts').Db) => db.selectFrom('domains').selectAll().execute();", SITE_ACCESS_RULES)).toEqual([
      expect.stringMatching(/^no-restricted-syntax: Routes do not query tables\./),
    ]);
    expect(await problems('src/http/routes/domains.ts', "import { sql } from 'kysely';\nexport const peek = sql`SELECT * FROM domains`;", SITE_ACCESS_RULES)).toEqual([expect.stringContaining('no-restricted-syntax')]);
  });

  it('lets a route use the handle and what is not a site\'s data', async () => {
    expect(await problems('src/http/routes/sites.ts', "import { isSubdomainAvailable } from '../../store/index.ts';\nimport { asSystem } from '../../system-actor.ts';", SITE_ACCESS_RULES)).toEqual([]);
  });
});
