// One rendered page as a self-contained document for a sandboxed preview frame (srcdoc), in one place for the web
// app's editor preview, version preview and dashboard thumbnails. The page already carries its stylesheet (a srcdoc
// frame has no files of its own); what is taken out is anything the frame would refuse to run: <script> elements,
// inline event handlers (`onload=`…), `javascript:` addresses. The renderer writes none of these; should one ever
// slip in, it is dropped here instead of the frame's sandbox (no `allow-scripts`, a security boundary) blocking it
// and the browser logging "Blocked script execution in 'about:srcdoc'" on every change.

const SCRIPT_ELEMENT = /<script\b[\s\S]*?(?:<\/script\s*>|$)/gi;
/** A start tag (text is escaped by the renderer, so a `<` followed by a letter opens a real tag). */
const START_TAG = /<[a-z][^>]*>/gi;
const EVENT_HANDLER = /\s+on[a-z]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+)/gi;
const SCRIPT_ADDRESS = /(\s(?:href|src|action|formaction|xlink:href)\s*=\s*)(["']?)\s*javascript:[^"'\s>]*\2/gi;

/** The page without script of any kind (elements, handlers, `javascript:` addresses). */
export function withoutScripts(page: string): string {
  return page.replace(SCRIPT_ELEMENT, '').replace(START_TAG, (tag) => tag.replace(EVENT_HANDLER, '').replace(SCRIPT_ADDRESS, '$1"#"'));
}

/** `files` (render()'s output) → the file `name` as a preview document, or undefined when there is no such file. */
export function previewDocument(files: ReadonlyMap<string, string>, name: string): string | undefined {
  const page = files.get(name);
  if (page === undefined) return undefined;
  return withoutScripts(page);
}
