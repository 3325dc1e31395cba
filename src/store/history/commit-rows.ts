// A loose commit row ↔ a CommitRecord. The row's `body` is the brotli-compressed JSON `{ patch, inverse }`.
import type { Selectable } from 'kysely';
import { withoutReservedKeyOperations, type PatchOperation } from '../../patch/index.ts';
import type { Tables } from '../tables.ts';
import { compressJson, decompressJson } from './codec.ts';
import type { CommitRecord } from './types.ts';

export type CommitRow = Selectable<Tables['commits']>;

export const COMMIT_COLUMNS = ['seq', 'id', 'parents', 'author_id', 'source', 'action', 'reverts', 'summary', 'body', 'tree', 'created_at'] as const;

export function recordFromRow(row: Omit<CommitRow, 'site_id'>): CommitRecord {
  const { patch, inverse } = decompressJson<{ patch: PatchOperation[]; inverse: PatchOperation[] }>(row.body);
  return {
    id: row.id,
    seq: row.seq,
    parents: row.parents,
    author: row.author_id,
    source: row.source,
    action: row.action,
    reverts: row.reverts,
    summary: row.summary,
    createdAt: row.created_at,
    tree: row.tree,
    patch: withoutReservedKeyOperations(patch),
    inverse: withoutReservedKeyOperations(inverse),
  };
}

export function rowFromRecord(siteId: string, record: CommitRecord) {
  return {
    site_id: siteId,
    seq: record.seq,
    id: record.id,
    parents: record.parents,
    author_id: record.author,
    source: record.source,
    action: record.action,
    reverts: record.reverts,
    summary: record.summary,
    body: compressJson({ patch: record.patch, inverse: record.inverse }),
    tree: record.tree === null ? null : JSON.stringify(record.tree),
    created_at: record.createdAt,
  };
}
