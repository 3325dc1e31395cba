import { z } from 'zod';
import { validateSite, type Site, type ValidationError } from '../site/index.ts';
import { applyPatch, parsePointer, PatchError, type JsonValue, type PatchOperation } from './json-patch.ts';

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
  | { ok: true; site: Site; inverse: PatchOperation[] }
  | { ok: false; errors: ValidationError[] };

/**
 * The one way to change a Site: apply the operations, then validate the whole result. Nothing is returned
 * half-applied — either a valid new document with its inverse, or the errors (the failing operation's path,
 * or the schema's paths into the would-be document).
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
  return { ok: true, site: validation.site, inverse: applied.inverse };
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
