// Plans and payment: the person's plan, limits, usage and standing; the plans on sale; invoices; starting a Stripe
// Checkout or opening the Customer Portal; pay-to-publish for one site; and reading the 402 refusals (PLAN_LIMIT,
// ACCOUNT_READ_ONLY, PAYMENT_REQUIRED) so every screen can offer the way out.
import { useQuery } from '@tanstack/react-query';
import { type Answer, api, type RequestBody, type Schema } from './contract.ts';
import { ApiError } from './http-client.ts';

/** The plan, its limits, what is used, the standing and the plans on sale; `enabled: false` means no payment screens at all. */
export type Billing = Answer<'/api/billing', 'get'>;
export type BillingPlan = Billing['plans'][number];
export type PlanLimits = Schema<'PlanLimits'>;
export type PlanUsage = Schema<'PlanUsage'>;
export type Invoice = Schema<'Invoice'>;
export type PlanLimit = Schema<'PlanLimit'>;
export type Standing = Billing['standing'];

export const billingKeys = {
  overview: ['billing'] as const,
  invoices: ['billing', 'invoices'] as const,
  sitePayment: (siteId: string) => ['sites', siteId, 'payment'] as const,
};

/** The billing overview; `refetchEveryMs` while waiting for a webhook to change the plan; asked only when `isEnabled`. */
export function useBilling(refetchEveryMs: number | false = false, isEnabled = true) {
  return useQuery({ queryKey: billingKeys.overview, queryFn: () => api.get('/api/billing'), staleTime: 30_000, refetchInterval: refetchEveryMs, enabled: isEnabled });
}

export function useInvoices(isEnabled: boolean) {
  return useQuery({ queryKey: billingKeys.invoices, queryFn: async () => (await api.get('/api/billing/invoices')).invoices, enabled: isEnabled });
}

/** `{url, changed}`: go to `url` (Stripe Checkout); `changed` means a live subscription moved to the plan at once. */
export const startCheckout = (plan: SellablePlanId) => api.post('/api/billing/checkout', { body: { plan } });
export type SellablePlanId = RequestBody<'/api/billing/checkout', 'post'>['plan'];

export const openBillingPortal = () => api.post('/api/billing/portal');

/** Pay-to-publish: whether the site must be paid for before it is published, and whether the payment is confirmed. */
export function useSitePayment(siteId: string, refetchEveryMs: number | false = false) {
  return useQuery({ queryKey: billingKeys.sitePayment(siteId), queryFn: () => api.get('/api/sites/{id}/payment', { path: { id: siteId } }), refetchInterval: refetchEveryMs });
}

export const payForSite = (siteId: string) => api.post('/api/sites/{id}/payment', { path: { id: siteId } });

/** A refusal that payment answers: the plan's limit, an account on hold, or a site not paid for yet. */
export type BillingRefusal = Pick<ApiError, 'code' | 'message'> & Pick<Schema<'Problem'>, 'limit' | 'standing'>;

const BILLING_CODES = new Set(['PLAN_LIMIT', 'ACCOUNT_READ_ONLY', 'PAYMENT_REQUIRED']);

/** The billing refusal an error is, or null for any other outcome. */
export function billingRefusal(error: unknown): BillingRefusal | null {
  if (!(error instanceof ApiError) || error.status !== 402 || !BILLING_CODES.has(error.code)) return null;
  return { code: error.code, message: error.message, limit: error.problem.limit, standing: error.problem.standing };
}
