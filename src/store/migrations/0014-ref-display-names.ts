/**
 * Branches and named versions carry the name a person typed ("Before launch"); `name` stays the ref-safe form
 * derived from it (`before-launch`), used in URLs, branch preview hostnames and the API. Null for refs made
 * before this migration and for `main`: their name is what a person reads.
 */
export const sql = `
ALTER TABLE refs ADD COLUMN display_name text CHECK (display_name IS NULL OR char_length(display_name) BETWEEN 1 AND 80);
`;
