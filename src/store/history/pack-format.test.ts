import { describe, expect, it } from 'vitest';
import { decodePack, encodePack } from './pack-format.ts';
import type { CommitRecord } from './types.ts';

function record(seq: number, suffix: string, parents: string[], extra: Partial<CommitRecord> = {}): CommitRecord {
  return {
    id: `${seq.toString(36)}-${suffix}`,
    seq,
    parents,
    author: 'user-ana',
    source: 'editor',
    action: 'change',
    reverts: null,
    summary: `commit ${seq}`,
    createdAt: new Date(Date.UTC(2026, 10, 22, 9, 0, seq)),
    tree: null,
    patch: [{ op: 'replace', path: '/name', value: `Name ${seq}` }],
    inverse: [{ op: 'replace', path: '/name', value: `Name ${seq - 1}` }],
    ...extra,
  };
}

describe('pack format', () => {
  it('round-trips linear runs, merges, undo links, trees and gaps in seq', () => {
    const first = record(40, 'aaaaaa', ['13-zzzzzz']);
    const second = record(41, 'bbbbbb', [first.id]);
    const merge = record(42, 'cccccc', [second.id, '3k-side00'], { source: 'merge', tree: { site: 'a'.repeat(64), pages: [['home', 'b'.repeat(64)]] } });
    const undo = record(45, 'dddddd', [merge.id], { action: 'undo', reverts: merge.id, author: null, summary: 'Undo: commit 42', patch: [], inverse: [] });
    const records = [first, second, merge, undo];
    expect(decodePack(encodePack(records))).toEqual(records);
  });
});
