// Every mail PageHub sends about an account or a site's team, in one place: what it says, in plain words, and the
// one link it exists for (`actionUrl`, which the log mailer prints when no SMTP_URL is set).
import type { Mail } from './mailer.ts';
import type { Role } from './site-roles.ts';

/** Account confirmation links work for a day; signing in with the password sends a fresh one. */
export const VERIFICATION_LINK_SECONDS = 24 * 3600;

/** Invitations by email work once, for a week. */
export const INVITATION_HOURS = 24 * 7;

/**
 * Text someone else typed (a name, a site's name), fit for one line of a mail: control characters and line
 * breaks become spaces, and it is cut at `limit` characters, so it cannot forge a header or a paragraph.
 */
export function oneLine(text: string, limit = 80): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > limit ? `${flat.slice(0, limit - 1)}…` : flat;
}

export function verificationMail({ to, url }: { to: string; url: string }): Mail {
  return {
    to,
    subject: 'Confirm your email address for PageHub',
    text: `Welcome to PageHub!\n\nOpen this link to confirm your email address and finish creating your account:\n${url}\n\nThe link works for 24 hours. If it has expired, sign in with your email and password and we will send a new one.\n\nIf you did not sign up for PageHub, ignore this mail: no account is created without this confirmation.`,
    actionUrl: url,
  };
}

/** To the owner of an address someone tried to sign up with again: nothing changed; how to get in if it was them. */
export function existingAccountMail({ to, publicUrl }: { to: string; publicUrl: string }): Mail {
  const signInUrl = `${publicUrl}/sign-in`;
  return {
    to,
    subject: 'Someone tried to create a PageHub account with your email',
    text: `Someone (perhaps you) just tried to create a new PageHub account with ${to}. This address already has an account, so no new one was made and nothing about your account changed.\n\nIf it was you, sign in instead: ${signInUrl}\nForgot your password? On that page choose "Sign in with a link by email instead" and we will email you a one-time sign-in link.\n\nIf it was not you, you can ignore this mail. Nobody can use your account without your password or access to this inbox.`,
    actionUrl: signInUrl,
  };
}

/** Password reset links work for an hour, once. */
export const RESET_LINK_SECONDS = 3600;

export function resetPasswordMail({ to, url }: { to: string; url: string }): Mail {
  return {
    to,
    subject: 'Reset your PageHub password',
    text: `Someone (hopefully you) asked to reset the password of your PageHub account.\n\nChoose a new password: ${url}\n\nThe link works once, within 1 hour. If it has expired, ask for a new one on the sign-in page ("Forgot your password?").\n\nIf it was not you, ignore this mail; your password stays as it is.`,
    actionUrl: url,
  };
}

/** To the new address someone wants their account to use: it changes only once this link is opened. */
export function changeEmailMail({ to, url, name }: { to: string; url: string; name: string }): Mail {
  const who = oneLine(name) || 'A PageHub user';
  return {
    to,
    subject: 'Confirm your new email address for PageHub',
    text: `${who} asked to use ${to} as the email address of their PageHub account.\n\nOpen this link to confirm it: ${url}\n\nUntil the link is opened the account keeps its old address. The link works for 24 hours. If you did not ask for this, ignore this mail; nothing changes.`,
    actionUrl: url,
  };
}

/** To the address an account is leaving: what was asked, and what to do if it was not them. Nothing changes until the new address confirms. */
export function emailChangeNoticeMail({ to, newEmail, publicUrl }: { to: string; newEmail: string; publicUrl: string }): Mail {
  const accountUrl = `${publicUrl}/account`;
  return {
    to,
    subject: 'Your PageHub account is asking to change its email address',
    text: `Someone signed in to your PageHub account asked to use ${oneLine(newEmail, 320)} as its email address instead of ${to}. Nothing changes unless that new address confirms it.\n\nIf it was you, there is nothing to do here.\nIf it was not you, sign in and change your password, then sign out your other devices: ${accountUrl}`,
    actionUrl: accountUrl,
  };
}

export function magicLinkMail({ to, url }: { to: string; url: string }): Mail {
  return {
    to,
    subject: 'Your PageHub sign-in link',
    text: `Sign in to PageHub: ${url}\n\nThe link works once and expires in 5 minutes. If you did not ask for it, ignore this mail.`,
    actionUrl: url,
  };
}

const ROLE_WORDS: Record<Role, string> = {
  owner: 'an owner (manages everything, including who works on it)',
  editor: 'an editor (changes and publishes the site)',
  viewer: 'a viewer (sees the site and its history)',
};

export function invitationMail({ to, url, siteName, inviterName, role }: { to: string; url: string; siteName: string; inviterName: string; role: Role }): Mail {
  const site = oneLine(siteName) || 'a website';
  const inviter = oneLine(inviterName) || 'A PageHub user';
  return {
    to,
    subject: `${inviter} invited you to work on “${site}” on PageHub`,
    text: `${inviter} invited you to work on the website “${site}” on PageHub, as ${ROLE_WORDS[role]}.\n\nAccept the invitation: ${url}\n\nThe link works once, within 7 days, for the PageHub account of ${to} — if you have none yet, create one with this address first. If you do not know ${inviter} or do not want to join, ignore this mail; nothing happens without you.`,
    actionUrl: url,
  };
}
