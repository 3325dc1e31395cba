import type { FieldErrors } from '../../api/index.ts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The same checks the server makes, so the person hears about them before sending. */
export function checkAccountFields(values: { name?: string; email: string; password?: string }, { needsName = false, needsPassword = true } = {}): FieldErrors {
  const errors: FieldErrors = {};
  if (needsName && !values.name?.trim()) errors.name = 'Enter your name.';
  if (!values.email.trim()) errors.email = 'Enter your email address.';
  else if (!EMAIL.test(values.email.trim())) errors.email = 'Enter an email address like name@example.com.';
  if (needsPassword && !values.password) errors.password = 'Enter a password.';
  else if (needsPassword && needsName && (values.password?.length ?? 0) < 8) errors.password = 'Use at least 8 characters.';
  return errors;
}
