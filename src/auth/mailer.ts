import nodemailer from 'nodemailer';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';

/** One message to one person. `actionUrl` is the link the mail exists for (sign-in, reset), logged in console mode. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  actionUrl?: string;
}

/** Sends account mail. Passed in, so tests and the console default need no SMTP server. */
export interface Mailer {
  send(mail: Mail): Promise<void>;
  close(): void;
}

/** Delivers through SMTP (`smtp://user:pass@host:587`, `smtps://…`). */
export function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(mail) {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, ...(mail.html ? { html: mail.html } : {}) });
    },
    close: () => transport.close(),
  };
}

/** The embedded default: no mail leaves the machine; the message and its link go to the log. */
export function createLogMailer(logger: Logger): Mailer {
  return {
    async send(mail) {
      logger.info({ mail: { to: mail.to, subject: mail.subject }, url: mail.actionUrl }, `Mail to ${mail.to} (no SMTP_URL set, so it is logged instead): ${mail.subject}${mail.actionUrl ? ` — ${mail.actionUrl}` : ''}`);
    },
    close: () => {},
  };
}

export function createMailer(config: Pick<Config, 'SMTP_URL' | 'MAIL_FROM'>, logger: Logger): Mailer {
  return config.SMTP_URL ? createSmtpMailer(config.SMTP_URL, config.MAIL_FROM) : createLogMailer(logger);
}
