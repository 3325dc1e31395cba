/**
 * Plans and payment (src/billing). `billing_accounts`: one row per person once billing has something to say about
 * them — their Stripe customer, the subscription as Stripe last said it (re-fetched on every event, so arrival order
 * does not matter), the plan and the features Stripe grants, when a payment first failed and when the account
 * turned read-only (dunning). `stripe_events`: every verified webhook event, stored by id before it is acted on, so a
 * replay changes nothing. `usage_meter_events`: the outbox of usage for Stripe's meters, written in the transaction
 * that records the usage, sent in batches with a stable identifier. `site_payments`: pay-to-publish (BILLING_MODE
 * per-site), marked paid only by a verified webhook. `ai_requests.billed_to`: whose plan an AI request counts against (the
 * site's paying owner, or the person generating a new site). `deployments.badge`: whether its pages carry the "Made with
 * PageHub" link (free plans); one deployment per commit and badge, so a plan change re-renders once. `sites.paused_at`: a site whose account has been read-only for
 * too long shows the "paused" page; nothing is deleted.
 */
export const sql = `
CREATE TABLE billing_accounts (
  user_id text PRIMARY KEY,
  stripe_customer_id text UNIQUE,
  plan text NOT NULL DEFAULT 'free',
  status text NOT NULL DEFAULT 'none',
  subscription_id text,
  price_id text,
  current_period_start timestamptz,
  current_period_end timestamptz,
  cancel_at_period_end boolean NOT NULL DEFAULT false,
  trial_end timestamptz,
  past_due_since timestamptz,
  read_only_since timestamptz,
  dunning_mailed_for text,
  features jsonb,
  overrides jsonb,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE stripe_events (
  id text PRIMARY KEY,
  type text NOT NULL,
  created timestamptz NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  processed_at timestamptz,
  attempts integer NOT NULL DEFAULT 0,
  error text,
  payload jsonb NOT NULL
);
CREATE INDEX stripe_events_by_time ON stripe_events (received_at DESC);

CREATE TABLE usage_meter_events (
  id bigserial PRIMARY KEY,
  user_id text NOT NULL,
  meter text NOT NULL,
  value bigint NOT NULL CHECK (value >= 0),
  identifier text NOT NULL UNIQUE,
  occurred_at timestamptz NOT NULL,
  sent_at timestamptz,
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  last_error text
);
CREATE INDEX usage_meter_events_unsent ON usage_meter_events (next_attempt_at, id) WHERE sent_at IS NULL;

CREATE TABLE site_payments (
  site_id text PRIMARY KEY REFERENCES sites(id) ON DELETE CASCADE,
  checkout_session_id text UNIQUE,
  payment_intent_id text,
  amount bigint,
  currency text,
  paid_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE sites ADD COLUMN paused_at timestamptz;
ALTER TABLE sites ADD COLUMN paused_reason text;

ALTER TABLE deployments ADD COLUMN badge boolean NOT NULL DEFAULT false;
ALTER TABLE deployments DROP CONSTRAINT deployments_site_id_commit_id_key;
ALTER TABLE deployments ADD CONSTRAINT deployments_site_commit_badge UNIQUE (site_id, commit_id, badge);

ALTER TABLE ai_requests ADD COLUMN billed_to text;
CREATE INDEX ai_requests_billed ON ai_requests (billed_to, kind, at);
`;
