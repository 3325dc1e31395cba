// `pagehub edit`: the chat-edit pipeline on a document file, for scripts and for trying prompts without a server.
import { writeFile } from 'node:fs/promises';
import type { Io } from './io.ts';
import type { Config } from '../config.ts';
import { AppError } from '../errors.ts';
import type { Site } from '../site/index.ts';
import { createModelRoles, type Intent, ModelRequiredError, planEdit } from '../ai/index.ts';

export interface EditCommandInput {
  site: Site;
  path: string;
  prompt: string;
  config: Config;
  isJson: boolean;
  shouldWrite: boolean;
  confirm: boolean;
  io: Io;
}

/** 0: changed (or a question answered); 1: the request was refused (the reason on stderr, or as JSON with --json). */
export async function runEditCommand(input: EditCommandInput): Promise<number> {
  const { io } = input;
  let plan;
  try {
    plan = await planEdit({ site: input.site, prompt: input.prompt, roles: createModelRoles(input.config), confirm: input.confirm });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const intent = intentView((error.extra?.intent as Intent | null | undefined) ?? null);
    // Whoever runs the CLI runs PageHub too: the operator's hint (the variable to set) is printed on stderr.
    const hint = error.cause instanceof ModelRequiredError ? error.cause.message : undefined;
    if (input.isJson) io.out(`${JSON.stringify({ intent, error: { code: error.code, title: error.title, detail: error.detail, errors: error.errors ?? [], ...(error.extra?.open ? { open: error.extra.open } : {}) } })}\n`);
    else io.err(`${error.title}: ${error.detail}\n${(error.errors ?? []).map((field) => `  ${field.path || '(request)'}: ${field.message}\n`).join('')}`);
    if (hint !== undefined) io.err(`${hint}\n`);
    return 1;
  }
  if (plan.kind === 'question') {
    if (input.isJson) io.out(`${JSON.stringify({ intent: intentView(plan.intent), summary: null, patch: [], question: plan.question })}\n`);
    else io.out(`${plan.question}\n`);
    return 0;
  }
  if (input.shouldWrite) await writeFile(input.path, `${JSON.stringify(plan.site, null, 2)}\n`);
  if (input.isJson) io.out(`${JSON.stringify({ intent: intentView(plan.intent), summary: plan.summary, patch: plan.operations })}\n`);
  else io.out(`${plan.summary}${input.shouldWrite ? ` (saved to ${input.path})` : ' (not saved: add --write)'}\n`);
  return 0;
}

function intentView(intent: Intent | null) {
  if (!intent) return null;
  return { intent_type: intent.intent_type, target: intent.target, scope: intent.scope, risk: intent.risk, needs_clarification: intent.needs_clarification };
}
