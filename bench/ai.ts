// Chat-edit benchmark on the 60 fixture prompts (../shared/fixtures/edit-prompts.jsonl) against the six-page
// fixture site:
// - pipeline overhead per edit, excluding model time: intent and context selection, validation and the commit,
//   minus the time spent inside the roles; and, for reference, the whole HTTP request around it (session,
//   access, quota, audit, accounting); both on PGlite in memory;
// - tokens: what each edit sends to the models (the intent and editor messages the pipeline builds, estimated at
//   four characters a token — see src/ai/tokens.ts), against the yardstick of the whole document, which is what
//   an editor that sends the document with every request pays.
import { readFileSync } from 'node:fs';
import { editorMessages, intentMessages, translatorMessages } from '../src/ai/prompts.ts';
import { offlineRoles, planEdit, type ModelRoles } from '../src/ai/index.ts';
import { estimateTokens } from '../src/ai/tokens.ts';
import { outlineText, siteOutline } from '../src/ai/site-outline.ts';
import { classifyPrompt } from '../src/ai/offline-rules/intent/index.ts';
import { openPglite } from '../src/store/database.ts';
import { createHistory } from '../src/store/history/index.ts';
import { editFixtureSite } from '../test/support/edit-site.ts';
import { apiRequest, openTestApp, signUp } from '../test/support/test-app.ts';
import { median, percentile } from './measure.ts';

const fixtures = readFileSync(new URL('../../shared/fixtures/edit-prompts.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as { prompt: string; intent: string });

interface Sent {
  instructions: number;
  document: number;
}

/**
 * The offline roles, each call timed and its request measured as the text a model would have been sent; the
 * translator, which offline would refuse, answers like a model so that translations are measured whole.
 */
function measuredRoles(sent: Sent[], roleTime: { ms: number }): ModelRoles {
  const roles = offlineRoles();
  const timed = async <T>(call: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    try {
      return await call();
    } finally {
      roleTime.ms += performance.now() - start;
    }
  };
  return {
    ...roles,
    intent: { ...roles.intent, classify: (request, signal) => {
      const messages = intentMessages(request);
      const outline = estimateTokens(outlineText(request.outline));
      sent.push({ instructions: estimateTokens(messages.system + messages.prompt) - outline, document: outline });
      return timed(() => roles.intent.classify(request, signal));
    } },
    editor: { ...roles.editor, propose: (request, signal) => {
      const messages = editorMessages(request);
      const context = estimateTokens(request.context.entries.map((entry) => JSON.stringify(entry.value)).join('\n'));
      sent.push({ instructions: estimateTokens(messages.system + messages.prompt) - context, document: context });
      return timed(() => roles.editor.propose(request, signal));
    }, translate: (request) => {
      const messages = translatorMessages(request);
      const texts = estimateTokens(JSON.stringify(Object.fromEntries(request.texts.map((entry) => [entry.key, entry.text]))));
      sent.push({ instructions: estimateTokens(messages.system + messages.prompt) - texts, document: texts });
      // The offline engine cannot translate; answer as a model would (each text back, marked) so every batch is
      // sent and measured, and the commit is as large as a real translation's.
      return timed(async () => ({ value: { translations: request.texts.map((entry) => ({ key: entry.key, text: `[${request.locale}] ${entry.text}` })) }, usage: { inputTokens: 0, outputTokens: 0 } }));
    } },
  };
}

async function tokenFigures(): Promise<void> {
  const site = editFixtureSite();
  const documentTokens = estimateTokens(JSON.stringify(site));
  const perEdit: { prompt: string; intent: string; document: number; total: number }[] = [];
  for (const fixture of fixtures) {
    const sent: Sent[] = [];
    await planEdit({ site, prompt: fixture.prompt, roles: measuredRoles(sent, { ms: 0 }), confirm: true }).catch(() => undefined);
    perEdit.push({ prompt: fixture.prompt, intent: fixture.intent, document: sent.reduce((sum, call) => sum + call.document, 0), total: sent.reduce((sum, call) => sum + call.document + call.instructions, 0) });
  }
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const documentSent = perEdit.map((edit) => edit.document).sort((a, b) => a - b);
  const totalSent = perEdit.map((edit) => edit.total).sort((a, b) => a - b);
  console.log(`\nAI edit tokens — ${fixtures.length} fixture edits on the 6-page fixture site (${documentTokens} tokens as JSON; yardstick: sending it whole)`);
  console.log(`  document content sent per edit    mean ${mean(documentSent).toFixed(0).padStart(5)}   median ${median(documentSent).toFixed(0).padStart(5)}   → ${(documentTokens / mean(documentSent)).toFixed(1)}× fewer than the whole document (median ${(documentTokens / median(documentSent)).toFixed(1)}×; goal ≥ 20×)`);
  console.log(`  all input incl. instructions      mean ${mean(totalSent).toFixed(0).padStart(5)}   median ${median(totalSent).toFixed(0).padStart(5)}   → whole document + the same instructions would be ${((documentTokens + mean(totalSent) - mean(documentSent)) / mean(totalSent)).toFixed(1)}× more`);
  const byIntent = new Map<string, number[]>();
  for (const edit of perEdit) byIntent.set(edit.intent, [...(byIntent.get(edit.intent) ?? []), edit.document]);
  console.log(`  document tokens by intent: ${[...byIntent].map(([intent, values]) => `${intent} ${mean(values).toFixed(0)}`).join(' · ')}`);
}

async function overheadFigures(): Promise<void> {
  const backend = { name: 'pglite' as const, open: () => openPglite('memory://') };
  const roleTime = { ms: 0 };
  const harness = await openTestApp(backend, { AI_EDITS_PER_HOUR: '100000' }, { roles: measuredRoles([], roleTime) });
  try {
    const { cookie } = await signUp(harness.app, 'bench@example.com');
    const call = async (method: string, path: string, body?: unknown) => {
      const response = await harness.app.request(apiRequest(path, { method, body, cookie }));
      return { status: response.status, body: (await response.json()) as { commit?: { id: string }; id?: string; head?: string } };
    };
    const created = await call('POST', '/api/sites', { subdomain: 'bench-edits', document: editFixtureSite() });
    const siteId = created.body.id as string;
    let head = created.body.head as string;
    const overheads: number[] = [];
    for (let round = 0; round < 3; round += 1) {
      for (const fixture of fixtures) {
        roleTime.ms = 0;
        const start = performance.now();
        const answer = await call('POST', `/api/sites/${siteId}/edit`, { prompt: fixture.prompt, base: head, confirm: true });
        const elapsed = performance.now() - start;
        if (round > 0) overheads.push(elapsed - roleTime.ms);
        if (round > 0 && process.env.BENCH_VERBOSE) console.log((elapsed - roleTime.ms).toFixed(1), answer.status, fixture.prompt);
        if (answer.status === 201) {
          const undone = await call('POST', `/api/sites/${siteId}/undo`, { branch: 'main' });
          head = undone.body.commit!.id;
        }
      }
    }
    overheads.sort((a, b) => a - b);
    console.log(`\nThe whole chat-edit request, excluding model time (PGlite, ${overheads.length} requests: session, access, quota, pipeline, audit, accounting)`);
    console.log(`  p50 ${median(overheads).toFixed(2)} ms   p95 ${percentile(overheads, 0.95).toFixed(2)} ms`);
  } finally {
    await harness.close();
  }
}

/** The pipeline alone — intent, context, validation and the commit, role time excluded — on PGlite in memory. */
async function pipelineFigures(): Promise<void> {
  const database = await openPglite('memory://');
  try {
    await database.db.insertInto('sites').values({ id: 'bench-pipeline', subdomain: 'bench-pipeline', name: 'Bench', created_by: 'bench' }).execute();
    const history = createHistory(database);
    await history.initialize('bench-pipeline', editFixtureSite(), 'bench');
    const roleTime = { ms: 0 };
    const roles = measuredRoles([], roleTime);
    const timings: number[] = [];
    for (let round = 0; round < 3; round += 1) {
      for (const fixture of fixtures) {
        const head = await history.head('bench-pipeline');
        roleTime.ms = 0;
        const start = performance.now();
        const plan = await planEdit({ site: head.document, prompt: fixture.prompt, roles, confirm: true }).catch(() => undefined);
        if (plan?.kind === 'change') await history.commit({ siteId: 'bench-pipeline', branch: 'main', base: head.commit.id, patch: plan.operations, summary: plan.summary, author: 'bench', source: 'ai' });
        if (round > 0) timings.push(performance.now() - start - roleTime.ms);
        if (plan?.kind === 'change') await history.undo('bench-pipeline', 'main', 'bench');
      }
    }
    timings.sort((a, b) => a - b);
    console.log(`\nAI edit pipeline overhead per edit, excluding model time (PGlite, ${timings.length} edits: intent and context, validation, commit)`);
    console.log(`  p50 ${median(timings).toFixed(2)} ms   p95 ${percentile(timings, 0.95).toFixed(2)} ms   (goal p95 < 30 ms)`);
  } finally {
    await database.close();
  }
}

/** The offline intent reader alone: one prompt's reading, over the 60 fixture prompts (it runs before every chat edit without a model). */
function offlineIntentFigures(): void {
  const outline = siteOutline(editFixtureSite());
  const timings: number[] = [];
  for (let round = 0; round < 6; round++) {
    for (const fixture of fixtures) {
      const start = performance.now();
      classifyPrompt(fixture.prompt, outline);
      if (round > 0) timings.push(performance.now() - start);
    }
  }
  timings.sort((a, b) => a - b);
  console.log(`\nOffline intent reading per prompt (${timings.length} readings of the fixture prompts)`);
  console.log(`  p50 ${median(timings).toFixed(3)} ms   p95 ${percentile(timings, 0.95).toFixed(3)} ms   (goal p95 < 1 ms)`);
}

export async function benchAi(): Promise<void> {
  offlineIntentFigures();
  await tokenFigures();
  await pipelineFigures();
  await overheadFigures();
}
