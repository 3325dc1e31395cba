// Changing a Site: RFC 6902 JSON Patch applied immutably with its inverse computed on the way, validation of
// the result against the Site schema, scope checks for patches a model proposes, diffs between versions and
// three-way merges of branches — and the named document operations (add a section, rename a page…) that build
// the patches every editor sends, with the one rule for new ids. Pure and isomorphic.
export { describeChanges, summarizeChanges } from './change-summary.ts';
export { diffJson, diffSites } from './diff.ts';
export { jsonEqual } from './json-equal.ts';
export { applyPatch, formatPointer, getAt, parsePointer, PatchError, RESERVED_KEYS, withoutReservedKeyOperations, type JsonValue, type PatchOperation } from './json-patch.ts';
export { mergeSites, type Conflict, type MergeGranularity, type MergeOptions, type MergeResult } from './merge.ts';
export { applySitePatch, outOfScope, Patch, PatchOperationSchema, type SitePatchResult } from './site-patch.ts';
export { clearOpeningHours, setBusinessDetail, setOpeningHours, setSocialLink, type BusinessDetail } from './operations/business.ts';
export { freshIdAmong, freshPageId, freshSectionId, kebabCase, sectionIdAmong } from './operations/fresh-ids.ts';
export { DocumentOperationError, fieldValue, locatePage, locateSection, type PageLocation, type SectionLocation } from './operations/locate.ts';
export { addPage, movePage, pageSlug, removePage, renamePage, setPageSeo, type AddPageOptions } from './operations/pages.ts';
export { addListItem, keepSample, moveListItem, removeListItem, setField } from './operations/section-fields.ts';
export { addSection, duplicateSection, moveSection, newSectionPosition, removeSection, setSectionVisible, type AddSectionOptions } from './operations/sections.ts';
export { replaceImageEverywhere, type ImageSize } from './operations/images.ts';
export { setText, setValue } from './operations/set-value.ts';
export { setLogoImage, setLogoText, setThemeColor, setThemeFont, setThemeMode, setThemeRadius, type ThemeColorName } from './operations/theme.ts';
