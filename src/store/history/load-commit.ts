// One commit of a site's history, from the commit store (cached), or HistoryNotFoundError.
import type { HistoryContext } from './context.ts';
import { HistoryNotFoundError } from './errors.ts';
import type { CommitRecord } from './types.ts';

export async function loadCommit(context: HistoryContext, siteId: string, id: string): Promise<CommitRecord> {
  const record = await context.commits.get(siteId, id);
  if (!record) throw new HistoryNotFoundError('commit', id);
  return record;
}
