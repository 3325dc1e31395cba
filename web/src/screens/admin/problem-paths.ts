// The server's refusal of a form, field by field: problem+json `errors[].path` (`body/ai/attempts`) → message, keyed
// by the path below `body/` (`ai/attempts`), so each message is shown beside the field it names.
import { ApiError } from '../../api/index.ts';

export function problemsByPath(error: unknown): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!(error instanceof ApiError)) return problems;
  for (const entry of error.problem.errors ?? []) {
    const path = entry.path.replace(/^body\//, '');
    problems[path] ??= entry.message;
  }
  return problems;
}
