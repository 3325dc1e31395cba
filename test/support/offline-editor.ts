// Shared by the tests beside it: runs one prompt through context selection and the offline editor against the
// chat-edit fixture site, and checks what every proposal must satisfy (in scope, applies, validates).
import { expect } from 'vitest';
import { editFixtureSite } from './edit-site.ts';
import { applySitePatch, diffJson, outOfScope, type JsonValue, type PatchOperation } from '../../src/patch/index.ts';
import type { FieldError } from '../../src/errors.ts';
import type { Site } from '../../src/site/index.ts';
import type { EditContext } from '../../src/ai/edit-context.ts';
import { selectContext } from '../../src/ai/select-context.ts';
import type { Intent, IntentType } from '../../src/ai/intent.ts';
import type { EditProposal } from '../../src/ai/roles.ts';
import { offlineEditorRole } from '../../src/ai/offline-rules/editor/index.ts';

export function intentFor(type: IntentType, target: string | null, scope: { page?: string; sections?: string[] } = {}): Intent {
  return { intent_type: type, target, scope: { page: scope.page ?? null, sections: scope.sections ?? [] }, risk: 'low', needs_clarification: false, question: null };
}

export interface EditRun {
  proposal: EditProposal;
  context: EditContext;
  before: Site;
  after: Site;
  /** diffJson(before, after): exactly what the document gained, lost or changed. */
  changes: PatchOperation[];
}

export async function run(prompt: string, intent: Intent, site: Site = editFixtureSite(), feedback: FieldError[] = []): Promise<EditRun> {
  const selection = selectContext(site, intent);
  if (!selection.ok) throw new Error(`Context selection asked: ${selection.question}`);
  const { context } = selection;
  const { value: proposal, usage } = await offlineEditorRole.propose({ prompt, intent, context, feedback });
  expect(usage).toEqual({ inputTokens: 0, outputTokens: 0 });
  expect(outOfScope(proposal.operations, context.allowedPaths)).toEqual([]);
  if (proposal.operations.length === 0) return { proposal, context, before: site, after: site, changes: [] };
  const result = applySitePatch(site, proposal.operations);
  if (!result.ok) throw new Error(`The proposal does not apply: ${JSON.stringify(result.errors)}`);
  return { proposal, context, before: site, after: result.site, changes: diffJson(site as unknown as JsonValue, result.site as unknown as JsonValue) };
}

/** A proposal that changes the document, with a one-line summary and no question. */
export async function runChange(prompt: string, intent: Intent, site?: Site): Promise<EditRun> {
  const result = await run(prompt, intent, site);
  expect(result.proposal.question, `asked instead of changing: ${result.proposal.question}`).toBeNull();
  expect(result.proposal.operations.length).toBeGreaterThan(0);
  expect(result.proposal.summary).not.toContain('\n');
  return result;
}

/** A proposal that asks one question and changes nothing; returns the question. */
export async function runQuestion(prompt: string, intent: Intent, site?: Site, feedback?: FieldError[]): Promise<string> {
  const result = await run(prompt, intent, site, feedback);
  expect(result.proposal.operations).toEqual([]);
  expect(result.proposal.question).toEqual(expect.any(String));
  return result.proposal.question!;
}

export function sectionIds(site: Site, pageId: string): string[] {
  return site.pages.find((page) => page.id === pageId)!.sections.map((section) => section.id);
}

export { editFixtureSite };
