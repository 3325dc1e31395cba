// Changing a Site: RFC 6902 JSON Patch applied immutably with its inverse computed on the way, validation of
// the result against the Site schema, scope checks for patches a model proposes, diffs between versions and
// three-way merges of branches. Pure and isomorphic.
export { describeChanges, summarizeChanges } from './change-summary.ts';
export { diffJson, diffSites } from './diff.ts';
export { jsonEqual } from './json-equal.ts';
export { applyPatch, formatPointer, getAt, parsePointer, PatchError, RESERVED_KEYS, withoutReservedKeyOperations, type JsonValue, type PatchOperation } from './json-patch.ts';
export { mergeSites, type Conflict, type MergeResult } from './merge.ts';
export { applySitePatch, outOfScope, Patch, PatchOperationSchema, type SitePatchResult } from './site-patch.ts';
