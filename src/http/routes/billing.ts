import { createRoute, z } from '@hono/zod-openapi';
import { PLAN_IDS } from '../../billing/index.ts';
import { AppError } from '../../errors.ts';
import type { Router } from '../app-env.ts';
import { auditRequest } from '../audit.ts';
import { problemResponses } from '../problem.ts';
import { requireUser } from '../require-user.ts';
import { everyone, jsonBody, jsonResponse, signedIn, SiteIdParams } from '../schemas.ts';

const Ceiling = z.number().int().nullable().openapi({ description: 'null: no ceiling' });
const LimitsSchema = z
  .object({
    sites: Ceiling, publishedSites: Ceiling, customDomains: Ceiling, membersPerSite: Ceiling, aiEditsPerMonth: Ceiling, generationsPerMonth: Ceiling,
    imageGenerationsPerMonth: Ceiling, storageBytes: Ceiling, branchPreviews: z.boolean(), badge: z.boolean(),
  })
  .openapi('PlanLimits');
const UsageSchema = z
  .object({
    sites: z.number().int(), publishedSites: z.number().int(), customDomains: z.number().int(), membersPerSite: z.number().int(), aiEditsPerMonth: z.number().int(),
    generationsPerMonth: z.number().int(), imageGenerationsPerMonth: z.number().int(), storageBytes: z.number().int(),
  })
  .openapi('PlanUsage');
const PlanIdSchema = z.enum([...PLAN_IDS, 'unlimited']);

const BillingSchema = z
  .object({
    enabled: z.boolean().openapi({ description: 'false: this PageHub takes no payments (every account has the same plan); show no payment screens.' }),
    mode: z.enum(['off', 'subscription', 'per-site']),
    plan: z.object({ id: PlanIdSchema, name: z.string() }),
    status: z.string().openapi({ description: 'The subscription’s status as Stripe says it (`none` without one).' }),
    standing: z.enum(['good', 'grace', 'read-only', 'paused']),
    graceEndsAt: z.string().nullable(),
    pausesAt: z.string().nullable(),
    renewsAt: z.string().nullable(),
    cancelAtPeriodEnd: z.boolean(),
    period: z.object({ start: z.string(), end: z.string().nullable() }),
    limits: LimitsSchema,
    usage: UsageSchema,
    plans: z.array(z.object({ id: PlanIdSchema, name: z.string(), monthlyPrice: z.number().int(), currency: z.string(), limits: LimitsSchema, current: z.boolean(), available: z.boolean() })),
    hasCustomer: z.boolean(),
  })
  .openapi('Billing');

const InvoiceSchema = z
  .object({ id: z.string(), number: z.string().nullable(), status: z.string().nullable(), amountDue: z.number().int(), amountPaid: z.number().int(), currency: z.string(), createdAt: z.string(), url: z.string().nullable() })
  .openapi('Invoice');

const getBillingRoute = createRoute({
  method: 'get', path: '/api/billing', tags: ['billing'], operationId: 'getBilling', security: signedIn,
  summary: 'The caller’s plan, its limits, what they use, their standing and the plans on sale',
  responses: { 200: jsonResponse('Billing', BillingSchema), ...problemResponses(401) },
});

const listInvoicesRoute = createRoute({
  method: 'get', path: '/api/billing/invoices', tags: ['billing'], operationId: 'listInvoices', security: signedIn,
  summary: 'The caller’s latest invoices (from Stripe)',
  responses: { 200: jsonResponse('Invoices', z.object({ invoices: z.array(InvoiceSchema) })), ...problemResponses(401, 503) },
});

const checkoutRoute = createRoute({
  method: 'post', path: '/api/billing/checkout', tags: ['billing'], operationId: 'startCheckout', security: signedIn,
  summary: 'Start paying for a plan: the address of a Stripe Checkout page (or, with a live subscription, the plan is changed at once)',
  request: { body: jsonBody(z.object({ plan: z.enum(PLAN_IDS) })) },
  responses: { 200: jsonResponse('Where to send the person', z.object({ url: z.string(), changed: z.boolean() })), ...problemResponses(400, 401, 404, 429, 503) },
});

const portalRoute = createRoute({
  method: 'post', path: '/api/billing/portal', tags: ['billing'], operationId: 'openBillingPortal', security: signedIn,
  summary: 'The address of the Stripe Customer Portal (payment method, invoices, plan, cancel)',
  responses: { 200: jsonResponse('Where to send the person', z.object({ url: z.string() })), ...problemResponses(401, 404, 429, 503) },
});

const webhookRoute = createRoute({
  method: 'post', path: '/api/billing/webhook', tags: ['billing'], operationId: 'receiveStripeWebhook', security: everyone,
  summary: 'Stripe events: signature-verified (several secrets while rotating), stored by id, order-tolerant',
  description: 'Only Stripe calls this. A request without a valid, recent `Stripe-Signature` is answered 400 and logged; an event already processed is answered 200 `duplicate` and changes nothing.',
  responses: { 200: jsonResponse('Received', z.object({ received: z.literal(true), outcome: z.enum(['processed', 'duplicate', 'ignored']) })), ...problemResponses(400, 404, 500) },
});

const sitePaymentRoute = createRoute({
  method: 'get', path: '/api/sites/{id}/payment', tags: ['billing'], operationId: 'getSitePayment', security: signedIn,
  summary: 'Pay-to-publish: whether the site must be paid for, and whether it is',
  request: { params: SiteIdParams },
  responses: { 200: jsonResponse('The site’s payment', z.object({ required: z.boolean(), paid: z.boolean(), paidAt: z.string().nullable() })), ...problemResponses(401, 404) },
});

const siteCheckoutRoute = createRoute({
  method: 'post', path: '/api/sites/{id}/payment', tags: ['billing'], operationId: 'payForSite', security: signedIn,
  summary: 'Pay-to-publish: the address of a Stripe Checkout page that pays for this site once (owners)',
  request: { params: SiteIdParams },
  responses: { 200: jsonResponse('Where to send the person', z.object({ url: z.string() })), ...problemResponses(401, 403, 404, 409, 429, 503) },
});

export const registerBillingRoutes: Router = (app, { billing, sites, database, metrics }) => {
  app.openapi(getBillingRoute, async (c) => {
    const user = requireUser(c);
    return c.json(await billing.overview(user.id), 200);
  });

  app.openapi(listInvoicesRoute, async (c) => {
    const user = requireUser(c);
    return c.json({ invoices: await billing.invoices(user.id) }, 200);
  });

  app.openapi(checkoutRoute, async (c) => {
    const user = requireUser(c);
    const { plan } = c.req.valid('json');
    const answer = await billing.checkout(user, plan);
    await auditRequest(c, database.db, { siteId: null, action: answer.changed ? 'billing.plan-change' : 'billing.checkout', target: plan });
    return c.json(answer, 200);
  });

  app.openapi(portalRoute, async (c) => {
    const user = requireUser(c);
    return c.json({ url: await billing.portal(user) }, 200);
  });

  app.openapi(webhookRoute, async (c) => {
    if (!billing.enabled) throw new AppError('BILLING_OFF');
    const raw = await c.req.text();
    const { outcome } = await billing.receiveWebhook(raw, c.req.header('stripe-signature')).catch((error: unknown) => {
      metrics.countWebhook(error instanceof AppError && error.code === 'WEBHOOK_SIGNATURE_INVALID' ? 'rejected' : 'failed');
      throw error;
    });
    metrics.countWebhook(outcome);
    return c.json({ received: true as const, outcome }, 200);
  });

  app.openapi(sitePaymentRoute, async (c) => {
    const { id } = c.req.valid('param');
    await sites.forSite(c, id, 'viewer');
    const { required, paidAt } = await billing.sitePayment(id);
    return c.json({ required, paid: !required || paidAt !== null, paidAt: paidAt?.toISOString() ?? null }, 200);
  });

  app.openapi(siteCheckoutRoute, async (c) => {
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    const site = await sites.forSite(c, id, 'owner');
    const url = await billing.siteCheckout(user, { id, name: site.row.name });
    await auditRequest(c, database.db, { siteId: id, action: 'billing.site-checkout' });
    return c.json({ url }, 200);
  });
};
