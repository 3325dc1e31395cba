// The merge base of two commits: their nearest common ancestor. Both sides are walked together in
// descending seq order (a parent's seq is always smaller than its child's), marking each commit with the
// side(s) it is reachable from; the first commit reached from both is the common ancestor with the highest
// seq, and nothing older than it is read.
import { seqOf } from './ids.ts';
import type { CommitRecord } from './types.ts';

const FIRST = 1;
const SECOND = 2;

export async function findMergeBase(first: string, second: string, load: (id: string) => Promise<CommitRecord>): Promise<string | undefined> {
  const marks = new Map<string, number>([[first, FIRST]]);
  marks.set(second, (marks.get(second) ?? 0) | SECOND);
  // Ids waiting to be visited, in ascending seq order (the next to visit is last).
  const queue = [...new Set([first, second])].sort((left, right) => seqOf(left)! - seqOf(right)!);
  while (queue.length > 0) {
    const id = queue.pop()!;
    const mark = marks.get(id)!;
    if (mark === (FIRST | SECOND)) return id;
    for (const parent of (await load(id)).parents) {
      const previous = marks.get(parent);
      if (previous === undefined) {
        marks.set(parent, mark);
        const seq = seqOf(parent)!;
        let index = queue.length;
        while (index > 0 && seqOf(queue[index - 1]!)! > seq) index -= 1;
        queue.splice(index, 0, parent);
      } else {
        marks.set(parent, previous | mark);
      }
    }
  }
  return undefined;
}
