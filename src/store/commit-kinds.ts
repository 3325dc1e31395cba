// Who or what made a commit, and what kind of step it was: written once here. The history, the table types, the
// API schema and (through the OpenAPI document) the web app all take them from these lists; migration 0002's CHECK
// constraint is frozen SQL, and a test holds it to the same list.

/** ai: a chat edit or generation · editor: a change by hand · api: a client of the HTTP API · rollback · merge. */
export const COMMIT_SOURCES = ['ai', 'editor', 'api', 'rollback', 'merge'] as const;
export type CommitSource = (typeof COMMIT_SOURCES)[number];

export const COMMIT_ACTIONS = ['change', 'undo', 'redo'] as const;
export type CommitAction = (typeof COMMIT_ACTIONS)[number];
