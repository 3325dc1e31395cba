// The Reply button of a visitor's message: a mailto: link to the address the visitor gave, when they gave one.

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

/** The visitor's address: the field named like an email first, else any value that is one; null when none is. */
export function visitorEmail(data: Readonly<Record<string, string>>): string | null {
  const entries = Object.entries(data);
  const named = entries.find(([name, value]) => /e-?mail/i.test(name) && EMAIL.test(value.trim()));
  const any = named ?? entries.find(([, value]) => EMAIL.test(value.trim()));
  return any ? any[1].trim() : null;
}

/** `mailto:` the visitor, subject "Re: …" (their message's first words, else the site's name), or null. */
export function replyHref(data: Readonly<Record<string, string>>, siteName: string): string | null {
  const to = visitorEmail(data);
  if (!to) return null;
  const message = (data.message ?? data.subject ?? '').split('\n')[0]!.trim();
  const gist = message.length > 60 ? `${message.slice(0, 57).trimEnd()}…` : message;
  const subject = `Re: ${gist || `your message to ${siteName}`}`;
  return `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?subject=${encodeURIComponent(subject)}`;
}
