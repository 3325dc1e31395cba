import { createRoute, z } from '@hono/zod-openapi';
import type { PatchOperation } from '../../patch/index.ts';
import type { Router } from '../app-env.ts';
import { auditRequest } from '../audit.ts';
import { PROBLEM_CONTENT_TYPE, ProblemSchema, problemResponses } from '../problem.ts';
import { CommitSchema, DocumentSchema, jsonBody, jsonResponse, PatchOperationBody, RefName, signedIn, SiteIdParams } from '../schemas.ts';
import { serializeCommit } from './serialize.ts';

const BranchQuery = z.object({ branch: RefName.default('main') });
const CommitResponse = z.object({ commit: CommitSchema });
const DisplayName = z.string().openapi({ description: 'The name as a person typed it and reads it ("Before launch").', example: 'Before launch' });
const BranchSchema = z.object({ name: z.string().openapi({ description: 'Ref-safe name derived from the display name, used in paths and `branch` parameters.', example: 'before-launch' }), displayName: DisplayName, head: z.string(), updatedAt: z.string() }).openapi('Branch');
const TagSchema = z.object({ name: z.string().openapi({ description: 'Ref-safe name derived from the display name.', example: 'before-launch' }), displayName: DisplayName, commit: z.string(), createdBy: z.string().nullable(), createdAt: z.string() }).openapi('Tag');
/** A name a person types for a branch or a version: free text; the ref-safe name is derived from it. */
const TypedName = z.string().trim().min(1, 'Give it a name.').max(80, 'Use a name of at most 80 characters.').openapi({ example: 'Before launch' });
const CommitIdParams = SiteIdParams.extend({ commit: z.string().min(1).max(80) });
const BranchParams = SiteIdParams.extend({ name: RefName });
const MergeConflictProblem = ProblemSchema.extend({
  conflicts: z
    .array(z.object({ path: z.string().openapi({ example: '/pages/0/sections/2' }), part: z.string(), message: z.string() }).openapi('MergeConflict'))
    .optional()
    .openapi({ description: 'Where both branches changed the same place; absent when the refusal has another reason.' }),
}).openapi('MergeConflictProblem');
/** A value of the site document (text, number, object…); absent when that part does not exist on that side. */
const DocumentValue = z.unknown().openapi({ description: 'A value from the site document; absent where that part does not exist.' });
const EditConflictProblem = ProblemSchema.extend({
  head: z.string().optional().openapi({ description: 'The branch head now: the version to reload.' }),
  conflicts: z
    .array(
      z
        .object({
          path: z.string().openapi({ example: '/pages/0/sections/0/props/heading' }),
          part: z.string().openapi({ example: 'heading in section "hero" on page "home"' }),
          message: z.string(),
          current: DocumentValue.openapi({ description: 'The value at the head now (absent: someone removed it).' }),
          yours: DocumentValue.openapi({ description: 'The value this change wanted (absent: the change removes it).' }),
        })
        .openapi('EditConflict'),
    )
    .optional()
    .openapi({ description: 'EDIT_CONFLICT: where the change overlaps one made since its base; absent when the refusal has another reason.' }),
}).openapi('EditConflictProblem');

/** Every history route needs a signed-in member of the site (sites.forSite). */
const route = <const Method extends 'get' | 'post' | 'delete', const Path extends string>(method: Method, path: Path, operationId: string, summary: string) => ({ method, path, operationId, summary, tags: ['history'], security: signedIn });

const commitRoute = createRoute({
  ...route('post', '/api/sites/{id}/commits', 'createCommit', 'Commit a JSON Patch on a branch, based on its head or an older commit of it'),
  description:
    'The patch applies to the document at `base`. When `base` is no longer the head, the change is rebased: merged field by field with what changed since, and committed on the head as an ordinary commit (`rebased: true`). Only a real overlap is refused: 409 EDIT_CONFLICT with the `head` and, per place, the value there now (`current`) and the one the change wanted (`yours`). A `base` that is not on the branch answers 409 CONFLICT with the `head`, an unknown one 404; a patch that makes the document invalid answers 422 with the schema errors. Nothing is stored in those cases.',
  request: {
    params: SiteIdParams,
    body: jsonBody(
      z.object({
        branch: RefName.default('main'),
        base: z.string().min(1).max(80),
        patch: z.array(PatchOperationBody).min(1).max(500),
        summary: z.string().max(300).optional(),
        source: z.enum(['editor', 'api']).default('api').openapi({ description: 'Who made the change: the visual editor, or another API client.' }),
      }),
    ),
  },
  responses: {
    201: jsonResponse('The new commit; `rebased` says it was rebased onto a newer head than `base`', CommitResponse.extend({ rebased: z.boolean() })),
    ...problemResponses(400, 401, 402, 403, 404, 422, 429),
    409: {
      description: 'Nothing was stored: the change overlaps one made since its base (EDIT_CONFLICT, with `conflicts`), or `base` is not on the branch (CONFLICT)',
      content: { [PROBLEM_CONTENT_TYPE]: { schema: EditConflictProblem } },
    },
  },
});

const logRoute = createRoute({
  ...route('get', '/api/sites/{id}/commits', 'listCommits', 'History of a branch, newest first'),
  request: { params: SiteIdParams, query: BranchQuery.extend({ cursor: z.string().max(80).optional(), limit: z.coerce.number().int().min(1).max(200).default(50) }) },
  responses: { 200: jsonResponse('A page of commits', z.object({ commits: z.array(CommitSchema), nextCursor: z.string().nullable() })), ...problemResponses(400, 401, 404) },
});

const getCommitRoute = createRoute({
  ...route('get', '/api/sites/{id}/commits/{commit}', 'getCommit', 'One commit and the document at it'),
  request: { params: CommitIdParams },
  responses: { 200: jsonResponse('The commit', z.object({ commit: CommitSchema, document: DocumentSchema })), ...problemResponses(401, 404) },
});

const diffRoute = createRoute({
  ...route('get', '/api/sites/{id}/diff', 'diffCommits', 'The patch between two commits'),
  request: { params: SiteIdParams, query: z.object({ from: z.string().min(1).max(80), to: z.string().min(1).max(80) }) },
  responses: { 200: jsonResponse('The difference', z.object({ patch: z.array(PatchOperationBody), summary: z.string() })), ...problemResponses(400, 401, 404) },
});

const undoRoute = createRoute({
  ...route('post', '/api/sites/{id}/undo', 'undoChange', 'Undo the last change on a branch (adds a commit)'),
  request: { params: SiteIdParams, body: jsonBody(z.object({ branch: RefName.default('main') })) },
  responses: { 200: jsonResponse('The undo commit', CommitResponse), ...problemResponses(400, 401, 402, 403, 404, 409) },
});

const redoRoute = createRoute({
  ...route('post', '/api/sites/{id}/redo', 'redoChange', 'Redo the last undone change on a branch (adds a commit)'),
  request: { params: SiteIdParams, body: jsonBody(z.object({ branch: RefName.default('main') })) },
  responses: { 200: jsonResponse('The redo commit', CommitResponse), ...problemResponses(400, 401, 402, 403, 404, 409) },
});

const undoStateRoute = createRoute({
  ...route('get', '/api/sites/{id}/undo-state', 'getUndoState', 'Whether undo and redo would do something on a branch now'),
  description: 'Decided as POST …/undo and …/redo decide: `canUndo` is false when there is no change left to take back, `canRedo` when no undo is waiting to be redone (a new change after an undo ends the chance to redo). The summaries name the change each would take back or re-apply.',
  request: { params: SiteIdParams, query: BranchQuery },
  responses: {
    200: jsonResponse(
      'What undo and redo would do',
      z
        .object({
          head: z.string().openapi({ description: 'The branch head the answer is for.' }),
          canUndo: z.boolean(),
          canRedo: z.boolean(),
          undoSummary: z.string().nullable(),
          redoSummary: z.string().nullable(),
        })
        .openapi('UndoState'),
    ),
    ...problemResponses(400, 401, 404),
  },
});

const rollbackRoute = createRoute({
  ...route('post', '/api/sites/{id}/rollback', 'rollbackBranch', 'Make a branch look like an earlier commit (adds a commit)'),
  request: { params: SiteIdParams, body: jsonBody(z.object({ branch: RefName.default('main'), to: z.string().min(1).max(80) })) },
  responses: { 200: jsonResponse('The rollback commit', CommitResponse), ...problemResponses(400, 401, 402, 403, 404, 409) },
});

const listBranchesRoute = createRoute({
  ...route('get', '/api/sites/{id}/branches', 'listBranches', 'Branches of a site'),
  request: { params: SiteIdParams },
  responses: { 200: jsonResponse('Branches', z.object({ branches: z.array(BranchSchema) })), ...problemResponses(401, 404) },
});

const createBranchRoute = createRoute({
  ...route('post', '/api/sites/{id}/branches', 'createBranch', 'Create a branch at a commit'),
  description: 'The name is free text ("Spring menu"), kept as `displayName`; the ref-safe `name` used in paths is derived from it (`spring-menu`). A name another branch already reads answers 409.',
  request: { params: SiteIdParams, body: jsonBody(z.object({ name: TypedName, from: z.string().min(1).max(80) })) },
  responses: { 201: jsonResponse('The branch', z.object({ branch: BranchSchema })), ...problemResponses(400, 401, 402, 403, 404, 409) },
});

const deleteBranchRoute = createRoute({
  ...route('delete', '/api/sites/{id}/branches/{name}', 'deleteBranch', 'Delete a branch name (its commits stay)'),
  request: { params: BranchParams },
  responses: { 204: { description: 'Deleted' }, ...problemResponses(400, 401, 403, 404, 409) },
});

const mergeRoute = createRoute({
  ...route('post', '/api/sites/{id}/branches/{name}/merge', 'mergeBranch', 'Merge a branch into another'),
  description: 'A three-way merge at section granularity. Conflicts answer 409 with `conflicts` and merge nothing.',
  request: { params: BranchParams, body: jsonBody(z.object({ into: RefName.default('main') })) },
  responses: {
    200: jsonResponse('The merge commit', CommitResponse),
    ...problemResponses(400, 401, 402, 403, 404),
    409: { description: 'Nothing was merged: the branches conflict (`conflicts` lists where), or the target already has every change of the branch', content: { [PROBLEM_CONTENT_TYPE]: { schema: MergeConflictProblem } } },
  },
});

const listTagsRoute = createRoute({
  ...route('get', '/api/sites/{id}/tags', 'listTags', 'Named versions'),
  request: { params: SiteIdParams },
  responses: { 200: jsonResponse('Tags', z.object({ tags: z.array(TagSchema) })), ...problemResponses(401, 404) },
});

const createTagRoute = createRoute({
  ...route('post', '/api/sites/{id}/tags', 'createTag', 'Name a version'),
  description: 'The name is free text ("Before launch"), kept as `displayName`; the ref-safe `name` is derived from it (`before-launch`). A name another version already has answers 409.',
  request: { params: SiteIdParams, body: jsonBody(z.object({ name: TypedName, commit: z.string().min(1).max(80) })) },
  responses: { 201: jsonResponse('The tag', z.object({ tag: TagSchema })), ...problemResponses(400, 401, 402, 403, 404, 409) },
});

export const registerHistoryRoutes: Router = (app, { database, sites }) => {
  const { db } = database;

  app.openapi(commitRoute, async (c) => {
    const { id } = c.req.valid('param');
    const site = await sites.forSite(c, id, 'editor', { changesContent: true });
    const body = c.req.valid('json');
    const commit = await site.history.commit({ branch: body.branch, base: body.base, patch: body.patch as PatchOperation[], summary: body.summary, source: body.source });
    const isRebased = commit.rebasedFrom !== undefined;
    await auditRequest(c, db, { siteId: id, action: 'commit.create', target: commit.id, details: { branch: body.branch, ...(isRebased ? { rebasedFrom: commit.rebasedFrom } : {}) } });
    return c.json({ commit: serializeCommit(commit), rebased: isRebased }, 201);
  });

  app.openapi(logRoute, async (c) => {
    const { id } = c.req.valid('param');
    const site = await sites.forSite(c, id, 'viewer');
    const query = c.req.valid('query');
    const page = await site.history.log({ branch: query.branch, cursor: query.cursor ?? null, limit: query.limit });
    return c.json({ commits: page.commits.map(serializeCommit), nextCursor: page.nextCursor }, 200);
  });

  app.openapi(getCommitRoute, async (c) => {
    const { id, commit: commitId } = c.req.valid('param');
    const site = await sites.forSite(c, id, 'viewer');
    const [commit, document] = await Promise.all([site.history.getCommit(commitId), site.history.getDocument(commitId)]);
    return c.json({ commit: serializeCommit(commit), document: document as unknown as Record<string, unknown> }, 200);
  });

  app.openapi(diffRoute, async (c) => {
    const { id } = c.req.valid('param');
    const site = await sites.forSite(c, id, 'viewer');
    const { from, to } = c.req.valid('query');
    return c.json(await site.history.diff(from, to), 200);
  });

  app.openapi(undoStateRoute, async (c) => {
    const { id } = c.req.valid('param');
    const site = await sites.forSite(c, id, 'viewer');
    const { branch } = c.req.valid('query');
    return c.json(await site.history.undoState(branch), 200);
  });

  for (const [definition, action] of [[undoRoute, 'undo'], [redoRoute, 'redo']] as const) {
    app.openapi(definition, async (c) => {
      const { id } = c.req.valid('param');
      const site = await sites.forSite(c, id, 'editor', { changesContent: true });
      const { branch } = c.req.valid('json');
      const commit = action === 'undo' ? await site.history.undo(branch) : await site.history.redo(branch);
      await auditRequest(c, db, { siteId: id, action: `commit.${action}`, target: commit.id, details: { branch } });
      return c.json({ commit: serializeCommit(commit) }, 200);
    });
  }

  app.openapi(rollbackRoute, async (c) => {
    const { id } = c.req.valid('param');
    const site = await sites.forSite(c, id, 'editor', { changesContent: true });
    const { branch, to } = c.req.valid('json');
    const commit = await site.history.rollback(branch, to);
    await auditRequest(c, db, { siteId: id, action: 'commit.rollback', target: commit.id, details: { branch, to } });
    return c.json({ commit: serializeCommit(commit) }, 200);
  });

  app.openapi(listBranchesRoute, async (c) => {
    const { id } = c.req.valid('param');
    const site = await sites.forSite(c, id, 'viewer');
    const branches = await site.history.listBranches();
    return c.json({ branches: branches.map((branch) => ({ ...branch, updatedAt: branch.updatedAt.toISOString() })) }, 200);
  });

  app.openapi(createBranchRoute, async (c) => {
    const { id } = c.req.valid('param');
    const site = await sites.forSite(c, id, 'editor', { changesContent: true });
    const { name, from } = c.req.valid('json');
    const branch = await site.history.createBranch(name, from);
    await auditRequest(c, db, { siteId: id, action: 'branch.create', target: branch.name, details: { from, displayName: branch.displayName } });
    return c.json({ branch: { ...branch, updatedAt: branch.updatedAt.toISOString() } }, 201);
  });

  app.openapi(deleteBranchRoute, async (c) => {
    const { id, name } = c.req.valid('param');
    const site = await sites.forSite(c, id, 'editor');
    await site.history.deleteBranch(name);
    await auditRequest(c, db, { siteId: id, action: 'branch.delete', target: name });
    return c.body(null, 204);
  });

  app.openapi(mergeRoute, async (c) => {
    const { id, name } = c.req.valid('param');
    const site = await sites.forSite(c, id, 'editor', { changesContent: true });
    const { into } = c.req.valid('json');
    const commit = await site.history.merge(name, into);
    await auditRequest(c, db, { siteId: id, action: 'branch.merge', target: commit.id, details: { source: name, into } });
    return c.json({ commit: serializeCommit(commit) }, 200);
  });

  app.openapi(listTagsRoute, async (c) => {
    const { id } = c.req.valid('param');
    const site = await sites.forSite(c, id, 'viewer');
    const tags = await site.history.listTags();
    return c.json({ tags: tags.map((tag) => ({ ...tag, createdAt: tag.createdAt.toISOString() })) }, 200);
  });

  app.openapi(createTagRoute, async (c) => {
    const { id } = c.req.valid('param');
    const site = await sites.forSite(c, id, 'editor', { changesContent: true });
    const { name, commit } = c.req.valid('json');
    const tag = await site.history.createTag(name, commit);
    await auditRequest(c, db, { siteId: id, action: 'tag.create', target: tag.name, details: { commit, displayName: tag.displayName } });
    return c.json({ tag: { ...tag, createdAt: tag.createdAt.toISOString() } }, 201);
  });
};
