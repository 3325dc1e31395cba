// How the AI edit route answered a chat turn, written once here: the table types, the API schema and (through the
// OpenAPI document) the web app take it from this list; migration 0012's CHECK constraint is frozen SQL, and a
// test holds it to the same list.

/** commit: a change was made · question: a question back · error: it could not · confirm: a deletion waits for a yes. */
export const CHAT_OUTCOMES = ['commit', 'question', 'error', 'confirm'] as const;
export type ChatOutcome = (typeof CHAT_OUTCOMES)[number];
