/**
 * Visitors' messages as an inbox: a submission is unread until a member marks it read (`read_at`), and each
 * member chooses how they hear of new ones (`lead_mail`: instant, daily, off; NULL = their role's default — owners
 * instant, editors off). `lead_digest_through` is where the member's last daily digest ended, so one digest per day
 * is sent even with several processes (claimed by a conditional UPDATE).
 */
export const sql = `
ALTER TABLE form_submissions ADD COLUMN read_at timestamptz;
CREATE INDEX form_submissions_unread ON form_submissions (site_id) WHERE read_at IS NULL;
ALTER TABLE site_members ADD COLUMN lead_mail text CHECK (lead_mail IN ('instant', 'daily', 'off'));
ALTER TABLE site_members ADD COLUMN lead_digest_through timestamptz;
`;
