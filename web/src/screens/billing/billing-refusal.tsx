// The way out of a refusal that payment answers, wherever one appears: a plan's limit ("Your plan includes no
// custom domain — Starter includes 1." and See plans), an account on hold (Open billing), a site not paid for yet
// (Pay to publish). One notice for forms and panels, one helper for the toasts of quick actions, and ErrorNotice
// for places that show any error and want the way out when there is one.
import { Link } from 'react-router';
import { type BillingRefusal, billingRefusal, errorMessage } from '../../api/index.ts';
import { Alert, buttonClasses, type ShowToast, useToast } from '../../ui/index.ts';

const TITLES: Record<string, string> = {
  PLAN_LIMIT: 'Not included in your plan',
  ACCOUNT_READ_ONLY: 'Your account is on hold',
  PAYMENT_REQUIRED: 'Payment needed before publishing',
};

/** Where the notice sends the person, and what the link says. */
export function refusalAction(refusal: BillingRefusal, siteId?: string): { label: string; to: string } {
  if (refusal.code === 'PAYMENT_REQUIRED') return { label: 'Pay to publish', to: siteId ? `/sites/${siteId}/publish` : '/billing' };
  if (refusal.code === 'ACCOUNT_READ_ONLY') return { label: 'Open billing', to: '/billing' };
  const upgrade = refusal.limit?.upgrade;
  return { label: 'See plans', to: upgrade ? `/billing?suggest=${encodeURIComponent(upgrade.plan)}` : '/billing' };
}

/** The refusal's sentence, then its link; the suggested plan is named on the link's line. */
export function BillingRefusalNotice({ refusal, siteId, className }: { refusal: BillingRefusal; siteId?: string; className?: string }) {
  const action = refusalAction(refusal, siteId);
  const upgrade = refusal.code === 'PLAN_LIMIT' ? refusal.limit?.upgrade : null;
  return (
    <Alert tone="warning" title={TITLES[refusal.code] ?? 'Not included in your plan'} className={className} testId="billing-refusal">
      <p>{refusal.message}</p>
      <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1">
        <Link to={action.to} className={buttonClasses({ size: 'sm', variant: 'secondary' })}>
          {action.label}
        </Link>
        {upgrade ? <span>Suggested for you: {upgrade.name}</span> : null}
      </p>
    </Alert>
  );
}

/** Any error as an alert; a billing refusal as its notice with the way out. */
export function ErrorNotice({ error, title, siteId, className }: { error: unknown; title?: string; siteId?: string; className?: string }) {
  const refusal = billingRefusal(error);
  if (refusal) return <BillingRefusalNotice refusal={refusal} siteId={siteId} className={className} />;
  return (
    <Alert tone="danger" title={title} className={className}>
      {errorMessage(error)}
    </Alert>
  );
}

/** Shows an error as a notice, with the billing link when payment answers it. */
export function toastError(toast: ShowToast, error: unknown, siteId?: string): void {
  const refusal = billingRefusal(error);
  if (!refusal) return toast(errorMessage(error), 'danger');
  const action = refusalAction(refusal, siteId);
  toast(refusal.message, 'danger', { label: action.label, href: action.to });
}

/** `const showError = useErrorToast(siteId); … onError: showError`. */
export function useErrorToast(siteId?: string): (error: unknown) => void {
  const toast = useToast();
  return (error) => toastError(toast, error, siteId);
}
