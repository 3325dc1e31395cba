// The operator's context strategy as the editor role meets it: `scoped` shows the editor only the hero it is asked
// to change; `page` also shows it the rest of that page (to read), and what it may change stays the same.
import { describe, expect, it } from 'vitest';
import { planEdit } from '../../src/ai/edit-pipeline.ts';
import type { ContextStrategy } from '../../src/ai/context-strategy.ts';
import type { Intent } from '../../src/ai/intent.ts';
import { offlineRoles } from '../../src/ai/offline-rules/index.ts';
import { editorMessages } from '../../src/ai/prompts.ts';
import type { EditRequest, ModelRoles } from '../../src/ai/roles.ts';
import { editFixtureSite } from '../support/edit-site.ts';

const HEADLINE: Intent = { intent_type: 'content_edit', target: 'hero', scope: { page: 'home', sections: ['hero'] }, risk: 'low', needs_clarification: false, question: null };
const FAQ_ANSWER = 'Street parking is available on Oak Street.'; // the home page's FAQ, far from its hero

function recordingRoles(seen: EditRequest[], operationPath = '/pages/0/sections/0/props/heading'): ModelRoles {
  const offline = offlineRoles();
  return {
    ...offline,
    intent: { provider: 'test', model: 'intent', classify: async () => ({ value: HEADLINE, usage: { inputTokens: 1, outputTokens: 1 } }) },
    editor: {
      provider: 'test',
      model: 'editor',
      translate: offline.editor.translate,
      propose: async (request) => {
        seen.push(structuredClone(request));
        return { value: { summary: 'New headline', operations: [{ op: 'replace', path: operationPath, value: 'Fresh bread every morning' }], question: null }, usage: { inputTokens: 1, outputTokens: 1 } };
      },
    },
  };
}

const plan = (contextStrategy: ContextStrategy | undefined, seen: EditRequest[], operationPath?: string) =>
  planEdit({ site: editFixtureSite(), prompt: 'Change the headline to "Fresh bread every morning"', roles: recordingRoles(seen, operationPath), retry: { attempts: 1, baseDelayMs: 1, timeoutMs: 1000 }, ...(contextStrategy ? { contextStrategy } : {}) });

describe('the context strategy', () => {
  it('scoped (the default): the editor sees the hero, not the rest of the page', async () => {
    for (const strategy of [undefined, 'scoped'] as const) {
      const seen: EditRequest[] = [];
      expect((await plan(strategy, seen)).kind).toBe('change');
      expect(seen).toHaveLength(1);
      expect(seen[0]!.context.reference).toBeUndefined();
      expect(editorMessages(seen[0]!).prompt).not.toContain(FAQ_ANSWER);
    }
  });

  it('page: the editor also reads the whole home page, marked as read-only, and the allowed paths are unchanged', async () => {
    const scoped: EditRequest[] = [];
    await plan('scoped', scoped);
    const seen: EditRequest[] = [];
    expect((await plan('page', seen)).kind).toBe('change');
    const request = seen[0]!;
    expect(request.context.reference).toEqual([expect.objectContaining({ path: '/pages/0', note: expect.stringContaining('read only') })]);
    const prompt = editorMessages(request).prompt;
    expect(prompt).toContain(FAQ_ANSWER);
    expect(prompt.length).toBeGreaterThan(editorMessages(scoped[0]!).prompt.length * 2);
    expect(request.context.allowedPaths).toEqual(scoped[0]!.context.allowedPaths);
  });

  it('page still refuses a change outside the allowed paths, even to a part of the page it was shown', async () => {
    const seen: EditRequest[] = [];
    await expect(plan('page', seen, '/pages/0/sections/5/props/heading')).rejects.toMatchObject({ code: 'AI_OUTPUT_REJECTED' });
    expect(seen.length).toBeGreaterThan(1); // corrected and refused again
  });
});
