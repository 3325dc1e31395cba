import type { ColumnType, Generated } from 'kysely';
import type { ChatOutcome } from './chat-outcomes.ts';
import type { CommitAction, CommitSource } from './commit-kinds.ts';
import type { SiteRole } from './member-roles.ts';

/** A snapshot's tree: the hash of the site-level part and of each page, in page order. */
export interface StoredTree {
  site: string;
  pages: [pageId: string, hash: string][];
}

/** Kysely's view of our tables (migrations/ is the source of truth). better-auth's tables are its own. */
export interface Tables {
  /** better-auth's account table (created by better-auth's migrations); read-only for us. */
  user: { id: string; name: string; email: string; emailVerified: boolean };
  platform_admins: { user_id: string; is_first: boolean | null; created_at: Generated<Date> };
  sites: {
    id: string;
    subdomain: string;
    name: string;
    created_by: string;
    created_at: Generated<Date>;
    /** Set while the site shows the "paused" page instead of its pages (its account's bills are unpaid). */
    paused_at: Generated<Date | null>;
    paused_reason: Generated<string | null>;
    /** Set while a platform admin has taken the site down for abuse: nobody publishes it (migrations/0021-site-takedowns.ts). */
    taken_down_at: Generated<Date | null>;
    taken_down_reason: Generated<string | null>;
    taken_down_by: Generated<string | null>;
  };
  site_members: {
    site_id: string;
    user_id: string;
    role: SiteRole;
    created_at: Generated<Date>;
    /** How the member hears of visitors' messages; NULL = the role's default (owners instant, editors off). */
    lead_mail: Generated<'instant' | 'daily' | 'off' | null>;
    /** Where the member's last daily digest of visitors' messages ended. */
    lead_digest_through: Generated<Date | null>;
  };
  invites: {
    id: string;
    site_id: string;
    token_hash: string;
    role: SiteRole;
    expires_at: Date;
    max_uses: number;
    uses: Generated<number>;
    revoked_at: Date | null;
    created_by: string;
    created_at: Generated<Date>;
    /** Set for an invitation by email (lower-cased): only that address's account may accept it. */
    email: ColumnType<string | null, string | null | undefined, string | null>;
  };
  audit_log: {
    id: Generated<number>;
    at: Generated<Date>;
    actor_id: string | null;
    site_id: string | null;
    action: string;
    target: string | null;
    ip: string | null;
    request_id: string | null;
    details: ColumnType<unknown, string | null, string | null> | null;
  };
  parts: { site_id: string; hash: string; body: Uint8Array };
  commits: {
    site_id: string;
    seq: number;
    id: string;
    parents: string[];
    author_id: string | null;
    source: CommitSource;
    action: Generated<CommitAction>;
    reverts: string | null;
    summary: string;
    body: Uint8Array;
    /** Only on snapshot commits: `{ site, pages: [[pageId, hash], …] }` (see history/parts.ts). */
    tree: ColumnType<StoredTree | null, string | null, string | null>;
    created_at: Generated<Date>;
  };
  commit_packs: { site_id: string; first_seq: number; last_seq: number; body: Uint8Array };
  history_state: { site_id: string; next_seq: number; loose_commits: number };
  /** Who has the site open in the editor, one row per browser tab (migrations/0013-presence.ts). */
  site_presence: { site_id: string; tab_id: string; user_id: string; branch: string; section_id: string | null; seen_at: Date };
  refs: { site_id: string; kind: 'branch' | 'tag'; name: string; display_name: string | null; commit_id: string; created_by: string | null; updated_at: Generated<Date> };
  deployments: {
    id: string;
    site_id: string;
    commit_id: string;
    branch: string | null;
    /** Path → file in the blob store. */
    manifest: ColumnType<DeploymentManifest, string, string>;
    created_by: string | null;
    created_at: Generated<Date>;
    /** Whether its pages carry the "Made with PageHub" link. */
    badge: Generated<boolean>;
  };
  subdomain_redirects: { subdomain: string; site_id: string; expires_at: Date; created_at: Generated<Date> };
  live_pointers: { site_id: string; channel: string; deployment_id: string; updated_by: string | null; updated_at: Generated<Date> };
  domains: {
    hostname: string;
    site_id: string;
    token: string;
    status: 'pending' | 'verified' | 'failed';
    reason: string | null;
    checked_at: Date | null;
    verified_at: Date | null;
    created_by: string | null;
    created_at: Generated<Date>;
  };
  form_submissions: {
    id: Generated<number>;
    site_id: string;
    form_id: string;
    data: ColumnType<Record<string, string>, string, string>;
    ip: string | null;
    user_agent: string | null;
    created_at: Generated<Date>;
    /** When a member marked it read; NULL while unread. */
    read_at: Generated<Date | null>;
  };
  generation_jobs: {
    id: string;
    user_id: string;
    idempotency_key: string | null;
    prompt: string;
    subdomain: string;
    status: 'queued' | 'running' | 'succeeded' | 'failed';
    stage: string;
    progress: Generated<number>;
    partial: ColumnType<unknown, string | null, string | null> | null;
    result: ColumnType<unknown, string | null, string | null> | null;
    error: ColumnType<unknown, string | null, string | null> | null;
    created_at: Generated<Date>;
    updated_at: Generated<Date>;
  };
  ai_calls: {
    id: Generated<number>;
    at: Generated<Date>;
    role: string;
    provider: string;
    model: string;
    input_tokens: number;
    output_tokens: number;
    latency_ms: number;
    /** numeric: read back as a string. */
    cost_usd: ColumnType<string, number, number>;
    outcome: string;
    site_id: string | null;
    user_id: string | null;
    job_id: string | null;
  };
  /** The error log's groups, one per fingerprint (migrations/0019-error-log.ts). */
  error_groups: {
    fingerprint: string;
    source: 'http' | 'job' | 'ai_edit';
    name: string;
    message: string;
    route: string | null;
    stack: string;
    count: number;
    first_seen: Date;
    last_seen: Date;
    last_request_id: string | null;
  };
  /** Each recorded error, kept 30 days; `context` holds ids and codes only. */
  error_events: {
    id: Generated<number>;
    fingerprint: string;
    at: Date;
    request_id: string | null;
    route: string | null;
    message: string;
    context: ColumnType<Record<string, string | number | boolean | null>, string, string>;
    /** What failed validation (a failed AI edit's last answer), masked and capped (migrations/0020-error-validation.ts). */
    validation_errors: ColumnType<{ path: string; message: string }[] | null, string | null | undefined, string | null>;
  };
  ai_requests: { id: Generated<number>; kind: 'generate' | 'edit' | 'image'; user_id: string; site_id: string | null; at: Generated<Date>; billed_to: ColumnType<string | null, string | null | undefined, string | null> };
  /** A person's plan and subscription as Stripe last said it (src/billing). */
  billing_accounts: {
    user_id: string;
    stripe_customer_id: string | null;
    plan: Generated<string>;
    status: Generated<string>;
    subscription_id: string | null;
    price_id: string | null;
    current_period_start: Date | null;
    current_period_end: Date | null;
    cancel_at_period_end: Generated<boolean>;
    trial_end: Date | null;
    past_due_since: Date | null;
    read_only_since: Date | null;
    /** The invoice whose failed payment was last mailed about, so a repeated failure mails once. */
    dunning_mailed_for: string | null;
    /** Lookup keys of the features Stripe grants (Entitlements); null until Stripe has said. */
    features: ColumnType<string[] | null, string | null | undefined, string | null>;
    /** Limits set for this account by an operator, over its plan's. */
    overrides: ColumnType<Record<string, number | boolean | null> | null, string | null | undefined, string | null>;
    updated_at: Generated<Date>;
  };
  /** Accounts a platform admin suspended: no sign-in, sites paused. */
  account_suspensions: { user_id: string; reason: string; suspended_by: string | null; suspended_at: Date };
  /** Settings an operator changes at runtime (src/admin/runtime-settings.ts), one row per group. */
  platform_settings: { key: string; value: ColumnType<unknown, string, string>; updated_by: string | null; updated_at: Date };
  /** Verified Stripe webhook events, by id: a replay is recognised and changes nothing. */
  stripe_events: {
    id: string;
    type: string;
    created: Date;
    received_at: Generated<Date>;
    processed_at: Date | null;
    attempts: Generated<number>;
    error: string | null;
    payload: ColumnType<unknown, string, string>;
  };
  /** The outbox of usage for Stripe's meters. */
  usage_meter_events: {
    id: Generated<number>;
    user_id: string;
    meter: string;
    value: ColumnType<number, number, number>;
    identifier: string;
    occurred_at: Date;
    sent_at: Date | null;
    attempts: Generated<number>;
    next_attempt_at: Generated<Date>;
    last_error: string | null;
  };
  /** Pay-to-publish: a site's one payment, marked paid by a verified webhook only. */
  site_payments: {
    site_id: string;
    checkout_session_id: string | null;
    payment_intent_id: string | null;
    amount: number | null;
    currency: string | null;
    paid_at: Date | null;
    created_at: Generated<Date>;
  };
  assets: {
    id: string;
    site_id: string;
    file_name: string;
    alt: Generated<string>;
    source_format: string;
    width: number;
    height: number;
    has_alpha: boolean;
    dominant_color: string;
    /** bigint: read back as a string. */
    bytes: ColumnType<string, number, number>;
    variants: ColumnType<StoredVariant[], string, string>;
    created_by: string | null;
    created_at: Generated<Date>;
    /** Set when deleted from the library; older versions of the site may still show it. */
    deleted_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
    /** `processing` while a background job makes the variants of a large photo; `failed` with `failure` when it could not. */
    status: ColumnType<AssetStatus, AssetStatus | undefined, AssetStatus>;
    failure: ColumnType<string | null, string | null | undefined, string | null>;
    /** The upload without its metadata, which the job reads; null once it is done. */
    source_hash: ColumnType<string | null, string | null | undefined, string | null>;
  };
  /** The editor's chat per site and branch (migrations/0012-chat-turns.ts). */
  chat_turns: {
    id: Generated<number>;
    site_id: string;
    branch: string;
    author_id: string | null;
    prompt: string;
    outcome: ChatOutcome;
    reply: string;
    error_code: string | null;
    commit_id: string | null;
    created_at: Generated<Date>;
  };
}

export type AssetStatus = 'processing' | 'ready' | 'failed';

/** One published variant of an uploaded picture: a blob in one format at one width. */
export interface StoredVariant {
  /** `svg`: the sanitized drawing of an SVG upload (beside its raster variants). */
  format: 'avif' | 'webp' | 'jpeg' | 'png' | 'svg';
  width: number;
  height: number;
  hash: string;
  size: number;
}

/**
 * A deployment's files: the sha-256 of each file's bytes (its blob key), its size and content type; a page with an
 * inline `<style>` also lists the CSP sources allowing it (`'sha256-…'`). Deployments made before pages had one lack it.
 */
export type DeploymentManifest = Record<string, { hash: string; size: number; type: string; styles?: string[] }>;
