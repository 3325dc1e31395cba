// What an edit may read and change: the few parts of the document context selection (select-context.ts) picks
// for an intent. The editor role sees only `entries` and may only touch `allowedPaths`; validation rejects any
// operation outside them. Sections are addressed by their stable ids in the outline, by index in pointers.
import type { JsonValue } from '../patch/index.ts';

export interface ContextEntry {
  /** A JSON Pointer into the document. */
  path: string;
  value: JsonValue;
  /** Set when `value` is a summary of what is at `path` rather than the value itself. */
  note?: string;
}

export interface SelectedSection {
  pageIndex: number;
  sectionIndex: number;
  id: string;
  type: string;
}

export interface EditContext {
  /** JSON Pointers the operations may touch (an operation's path must lie under one of them). */
  allowedPaths: string[];
  /** What the editor is shown. */
  entries: ContextEntry[];
  /** More it is shown to read, never to change (context-strategy.ts: the whole page under `page`). */
  reference?: ContextEntry[];
  /** For add_section and add_page: the section types to build from, with their default props. */
  sectionTypes: { type: string; description: string; defaults: JsonValue }[];
  /** Ids already used (new pages and sections need fresh ones); only for intents that add. */
  takenIds: string[];
  /** The page the change is on, when there is one. */
  page: { index: number; id: string; slug: string; title: string } | null;
  sections: SelectedSection[];
  /** The site's default locale: the language new text is written in. */
  locale: string;
}

export type ContextSelection = { ok: true; context: EditContext } | { ok: false; question: string };
