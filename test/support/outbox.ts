// Every mail an app under test sends, kept per recipient, so tests follow the links in them as a person would:
// the confirmation after sign-up, an invitation to a site. openTestApp() installs one in front of its mailer.
import type { Mail, Mailer } from '../../src/auth/index.ts';

export interface Outbox extends Mailer {
  readonly mails: Mail[];
  /** Mails to `to` (any case), oldest first. */
  to(to: string): Mail[];
  /** The link of the newest mail to `to` whose link starts with `prefix` (a URL or a path); throws when none has. */
  latestLink(to: string, prefix: string): string;
}

/** Records each mail, then hands it to `next` (the log or SMTP mailer) so delivery is tested as well. */
export function createOutbox(next?: Mailer): Outbox {
  const mails: Mail[] = [];
  const to = (address: string) => mails.filter((mail) => mail.to.toLowerCase() === address.toLowerCase());
  return {
    mails,
    to,
    latestLink(address, prefix) {
      const matches = (url: string) => url.startsWith(prefix) || new URL(url).pathname.startsWith(prefix);
      const link = to(address)
        .map((mail) => mail.actionUrl)
        .filter((url): url is string => url !== undefined && matches(url))
        .at(-1);
      if (!link) throw new Error(`no mail to ${address} with a link to ${prefix} (mails to it: ${to(address).map((mail) => mail.subject).join(' | ') || 'none'})`);
      return link;
    },
    async send(mail) {
      mails.push(mail);
      await next?.send(mail);
    },
    close: () => next?.close(),
  };
}

const OUTBOXES = new WeakMap<object, Outbox>();

/** Makes `outbox` the one signUp() and addMember() read for `app`. */
export function attachOutbox(app: object, outbox: Outbox): void {
  OUTBOXES.set(app, outbox);
}

export function outboxOf(app: object): Outbox {
  const outbox = OUTBOXES.get(app);
  if (!outbox) throw new Error('this app has no outbox: open it with openTestApp(), or attachOutbox() the mailer it was given');
  return outbox;
}
