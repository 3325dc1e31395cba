// The request limits PageHub applies, as data: the app's environment carries them, rate-limit.ts enforces them.

export interface RateLimitPolicy {
  /** Requests allowed per window. */
  points: number;
  /** Window length in seconds. */
  duration: number;
}

/** The limits PageHub applies; tests pass tighter ones. */
export interface RateLimitPolicies {
  /** Sign-in, sign-up, magic links: per client IP. */
  authPerIp: RateLimitPolicy;
  /** Any write under /api (POST, PUT, PATCH, DELETE): per signed-in user, and per IP. */
  writePerUser: RateLimitPolicy;
  writePerIp: RateLimitPolicy;
  /** GET /api/tls/ask (Caddy asking before it obtains a certificate): per client IP; default DEFAULT_TLS_ASK_LIMIT. */
  tlsAskPerIp?: RateLimitPolicy;
  /** GET /api/invites/{token} (an invite's preview, no sign-in): per client IP; default DEFAULT_INVITE_PREVIEW_LIMIT. */
  invitePreviewPerIp?: RateLimitPolicy;
  /** Invitations by email an owner may send; default DEFAULT_INVITATION_LIMIT. */
  invitationsPerUser?: RateLimitPolicy;
  /** Pictures uploaded per person (each one is decoded and encoded a dozen times); default DEFAULT_UPLOAD_LIMIT. */
  uploadsPerUser?: RateLimitPolicy;
  /** Editor presence heartbeats per person (every open tab sends one each 10 s and at each section change); default DEFAULT_PRESENCE_LIMIT. */
  presencePerUser?: RateLimitPolicy;
  /** Failed password sign-ins per account, whatever the IP; default DEFAULT_SIGN_IN_THROTTLE (sign-in-throttle.ts). */
  signInPerAccount?: RateLimitPolicy;
}

/** Every invitation mails someone who did not ask for it: 30 an hour per person is plenty for a team, little for spam. */
export const DEFAULT_INVITATION_LIMIT: RateLimitPolicy = { points: 30, duration: 3_600 };

/** A big gallery is a few dozen photos; 200 an hour per person keeps image processing from being a lever for abuse. */
export const DEFAULT_UPLOAD_LIMIT: RateLimitPolicy = { points: 200, duration: 3_600 };

/** Six heartbeats a minute per tab, plus a few for section changes: 120 a minute covers a dozen tabs of one person. */
export const DEFAULT_PRESENCE_LIMIT: RateLimitPolicy = { points: 120, duration: 60 };

/** Someone opening their invite reloads it a few times; guessing tokens at 30 a minute per address gets nowhere. */
export const DEFAULT_INVITE_PREVIEW_LIMIT: RateLimitPolicy = { points: 30, duration: 60 };

/** Caddy asks once per hostname it has no certificate for; a flood of unknown names is what this limits. */
export const DEFAULT_TLS_ASK_LIMIT: RateLimitPolicy = { points: 120, duration: 60 };

export const DEFAULT_RATE_LIMITS: RateLimitPolicies = {
  authPerIp: { points: 30, duration: 60 },
  writePerUser: { points: 300, duration: 60 },
  writePerIp: { points: 600, duration: 60 },
};
