import { unsafeTextErrors } from '../input-text.ts';
import { migrate } from './migrations.ts';
import { Site } from './site.ts';
import { issuesToErrors, type ValidationError } from './validation-errors.ts';

export type ValidationResult = { ok: true; site: Site } | { ok: false; errors: ValidationError[] };

/**
 * Validates (and migrates) an unknown value into a Site. Never throws: every problem comes back as
 * `{ path, message }` so an editor or a CLI can point at the field.
 */
export function validateSite(input: unknown): ValidationResult {
  const migrated = migrate(input);
  if (!migrated.ok) return migrated;
  const parsed = Site.safeParse(migrated.value);
  if (!parsed.success) return { ok: false, errors: issuesToErrors(parsed.error.issues) };
  // Text PostgreSQL can't store as written (NUL, broken UTF-16), from a model's output as much as from a person.
  const unsafe = unsafeTextErrors(parsed.data, '');
  if (unsafe.length > 0) return { ok: false, errors: unsafe.map((error) => ({ ...error, path: error.path.slice(1) })) };
  return { ok: true, site: parsed.data };
}

/** For code that builds documents itself (the composer, tests): throws with every error listed. */
export function parseSite(input: unknown): Site {
  const result = validateSite(input);
  if (result.ok) return result.site;
  throw new Error(`Invalid site document:\n${result.errors.map((error) => `  ${error.path || '(root)'}: ${error.message}`).join('\n')}`);
}
