// The billing service the routes and jobs use: one place that decides every limit, the account's standing, checkout
// and portal sessions, webhooks, pay-to-publish and usage metering. Off by default: without STRIPE_SECRET_KEY every
// account is on BILLING_DEFAULT_PLAN, nothing is sold and no payment screen shows.
import type Stripe from 'stripe';
import type { Mailer } from '../auth/index.ts';
import type { Config } from '../config.ts';
import { AppError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { Db } from '../store/index.ts';
import { linkCustomer, readAccount, updateAccount, type BillingAccountRow } from './accounts.ts';
import { limitsOf, planOf, type BillingContext } from './billing-context.ts';
import { requireFeature, requireWithin, type LimitOverrides } from './limits.ts';
import { meterBacklog, queueUsage, sendMeterEvents, stripeStreamSender, type MeterSender, type UsageRecord } from './metering.ts';
import { plansWithOverrides, type PlanLimitOverrides } from './plan-overrides.ts';
import { loadPlans, sellablePlans, type CountedFeature, type Plan, type PlanId, type PlanLimits } from './plans.ts';
import { periodsOf, reconcileStanding } from './site-pauses.ts';
import { sitePaidAt } from './site-payments.ts';
import { standingAt, type Standing } from './standing.ts';
import { createStripe } from './stripe-client.ts';
import { countMembers, periodStartAt, payerOf, sitesPaidBy, usageOf, type Usage } from './usage.ts';
import { receiveEvent, reprocessEvent, verifyEvent, type WebhookOutcome } from './webhooks.ts';
import { applySubscription } from './sync-subscription.ts';

export interface BillingDeps {
  db: Db;
  config: Config;
  logger: Logger;
  clock?: () => Date;
  mailer?: Mailer | undefined;
  onHostsChanged?: ((siteId: string) => Promise<void>) | undefined;
  /** The Stripe SDK; default one made from the configuration (none while billing is off). */
  stripe?: Stripe;
  /** The operator's limits per plan in force now (runtime settings), laid over the plans before per-account overrides. */
  planOverrides?: () => Promise<PlanLimitOverrides>;
}

export interface InvoiceSummary {
  id: string;
  number: string | null;
  status: string | null;
  amountDue: number;
  amountPaid: number;
  currency: string;
  createdAt: string;
  url: string | null;
}

export interface BillingOverview {
  enabled: boolean;
  mode: Config['billingMode'];
  plan: { id: PlanId; name: string };
  status: string;
  standing: Standing;
  graceEndsAt: string | null;
  pausesAt: string | null;
  renewsAt: string | null;
  cancelAtPeriodEnd: boolean;
  period: { start: string; end: string | null };
  limits: PlanLimits;
  usage: Usage;
  plans: { id: PlanId; name: string; monthlyPrice: number; currency: string; limits: PlanLimits; current: boolean; available: boolean }[];
  hasCustomer: boolean;
}

export function createBilling({ db, config, logger, clock = () => new Date(), mailer, onHostsChanged, stripe, planOverrides }: BillingDeps) {
  const plans = loadPlans(config);
  const ctx: BillingContext = { db, config, logger, clock, mailer, onHostsChanged, plans, stripe: config.billingMode === 'off' ? null : (stripe ?? createStripe(config)) };
  const canUpgrade = config.billingMode === 'subscription';
  const streamSender = ctx.stripe ? stripeStreamSender(ctx) : null;

  /** The plans with the operator's limits per plan over them, as they are now. */
  const plansInForce = async () => (planOverrides ? plansWithOverrides(plans, await planOverrides()) : plans);

  async function account(userId: string) {
    const [row, current] = await Promise.all([readAccount(db, userId), plansInForce()]);
    const withOverrides = { plans: current, config };
    return { row, plans: current, plan: planOf(withOverrides, row), limits: limitsOf(withOverrides, row) };
  }

  async function payer(siteId: string): Promise<string> {
    const userId = await payerOf(db, siteId);
    if (!userId) throw new AppError('NOT_FOUND', { detail: 'This site has no owner any more.' });
    return userId;
  }

  const used = async (userId: string, row: BillingAccountRow, feature: CountedFeature) => (await usageOf(db, userId, periodStartAt(row.periodStart, clock())))[feature];

  /** Throws ACCOUNT_READ_ONLY while the account's bills are unpaid past the grace period. */
  function requireGoodStanding(row: BillingAccountRow) {
    const { standing } = standingAt(row, periodsOf(ctx), clock());
    if (standing === 'read-only' || standing === 'paused') throw new AppError('ACCOUNT_READ_ONLY', { extra: { standing } });
  }

  const billing = {
    mode: config.billingMode,
    enabled: config.billingMode !== 'off',
    plans,
    context: ctx,

    /** Who pays for a site (its first owner). */
    payerOf: payer,

    /** Refuses (402 PLAN_LIMIT) when the person's plan has no room for `adding` more of `feature`. */
    async requireWithin(userId: string, feature: CountedFeature, { adding = 1, used: usedNow }: { adding?: number; used?: number } = {}): Promise<void> {
      const { row, plans: current, plan, limits } = await account(userId);
      if (limits[feature] === null) return;
      requireWithin({ plans: current, plan, limits, feature, used: usedNow ?? (await used(userId, row, feature)), adding, canUpgrade });
    },

    /** The same, for what a site's payer pays for (a custom domain, a member, an AI edit on the site). */
    async requireSiteWithin(siteId: string, feature: CountedFeature, options: { adding?: number; used?: number } = {}): Promise<void> {
      await billing.requireWithin(await payer(siteId), feature, options);
    },

    async requireBranchPreviews(siteId: string): Promise<void> {
      const { plans: current, plan, limits } = await account(await payer(siteId));
      requireFeature(current, plan, limits, 'branchPreviews', canUpgrade);
    },

    /**
     * Refuses changes to a site (edits, AI, publishing) while its payer's account is read-only, and on a site a
     * downgrade left beyond the plan's sites (the newest ones freeze; nothing is deleted).
     */
    async requireWritable(siteId: string): Promise<void> {
      if (config.billingMode !== 'subscription') return;
      const userId = await payer(siteId);
      const { row, plan, limits } = await account(userId);
      requireGoodStanding(row);
      if (limits.sites === null) return;
      const kept = await db.selectFrom('sites').select('id').where('id', 'in', sitesPaidBy(db, userId)).orderBy('created_at').orderBy('id').limit(limits.sites).execute();
      if (kept.some((site) => site.id === siteId)) return;
      const total = await used(userId, row, 'sites');
      throw new AppError('PLAN_LIMIT', {
        detail: `Your plan includes ${limits.sites} ${limits.sites === 1 ? 'site' : 'sites'} and you have ${total}, so this one is frozen: it stays as it is, and nothing was deleted. Delete a site you no longer need, or choose a bigger plan on the Billing page, to change it again.`,
        extra: { limit: { feature: 'sites', included: limits.sites, used: total, plan: plan.id, upgrade: null } },
      });
    },

    /** Refuses AI work for a person whose account is read-only (generating a new site). */
    async requireAccountWritable(userId: string): Promise<void> {
      if (config.billingMode !== 'subscription') return;
      requireGoodStanding((await account(userId)).row);
    },

    /**
     * Publishing: a site must be paid for (per-site), a branch preview needs a plan with previews, and a site going
     * live for the first time needs room among the plan's published sites.
     */
    async requirePublishable(siteId: string, branch: string | undefined): Promise<void> {
      await billing.requireSitePaid(siteId);
      if (config.billingMode !== 'subscription') return;
      if (branch && branch !== 'main') return billing.requireBranchPreviews(siteId);
      const live = await db.selectFrom('live_pointers').select('site_id').where('site_id', '=', siteId).where('channel', '=', 'production').executeTakeFirst();
      if (!live) await billing.requireSiteWithin(siteId, 'publishedSites');
    },

    /** Refuses a new member (an invitation, an accepted link) past the plan's people per site. */
    async requireRoomForMember(siteId: string, joining?: string): Promise<void> {
      if (config.billingMode !== 'subscription') return;
      if (joining && (await db.selectFrom('site_members').select('user_id').where('site_id', '=', siteId).where('user_id', '=', joining).executeTakeFirst())) return;
      await billing.requireSiteWithin(siteId, 'membersPerSite', { used: await countMembers(db, siteId) });
    },

    /**
     * Counts a site generation against the person's month, inside the transaction that starts it: a generation the
     * AI allowance has already claimed (`claimed`) is only metered; an offline one is recorded too.
     */
    async recordGeneration(transaction: Db, userId: string, { claimed }: { claimed: boolean }): Promise<void> {
      if (config.billingMode !== 'subscription') return;
      if (!claimed) await transaction.insertInto('ai_requests').values({ kind: 'generate', user_id: userId, site_id: null, at: clock(), billed_to: userId }).execute();
      await queueUsage(ctx, transaction, [{ userId, meter: 'generations', value: 1, occurredAt: clock() }]);
    },

    /** Pay-to-publish: refuses (402 PAYMENT_REQUIRED) publishing a site not yet paid for, as the webhook recorded it. */
    async requireSitePaid(siteId: string): Promise<void> {
      if (config.billingMode !== 'per-site') return;
      if (!(await sitePaidAt(ctx, siteId))) throw new AppError('PAYMENT_REQUIRED');
    },

    async sitePayment(siteId: string): Promise<{ required: boolean; paidAt: Date | null }> {
      return { required: config.billingMode === 'per-site', paidAt: config.billingMode === 'per-site' ? await sitePaidAt(ctx, siteId) : null };
    },

    /** Whether published pages of the site carry the "Made with PageHub" link. */
    async badgeFor(siteId: string): Promise<boolean> {
      if (config.billingMode !== 'subscription') return false;
      const userId = await payerOf(db, siteId);
      return userId ? (await account(userId)).limits.badge : false;
    },

    async overview(userId: string): Promise<BillingOverview> {
      const { row, plans: current, plan, limits } = await account(userId);
      const now = clock();
      const start = periodStartAt(row.periodStart, now);
      const { standing, graceEndsAt, pausesAt } = standingAt(row, periodsOf(ctx), now);
      const end = row.periodEnd ?? new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
      return {
        enabled: billing.enabled,
        mode: config.billingMode,
        plan: { id: plan.id, name: plan.name },
        status: row.status,
        standing,
        graceEndsAt: graceEndsAt?.toISOString() ?? null,
        pausesAt: pausesAt?.toISOString() ?? null,
        renewsAt: row.status === 'active' || row.status === 'trialing' ? (row.periodEnd?.toISOString() ?? null) : null,
        cancelAtPeriodEnd: row.cancelAtPeriodEnd,
        period: { start: start.toISOString(), end: end.toISOString() },
        limits,
        usage: await usageOf(db, userId, start),
        plans: config.billingMode === 'subscription' ? sellablePlans(current).map((candidate: Plan) => ({ id: candidate.id, name: candidate.name, monthlyPrice: candidate.monthlyPrice, currency: candidate.currency, limits: candidate.limits, current: candidate.id === plan.id, available: candidate.id === 'free' || candidate.priceId !== null })) : [],
        hasCustomer: row.customerId !== null,
      };
    },

    async invoices(userId: string): Promise<InvoiceSummary[]> {
      const row = await readAccount(db, userId);
      if (!ctx.stripe || !row.customerId) return [];
      const list = await ctx.stripe.invoices.list({ customer: row.customerId, limit: 12 });
      return list.data.map((invoice) => ({
        id: invoice.id!, number: invoice.number ?? null, status: invoice.status ?? null, amountDue: invoice.amount_due, amountPaid: invoice.amount_paid,
        currency: invoice.currency, createdAt: new Date(invoice.created * 1000).toISOString(), url: invoice.hosted_invoice_url ?? null,
      }));
    },

    /** The person's Stripe customer, created once (idempotently) with their email. */
    async customerOf(user: { id: string; email: string; name: string }): Promise<string> {
      const row = await readAccount(db, user.id);
      if (row.customerId) return row.customerId;
      const customer = await ctx.stripe!.customers.create({ email: user.email, name: user.name, metadata: { userId: user.id } }, { idempotencyKey: `pagehub-customer-${user.id}` });
      await linkCustomer(db, user.id, customer.id, clock());
      return (await readAccount(db, user.id)).customerId ?? customer.id;
    },

    /**
     * A Checkout session for `planId` → its URL; for a person who already has a live subscription the plan is changed
     * in place (prorated) and the URL is the billing page.
     */
    async checkout(user: { id: string; email: string; name: string }, planId: PlanId): Promise<{ url: string; changed: boolean }> {
      if (config.billingMode !== 'subscription') throw new AppError('BILLING_OFF');
      const plan = plans[planId];
      if (!plan.priceId) throw new AppError('VALIDATION_FAILED', { errors: [{ path: 'body/plan', message: planId === 'free' ? 'The free plan needs no checkout: cancel the current plan on the Billing page instead' : `The ${plan.name} plan is not on sale here` }] });
      const customer = await billing.customerOf(user);
      const row = await readAccount(db, user.id);
      if (row.subscriptionId && ['active', 'trialing', 'past_due'].includes(row.status)) {
        const current = await ctx.stripe!.subscriptions.retrieve(row.subscriptionId);
        const item = current.items.data[0];
        if (item) {
          const updated = await ctx.stripe!.subscriptions.update(current.id, { items: [{ id: item.id, price: plan.priceId }], proration_behavior: 'create_prorations', cancel_at_period_end: false });
          await applySubscription(ctx, updated);
          return { url: `${config.publicUrl}/billing?changed=${plan.id}`, changed: true };
        }
      }
      const session = await ctx.stripe!.checkout.sessions.create({
        mode: 'subscription',
        customer,
        client_reference_id: user.id,
        line_items: [{ price: plan.priceId, quantity: 1 }],
        success_url: `${config.publicUrl}/billing?checkout=done&session={CHECKOUT_SESSION_ID}`,
        cancel_url: `${config.publicUrl}/billing?checkout=cancelled`,
        subscription_data: { metadata: { userId: user.id, plan: plan.id } },
        metadata: { userId: user.id, plan: plan.id },
      });
      if (!session.url) throw new AppError('UNAVAILABLE', { detail: 'Stripe did not give a checkout address. Try again in a moment.' });
      return { url: session.url, changed: false };
    },

    /** A Customer Portal session (payment method, invoices, plan, cancel) → its URL. */
    async portal(user: { id: string; email: string; name: string }): Promise<string> {
      if (config.billingMode === 'off') throw new AppError('BILLING_OFF');
      const customer = await billing.customerOf(user);
      const session = await ctx.stripe!.billingPortal.sessions.create({ customer, return_url: `${config.publicUrl}/billing` });
      return session.url;
    },

    /** Pay-to-publish: a Checkout session in payment mode for one site → its URL. */
    async siteCheckout(user: { id: string; email: string; name: string }, site: { id: string; name: string }): Promise<string> {
      if (config.billingMode !== 'per-site') throw new AppError('BILLING_OFF');
      if (await sitePaidAt(ctx, site.id)) throw new AppError('CONFLICT', { detail: 'This site is already paid for; publish it whenever you like.' });
      const customer = await billing.customerOf(user);
      const session = await ctx.stripe!.checkout.sessions.create({
        mode: 'payment',
        customer,
        client_reference_id: user.id,
        line_items: [{ price: config.STRIPE_PRICE_SITE!, quantity: 1 }],
        success_url: `${config.publicUrl}/sites/${site.id}/publish?payment=done`,
        cancel_url: `${config.publicUrl}/sites/${site.id}/publish?payment=cancelled`,
        metadata: { siteId: site.id, userId: user.id },
        payment_intent_data: { metadata: { siteId: site.id, userId: user.id } },
      });
      await db.insertInto('site_payments').values({ site_id: site.id, checkout_session_id: session.id, payment_intent_id: null, amount: null, currency: null, paid_at: null }).onConflict((oc) => oc.column('site_id').doUpdateSet({ checkout_session_id: session.id })).execute();
      if (!session.url) throw new AppError('UNAVAILABLE', { detail: 'Stripe did not give a checkout address. Try again in a moment.' });
      return session.url;
    },

    /** Verifies, stores and acts on one webhook request. */
    async receiveWebhook(rawBody: string, signature: string | undefined): Promise<{ id: string; outcome: WebhookOutcome }> {
      if (!ctx.stripe) throw new AppError('BILLING_OFF');
      const event = verifyEvent(ctx, rawBody, signature);
      return { id: event.id, outcome: await receiveEvent(ctx, event) };
    },

    reprocessEvent: (eventId: string) => reprocessEvent(ctx, eventId),

    /** Stripe events as received, newest first, for the operator: type, when, whether processed, the last error. */
    async listEvents({ before, limit = 50 }: { before?: string | undefined; limit?: number } = {}) {
      let query = db.selectFrom('stripe_events').select(['id', 'type', 'created', 'received_at', 'processed_at', 'attempts', 'error']);
      if (before) {
        const anchor = await db.selectFrom('stripe_events').select('received_at').where('id', '=', before).executeTakeFirst();
        if (anchor) query = query.where((eb) => eb.or([eb('received_at', '<', anchor.received_at), eb.and([eb('received_at', '=', anchor.received_at), eb('id', '<', before)])]));
      }
      const rows = await query.orderBy('received_at', 'desc').orderBy('id', 'desc').limit(limit + 1).execute();
      const events = rows.slice(0, limit).map((row) => ({ id: row.id, type: row.type, createdAt: row.created, receivedAt: row.received_at, processedAt: row.processed_at, attempts: row.attempts, error: row.error }));
      return { events, nextBefore: rows.length > limit ? events.at(-1)!.id : null };
    },

    /** An operator's per-account limits over the plan (null values: no ceiling; an empty object: the plan's). */
    async setOverrides(userId: string, overrides: LimitOverrides): Promise<void> {
      await updateAccount(db, userId, { overrides: Object.keys(overrides).length === 0 ? null : overrides }, clock());
    },

    /** The ids of the sites a person pays for (their first-owner sites). */
    async sitesOf(userId: string): Promise<string[]> {
      return (await sitesPaidBy(db, userId).execute()).map((row) => row.site_id);
    },

    /** Writes meter events for usage inside the caller's transaction. */
    queueUsage: (transaction: Db, records: readonly UsageRecord[]) => queueUsage(ctx, transaction, records),

    /** Sends due meter events in batches; `sender` replaces Stripe's (tests). */
    sendUsage: (sender: MeterSender = streamSender ?? (async () => {}), options?: { batchSize?: number }) => sendMeterEvents(ctx, sender, options),

    /** The sender sendUsage uses by default (Stripe's v2 meter event stream), to wrap in tests. */
    get usageSender(): MeterSender | null {
      return streamSender;
    },

    meterBacklog: () => meterBacklog(db),

    /** Queues each billed account's storage (a `last` meter), once per hour. */
    async snapshotStorage(): Promise<number> {
      if (config.billingMode !== 'subscription') return 0;
      const now = clock();
      const hour = now.toISOString().slice(0, 13);
      const accounts = await db.selectFrom('billing_accounts').select(['user_id', 'current_period_start']).where('stripe_customer_id', 'is not', null).where('status', 'in', ['active', 'trialing', 'past_due']).execute();
      for (const { user_id: userId, current_period_start: start } of accounts) {
        const usage = await usageOf(db, userId, periodStartAt(start, now));
        await queueUsage(ctx, db, [{ userId, meter: 'storage', value: usage.storageBytes, occurredAt: now, identifier: `storage-${userId}-${hour}` }]);
      }
      return accounts.length;
    },

    /** Brings every account in dunning in line with the clock: read-only after the grace period, paused after the next. */
    async reconcileStandings(): Promise<void> {
      if (config.billingMode !== 'subscription') return;
      const rows = await db.selectFrom('billing_accounts').select('user_id').where((eb) => eb.or([eb('past_due_since', 'is not', null), eb('read_only_since', 'is not', null)])).execute();
      for (const { user_id: userId } of rows) await reconcileStanding(ctx, userId);
    },

    /** The account's standing now (good, grace, read-only, paused). */
    async standingOf(userId: string): Promise<Standing> {
      return standingAt(await readAccount(db, userId), periodsOf(ctx), clock()).standing;
    },
  };
  return billing;
}

export type Billing = ReturnType<typeof createBilling>;
