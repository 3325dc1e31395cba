import { z } from 'zod';
import { validateSite, type Site, type ValidationError } from '../site/index.ts';
import { diffJson } from './diff.ts';
import { applyPatch, parsePointer, PatchError, type JsonValue, type PatchOperation } from './json-patch.ts';
import { jsonEqual } from './json-equal.ts';

const Pointer = z.string().max(500).regex(/^(\/[^/]*)*$/, 'Use a JSON Pointer such as /pages/0/title');
const Json: z.ZodType<JsonValue> = z.json() as z.ZodType<JsonValue>;

export const PatchOperationSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('add'), path: Pointer, value: Json }),
  z.object({ op: z.literal('remove'), path: Pointer }),
  z.object({ op: z.literal('replace'), path: Pointer, value: Json }),
  z.object({ op: z.literal('move'), from: Pointer, path: Pointer }),
  z.object({ op: z.literal('copy'), from: Pointer, path: Pointer }),
  z.object({ op: z.literal('test'), path: Pointer, value: Json }),
]);
export const Patch = z.array(PatchOperationSchema).min(1).max(500);

export type SitePatchResult =
  /** `patch` takes the old document to `site` exactly and `inverse` back: store these, not the operations sent. */
  | { ok: true; site: Site; patch: PatchOperation[]; inverse: PatchOperation[] }
  | { ok: false; errors: ValidationError[] };

/**
 * The one way to change a Site: apply the operations, then validate the whole result. Nothing is returned
 * half-applied — either a valid new document with the patch and inverse that describe the change exactly, or the
 * errors (the failing operation's path, or the schema's paths into the would-be document).
 */
export function applySitePatch(site: Site, operations: readonly PatchOperation[]): SitePatchResult {
  let applied;
  try {
    applied = applyPatch(site as unknown as JsonValue, operations);
  } catch (error) {
    if (error instanceof PatchError) return { ok: false, errors: [{ path: `patch/${error.index}`, message: error.message }] };
    throw error;
  }
  const validation = validateSite(applied.document);
  if (!validation.ok) return { ok: false, errors: validation.errors };
  const validated = validation.site as unknown as JsonValue;
  if (jsonEqual(applied.document, validated)) return { ok: true, site: validation.site, patch: [...operations], inverse: applied.inverse };
  // Validation normalized the result (an unknown key dropped, a colour lowercased): the operations sent no longer
  // describe the change, and their inverse might not apply to what is stored. Describe the real change instead.
  const before = site as unknown as JsonValue;
  return { ok: true, site: validation.site, patch: diffJson(before, validated), inverse: diffJson(validated, before) };
}

/** Whether every operation touches only paths under one of `allowed` (JSON Pointers); lists those outside. */
export function outOfScope(operations: readonly PatchOperation[], allowed: readonly string[]): { index: number; path: string }[] {
  const prefixes = allowed.map((pointer) => parsePointer(pointer));
  const inside = (pointer: string) => {
    const segments = parsePointer(pointer);
    return prefixes.some((prefix) => prefix.length <= segments.length && prefix.every((segment, index) => segments[index] === segment));
  };
  const outside: { index: number; path: string }[] = [];
  operations.forEach((operation, index) => {
    const touched = 'from' in operation && operation.op === 'move' ? [operation.from, operation.path] : [operation.path];
    for (const path of touched) if (!inside(path)) outside.push({ index, path });
  });
  return outside;
}
