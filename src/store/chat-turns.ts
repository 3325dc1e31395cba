// The editor's chat conversation, per site and branch: each turn the AI edit route answered, with what the person
// saw. Callers check the member's role first (the site handle binds these to one site).
import type { Db } from './database.ts';
import type { ChatOutcome } from './chat-outcomes.ts';

/** One answered turn as the edit route records it. */
export interface NewChatTurn {
  siteId: string;
  branch: string;
  authorId: string | null;
  prompt: string;
  outcome: ChatOutcome;
  /** The summary of the commit, the question, or the error message, as the person read it. */
  reply: string;
  errorCode?: string | null;
  commitId?: string | null;
}

export interface ChatTurn {
  id: string;
  prompt: string;
  outcome: ChatOutcome;
  reply: string;
  errorCode: string | null;
  commitId: string | null;
  /** Null when the account that asked no longer exists. */
  author: { id: string; name: string } | null;
  createdAt: Date;
}

export interface ChatPage {
  /** Oldest first. */
  turns: ChatTurn[];
  /** Whether older turns exist before the first of `turns`. */
  hasMore: boolean;
}

export async function recordChatTurn(db: Db, turn: NewChatTurn): Promise<string> {
  const row = await db
    .insertInto('chat_turns')
    .values({ site_id: turn.siteId, branch: turn.branch, author_id: turn.authorId, prompt: turn.prompt, outcome: turn.outcome, reply: turn.reply, error_code: turn.errorCode ?? null, commit_id: turn.commitId ?? null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return String(row.id);
}

/**
 * The newest `limit` turns of a branch's conversation, or the `limit` turns just older than `before`, oldest first.
 * Resolves to undefined when `before` is not a turn of this conversation.
 */
export async function listChatTurns(db: Db, siteId: string, { branch, before, limit }: { branch: string; before?: string | undefined; limit: number }): Promise<ChatPage | undefined> {
  let query = db
    .selectFrom('chat_turns')
    .leftJoin('user', 'user.id', 'chat_turns.author_id')
    .select(['chat_turns.id', 'chat_turns.prompt', 'chat_turns.outcome', 'chat_turns.reply', 'chat_turns.error_code', 'chat_turns.commit_id', 'chat_turns.created_at', 'user.id as author_id', 'user.name as author_name'])
    .where('chat_turns.site_id', '=', siteId)
    .where('chat_turns.branch', '=', branch);
  if (before !== undefined) {
    const cursor = /^\d{1,15}$/.test(before)
      ? await db.selectFrom('chat_turns').select(['id', 'created_at']).where('site_id', '=', siteId).where('branch', '=', branch).where('id', '=', Number(before)).executeTakeFirst()
      : undefined;
    if (!cursor) return undefined;
    query = query.where((eb) => eb(eb.refTuple('chat_turns.created_at', 'chat_turns.id'), '<', eb.tuple(cursor.created_at, cursor.id)));
  }
  const rows = await query.orderBy('chat_turns.created_at', 'desc').orderBy('chat_turns.id', 'desc').limit(limit + 1).execute();
  const page = rows.slice(0, limit).reverse();
  return {
    turns: page.map((row) => ({
      id: String(row.id),
      prompt: row.prompt,
      outcome: row.outcome,
      reply: row.reply,
      errorCode: row.error_code,
      commitId: row.commit_id,
      author: row.author_id === null || row.author_name === null ? null : { id: row.author_id, name: row.author_name },
      createdAt: row.created_at,
    })),
    hasMore: rows.length > limit,
  };
}
