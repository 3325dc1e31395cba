import type { JsonValue } from '../../../patch/index.ts';
import { sectionDefinition } from '../../../site/index.ts';
import { isRecord } from './context-values.ts';
import { listFields } from './text-fields.ts';

// Example items PageHub writes (a team member nobody named, a price nobody gave) carry `sample: true`
// (src/site/primitives.ts), so the editor badges them and publishing asks first.

/** `props` with every item of the section's lists marked as a sample, where the item's schema has the flag. */
export function asSamples(type: string, props: { [key: string]: JsonValue }): { [key: string]: JsonValue } {
  const marked = structuredClone(props);
  for (const list of listFields(type)) {
    const items = marked[list.path];
    if (Array.isArray(items)) marked[list.path] = items.map((item) => (isRecord(item) ? { ...item, sample: true } : item));
  }
  return sectionDefinition(type)?.props.safeParse(marked).success ? marked : props;
}
