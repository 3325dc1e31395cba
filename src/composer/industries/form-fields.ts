import type { FormField } from './types.ts';

// Contact-form fields shared by the industry profiles.
export const NAME_FIELD: FormField = { name: 'name', label: 'Your name', kind: 'text', required: true };
export const EMAIL_FIELD: FormField = { name: 'email', label: 'Email', kind: 'email', required: true };
export const PHONE_FIELD: FormField = { name: 'phone', label: 'Phone', kind: 'tel', required: false };
export const MESSAGE_FIELD: FormField = { name: 'message', label: 'Message', kind: 'textarea', required: true };

export function dateField(label: string, required = false): FormField {
  return { name: 'date', label, kind: 'date', required };
}

export function textareaField(label: string): FormField {
  return { name: 'message', label, kind: 'textarea', required: true };
}

/** The basic name/email/message form with extra fields inserted before the message. */
export function formWith(extra: readonly FormField[], message: FormField = MESSAGE_FIELD): FormField[] {
  return [NAME_FIELD, EMAIL_FIELD, ...extra, message];
}
