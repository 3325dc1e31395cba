// What history operations refuse, as AppErrors from the one catalog (src/errors.ts), so the HTTP layer answers
// them without knowing this area: stale base → 409 with `head`, invalid patch → 422 with `errors`, merge
// conflicts → 409 with `conflicts`, a rebased change that overlaps another → 409 EDIT_CONFLICT with `head`
// and `conflicts` (each with the value now and the one the change wanted). Each has its own class for
// callers that branch on it.
import { AppError } from '../../errors.ts';
import type { Conflict, JsonValue } from '../../patch/index.ts';
import type { ValidationError } from '../../site/index.ts';

export class StaleBaseError extends AppError {
  override name = 'StaleBaseError';
  constructor(readonly head: string, branch: string) {
    super('CONFLICT', {
      detail: `Branch "${branch}" has moved on to commit ${head} since your change was based, so nothing was stored. Reload the document at ${head} and apply your change again.`,
      extra: { head },
    });
  }
}

/** Where a change could not be rebased: `current` is the value at the head now, `yours` the value the change wanted (absent = no such part). */
export interface EditConflict {
  path: string;
  part: string;
  message: string;
  current?: JsonValue;
  yours?: JsonValue;
}

const INVALID_MERGE = 'The merged site would be invalid: ';

/** A merge conflict of a rebase (ours = the head now, theirs = the change), told to the person who made the change. */
export function editConflictOf(conflict: Conflict): EditConflict {
  const { path, part, base, ours, theirs } = conflict;
  const message =
    conflict.message.startsWith(INVALID_MERGE) ? `Together with someone else's change, yours would leave the site invalid: ${conflict.message.slice(INVALID_MERGE.length)}`
    : base === undefined && ours !== undefined && theirs !== undefined ? `You and someone else both added ${part}, differently.`
    : ours === undefined && theirs !== undefined ? `Someone else removed ${part} while you were changing it.`
    : theirs === undefined && ours !== undefined ? `Someone else changed ${part}, which your change removes.`
    : `Someone else changed ${part} while you were changing it.`;
  return { path, part, message, ...(ours === undefined ? {} : { current: ours }), ...(theirs === undefined ? {} : { yours: theirs }) };
}

/** A change based on an older head overlaps a change made since: nothing was stored. */
export class EditConflictError extends AppError {
  override name = 'EditConflictError';
  readonly conflicts: EditConflict[];
  constructor(readonly head: string, conflicts: Conflict[]) {
    const told = conflicts.map(editConflictOf);
    super('EDIT_CONFLICT', { extra: { head, conflicts: told } });
    this.conflicts = told;
  }
}

/** The change was based on a commit that is not on the branch (another branch's, or an older line). */
export class BaseNotOnBranchError extends AppError {
  override name = 'BaseNotOnBranchError';
  constructor(readonly head: string, branch: string) {
    super('CONFLICT', {
      detail: `Your change was made on a version that is not part of "${branch}", so nothing was stored. Open the latest version of "${branch}" and make your change again.`,
      extra: { head, reason: 'base-not-on-branch' },
    });
  }
}

export class InvalidPatchError extends AppError {
  override name = 'InvalidPatchError';
  constructor(errors: ValidationError[]) {
    super('INVALID_DOCUMENT', { errors });
  }
}

export class NothingToUndoError extends AppError {
  override name = 'NothingToUndoError';
  constructor(branch: string) {
    super('CONFLICT', { detail: `There is no change left to undo on branch "${branch}".`, extra: { reason: 'nothing-to-undo' } });
  }
}

export class NothingToRedoError extends AppError {
  override name = 'NothingToRedoError';
  constructor(branch: string) {
    super('CONFLICT', { detail: `There is no undone change to redo on branch "${branch}" (a new change since the last undo ends redo).`, extra: { reason: 'nothing-to-redo' } });
  }
}

export class NothingToMergeError extends AppError {
  override name = 'NothingToMergeError';
  constructor(source: string, into: string) {
    super('CONFLICT', { detail: `Branch "${into}" already contains every change of "${source}"; there is nothing to merge.`, extra: { reason: 'nothing-to-merge' } });
  }
}

export class NoChangesError extends AppError {
  override name = 'NoChangesError';
  constructor(detail: string) {
    super('CONFLICT', { detail, extra: { reason: 'no-changes' } });
  }
}

export class MergeConflictError extends AppError {
  override name = 'MergeConflictError';
  constructor(readonly conflicts: Conflict[], source: string, into: string) {
    super('CONFLICT', {
      detail: `Merging "${source}" into "${into}" conflicts in ${conflicts.length} place(s); nothing was merged. Resolve them on one branch and merge again.`,
      extra: { conflicts },
    });
  }
}

export class HistoryNotFoundError extends AppError {
  override name = 'HistoryNotFoundError';
  constructor(what: 'commit' | 'branch' | 'tag' | 'history', name: string) {
    super('NOT_FOUND', { detail: what === 'history' ? `Site ${name} has no history yet.` : `This site has no ${what} "${name}".` });
  }
}

export class RefExistsError extends AppError {
  override name = 'RefExistsError';
  constructor(kind: 'branch' | 'tag', name: string) {
    super('CONFLICT', { detail: `This site already has a ${kind} named "${name}". Choose another name.`, extra: { reason: `${kind}-exists` } });
  }
}

export class ProtectedBranchError extends AppError {
  override name = 'ProtectedBranchError';
  constructor(name: string) {
    super('CONFLICT', { detail: `Branch "${name}" is the site's main line and cannot be deleted.`, extra: { reason: 'protected-branch' } });
  }
}

export class InvalidRefNameError extends AppError {
  override name = 'InvalidRefNameError';
  constructor(name: string) {
    super('VALIDATION_FAILED', {
      errors: [{ path: 'name', message: `"${name}" is not a valid name: use 1–63 lowercase letters, digits, ".", "_" or "-", starting with a letter or digit (and not "head").` }],
    });
  }
}

export class InvalidDisplayNameError extends AppError {
  override name = 'InvalidDisplayNameError';
  constructor(name: string) {
    super('VALIDATION_FAILED', { errors: [{ path: 'name', message: name === '' ? 'Give it a name.' : 'Use a name of at most 80 characters.' }] });
  }
}

export class HistoryExistsError extends AppError {
  override name = 'HistoryExistsError';
  constructor(siteId: string) {
    super('CONFLICT', { detail: `Site ${siteId} already has a history; it can be initialized only once.` });
  }
}
