// `pagehub edit`: the chat-edit pipeline on a document file, through the real binary.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editFixtureSite } from './support/edit-site.ts';
import { runCli } from './support/run-cli.ts';

const workspace = await mkdtemp(join(tmpdir(), 'pagehub-edit-'));
const sitePath = join(workspace, 'site.json');
afterAll(() => rm(workspace, { recursive: true, force: true }));
beforeAll(() => writeFile(sitePath, JSON.stringify(editFixtureSite())));

describe('pagehub edit', () => {
  it('prints the intent, the summary and the patch as JSON, without saving', async () => {
    const result = await runCli(['edit', sitePath, 'make the primary color green', '--json']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const output = JSON.parse(result.stdout);
    expect(output).toEqual({
      intent: { intent_type: 'update_styles', target: 'theme.colors.primary', scope: { page: null, sections: [] }, risk: 'low', needs_clarification: false },
      summary: expect.stringMatching(/primary/i),
      patch: [{ op: 'replace', path: '/theme/colors/primary', value: expect.stringMatching(/^#[0-9a-f]{6}$/) }],
    });
    expect(JSON.parse(await readFile(sitePath, 'utf8')).theme.colors.primary).toBe(editFixtureSite().theme.colors.primary);
  });

  it('saves the changed document with --write', async () => {
    const copy = join(workspace, 'write.json');
    await writeFile(copy, JSON.stringify(editFixtureSite()));
    const result = await runCli(['edit', copy, 'Change the headline to "Fresh bread every morning"', '--write']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/saved to/);
    expect(JSON.parse(await readFile(copy, 'utf8')).pages[0].sections[0].props.heading).toBe('Fresh bread every morning');
  });

  it('prints the question for a vague prompt, with a null target and an empty patch', async () => {
    const output = JSON.parse((await runCli(['edit', sitePath, 'make it better', '--json'])).stdout);
    expect(output).toMatchObject({ intent: { intent_type: 'needs_clarification', target: null, needs_clarification: true }, summary: null, patch: [], question: expect.stringMatching(/\?/) });
  });

  it('needs --confirm to delete a page, and says what needs a model', async () => {
    const refused = await runCli(['edit', sitePath, 'Delete the terms page', '--json']);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout)).toMatchObject({ intent: { intent_type: 'remove_page', target: 'terms' }, error: { code: 'AI_CONFIRMATION_REQUIRED' } });
    const confirmed = JSON.parse((await runCli(['edit', sitePath, 'Delete the terms page', '--json', '--confirm'])).stdout);
    expect(confirmed.intent).toMatchObject({ intent_type: 'remove_page', target: 'terms', risk: 'high' });
    const translate = await runCli(['edit', sitePath, 'Translate the site to Spanish']);
    expect(translate.code).toBe(1);
    expect(translate.stderr).toMatch(/set PAGEHUB_MODEL_EDITOR/);
  });

  it('prints the intent it read when a model is needed, the product sentence and the part to open', async () => {
    const answer = await runCli(['edit', sitePath, 'make the hero headline catchier', '--json']);
    expect(answer.code).toBe(1);
    expect(JSON.parse(answer.stdout)).toMatchObject({
      intent: { intent_type: 'content_edit', target: 'hero' },
      error: { code: 'AI_MODEL_REQUIRED', detail: expect.stringMatching(/^Rewriting copy needs the AI assistant/), open: { page: 'home', section: 'home-hero' } },
    });
    expect(JSON.parse(answer.stdout).error.detail).not.toContain('PAGEHUB_');
    expect(answer.stderr).toMatch(/PAGEHUB_MODEL_EDITOR/);
  });

  it('stops with one line naming the variable when a model role is misconfigured', async () => {
    const result = await runCli(['edit', sitePath, 'make the primary color green'], 'node', { PAGEHUB_MODEL_EDITOR: 'openai:gpt-5-mini', OPENAI_API_KEY: '' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/PAGEHUB_MODEL_EDITOR=openai:gpt-5-mini needs OPENAI_API_KEY/);
  });

  it('serve stops at start-up the same way, before opening anything', async () => {
    const dataDir = join(workspace, 'never-created');
    const result = await runCli(['serve'], 'node', { PAGEHUB_MODEL_INTENT: 'mystery:model-1', DATA_DIR: dataDir, PORT: '0' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/PAGEHUB_MODEL_INTENT/);
    await expect(readFile(join(dataDir, 'auth-secret'))).rejects.toThrow();
  });

  it.each([
    [['edit', sitePath], /expected exactly 2 arguments/],
    [['edit', sitePath, '  '], /the prompt is empty/],
  ])('bad arguments %j: one line, exit 2', async (args, message) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});
