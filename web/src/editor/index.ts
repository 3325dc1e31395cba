export { findTextPath, plainText, pointer, valueAt } from './document-paths.ts';
export { contrastWarnings } from './contrast-warnings.ts';
export { type ChangeOptions, type ConflictingValue, READ_ONLY_REASON, type SiteEditor, type SiteRole, useSiteEditor } from './use-site-editor.ts';
export { markInput, markPreviewUpdated } from './preview-timing.ts';
export { pageHtml } from './page-html.ts';
export { loadPickerFonts, pickerFontFamily } from './picker-fonts.ts';
export { HEARTBEAT_MS, type LiveSite, useLiveSite } from './use-live-site.ts';
export { undoAvailability, type UndoAvailability } from './undo-availability.ts';
export { useUndoAvailability } from './use-undo-availability.ts';
