// `npm run lint` guards the architecture (docs/architecture.md): an import that reaches inside another area, or
// one that closes a cycle, fails it. Each case lints a real file of the repository with one line added.
import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/run-cli.ts';

const eslint = new ESLint({ cwd: REPO_ROOT });
const ARCHITECTURE_RULES = new Set(['pagehub/front-doors', 'pagehub/no-cycle']);

async function problems(file: string, extraLine: string): Promise<string[]> {
  const text = `${extraLine}\n${readFileSync(`${REPO_ROOT}/${file}`, 'utf8')}`;
  const [result] = await eslint.lintText(text, { filePath: `${REPO_ROOT}/${file}` });
  return result!.messages.filter((message) => ARCHITECTURE_RULES.has(message.ruleId ?? '')).map((message) => `${message.ruleId}: ${message.message}`);
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
