/**
 * Pictures made by the image role are counted against their own hourly allowance (AI_IMAGES_PER_HOUR), so the
 * allowance ledger accepts a third kind.
 */
export const sql = `
ALTER TABLE ai_requests DROP CONSTRAINT IF EXISTS ai_requests_kind_check;
ALTER TABLE ai_requests ADD CONSTRAINT ai_requests_kind_check CHECK (kind IN ('generate', 'edit', 'image'));
`;
