/**
 * Invitations by email: an invite may be bound to one address (lower-cased). Only the account signed in with that
 * address can accept it; invite links made for sharing keep `email` null and work for anyone holding them.
 */
export const sql = `
ALTER TABLE invites ADD COLUMN email text;
CREATE INDEX invites_by_site_email ON invites (site_id, email) WHERE email IS NOT NULL;
`;
