// Reads the recorded provider bodies under test/fixtures/providers and fills their placeholders: `{{answer-text}}`
// (the answer as JSON text), `{{answer-value}}` (the answer itself), `{{chunk}}` (one piece of a stream), `{{model}}`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FakeProviderName, ServerSentEvent } from './scenarios.ts';

const FIXTURES = fileURLToPath(new URL('../../fixtures/providers/', import.meta.url));
const cache = new Map<string, unknown>();

export function readFixture(provider: FakeProviderName, name: string): any {
  const file = `${FIXTURES}${provider}/${name}.json`;
  if (!cache.has(file)) cache.set(file, JSON.parse(readFileSync(file, 'utf8')));
  return structuredClone(cache.get(file));
}

/** Replaces every string that is exactly a placeholder with its value. */
export function fill(template: unknown, values: Record<string, unknown>): unknown {
  if (typeof template === 'string') return template in values ? values[template] : template;
  if (Array.isArray(template)) return template.map((item) => fill(item, values));
  if (template !== null && typeof template === 'object') {
    return Object.fromEntries(Object.entries(template).map(([key, item]) => [key, fill(item, values)]));
  }
  return template;
}

interface EventTemplate extends ServerSentEvent {
  /** `chunk`: repeated for each piece of the answer; `last-chunk`: used instead for the final piece. */
  each?: 'chunk' | 'last-chunk';
}

/** A stream fixture's events with the answer split into its pieces. */
export function streamEvents(templates: EventTemplate[], pieces: string[], values: Record<string, unknown>): ServerSentEvent[] {
  const hasLast = templates.some((template) => template.each === 'last-chunk');
  const events: ServerSentEvent[] = [];
  for (const { each, ...template } of templates) {
    if (each === undefined) events.push(fill(template, values) as ServerSentEvent);
    const chunkPieces = each === 'chunk' ? (hasLast ? pieces.slice(0, -1) : pieces) : each === 'last-chunk' ? pieces.slice(-1) : [];
    for (const piece of chunkPieces) events.push(fill(template, { ...values, '{{chunk}}': piece }) as ServerSentEvent);
  }
  return events;
}

/** `text` cut into `count` pieces of about the same length. */
export function splitText(text: string, count: number): string[] {
  const size = Math.max(1, Math.ceil(text.length / count));
  const pieces: string[] = [];
  for (let start = 0; start < text.length; start += size) pieces.push(text.slice(start, start + size));
  return pieces;
}
