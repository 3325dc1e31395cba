// Coming back from Stripe Checkout: the plan the person left and the one they chose are kept for the tab, so the
// billing screen can wait for the webhook to change the plan (the redirect alone proves nothing) and then say so.
import type { Billing } from '../../api/index.ts';

const KEY = 'pagehub.checkout';

export interface PendingCheckout {
  from: string;
  to: string;
}

export function rememberCheckout(pending: PendingCheckout): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(pending));
  } catch {
    // Private mode without storage: the return falls back to "no longer the free plan".
  }
}

export function pendingCheckout(): PendingCheckout | null {
  try {
    const value = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Partial<PendingCheckout> | null;
    return value && typeof value.from === 'string' && typeof value.to === 'string' ? { from: value.from, to: value.to } : null;
  } catch {
    return null;
  }
}

export function forgetCheckout(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Nothing kept.
  }
}

/** Whether the server says the plan has changed since the person went to pay. */
export function isCheckoutConfirmed(billing: Pick<Billing, 'plan'>, pending: PendingCheckout | null): boolean {
  return pending ? billing.plan.id !== pending.from : billing.plan.id !== 'free';
}
