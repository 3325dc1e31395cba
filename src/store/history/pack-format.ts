// The body of a `commit_packs` row: the commits of one seq range, column by column, as brotli-compressed
// JSON. Columns keep alike values together (every patch next to the previous one, every time next to the
// previous time), which is what lets brotli shrink a long editing session by an order of magnitude; patches are
// stored as JSON, not as their loose rows' compressed bytes, for the same reason. Derivable values are left
// out: ids are `seq-suffix`, seqs and times are deltas, and a parent list that is just "the commit before me in
// this pack" is 0.
import { withoutReservedKeyOperations, type PatchOperation } from '../../patch/index.ts';
import { compressJson, decompressJson } from './codec.ts';
import { formatCommitId, suffixOf } from './ids.ts';
import type { CommitAction, CommitRecord, CommitSource, Tree } from './types.ts';

/** Brotli quality for packs: a pack is rewritten each time it grows, and 5 is within 2% of 9 here at ~1/10 the time. */
const PACK_QUALITY = 5;

interface PackBody {
  version: 1;
  seqs: number[];
  suffixes: string[];
  parents: (0 | string[])[];
  authors: (string | null)[];
  sources: CommitSource[];
  actions: CommitAction[];
  reverts: (string | null)[];
  summaries: string[];
  times: number[];
  trees: (Tree | null)[];
  patches: PatchOperation[][];
  inverses: PatchOperation[][];
}

function deltas(values: readonly number[]): number[] {
  return values.map((value, index) => value - (index === 0 ? 0 : values[index - 1]!));
}

function undelta(values: readonly number[]): number[] {
  let total = 0;
  return values.map((value) => (total += value));
}

/** `records` in ascending seq order. */
export function encodePack(records: readonly CommitRecord[]): Buffer {
  const body: PackBody = {
    version: 1,
    seqs: deltas(records.map((record) => record.seq)),
    suffixes: records.map((record) => suffixOf(record.id)),
    parents: records.map((record, index) => (index > 0 && record.parents.length === 1 && record.parents[0] === records[index - 1]!.id ? 0 : record.parents)),
    authors: records.map((record) => record.author),
    sources: records.map((record) => record.source),
    actions: records.map((record) => record.action),
    reverts: records.map((record) => record.reverts),
    summaries: records.map((record) => record.summary),
    times: deltas(records.map((record) => record.createdAt.getTime())),
    trees: records.map((record) => record.tree),
    patches: records.map((record) => record.patch),
    inverses: records.map((record) => record.inverse),
  };
  return compressJson(body, PACK_QUALITY);
}

export function decodePack(bytes: Uint8Array): CommitRecord[] {
  const body = decompressJson<PackBody>(bytes);
  if (body.version !== 1) throw new Error(`Unknown commit pack version ${String(body.version)}`);
  const seqs = undelta(body.seqs);
  const times = undelta(body.times);
  const records: CommitRecord[] = [];
  seqs.forEach((seq, index) => {
    const parents = body.parents[index]!;
    records.push({
      id: formatCommitId(seq, body.suffixes[index]!),
      seq,
      parents: parents === 0 ? [records[index - 1]!.id] : parents,
      author: body.authors[index]!,
      source: body.sources[index]!,
      action: body.actions[index]!,
      reverts: body.reverts[index]!,
      summary: body.summaries[index]!,
      createdAt: new Date(times[index]!),
      tree: body.trees[index]!,
      patch: withoutReservedKeyOperations(body.patches[index]!),
      inverse: withoutReservedKeyOperations(body.inverses[index]!),
    });
  });
  return records;
}
