// Changing a Site: RFC 6902 JSON Patch applied immutably with its inverse computed on the way, validation of
// the result against the Site schema, and scope checks for patches a model proposes. Pure and isomorphic.
export { applyPatch, formatPointer, getAt, parsePointer, PatchError, type JsonValue, type PatchOperation } from './json-patch.ts';
export { applySitePatch, outOfScope, Patch, PatchOperationSchema, type SitePatchResult } from './site-patch.ts';
