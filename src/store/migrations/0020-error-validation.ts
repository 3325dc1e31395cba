/**
 * The error log keeps, with each occurrence, the validation errors that made it fail (a failed AI edit: what was
 * wrong with the model's last answer, as `[{path, message}]`, masked and capped) so the operator's Errors screen
 * can show them beside the intent and the number of attempts.
 */
export const sql = `
ALTER TABLE error_events ADD COLUMN validation_errors jsonb;
`;
