// What the create form shows above its fields for a refusal that is not about one field (a limit, an outage).
import { ApiError, errorMessage, type FieldErrors } from '../../api/index.ts';

/** The problem to show above the form for errors that are not about one field. */
export function formProblem(error: unknown, fieldErrors: FieldErrors): { title: string; detail: string } | null {
  if (!error || Object.keys(fieldErrors).length > 0) return null;
  if (error instanceof ApiError && error.status === 429) {
    // The server's message usually says when to try again already; say it only when it does not.
    const hasWhen = /\b(?:try again|retry) in\b/i.test(error.message);
    const wait = error.retryAfterSeconds && !hasWhen ? ` Try again in about ${Math.ceil(error.retryAfterSeconds / 60)} ${error.retryAfterSeconds > 60 ? 'minutes' : 'minute'}.` : '';
    return { title: 'You have used your generations for now', detail: `${error.message}${wait}` };
  }
  return { title: 'The site could not be created', detail: errorMessage(error) };
}
