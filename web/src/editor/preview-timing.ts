// The figure the browser suite reads: milliseconds from the last input event in the editor to the preview
// frame's content being replaced, on `window.__pagehubPreviewMs`.
declare global {
  interface Window {
    __pagehubPreviewMs?: number;
  }
}

let inputAt: number | null = null;

/** Called for every input event in the editor's panels (capture phase). */
export function markInput(): void {
  inputAt = performance.now();
}

/** Called once the preview shows the new content. */
export function markPreviewUpdated(): void {
  if (inputAt === null) return;
  window.__pagehubPreviewMs = performance.now() - inputAt;
  inputAt = null;
}
